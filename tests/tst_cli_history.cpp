// `jobwatch-cli history list|search|export` and `watch --record` through the real binary, on a store in a
// temporary folder named by --data-dir or JOBWATCH_DATA_DIR.

#include "clitesthelpers.h"
#include "storetesthelpers.h"

#include "sim/simulatedprovider.h"
#include "store/sqlitejobstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-history-test-key-5151"_s;

using clitest::Run;
using clitest::run;

QList<QJsonObject> ndjson(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}
} // namespace

class tst_CliHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void listPrintsEveryJobOldestFirst();
    void listJsonIsOneSnapshotPerLine();
    void searchFindsByAnyIndexedText();
    void exportCsvAndJsonStripSignaturesUnlessAsked();
    void environmentVariableNamesTheFolder();
    void noHistoryYetIsNotAnErrorAndCreatesNothing();
    void damagedStoreIsReportedAndKept();
    void usageErrors_data();
    void usageErrors();
    void watchRecordPutsTheJobsInTheHistory();

private:
    void fill()
    {
        SqliteJobStore store(SqliteJobStore::pathIn(m_dir->path()));
        StoreBatch batch;
        batch.atMs = 1'714'557'700'000;
        JobRecord done = storetest::record(u"scenes"_s, u"9e2b1c44"_s, JobState::Completed, 100);
        JobRecord failed = storetest::record(u"theo"_s, u"job_failed01"_s, JobState::Failed, 30);
        JobRecord running = storetest::record(u"theo"_s, u"job_running2"_s);
        running.rawBody = R"({"id":"job_running2","prompt":"a lighthouse in fog"})";
        batch.jobs = {storetest::write(done, u"Scenes (work)"_s), storetest::write(failed), storetest::write(running)};
        QString error;
        QVERIFY2(store.write(batch, &error), qPrintable(error));
    }
    QStringList dataDir() const { return {u"--data-dir"_s, m_dir->path()}; }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliHistory::listPrintsEveryJobOldestFirst()
{
    fill();
    const Run r = run(QStringList{u"history"_s, u"list"_s} + dataDir());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).contains("Scenes (work)"));
    QVERIFY(lines.at(0).contains("9e2b1c44"));
    QVERIFY(lines.at(0).contains("completed"));
    QVERIFY(lines.at(1).contains("job_failed01"));
    QVERIFY(lines.at(1).contains("Your balance is too low"));
    QVERIFY(lines.at(2).contains("job_running2"));
    const Run limited = run(QStringList{u"history"_s, u"list"_s, u"--limit"_s, u"1"_s} + dataDir());
    QCOMPARE(limited.out.trimmed().split('\n').size(), 1);
}

void tst_CliHistory::listJsonIsOneSnapshotPerLine()
{
    fill();
    const Run r = run(QStringList{u"history"_s, u"list"_s, u"--json"_s} + dataDir());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> objects = ndjson(r.out);
    QCOMPARE(objects.size(), 3);
    QCOMPARE(objects.at(0).value(u"profile"_s).toString(), u"scenes"_s);
    QCOMPARE(objects.at(0).value(u"profileName"_s).toString(), u"Scenes (work)"_s);
    QCOMPARE(objects.at(0).value(u"local"_s).toString(), u"done"_s);
    QCOMPARE(objects.at(0).value(u"at"_s).toInteger(), 1'714'557'700'000);
    const QJsonObject job = objects.at(0).value(u"job"_s).toObject();
    QCOMPARE(job.value(u"id"_s).toString(), u"9e2b1c44"_s);
    QCOMPARE(job.value(u"state"_s).toString(), u"completed"_s);
    QCOMPARE(job.value(u"progress"_s).toDouble(), 100.0);
    QCOMPARE(objects.at(2).value(u"local"_s).toString(), u"watching"_s);
}

void tst_CliHistory::searchFindsByAnyIndexedText()
{
    fill();
    Run r = run(QStringList{u"history"_s, u"search"_s, u"balance"_s, u"--json"_s} + dataDir());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QList<QJsonObject> objects = ndjson(r.out);
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.first().value(u"job"_s).toObject().value(u"id"_s).toString(), u"job_failed01"_s);
    r = run(QStringList{u"history"_s, u"search"_s, u"LIGHTHOUSE"_s, u"--json"_s} + dataDir()); // a prompt and a title
    QCOMPARE(ndjson(r.out).size(), 2);
    r = run(QStringList{u"history"_s, u"search"_s, u"nothing like this"_s} + dataDir());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
}

void tst_CliHistory::exportCsvAndJsonStripSignaturesUnlessAsked()
{
    fill();
    Run r = run(QStringList{u"history"_s, u"export"_s, u"--format"_s, u"csv"_s} + dataDir());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("id,profile,profile_name,"));
    QCOMPARE(r.out.count("\r\n"), 4);
    QVERIFY(r.out.contains("https://cdn.example.com/out/9e2b1c44.mp4"));
    QVERIFY(!r.out.contains("X-Amz-Signature"));

    r = run(QStringList{u"history"_s, u"export"_s, u"--format"_s, u"json"_s, u"--signed-urls"_s} + dataDir());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 3);
    QVERIFY(r.out.contains("X-Amz-Signature=abc123"));
    QCOMPARE(doc.array().at(0).toObject().value(u"timeline"_s).toArray().size(), 0);

    r = run(QStringList{u"history"_s, u"export"_s, u"--format"_s, u"json"_s, u"--search"_s, u"job_"_s} + dataDir());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
}

