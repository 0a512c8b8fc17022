// `jobwatch-cli watch` through the real binary against an in-test SimulatedProvider: every exit code,
// NDJSON events, stdin and URL input, and a clean stop on SIGTERM/SIGINT. The test's event loop keeps
// running (QTRY_*) so the simulated provider can answer while the child process polls it.

#include "clitesthelpers.h"

#include "model/job.h"
#include "sim/simulatedprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace jw;
using namespace Qt::StringLiterals;
using Outcome = SimulatedProvider::Outcome;

namespace {
const QString kKey = u"sk-cli-test-key-7788"_s;

SimulatedProvider::JobSpec spec(const QString &dialect, qint64 runMs, Outcome outcome = Outcome::Completed)
{
    SimulatedProvider::JobSpec s;
    s.dialect = dialect;
    s.queueMs = 0;
    s.runMs = runMs;
    s.outcome = outcome;
    return s;
}

using clitest::Run;

// A custom mapping of the simulated Theo API, written to `dir`; its path.
QString writeTheoMapping(const QTemporaryDir &dir, const QByteArray &extra = {})
{
    const QString path = dir.filePath(u"theo-mapping.json"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(R"({"name": "theo-as-mapping", "pollUrl": "{base}/api/v1/jobs/{id}", "id": "$.id", "status": "$.status",)"
            R"( "recommended": {"intervalMs": 1000}, "progress": {"form": "percent", "path": "progress"},)" + extra
            + R"( "errorMessage": "error"})");
    return path;
}
} // namespace

class CliWatchTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatedProvider> m_sim;

    void start(QProcess &process, const QStringList &args, const QString &key = kKey)
    {
        clitest::start(process, QStringList{u"watch"_s} + args, clitest::keyEnvironment(key));
    }

    // Without `input` the child's standard input stays open.
    Run run(const QStringList &args, const QString &key = kKey, const std::optional<QByteArray> &input = std::nullopt)
    {
        return clitest::run(QStringList{u"watch"_s} + args, clitest::keyEnvironment(key), input);
    }

    QStringList engineArgs(const QString &dialect) const { return clitest::engineArgs(*m_sim, dialect); }

private Q_SLOTS:
    void init()
    {
        const QString error = clitest::startWatchFixture(m_sim, kKey);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { m_sim.reset(); }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QList<int>>("outcomes"); // Outcome values
        QTest::addColumn<int>("expected");
        QTest::newRow("all completed -> 0") << u"theo"_s << QList<int>{int(Outcome::Completed), int(Outcome::Completed)} << 0;
        QTest::newRow("one failed -> 1") << u"vidocu"_s << QList<int>{int(Outcome::Completed), int(Outcome::Failed)} << 1;
        QTest::newRow("cancelled -> 1") << u"muvi"_s << QList<int>{int(Outcome::Cancelled)} << 1;
    }
    void exitCodes()
    {
        QFETCH(QString, dialect);
        QFETCH(QList<int>, outcomes);
        QFETCH(int, expected);
        QStringList args = engineArgs(dialect);
        for (int o : outcomes)
            args << m_sim->createJob(spec(dialect, 800, Outcome(o)));
        const Run r = run(args);
        QVERIFY2(r.exitCode == expected, r.err.constData());
        QVERIFY(!r.out.contains(kKey.toUtf8()));
    }

