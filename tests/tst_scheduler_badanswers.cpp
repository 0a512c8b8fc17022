// Bad answers over real TCP on 127.0.0.1: a server that accepts the connection and never answers, one that sends
// the headers and then trickles a body that never ends (a byte at a time, so the transfer timeout, which counts
// only silence, never fires), one that sends a large answer slowly but steadily (read to its end), and one whose
// body is not UTF-8. Each job gets a clear message on its row (the
// stalls are kept and retried; a body that is not UTF-8 is a configuration error); a job of another profile on
// a healthy server finishes all the same.

#include "engine/poller.h"
#include "schedulertesthelpers.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {
// Accepts every connection. Silent says nothing at all. Trickle answers each request with headers announcing a
// 1 MB body and then one byte every 50 ms, for ever. Steady sends a whole 1 MiB status answer (a running Theo
// job with a long padding field) in 16 KiB pieces every 50 ms: about 320 KiB/s, so it takes longer than the
// whole-answer deadline but keeps coming at a useful speed.
class StallingServer final : public QTcpServer
{
public:
    enum class Mode { Silent, Trickle, Steady };
    explicit StallingServer(Mode mode) : m_mode(mode)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (m_mode == Mode::Silent)
                    continue;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (socket->property("answered").toBool() || !socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->setProperty("answered", true);
                    auto *drip = new QTimer(socket);
                    if (m_mode == Mode::Trickle) {
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{\"id\":\"");
                        connect(drip, &QTimer::timeout, socket, [socket] { socket->write("x"); });
                    } else {
                        QByteArray body = R"({"id":"job_stuck","status":"active","progress":50,"pad":")";
                        body += QByteArray(1024 * 1024 - body.size() - 2, 'x') + "\"}";
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                      + QByteArray::number(body.size()) + "\r\n\r\n");
                        auto sent = std::make_shared<qsizetype>(0);
                        connect(drip, &QTimer::timeout, socket, [socket, drip, body, sent] {
                            socket->write(body.mid(*sent, 16 * 1024));
                            *sent += 16 * 1024;
                            if (*sent >= body.size())
                                drip->stop();
                        });
                    }
                    drip->start(50);
                });
            }
        });
    }
    QUrl base() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
    int connections() const { return m_connections; }

private:
    Mode m_mode;
    int m_connections = 0;
};
} // namespace

class SchedulerBadAnswersTest final : public QObject
{
    Q_OBJECT
private:
    // The stalling job and a healthy job of another profile, watched together.
    static void check(StallingServer::Mode mode, const QString &expected)
    {
        StallingServer stalling(mode);
        QVERIFY(stalling.isListening());
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        sim.setToken(kKey);
        Engine e;
        PollSettings poll = Engine::fastPoll();
        poll.transferTimeoutMs = 500;
        e.addProfile(u"stall"_s, u"theo"_s, stalling.base(), poll);
        e.addProfile(u"good"_s, u"theo"_s, sim.baseUrl(u"theo"_s));
        const QString stalled = e.scheduler.watch(u"stall"_s, u"job_stuck"_s);
        const QString good = e.scheduler.watch(u"good"_s, sim.createJob(spec(u"theo"_s, 1500)));
        QTRY_VERIFY_WITH_TIMEOUT(e.rec(stalled).engine.lastError.contains(expected), 10000);
        QCOMPARE(e.local(stalled), LocalState::Watching); // kept: retried with backoff
        QVERIFY(!e.rec(stalled).hasSnapshot);
        QTRY_COMPARE_WITH_TIMEOUT(e.local(good), LocalState::Done, 15000);
        QCOMPARE(e.state(good), JobState::Completed);
        QVERIFY2(e.rec(good).engine.lastError.isEmpty(), qPrintable(e.rec(good).engine.lastError));
        // Retried: a later poll opens a new connection.
        QTRY_VERIFY_WITH_TIMEOUT(stalling.connections() >= 2, 15000);
    }

private Q_SLOTS:
    void aServerThatAcceptsAndNeverAnswersTimesOut()
    {
        check(StallingServer::Mode::Silent, u"no complete answer within 0.5 s (transfer timeout)"_s);
    }

    void aResponseThatNeverEndsIsAbortedAtTheDeadline()
    {
        check(StallingServer::Mode::Trickle, u"the answer did not end within %1 s; aborted"_s.arg(0.5 * Poller::kWholeAnswerFactor));
    }

    // A large answer on a slow line (longer than the whole-answer deadline, but at a useful speed) is read to its
    // end: only a trickle is cut off.
    void aLargeAnswerThatKeepsComingIsReadToItsEnd()
    {
        StallingServer steady(StallingServer::Mode::Steady);
        QVERIFY(steady.isListening());
        Engine e;
        PollSettings poll = Engine::fastPoll();
        poll.transferTimeoutMs = 500; // the whole answer may take 2 s; this one takes about 3.2 s
        poll.maxBodyBytes = 2 * 1024 * 1024;
        e.addProfile(u"slow"_s, u"theo"_s, steady.base(), poll);
        const QString key = e.scheduler.watch(u"slow"_s, u"job_stuck"_s);
        QElapsedTimer took;
        took.start();
        QTRY_VERIFY_WITH_TIMEOUT(e.rec(key).hasSnapshot, 15000);
        QVERIFY2(took.elapsed() > 2000, "the answer came faster than the deadline: the test proves nothing");
        QCOMPARE(e.state(key), JobState::Running);
        QVERIFY2(e.rec(key).engine.lastError.isEmpty(), qPrintable(e.rec(key).engine.lastError));
        QCOMPARE(steady.connections(), 1);
    }

    void aBodyThatIsNotUtf8IsAConfigurationError()
    {
        QHttpServer bad;
        bad.route(u"/api/v1/jobs/<arg>"_s, [](const QString &) {
            return QHttpServerResponse("application/json", QByteArray("{\"id\":\"job_latin1\",\"status\":\"active\",\"message\":\"Vid\xe9o \xff\"}"));
        });
        const QUrl badBase(u"http://127.0.0.1:%1"_s.arg(bad.listen(QHostAddress::LocalHost, 0)));
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        sim.setToken(kKey);
        Engine e;
        e.addProfile(u"bad"_s, u"theo"_s, badBase);
        e.addProfile(u"good"_s, u"theo"_s, sim.baseUrl(u"theo"_s));
        const QString broken = e.scheduler.watch(u"bad"_s, u"job_latin1"_s);
        const QString good = e.scheduler.watch(u"good"_s, sim.createJob(spec(u"theo"_s, 1500)));
        QTRY_COMPARE_WITH_TIMEOUT(e.local(broken), LocalState::ConfigError, 10000);
        QVERIFY2(e.rec(broken).engine.lastError.contains(u"not UTF-8"_s), qPrintable(e.rec(broken).engine.lastError));
        QVERIFY(!e.rec(broken).hasSnapshot);
        QTRY_COMPARE_WITH_TIMEOUT(e.local(good), LocalState::Done, 15000);
        QCOMPARE(e.state(good), JobState::Completed);
    }
};

QTEST_GUILESS_MAIN(SchedulerBadAnswersTest)
#include "tst_scheduler_badanswers.moc"
