// Jobs survive restarts: an Application with a data folder writes its session into the job store, and the next
// one restores it against the simulated provider: finished jobs as history, unfinished ones polling again (never
// re-submitted), or stopped when the setting says so; learned durations come back; Clear finished reaches the
// store; a damaged store or a data folder that cannot be created is announced and polling goes on.

#include "application/application.h"
#include "artifacts/resultarchive.h"
#include "artifacts/resultsaver.h"
#include "model/joblist.h"
#include "model/jobtimeline.h"
#include "model/profile.h"
#include "model/profilelist.h"
#include "mainwindow.h"
#include "models/jobtablemodel.h"
#include "engine/historybook.h"
#include "engine/scheduler.h"
#include "profiles/settings.h"
#include "sim/simulatedprovider.h"
#include "store/sqlitejobstore.h"
#include "store/storesync.h"
#include "storetesthelpers.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-restore-test-key-9090"_s;

Profile theo(const SimulatedProvider &sim)
{
    Profile p;
    p.id = u"theo"_s;
    p.name = u"Theo account"_s;
    p.dialect = u"theo"_s;
    p.baseUrl = sim.baseUrl(u"theo"_s);
    p.poll.intervalMs = 1000;
    return p;
}

SimulatedProvider::JobSpec spec(qint64 runMs, const QString &type = u"video"_s)
{
    SimulatedProvider::JobSpec s;
    s.queueMs = 0;
    s.runMs = runMs;
    s.type = type;
    return s;
}
} // namespace

class tst_AppRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_sim.reset(); }

    void restartShowsTheSessionAndResumesUnfinishedJobs();
    void resumeOnStartOffBringsThemBackStopped();
    void jobsOfAMissingProfileComeBackStoppedWithAReason();
    void learnedDurationsSurviveARestart();
    void clearFinishedReachesTheStore();
    void retentionSettingAppliesOnStart();
    void damagedStoreIsAnnouncedAndPollingGoesOn();
    void unusableDataFolderIsAnnouncedAndPollingGoesOn();
    void filesFromANewerVersionAreAnnouncedLeftUntouchedAndPollingGoesOn();
    void windowShowsTheRestoredSession();
    void restoredHistoryDownloadsNothing(); // its results were archived: adopted, no request

private:
    std::unique_ptr<Application> start(bool withProfile = true)
    {
        Application::Options options;
        options.dataDir = m_dir->path();
        options.settingsPath = m_dir->filePath(u"settings.json"_s);
        options.storeFlushIntervalMs = 50;
        auto app = std::make_unique<Application>(options);
        QString error;
        if (withProfile && !app->addProfile(theo(*m_sim), kKey, &error))
            qWarning("addProfile: %s", qPrintable(error));
        return app;
    }
    QString watch(Application &app, const SimulatedProvider::JobSpec &s)
    {
        const QString id = m_sim->createJob(s);
        QString error;
        const QString key = app.scheduler()->watch(u"theo"_s, id, {}, &error);
        if (key.isEmpty())
            qWarning("watch: %s", qPrintable(error));
        return key;
    }
    // Ends a session the way quitting does: pending changes are written before the store thread stops.
    static void quit(std::unique_ptr<Application> &app) { app.reset(); }
    static bool restored(Application &app)
    {
        return app.history() && !app.history()->isRestoring();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedProvider> m_sim;
};

void tst_AppRestore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = std::make_unique<SimulatedProvider>();
    QVERIFY2(m_sim->listen(0), qPrintable(m_sim->errorString()));
    m_sim->setToken(kKey);
}