    void usageAndConfigErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::newRow("no jobs") << QStringList{u"--dialect"_s, u"theo"_s, u"--base-url"_s, u"http://127.0.0.1:9"_s, u"--key-env"_s, u"JW_TEST_KEY"_s}
                                 << kKey << u"no job"_s;
        QTest::newRow("no key variable") << QStringList{u"--dialect"_s, u"theo"_s, u"--base-url"_s, u"http://127.0.0.1:9"_s, u"--key-env"_s, u"JW_TEST_KEY"_s, u"job_1"_s}
                                         << QString() << u"JW_TEST_KEY"_s;
        QTest::newRow("plain http off loopback") << QStringList{u"--dialect"_s, u"theo"_s, u"--base-url"_s, u"http://api.example.com"_s, u"--key-env"_s, u"JW_TEST_KEY"_s, u"job_1"_s}
                                                 << kKey << u"http://"_s;
        QTest::newRow("unknown dialect") << QStringList{u"--dialect"_s, u"nope"_s, u"--base-url"_s, u"https://api.example.com"_s, u"--key-env"_s, u"JW_TEST_KEY"_s, u"job_1"_s}
                                         << kKey << u"nope"_s;
        QTest::newRow("missing base url") << QStringList{u"--dialect"_s, u"theo"_s, u"--key-env"_s, u"JW_TEST_KEY"_s, u"job_1"_s} << kKey << u"--base-url"_s;
        QTest::newRow("bad interval") << QStringList{u"--interval"_s, u"fast"_s, u"--dialect"_s, u"theo"_s, u"--base-url"_s, u"https://a.example"_s, u"--key-env"_s, u"JW_TEST_KEY"_s, u"job_1"_s}
                                      << kKey << u"--interval"_s;
        QTest::newRow("profiles not yet") << QStringList{u"--profile"_s, u"work"_s, u"job_1"_s} << kKey << u"profiles"_s;
        QTest::newRow("bad job token") << QStringList{u"--dialect"_s, u"theo"_s, u"--base-url"_s, u"https://a.example"_s, u"--key-env"_s, u"JW_TEST_KEY"_s, u"{not an id}"_s}
                                       << kKey << u"neither"_s;
    }
    void usageAndConfigErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, key);
        QFETCH(QString, message);
        const Run r = run(args, key);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void mappingFollowsJobsToTheirEnd()
    {
        QTemporaryDir dir;
        const QString mapping = writeTheoMapping(dir);
        const QString done = m_sim->createJob(spec(u"theo"_s, 800));
        const QString failed = m_sim->createJob(spec(u"theo"_s, 800, Outcome::Failed));
        const QString rejected = m_sim->createJob(spec(u"theo"_s, 60000));
        m_sim->queueFaults(rejected, {SimulatedProvider::Fault::BadRequest400});
        const Run r = run({u"--mapping"_s, mapping, u"--base-url"_s, m_sim->baseUrl(u"theo"_s).toString(), u"--key-env"_s,
                           clitest::kKeyVariable, u"--json"_s, done, failed, rejected});
        QCOMPARE(r.exitCode, 1);
        QHash<QString, QJsonObject> finals;
        for (const QByteArray &line : r.out.trimmed().split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value(u"event"_s).toString() == u"final"_s)
                finals.insert(event.value(u"job"_s).toObject().value(u"id"_s).toString(), event.value(u"job"_s).toObject());
        }
        QCOMPARE(finals.size(), 3);
        QCOMPARE(finals.value(done).value(u"state"_s).toString(), u"completed"_s);
        QCOMPARE(finals.value(failed).value(u"state"_s).toString(), u"failed"_s);
        QVERIFY(!finals.value(failed).value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        // 400: failed at once with the provider's message, not retried until the max wait.
        QCOMPARE(finals.value(rejected).value(u"state"_s).toString(), u"failed"_s);
        QCOMPARE(finals.value(rejected).value(u"error"_s).toObject().value(u"message"_s).toString(),
                 u"The prompt is longer than 2000 characters"_s);
        qsizetype rejectedPolls = 0;
        for (const auto &request : m_sim->requests())
            rejectedPolls += request.jobId == rejected ? 1 : 0;
        QCOMPARE(rejectedPolls, 1);
    }

    void statusPathThatMatchesNothingIsReportedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"typo.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "typo", "pollUrl": "{base}/api/v1/jobs/{id}", "id": "id", "status": "$.sttus"})");
        f.close();
        const QString id = m_sim->createJob(spec(u"theo"_s, 600000));
        const Run r = run({u"--mapping"_s, path, u"--base-url"_s, m_sim->baseUrl(u"theo"_s).toString(), u"--key-env"_s,
                           clitest::kKeyVariable, u"--json"_s, u"--interval"_s, u"1000"_s, u"--max-wait"_s, u"3"_s, id});
        QCOMPARE(r.exitCode, 3);
        const QString warning = u"the status path \"sttus\" matched nothing in this response, so the state is unknown; "
                                "did you mean \"status\"?"_s;
        qsizetype errorEvents = 0;
        for (const QByteArray &line : r.out.trimmed().split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            errorEvents += event.value(u"event"_s).toString() == u"error"_s && event.value(u"message"_s).toString() == warning ? 1 : 0;
        }
        QCOMPARE(errorEvents, 1); // once, not on every poll
    }

    void mappingProblemsExitTwoNamingTheFile()
    {
        QTemporaryDir dir;
        const QString mapping = writeTheoMapping(dir);
        Run r = run({u"--mapping"_s, mapping, u"--key-env"_s, clitest::kKeyVariable, u"job_1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("has no baseUrl; give --base-url"), r.err.constData());
        const QString broken = writeTheoMapping(dir, R"( "staus": "state",)");
        r = run({u"--mapping"_s, broken, u"--base-url"_s, m_sim->baseUrl(u"theo"_s).toString(), u"--key-env"_s,
                 clitest::kKeyVariable, u"job_1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QString(u"mapping "_s + broken + u": Unknown key \"staus\""_s).toUtf8()), r.err.constData());
        r = run({u"--mapping"_s, mapping, u"--dialect"_s, u"theo"_s, u"--base-url"_s, m_sim->baseUrl(u"theo"_s).toString(),
                 u"--key-env"_s, clitest::kKeyVariable, u"job_1"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void maxWaitExitsThreeTimedOutLocally()
    {
        const QString id = m_sim->createJob(spec(u"scenes"_s, 600000));
        const Run r = run(engineArgs(u"scenes"_s) << u"--max-wait"_s << u"1.2"_s << u"--json"_s << id);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("\"event\":\"final\"") && r.out.contains("timed out locally"), r.out.constData());
        QJsonParseError error;
        const QJsonObject last = QJsonDocument::fromJson(r.out.trimmed().split('\n').constLast(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(last.value(u"event"_s).toString(), u"final"_s);
        QCOMPARE(last.value(u"local"_s).toString(), u"timed out locally"_s);
        QCOMPARE(last.value(u"job"_s).toObject().value(u"id"_s).toString(), id);
        QVERIFY2(last.value(u"message"_s).toString().contains(u"timed out"_s), r.out.constData());
    }

    void wrongKeyExitsFourAfterOneRequest()
    {
        QStringList args = engineArgs(u"theo"_s);
        for (int i = 0; i < 4; ++i)
            args << m_sim->createJob(spec(u"theo"_s, 5000));
        const Run r = run(args, u"sk-wrong-wrong-4321"_s);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(m_sim->requests().size(), 1);
        QVERIFY2(r.err.contains("401"), r.err.constData());
        QVERIFY(!r.err.contains("sk-wrong-wrong-4321") && !r.out.contains("sk-wrong-wrong-4321"));
        // As NDJSON: the error event carries the reason (the server's words, quotes and all) as valid JSON.
        const Run json = run(QStringList(args) << u"--json"_s, u"sk-wrong-wrong-4321"_s);
        QCOMPARE(json.exitCode, 4);
        bool sawReason = false;
        for (const QByteArray &line : json.out.trimmed().split('\n')) {
            QJsonParseError error;
            const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            sawReason = sawReason || event.value(u"message"_s).toString().contains(u"401"_s);
        }
        QVERIFY2(sawReason, json.out.constData());
    }

    void jsonPrintsNdjsonEventsWithEpochTimes()
    {
        const QString id = m_sim->createJob(spec(u"theo"_s, 1500));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Run r = run(engineArgs(u"theo"_s) << u"--json"_s << id);
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        QString lastEvent;
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(event.value(u"at"_s).toInteger() >= before);
            QCOMPARE(event.value(u"job"_s).toObject().value(u"id"_s).toString(), id);
            lastEvent = event.value(u"event"_s).toString();
            QVERIFY(lastEvent == u"update"_s || lastEvent == u"final"_s);
        }
        QCOMPARE(lastEvent, u"final"_s);
        QVERIFY(lines.constLast().contains("\"state\":\"completed\""));
        QVERIFY(lines.constFirst().contains("\"state\":\"running\"") || lines.constFirst().contains("\"state\":\"queued\""));
    }

    void readsIdsAndPollUrlsFromStdin()
    {
        const QString a = m_sim->createJob(spec(u"muvi"_s, 500));
        const QString b = m_sim->createJob(spec(u"muvi"_s, 500));
        const QByteArray input = a.toUtf8() + "\n" + m_sim->pollUrl(b).toEncoded() + "\n";
        const Run r = run(engineArgs(u"muvi"_s) << u"-"_s, kKey, input);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(a.toUtf8()) && r.out.contains(b.toUtf8()));
        QVERIFY(m_sim->requestCount(a) >= 1 && m_sim->requestCount(b) >= 1);
    }

    void signalStopsCleanlyWithExitThree_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void signalStopsCleanlyWithExitThree()
    {
        QFETCH(int, signal);
        m_sim->setSlowDelayMs(20000);
        const QString id = m_sim->createJob(spec(u"theo"_s, 600000));
        QProcess process;
        start(process, engineArgs(u"theo"_s) << u"--json"_s << id);
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"event\":\"update\""),
                                  QByteArray(out + process.readAllStandardError()).constData(), 10000);
        m_sim->queueFaults(id, {SimulatedProvider::Fault::Slow}); // the next poll hangs in flight
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->requestCount(id) >= 2, 10000);
        ::kill(pid_t(process.processId()), signal);
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 3);
        QVERIFY(process.readAllStandardError().contains("interrupted"));
    }

    // Ctrl+C before the first answer: the final event carries the blank snapshot (built from a template, not
    // through QJsonObject), and it must be exactly what toJson() makes of it.
    void signalBeforeTheFirstAnswerPrintsTheBlankSnapshot()
    {
        m_sim->setSlowDelayMs(20000);
        const QString id = m_sim->createJob(spec(u"theo"_s, 600000));
        m_sim->queueFaults(id, {SimulatedProvider::Fault::Slow}); // the first poll hangs in flight
        QProcess process;
        start(process, engineArgs(u"theo"_s) << u"--json"_s << id);
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->requestCount(id) >= 1, 10000);
        ::kill(pid_t(process.processId()), SIGINT);
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10000);
        QCOMPARE(process.exitCode(), 3);
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject event = QJsonDocument::fromJson(lines.constFirst()).object();
        QCOMPARE(event.value(u"event"_s).toString(), u"final"_s);
        QCOMPARE(event.value(u"local"_s).toString(), u"stopped"_s);
        JobSnapshot blank;
        blank.id = id;
        QCOMPARE(event.value(u"job"_s).toObject(), toJson(blank));
    }
};

QTEST_GUILESS_MAIN(CliWatchTest)
#include "tst_cli_watch.moc"
