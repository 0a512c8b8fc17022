// InstanceChannel in one process: the answer protocol (one JSON line each way) against a real local socket,
// a malformed request refused with a reason, a window that does not answer, and a stale socket file taken over.
// tst_singleinstance runs the same between real jobwatch processes.

#include "application/instancechannel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// Sends `line` to `name` and returns the answer line (the event loop runs meanwhile).
QByteArray ask(const QString &name, const QByteArray &line)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(2000))
        return "not connected";
    socket.write(line);
    QByteArray reply;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll()).contains('\n'), 5000); }();
    return reply.trimmed();
}
} // namespace

class TestInstanceChannel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtime;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
    }

    void answersEachRequestWithOneLine()
    {
        jw::InstanceChannel channel(m_runtime.filePath(u"data1"_s));
        QList<jw::LaunchRequest> received;
        QVERIFY2(channel.listen([&received](const jw::LaunchRequest &request) {
            received << request;
            jw::LaunchAnswer answer;
            if (request.batches.value(0).profile == u"nope"_s)
                answer.refusal = u"no profile named \"nope\""_s;
            else
                answer.notes << u"Nothing recognised"_s;
            return answer;
        }), qPrintable(channel.error()));

        jw::LaunchRequest request;
        request.batches = {{{u"job_1"_s}, u"Theo"_s}};
        request.select = u"job_1"_s;
        const QByteArray line = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact) + '\n';
        QCOMPARE(ask(channel.socketName(), line), QByteArray("{\"notes\":[\"Nothing recognised\"],\"ok\":true}"));
        QCOMPARE(received, QList<jw::LaunchRequest>{request});

        request.batches = {{{u"job_2"_s}, u"nope"_s}};
        QCOMPARE(ask(channel.socketName(), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact) + '\n'),
                 QByteArray("{\"error\":\"no profile named \\\"nope\\\"\"}"));
        QCOMPARE(received.size(), 2);
    }

    void malformedRequestIsRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("not JSON") << QByteArray("hello\n");
        QTest::newRow("wrong shape") << QByteArray("{\"ids\":[\"a\"]}\n");
    }
    void malformedRequestIsRefusedWithAReason()
    {
        QFETCH(QByteArray, line);
        jw::InstanceChannel channel(m_runtime.filePath(u"data2"_s));
        int calls = 0;
        QVERIFY(channel.listen([&calls](const jw::LaunchRequest &) { ++calls; return jw::LaunchAnswer(); }));
        const QJsonObject reply = QJsonDocument::fromJson(ask(channel.socketName(), line)).object();
        QVERIFY(reply.value(u"error"_s).toString().contains(u"not understood"_s));
        QCOMPARE(calls, 0);
    }

    void noInstanceWhenNobodyListens()
    {
        jw::InstanceChannel channel(m_runtime.filePath(u"data3"_s));
        QVERIFY(!QFile::exists(channel.socketName()));
        QCOMPARE(channel.forward({}, 500), jw::InstanceChannel::Forward::NoInstance);
    }

    void aWindowThatDoesNotAnswerIsReported()
    {
        jw::InstanceChannel channel(m_runtime.filePath(u"data4"_s));
        QLocalServer silent; // accepts (the kernel does) but never answers: this thread is blocked in forward()
        QVERIFY(silent.listen(channel.socketName()));
        QCOMPARE(channel.forward({}, 300), jw::InstanceChannel::Forward::Failed);
        QVERIFY2(channel.error().contains(u"did not answer"_s), qPrintable(channel.error()));
    }

    void staleSocketFileIsTakenOver()
    {
        jw::InstanceChannel channel(m_runtime.filePath(u"data5"_s));
        // A socket file nobody listens on, as a killed window leaves it.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(channel.socketName());
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(channel.socketName()));

        QCOMPARE(channel.forward({}, 500), jw::InstanceChannel::Forward::NoInstance);
        QVERIFY2(channel.listen([](const jw::LaunchRequest &) { return jw::LaunchAnswer(); }), qPrintable(channel.error()));
        QCOMPARE(ask(channel.socketName(), QJsonDocument(jw::LaunchRequest().toJson()).toJson(QJsonDocument::Compact) + '\n'),
                 QByteArray("{\"notes\":[],\"ok\":true}"));
    }

    void socketIsForItsOwnerOnly()
    {
        jw::InstanceChannel channel(m_runtime.filePath(u"data6"_s));
        QVERIFY(channel.listen([](const jw::LaunchRequest &) { return jw::LaunchAnswer(); }));
        const QFile::Permissions permissions = QFile(channel.socketName()).permissions();
        QVERIFY(!(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    }
};

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