void tst_AppRestore::restartShowsTheSessionAndResumesUnfinishedJobs()
{
    auto app = start();
    QVERIFY(app->history());
    const QString quick = watch(*app, spec(800));
    const QString slow = watch(*app, spec(9000));
    QTRY_COMPARE_WITH_TIMEOUT(app->jobs()->value(quick).engine.local, LocalState::Done, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(app->jobs()->value(slow).snapshot.progress.value_or(0) > 0, 15000);
    const JobRecord quickBefore = app->jobs()->value(quick);
    const int timelineBefore = int(app->timeline()->entries(slow).size());
    quit(app);

    const QString quickId = quick.section(u'/', 1);
    const QString slowId = slow.section(u'/', 1);
    const int quickPolls = m_sim->requestCount(quickId);
    const int jobsOnServer = int(m_sim->jobIds().size());
    app = start();
    QTRY_VERIFY(restored(*app));
    QCOMPARE(app->jobs()->keys(), (QStringList{quick, slow}));
    const JobRecord quickAfter = app->jobs()->value(quick);
    QCOMPARE(quickAfter.engine.local, LocalState::Done);
    QCOMPARE(quickAfter.snapshot, quickBefore.snapshot);
    QCOMPARE(quickAfter.addedAtMs, quickBefore.addedAtMs);
    QCOMPARE(quickAfter.engine.requestCount, quickBefore.engine.requestCount);
    QCOMPARE(app->timeline()->entries(quick).size(), 3); // added, running, completed: as before the restart
    // The unfinished one polls again, from where it was, and finishes; nothing was submitted again.
    QCOMPARE(app->jobs()->value(slow).engine.local, LocalState::Watching);
    QTRY_COMPARE_WITH_TIMEOUT(app->jobs()->value(slow).engine.local, LocalState::Done, 20000);
    QCOMPARE(app->jobs()->value(slow).snapshot.state, JobState::Completed);
    QVERIFY(app->timeline()->entries(slow).size() > timelineBefore);
    QCOMPARE(app->timeline()->entries(slow).first().label, u"added"_s);
    QCOMPARE(m_sim->requestCount(quickId), quickPolls); // history is not polled
    QVERIFY(m_sim->requestCount(slowId) > 0);
    QCOMPARE(int(m_sim->jobIds().size()), jobsOnServer);
    quit(app);

    // The key went to the server, never into the store.
    for (const QString &name : QDir(m_dir->path()).entryList({u"jobs.sqlite*"_s}, QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kKey.toUtf8()), qPrintable(name));
    }
}

void tst_AppRestore::resumeOnStartOffBringsThemBackStopped()
{
    auto app = start();
    app->setResumeOnStart(false);
    QVERIFY(app->settings()->flush());
    const QString slow = watch(*app, spec(6000));
    QTRY_VERIFY_WITH_TIMEOUT(app->jobs()->value(slow).hasSnapshot, 15000);
    quit(app);

    const QString id = slow.section(u'/', 1);
    app = start();
    QVERIFY(!app->resumeOnStart());
    QTRY_VERIFY(restored(*app));
    QCOMPARE(app->jobs()->value(slow).engine.local, LocalState::Stopped);
    const int polls = m_sim->requestCount(id);
    // Resume works on a restored job.
    app->scheduler()->resume(slow);
    QTRY_COMPARE_WITH_TIMEOUT(app->jobs()->value(slow).engine.local, LocalState::Done, 20000);
    QVERIFY(m_sim->requestCount(id) > polls);
}

void tst_AppRestore::jobsOfAMissingProfileComeBackStoppedWithAReason()
{
    auto app = start();
    const QString slow = watch(*app, spec(6000));
    QTRY_VERIFY_WITH_TIMEOUT(app->jobs()->value(slow).hasSnapshot, 15000);
    quit(app);
    app = start(false); // the profile is gone
    QTRY_VERIFY(restored(*app));
    const JobRecord r = app->jobs()->value(slow);
    QCOMPARE(r.engine.local, LocalState::Stopped);
    QVERIFY2(r.engine.lastError.contains(u"not resumed"_s), qPrintable(r.engine.lastError));
    QVERIFY2(r.engine.lastError.contains(u"theo"_s), qPrintable(r.engine.lastError));
    QCOMPARE(r.snapshot.state, JobState::Running); // its last snapshot stays
    // It keeps the profile's name, in the window and in the store when it is written again.
    QCOMPARE(app->profiles()->displayName(u"theo"_s), u"Theo account"_s);
    {
        MainWindow window(app.get());
        const int row = window.model()->rowOf(slow);
        QCOMPARE(window.model()->index(row, JobTableModel::Profile).data().toString(), u"Theo account"_s);
    }
    quit(app);
    const StoredJob stored = SqliteJobStore(SqliteJobStore::pathIn(m_dir->path())).jobs({slow}, false).value(0);
    QCOMPARE(stored.record.engine.local, LocalState::Stopped);
    QCOMPARE(stored.profileName, u"Theo account"_s);
}

void tst_AppRestore::learnedDurationsSurviveARestart()
{
    auto app = start();
    QStringList keys;
    for (int i = 0; i < 3; ++i)
        keys.append(watch(*app, spec(1500 + 300 * i)));
    for (const QString &key : std::as_const(keys))
        QTRY_COMPARE_WITH_TIMEOUT(app->jobs()->value(key).engine.local, LocalState::Done, 20000);
    const DurationHistory *learned = app->scheduler()->history()->find(u"theo"_s, u"video"_s);
    QVERIFY(learned);
    QCOMPARE(learned->size(), 3);
    const qint64 shortest = learned->shortestMs();
    quit(app);
    // They live in the job store, next to the jobs they were learned from.
    QCOMPARE(SqliteJobStore(SqliteJobStore::pathIn(m_dir->path())).durations().size(), 3);
    QVERIFY(!QFile::exists(m_dir->filePath(u"cadence-history.json"_s))); // no second copy beside the store

    app = start();
    QTRY_VERIFY(app->scheduler()->history()->find(u"theo"_s, u"video"_s));
    const DurationHistory *back = app->scheduler()->history()->find(u"theo"_s, u"video"_s);
    QCOMPARE(back->size(), 3);
    QVERIFY(back->isUsable());
    QCOMPARE(back->shortestMs(), shortest);
    QVERIFY(!app->scheduler()->history()->find(u"theo"_s, u"image"_s));
}

