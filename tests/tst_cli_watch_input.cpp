// `jobwatch-cli watch` input and exit paths, through the real binary against an in-test SimulatedProvider:
// every input line that gives no job is named on stderr (and --strict makes that exit 2 before any request),
// letter-only IDs in pasted logs are watched, numbers out of range are refused before they can overflow,
// a 401 ends the watch without "final" events, and NDJSON machine words stay English under a German locale.

#include "clitesthelpers.h"

#include "sim/simulatedprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;
using Outcome = SimulatedProvider::Outcome;

namespace {
const QString kKey = u"sk-cli-input-key-5511"_s;

using clitest::Run;

QList<QJsonObject> events(const QByteArray &out)
{
    QList<QJsonObject> list;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            list.append(QJsonDocument::fromJson(line).object());
    }
    return list;
}
} // namespace

class CliWatchInputTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatedProvider> m_sim;

    QString job(const QString &dialect, qint64 runMs, const QString &id = {}, Outcome outcome = Outcome::Completed)
    {
        SimulatedProvider::JobSpec s;
        s.dialect = dialect;
        s.id = id;
        s.queueMs = 0;
        s.runMs = runMs;
        s.outcome = outcome;
        return m_sim->createJob(s);
    }

    // `input` goes to the child's standard input, which is then closed.
    Run run(const QStringList &args, const QByteArray &input = {}, const QString &key = kKey,
            const QHash<QString, QString> &extraEnv = {})
    {
        return clitest::run(QStringList{u"watch"_s} + args, clitest::keyEnvironment(key, extraEnv), input);
    }

    QStringList engineArgs(const QString &dialect) const { return clitest::engineArgs(*m_sim, dialect); }