void tst_CliHistory::environmentVariableNamesTheFolder()
{
    fill();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"JOBWATCH_DATA_DIR"_s, m_dir->path());
    Run r = run({u"history"_s, u"list"_s}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed().split('\n').size(), 3);
    // --data-dir wins over the variable.
    QTemporaryDir other;
    r = run({u"history"_s, u"list"_s, u"--data-dir"_s, other.path()}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
}

void tst_CliHistory::noHistoryYetIsNotAnErrorAndCreatesNothing()
{
    const Run r = run(QStringList{u"history"_s, u"export"_s, u"--format"_s, u"json"_s} + dataDir());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("no job history"), r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void tst_CliHistory::damagedStoreIsReportedAndKept()
{
    QFile file(SqliteJobStore::pathIn(m_dir->path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database at all, but long enough to have a header of sixteen bytes");
    file.close();
    const Run r = run(QStringList{u"history"_s, u"list"_s} + dataDir());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("could not be read"), r.err.constData());
    QVERIFY2(r.err.contains("jobs.sqlite.broken-"), r.err.constData());
    QCOMPARE(QDir(m_dir->path()).entryList({u"jobs.sqlite.broken-*"_s}, QDir::Files).size(), 1);
}

void tst_CliHistory::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no command") << QStringList{} << QByteArray("give a command");
    QTest::newRow("unknown command") << QStringList{u"show"_s} << QByteArray("unknown history command \"show\"");
    QTest::newRow("search without text") << QStringList{u"search"_s} << QByteArray("search needs the text");
    QTest::newRow("extra argument") << QStringList{u"list"_s, u"x"_s} << QByteArray("unexpected argument \"x\"");
    QTest::newRow("export without format") << QStringList{u"export"_s} << QByteArray("--format csv");
    QTest::newRow("unknown format") << QStringList{u"export"_s, u"--format"_s, u"xml"_s} << QByteArray("unknown export format \"xml\"");
    QTest::newRow("bad limit") << QStringList{u"list"_s, u"--limit"_s, u"ten"_s} << QByteArray("--limit takes");
    QTest::newRow("format with list") << QStringList{u"list"_s, u"--format"_s, u"csv"_s} << QByteArray("are for export");
    QTest::newRow("json with export") << QStringList{u"export"_s, u"--format"_s, u"csv"_s, u"--json"_s} << QByteArray("are for list");
}

void tst_CliHistory::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run r = run(QStringList{u"history"_s} + args + dataDir());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void tst_CliHistory::watchRecordPutsTheJobsInTheHistory()
{
    SimulatedProvider sim;
    QVERIFY2(sim.listen(0), qPrintable(sim.errorString()));
    sim.setToken(kKey);
    QStringList ids;
    for (const auto outcome : {SimulatedProvider::Outcome::Completed, SimulatedProvider::Outcome::Failed}) {
        SimulatedProvider::JobSpec spec;
        spec.queueMs = 0;
        spec.runMs = 1500;
        spec.outcome = outcome;
        ids.append(sim.createJob(spec));
    }
    QProcessEnvironment env = clitest::keyEnvironment(kKey);
    env.insert(u"JOBWATCH_DATA_DIR"_s, m_dir->path()); // the variable names the folder for watch too
    const Run watched = run(QStringList{u"watch"_s, u"--record"_s} + clitest::engineArgs(sim, u"theo"_s) + ids, env);
    QCOMPARE(watched.exitCode, 1); // one failed
    QVERIFY2(!watched.err.contains("record"), watched.err.constData());

    const Run r = run(QStringList{u"history"_s, u"list"_s, u"--json"_s} + dataDir());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> objects = ndjson(r.out);
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(0).value(u"job"_s).toObject().value(u"id"_s).toString(), ids.at(0));
    QCOMPARE(objects.at(0).value(u"job"_s).toObject().value(u"state"_s).toString(), u"completed"_s);
    QCOMPARE(objects.at(0).value(u"profile"_s).toString(), u"cli"_s);
    QCOMPARE(objects.at(0).value(u"profileName"_s).toString(), u"theo"_s);
    QCOMPARE(objects.at(1).value(u"job"_s).toObject().value(u"state"_s).toString(), u"failed"_s);
    QCOMPARE(objects.at(1).value(u"local"_s).toString(), u"done"_s);
    // The cadence's learned durations went into the same store: one completed job, one failed.
    {
        const QList<DurationSample> learned = SqliteJobStore(SqliteJobStore::pathIn(m_dir->path())).durations();
        QCOMPARE(learned.size(), 2);
        QCOMPARE(learned.at(0).profileId, u"cli"_s);
        QVERIFY(!learned.at(0).failed);
        QVERIFY(learned.at(1).failed);
        QVERIFY2(learned.at(0).durationMs >= 1000, qPrintable(QString::number(learned.at(0).durationMs)));
    }
    // The key is nowhere in the store's files.
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kKey.toUtf8()), qPrintable(name));
    }
    // --data-dir without --record is a usage error.
    const Run bad = run(QStringList{u"watch"_s} + clitest::engineArgs(sim, u"theo"_s) + QStringList{u"job_x"_s} + dataDir(), env);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--data-dir is for --record"), bad.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliHistory)
#include "tst_cli_history.moc"