void tst_AppRestore::clearFinishedReachesTheStore()
{
    auto app = start();
    const QString done = watch(*app, spec(500));
    const QString slow = watch(*app, spec(30000));
    QTRY_COMPARE_WITH_TIMEOUT(app->jobs()->value(done).engine.local, LocalState::Done, 15000);
    QCOMPARE(app->clearFinished(), 1);
    QCOMPARE(app->jobs()->keys(), QStringList{slow});
    quit(app);
    app = start();
    QTRY_VERIFY(restored(*app));
    QCOMPARE(app->jobs()->keys(), QStringList{slow});
}

void tst_AppRestore::retentionSettingAppliesOnStart()
{
    auto app = start();
    app->setRetentionDays(30);
    QVERIFY(app->settings()->flush());
    const QString done = watch(*app, spec(500));
    QTRY_COMPARE_WITH_TIMEOUT(app->jobs()->value(done).engine.local, LocalState::Done, 15000);
    quit(app);
    {
        // Forty days pass.
        SqliteJobStore store(SqliteJobStore::pathIn(m_dir->path()));
        StoredJob job = store.jobs({done}, true).value(0);
        QVERIFY(!job.record.key.isEmpty());
        StoreBatch batch;
        batch.atMs = QDateTime::currentMSecsSinceEpoch() - 40LL * 24 * 3600 * 1000;
        batch.jobs.append(JobWrite{job.record, job.profileName, false, std::nullopt});
        QVERIFY(store.write(batch));
    }
    app = start();
    QCOMPARE(app->retentionDays(), 30);
    QSignalSpy removed(app->history(), &StoreSync::removed);
    QTRY_VERIFY(restored(*app));
    QCOMPARE(app->jobs()->size(), 0);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toInt(), 1);
}

void tst_AppRestore::damagedStoreIsAnnouncedAndPollingGoesOn()
{
    QFile file(SqliteJobStore::pathIn(m_dir->path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, '\x07'));
    file.close();
    auto app = start();
    QSignalSpy messages(app.get(), &Application::historyMessage);
    QTRY_COMPARE(messages.count(), 1);
    const QString message = messages.first().first().toString();
    QVERIFY2(message.contains(u"could not be read"_s), qPrintable(message));
    QVERIFY2(message.contains(u"jobs.sqlite.broken-"_s), qPrintable(message));
    const QString key = watch(*app, spec(500));
    QTRY_COMPARE_WITH_TIMEOUT(app->jobs()->value(key).engine.local, LocalState::Done, 15000);
    quit(app);
    app = start();
    QTRY_VERIFY(restored(*app));
    QCOMPARE(app->jobs()->keys(), QStringList{key}); // the new store works
}

void tst_AppRestore::unusableDataFolderIsAnnouncedAndPollingGoesOn()
{
    const QString blocker = m_dir->filePath(u"not-a-folder"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Application::Options options;
    options.dataDir = blocker + u"/data"_s;
    Application app(options);
    QSignalSpy messages(&app, &Application::historyMessage);
    QString error;
    QVERIFY2(app.addProfile(theo(*m_sim), kKey, &error), qPrintable(error));
    QTRY_COMPARE(messages.count(), 1);
    QVERIFY2(messages.first().first().toString().contains(u"cannot be created"_s), qPrintable(messages.first().first().toString()));
    const QString key = watch(app, spec(500));
    QTRY_COMPARE_WITH_TIMEOUT(app.jobs()->value(key).engine.local, LocalState::Done, 15000);
    QCOMPARE(messages.count(), 1); // said once, not on every change
}

// A settings file and a job history written by a newer Jobwatch: each is named in a clear message (stderr and the
// a warning over the window at start), neither is ever written, and jobs are watched as usual.
void tst_AppRestore::filesFromANewerVersionAreAnnouncedLeftUntouchedAndPollingGoesOn()
{
    const QString settingsPath = m_dir->filePath(u"settings.json"_s);
    const QByteArray futureSettings = R"({"settingsVersion": 99, "profiles": [], "future/feature": {"x": 1}})";
    {
        QFile f(settingsPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(futureSettings);
    }
    const QString storePath = SqliteJobStore::pathIn(m_dir->path());
    {
        SqliteJobStore store(storePath);
        QVERIFY(store.write(storetest::batchOf({storetest::record(u"theo"_s, u"job_old"_s, JobState::Completed)})));
    }
    {
        storetest::RawDb raw(storePath);
        QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
        QVERIFY(raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    auto app = start();
    QSignalSpy messages(app.get(), &Application::historyMessage);
    const QStringList problems = app->startupProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"newer version (99)"_s) && problems.first().contains(u"left untouched"_s),
             qPrintable(problems.first()));
    QTRY_COMPARE(messages.count(), 1);
    QVERIFY2(messages.first().first().toString().contains(u"newer version"_s), qPrintable(messages.first().first().toString()));
    {
        // The window's warning at start: stays over the window until dismissed, with each problem in full.
        MainWindow window(app.get());
        window.show();
        window.showStartupProblems(problems);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"startupProblems"_s)) && box->isVisible());
        QVERIFY2(box->informativeText().startsWith(u"The settings file"_s) // a sentence
                     && box->informativeText().contains(problems.first().mid(1)),
                 qPrintable(box->informativeText()));
        box->accept();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(u"startupProblems"_s));
    }
    QTRY_VERIFY(restored(*app));
    QVERIFY(app->jobs()->contains(u"theo/job_old"_s)); // read all the same
    const QString key = watch(*app, spec(500));
    QTRY_COMPARE_WITH_TIMEOUT(app->jobs()->value(key).engine.local, LocalState::Done, 15000);
    app->setRetentionDays(3); // a change that would be saved
    app->settings()->flush();
    quit(app);
    QFile f(settingsPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), futureSettings);
    storetest::RawDb raw(storePath);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 99);
    QCOMPARE(raw.value(u"SELECT count(*) FROM jobs"_s).toInt(), 1);
}

