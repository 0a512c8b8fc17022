// Bad answers over real TCP on 127.0.0.1: a server that accepts the connection and never answers, one that sends
// the headers and then trickles a body that never ends (a byte at a time, so the transfer timeout, which counts
// only silence, never fires), and one whose body is not UTF-8. Each job gets a clear message on its row (the
// stalls are kept and retried; a body that is not UTF-8 is a configuration error); a job of another profile on
// a healthy server finishes all the same.

#include "engine/poller.h"
#include "schedulertesthelpers.h"

#include <QHttpServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace {
// Accepts every connection; with `trickle`, answers each request with headers announcing a 1 MB body and then
// one byte every 50 ms, for ever; without, says nothing at all.
class StallingServer final : public QTcpServer
{
public:
    explicit StallingServer(bool trickle) : m_trickle(trickle)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (!m_trickle)
                    continue;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->property("answered").toBool() && socket->readAll().contains("\r\n\r\n")) {
                        socket->setProperty("answered", true);
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{\"id\":\"");
                        auto *drip = new QTimer(socket);
                        connect(drip, &QTimer::timeout, socket, [socket] { socket->write("x"); });
                        drip->start(50);
                    }
                });
            }
        });
    }
    QUrl base() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
    int connections() const { return m_connections; }

private:
    bool m_trickle;
    int m_connections = 0;
};
} // namespace

class SchedulerBadAnswersTest final : public QObject
{
    Q_OBJECT
private:
    // The stalling job and a healthy job of another profile, watched together.
    static void check(bool trickle, const QString &expected)
    {
        StallingServer stalling(trickle);
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
        check(false, u"no complete answer within 0.5 s (transfer timeout)"_s);
    }

    void aResponseThatNeverEndsIsAbortedAtTheDeadline()
    {
        check(true, u"the answer did not end within %1 s; aborted"_s.arg(0.5 * Poller::kWholeAnswerFactor));
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
