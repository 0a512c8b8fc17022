// Failure behaviour of the job store across processes:
// - kill -9 of a writer in the middle of heavy updates, again and again: every job committed before each kill is
//   there and consistent afterwards, and PRAGMA integrity_check passes every time;
// - a second process writing the same store at the same time (jobwatch-cli watch --record while the window's
//   Application writes) works: no "database is locked", both sets of jobs are stored.
// This executable is also the writer: run with --crash-writer DIR PREFIX it writes until it is killed.

#include "storecrashwriter.h"

#include "application/application.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "engine/scheduler.h"
#include "sim/simulatedprovider.h"
#include "store/storesync.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
constexpr int kKills = 12;
const QString kKey = u"sk-crash-test-key-4242"_s;

// The last "committed N" line in `output`, or -1.
int lastCommitted(const QByteArray &output)
{
    int last = -1;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            last = line.mid(10).toInt();
    }
    return last;
}
} // namespace

class tst_StoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void killedWritersLoseNothingCommitted();
    void cliRecordsWhileTheWindowWrites();
};

void tst_StoreCrash::killedWritersLoseNothingCommitted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<int> committed;
    for (int run = 0; run < kKills; ++run) {
        const QString prefix = u"run%1"_s.arg(run);
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QCoreApplication::applicationFilePath(), {u"--crash-writer"_s, dir.path(), prefix});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        // Kill it after its 1st..4th commit: while the next batch is being written, or just after.
        const int killAfter = 1 + run % 4;
        QByteArray out;
        connect(&writer, &QProcess::readyReadStandardOutput, this, [&] { out += writer.readAllStandardOutput(); });
        QTRY_VERIFY2_WITH_TIMEOUT(out.count("committed ") >= killAfter, qPrintable(QString::fromUtf8(writer.readAllStandardError())), 30000);
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        out += writer.readAllStandardOutput();
        const QByteArray err = writer.readAllStandardError();
        QVERIFY2(!err.contains("write failed"), err.constData());
        committed.append(lastCommitted(out));
        QVERIFY(committed.last() >= 1);

        // Right after the kill, and for every earlier run: all committed jobs there, consistent, integrity ok.
        for (int earlier = 0; earlier <= run; ++earlier) {
            const storecrash::CrashCheck check = storecrash::checkCrashStore(dir.path(), u"run%1"_s.arg(earlier), committed.at(earlier));
            QVERIFY2(check.integrityOk, qPrintable(check.integrity));
            QVERIFY(check.expected >= storecrash::kJobs);
            QVERIFY2(check.lost == 0, qPrintable(u"run %1: %2 of %3 lost; %4"_s.arg(earlier).arg(check.lost).arg(check.expected)
                                                     .arg(check.firstProblem)));
        }
    }
}

void tst_StoreCrash::cliRecordsWhileTheWindowWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SimulatedProvider sim;
    QVERIFY2(sim.listen(0), qPrintable(sim.errorString()));
    sim.setToken(kKey);

    // The window: an Application on the data folder, writing often.
    Application::Options options;
    options.dataDir = dir.path();
    options.storeFlushIntervalMs = 20;
    Application app(options);
    QSignalSpy failed(app.history(), &StoreSync::writeFailed);
    QSignalSpy written(app.history(), &StoreSync::written);
    Profile theo;
    theo.id = u"theo"_s;
    theo.name = u"Theo"_s;
    theo.dialect = u"theo"_s;
    theo.baseUrl = sim.baseUrl(u"theo"_s);
    theo.poll.intervalMs = 1000;
    theo.poll.ratePerSecond = 200;
    theo.poll.burst = 200;
    QString error;
    QVERIFY2(app.addProfile(theo, kKey, &error), qPrintable(error));
    QStringList windowJobs;
    for (int i = 0; i < 40; ++i) {
        SimulatedProvider::JobSpec spec;
        spec.queueMs = 0;
        spec.runMs = 3000 + 50 * i;
        windowJobs.append(sim.createJob(spec));
        QVERIFY2(!app.scheduler()->watch(u"theo"_s, windowJobs.last(), {}, &error).isEmpty(), qPrintable(error));
    }

    // The CLI, recording into the same store meanwhile.
    QStringList cliJobs;
    for (int i = 0; i < 20; ++i) {
        SimulatedProvider::JobSpec spec;
        spec.queueMs = 0;
        spec.runMs = 2000 + 40 * i;
        cliJobs.append(sim.createJob(spec));
    }
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"JW_TEST_KEY"_s, kKey);
    cli.setProcessEnvironment(env);
    cli.start(qEnvironmentVariable("JOBWATCH_CLI"), QStringList{u"watch"_s, u"--record"_s, u"--data-dir"_s, dir.path(),
                                                                u"--dialect"_s, u"theo"_s, u"--base-url"_s,
                                                                sim.baseUrl(u"theo"_s).toString(), u"--key-env"_s,
                                                                u"JW_TEST_KEY"_s, u"--json"_s} + cliJobs);
    QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 30000);
    const QByteArray cliErr = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, cliErr.constData());
    QVERIFY2(!cliErr.contains("locked"), cliErr.constData());
    QVERIFY2(!cliErr.contains("failed"), cliErr.constData());
    for (const QString &id : std::as_const(windowJobs))
        QTRY_COMPARE_WITH_TIMEOUT(app.jobs()->value(jobKey(u"theo"_s, id)).engine.local, LocalState::Done, 30000);
    app.history()->flush();
    QTRY_VERIFY(app.history()->isIdle()); // written, not only handed to the store thread
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QVERIFY(written.count() > 3);

    SqliteJobStore store(SqliteJobStore::pathIn(dir.path()));
    QCOMPARE(store.count(), 60);
    for (const StoredJob &job : store.page(0, 100, false)) {
        QCOMPARE(job.record.engine.local, LocalState::Done);
        QCOMPARE(job.record.snapshot.state, JobState::Completed);
    }
    QCOMPARE(store.jobs({jobKey(u"cli"_s, cliJobs.first())}, false).size(), 1);
}

int main(int argc, char *argv[])
{
    if (argc == 4 && std::strcmp(argv[1], "--crash-writer") == 0) {
        QCoreApplication app(argc, argv);
        return storecrash::runCrashWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    tst_StoreCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store_crash.moc"