void tst_AppRestore::windowShowsTheRestoredSession()
{
    {
        SqliteJobStore store(SqliteJobStore::pathIn(m_dir->path()));
        StoreBatch batch;
        batch.atMs = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 1500; ++i) {
            JobRecord r;
            r.profileId = u"theo"_s;
            r.jobId = u"job_hist%1"_s.arg(i, 5, 10, QChar(u'0'));
            r.hasSnapshot = true;
            r.snapshot.id = r.jobId;
            r.snapshot.state = i % 3 ? JobState::Completed : JobState::Failed;
            r.snapshot.progress = i % 3 ? 100 : 20;
            r.engine.local = LocalState::Done;
            batch.jobs.append(JobWrite{r, u"Theo account"_s, true, std::nullopt});
        }
        QVERIFY(store.write(batch));
    }
    auto app = start();
    MainWindow window(app.get());
    window.show();
    QTRY_COMPARE(window.model()->rowCount(), 1500);
    QCOMPARE(window.model()->index(0, JobTableModel::Job).data().toString(), u"job_hist00000"_s);
    QCOMPARE(window.model()->index(1, JobTableModel::Status).data(JobTableModel::CategoryRole).toInt(), int(StatusCategory::Completed));
}

void tst_AppRestore::restoredHistoryDownloadsNothing()
{
    SimulatedProvider::JobSpec s = spec(500);
    s.dialect = u"scenes"_s; // signed scene images: archived on completion
    Profile scenes = theo(*m_sim);
    scenes.id = u"scenes"_s;
    scenes.name = u"Scenes account"_s;
    scenes.dialect = u"scenes"_s;
    scenes.baseUrl = m_sim->baseUrl(u"scenes"_s);
    // Profiles added through Application are session-only: each session adds it again (the archive's folder
    // names it).
    const auto startWithScenes = [&] {
        auto app = start();
        QString error;
        if (!app->addProfile(scenes, kKey, &error))
            qWarning("addProfile: %s", qPrintable(error));
        return app;
    };
    auto app = startWithScenes();
    const QString id = m_sim->createJob(s);
    QString error;
    const QString key = app->scheduler()->watch(u"scenes"_s, id, {}, &error);
    QVERIFY2(!key.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(app->jobs()->value(key).engine.local, LocalState::Done, 15000);
    const int results = int(app->resultSaver()->urlsToSave(app->jobs()->value(key)).size());
    QVERIFY(results > 0);
    // The session that saw it complete archives its results.
    QTRY_VERIFY_WITH_TIMEOUT(app->resultArchive()->entries(key).size() == results && app->resultSaver()->queued() == 0
                                 && app->resultSaver()->running() == 0,
                             15000);
    quit(app);

    m_sim->clearRequests();
    app = startWithScenes();
    QTRY_VERIFY(restored(*app));
    QCOMPARE(app->jobs()->value(key).engine.local, LocalState::Done);
    QCOMPARE(app->resultSaver()->queued(), 0);
    QCOMPARE(app->resultSaver()->running(), 0);
    QCOMPARE(app->resultArchive()->entries(key).size(), results); // adopted from the archive folder
    QVERIFY(m_sim->requests().isEmpty());
}

QTEST_MAIN(tst_AppRestore)
#include "tst_apprestore.moc"