private Q_SLOTS:
    void init()
    {
        const QString error = clitest::startWatchFixture(m_sim, kKey);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { m_sim.reset(); }

    void stdinLinesWithoutAJobAreNamed()
    {
        const QString a = job(u"theo"_s, 300, u"job_ZAXUGYGRVU"_s);
        const QString b = job(u"theo"_s, 300, u"job_knnvfmnjfq"_s);
        const QByteArray input = "2024-05-01 12:00:01 INFO started " + a.toUtf8() + " for render\n"
                                 "this line names no job\n"
                                 "\n"
                                 "2024-05-01 12:00:02 INFO started " + b.toUtf8() + "\n"
                                 "see http://api.example.com/v1/jobs/job_abc123 too\n";
        const Run r = run(engineArgs(u"theo"_s) << u"-"_s, input);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(m_sim->requestCount(a) >= 1 && m_sim->requestCount(b) >= 1);
        const QList<QByteArray> err = r.err.trimmed().split('\n');
        QCOMPARE(err.size(), 2);
        QVERIFY2(err.at(0).contains("line 2") && err.at(0).contains("this line names no job"), err.at(0).constData());
        QVERIFY2(err.at(0).contains("no job ID, poll URL or enqueue response found"), err.at(0).constData());
        QVERIFY2(err.at(1).contains("line 5") && err.at(1).contains("plain http"), err.at(1).constData());
    }

    void strictExitsTwoBeforeAnyRequest()
    {
        const QString a = job(u"muvi"_s, 300);
        const QByteArray input = a.toUtf8() + "\nnot a job at all\n";
        const Run r = run(engineArgs(u"muvi"_s) << u"--strict"_s << u"-"_s, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("line 2") && r.err.contains("not a job at all"), r.err.constData());
        QVERIFY2(r.err.contains("--strict"), r.err.constData());
        QCOMPARE(m_sim->requests().size(), 0);

        const Run clean = run(engineArgs(u"muvi"_s) << u"--strict"_s << u"-"_s, a.toUtf8() + "\n\n");
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QVERIFY2(clean.err.isEmpty(), clean.err.constData());
    }

    void strictAlsoCoversArguments()
    {
        const QString a = job(u"theo"_s, 300);
        const Run r = run(engineArgs(u"theo"_s) << u"--strict"_s << a << u"two words"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("\"two words\" is neither a job ID"), r.err.constData());
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void everySimulatedIdShapeIsWatchedFromStdin()
    {
        // One job of each dialect's shape, fed as the log lines a user would pipe in.
        for (const QString &dialect : {u"theo"_s, u"vidocu"_s, u"scenes"_s, u"muvi"_s}) {
            QByteArray input;
            QStringList ids;
            for (int i = 0; i < 5; ++i) {
                ids << job(dialect, 200);
                input += "queued " + ids.constLast().toUtf8() + " ok\n";
            }
            const Run r = run(engineArgs(dialect) << u"--strict"_s << u"-"_s, input);
            QVERIFY2(r.exitCode == 0, qPrintable(dialect + u": "_s + QString::fromUtf8(r.err)));
            for (const QString &id : std::as_const(ids))
                QVERIFY2(m_sim->requestCount(id) >= 1, qPrintable(id));
        }
    }

    void numbersOutOfRangeExitTwo_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        for (const QString &v : {u"inf"_s, u"nan"_s, u"1e300"_s, u"-inf"_s, u"0"_s, u"-5"_s, u"2592001"_s, u"12abc"_s})
            QTest::addRow("max-wait %s", qPrintable(v)) << u"--max-wait"_s << v;
        for (const QString &v : {u"1e300"_s, u"9223372036854775807"_s, u"99999999999999999999"_s, u"86400001"_s,
                                 u"0"_s, u"-1000"_s, u"inf"_s})
            QTest::addRow("interval %s", qPrintable(v)) << u"--interval"_s << v;
    }
    void numbersOutOfRangeExitTwo()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        const QString id = job(u"theo"_s, 300);
        const Run r = run(engineArgs(u"theo"_s) << option << value << id);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(option) && err.contains(u"\"%1\""_s.arg(value)), qPrintable(err));
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void numbersAtTheLimitsAreAccepted()
    {
        const QString id = job(u"theo"_s, 0); // done at the first poll, which comes at once
        const Run r = run(engineArgs(u"theo"_s) << u"--max-wait"_s << u"2592000"_s << u"--interval"_s << u"86400000"_s << id);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void authFailureEndsWithoutFinalEvents()
    {
        QStringList args = engineArgs(u"theo"_s) << u"--json"_s;
        for (int i = 0; i < 3; ++i)
            args << job(u"theo"_s, 5000);
        const Run r = run(args, {}, u"sk-wrong-wrong-9876"_s);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("401"), r.err.constData());
        const QList<QJsonObject> printed = events(r.out);
        QCOMPARE(printed.size(), 3); // one "error" event per job: paused
        for (const QJsonObject &e : printed) {
            QCOMPARE(e.value(u"event"_s).toString(), u"error"_s);
            QCOMPARE(e.value(u"local"_s).toString(), u"paused"_s);
        }
    }

    // The key is revoked while jobs are being polled: the 401 comes with other polls in flight.
    void revokedKeyMidWatchEndsWithoutFinalEvents()
    {
        QStringList args = engineArgs(u"theo"_s) << u"--json"_s << u"--interval"_s << u"1000"_s;
        QStringList ids;
        for (int i = 0; i < 8; ++i)
            ids << job(u"theo"_s, 60000);
        QProcess process;
        clitest::start(process, QStringList{u"watch"_s} + args + ids, clitest::keyEnvironment(kKey));
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count("\"event\":\"update\"") >= 8, 15000);
        m_sim->setToken(u"sk-rotated-key-0000"_s);
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 15000);
        out += process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 4);
        QVERIFY2(!out.contains("\"event\":\"final\""), out.constData());
        QVERIFY2(out.contains("\"local\":\"paused\""), out.constData());
    }

    void jsonMachineWordsStayEnglishUnderGermanLocale()
    {
        const QString id = job(u"scenes"_s, 600000);
        const QHash<QString, QString> german{{u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LC_ALL"_s, u"de_DE.UTF-8"_s},
                                             {u"LANGUAGE"_s, u"de"_s}};
        const Run r = run(engineArgs(u"scenes"_s) << u"--max-wait"_s << u"1.2"_s << u"--json"_s << id, {}, kKey, german);
        QCOMPARE(r.exitCode, 3);
        const QList<QJsonObject> printed = events(r.out);
        QVERIFY(!printed.isEmpty());
        const QJsonObject last = printed.constLast();
        QCOMPARE(last.value(u"event"_s).toString(), u"final"_s);
        QCOMPARE(last.value(u"local"_s).toString(), u"timed out locally"_s);
        QVERIFY(QList<QString>({u"queued"_s, u"running"_s}).contains(last.value(u"job"_s).toObject().value(u"state"_s).toString()));
        // The message is for people: German, which shows the locale was in effect.
        QVERIFY2(last.value(u"message"_s).toString().contains(u"lokal abgelaufen"_s), QJsonDocument(last).toJson().constData());
        QVERIFY2(!r.out.contains("lokal abgelaufen\",\"job") && !r.out.contains("\"local\":\"lokal"), r.out.constData());
    }

    // Standard input arrives through a pipe in parts: all of it is read, up to the limit.
    void largeStdinIsReadToTheEnd()
    {
        const QString id = job(u"muvi"_s, 200);
        QByteArray input;
        for (int i = 0; i < 100000; ++i)
            input += "nothing here " + QByteArray::number(i) + '\n';
        input += id.toUtf8() + '\n';
        const Run r = run(engineArgs(u"muvi"_s) << u"-"_s, input);
        QVERIFY2(r.exitCode == 0, r.err.right(500).constData());
        QVERIFY(m_sim->requestCount(id) >= 1);
        QVERIFY2(r.err.contains("line 1000:") && r.err.contains("99000 more line"), r.err.right(300).constData());
    }

    void oversizedStdinIsRefused()
    {
        QByteArray input(17 * 1024 * 1024, 'x');
        const Run r = run(engineArgs(u"theo"_s) << u"-"_s, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("16 MiB"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(CliWatchInputTest)
#include "tst_cli_watch_input.moc"
