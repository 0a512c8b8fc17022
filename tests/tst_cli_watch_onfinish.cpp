// `jobwatch-cli watch --on-finish CMD` through the real binary against an in-test SimulatedProvider: the program
// runs once per job that ends, with each placeholder inside its own argument; an error text from the provider that
// tries to inject a command reaches it as one literal argument and runs nothing; the exit status and stderr tail
// are printed on stderr; watch waits for the programs before it exits; a bad command is a usage error (2).
// The program is this test binary (finishhelper.h).

#include "clitesthelpers.h"
#include "finishhelper.h"

#include "sim/simulatedprovider.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace jw;
using namespace Qt::StringLiterals;
using Outcome = SimulatedProvider::Outcome;

namespace {
const QString kKey = u"sk-cli-onfinish-4321"_s;

SimulatedProvider::JobSpec spec(Outcome outcome, const QString &error = {})
{
    SimulatedProvider::JobSpec s;
    s.dialect = u"theo"_s;
    s.type = u"video"_s;
    s.queueMs = 0;
    s.runMs = 600;
    s.outcome = outcome;
    s.errorMessage = error;
    return s;
}
} // namespace

class tst_CliWatchOnFinish final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatedProvider> m_sim;

    clitest::Run watch(const QStringList &args)
    {
        return clitest::run(QStringList{u"watch"_s} + clitest::engineArgs(*m_sim, u"theo"_s) + args,
                            clitest::keyEnvironment(kKey));
    }

private Q_SLOTS:
    void init()
    {
        const QString error = clitest::startWatchFixture(m_sim, kKey);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { m_sim.reset(); }

    void runsOncePerJobWithoutAShell()
    {
        QTemporaryDir dir;
        const QString pwned = dir.filePath(u"pwned"_s);
        const QString hostile = u"x\"; touch %1; echo \" $(touch %1)"_s.arg(pwned);
        const QString done = m_sim->createJob(spec(Outcome::Completed));
        const QString failed = m_sim->createJob(spec(Outcome::Failed, hostile));
        const QString command = finishhelper::helper(u"write-args \"%1/{id}.args\" {id} {state} {type} {profile} {error} {result_url}"_s.arg(dir.path()));
        const clitest::Run r = watch({u"--on-finish"_s, command, done, failed});
        QVERIFY2(r.exitCode == 1, r.err.constData()); // one failed
        QVERIFY2(!QFile::exists(pwned), "the provider's error text ran a command");
        const QStringList failedArgs = finishhelper::readArgs(dir.filePath(failed + u".args"_s));
        QCOMPARE(failedArgs, (QStringList{failed, u"failed"_s, u"video"_s, u"theo"_s, hostile, QString()}));
        const QStringList doneArgs = finishhelper::readArgs(dir.filePath(done + u".args"_s));
        QCOMPARE(doneArgs.mid(0, 5), (QStringList{done, u"completed"_s, u"video"_s, u"theo"_s, QString()}));
        QVERIFY2(doneArgs.value(5).startsWith(m_sim->baseUrl(u"theo"_s).toString(QUrl::RemovePath)), qPrintable(doneArgs.value(5)));
        QCOMPARE(QDir(dir.path()).entryList({u"*.args"_s}).size(), 2);
        QVERIFY2(r.err.contains(QByteArray(done.toUtf8() + ": on-finish exit status 0")), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray(failed.toUtf8() + ": on-finish exit status 0")), r.err.constData());
    }

    void exitStatusAndStderrTailAreReported()
    {
        const QString id = m_sim->createJob(spec(Outcome::Completed));
        const clitest::Run r = watch({u"--on-finish"_s, finishhelper::helper(u"fail 5"_s), id});
        QVERIFY2(r.exitCode == 0, r.err.constData()); // the job completed; the program's failure is reported, not fatal
        QVERIFY2(r.err.contains(QByteArray(id.toUtf8() + ": on-finish exit status 5: ")), r.err.constData());
        QVERIFY2(r.err.contains("upload refused: quota exceeded"), r.err.constData());
    }

    void hangingProgramIsKilledAndWatchEnds()
    {
        const QString id = m_sim->createJob(spec(Outcome::Completed));
        const clitest::Run r = watch({u"--on-finish"_s, finishhelper::helper(u"hang"_s), u"--on-finish-timeout"_s, u"1"_s, id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains(QByteArray(id.toUtf8() + ": on-finish killed after 1")), r.err.constData());
    }

    void badCommandIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown placeholder") << QStringList{u"--on-finish"_s, u"notify {jobid}"_s} << QByteArray("unknown placeholder {jobid}");
        QTest::newRow("empty") << QStringList{u"--on-finish"_s, u""_s} << QByteArray("--on-finish: the command is empty");
        QTest::newRow("timeout alone") << QStringList{u"--on-finish-timeout"_s, u"5"_s} << QByteArray("--on-finish-timeout takes");
    }

    void badCommandIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const clitest::Run r = watch(args + QStringList{u"job_123"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(m_sim->requests().isEmpty()); // nothing was watched
    }
};

int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--helper") == 0)
        return finishhelper::run(argc, argv);
    QCoreApplication app(argc, argv);
    tst_CliWatchOnFinish test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_watch_onfinish.moc"
