// StoreSync between a JobList and the store (on its StoreThread): changes are written in batches at most every
// interval and transient engine fields write nothing; a stored session comes back page by page in store order
// with its timelines and is not written back; bulk removals reach the store, also for jobs not restored yet; and
// a write that fails (the disk is full) stays pending, is retried, and lands once there is room again.

#include "storetesthelpers.h"

#include "model/joblist.h"
#include "model/jobtimeline.h"
#include "store/sqlitejobstore.h"
#include "store/storesync.h"
#include "store/storethread.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace jw;
using namespace Qt::StringLiterals;
using storetest::record;

namespace {
// A JobList, its timeline and a StoreSync on a store thread over `path`.
struct Session {
    explicit Session(const QString &path, StoreSync::Options options = {}, StoreFileOptions fileOptions = {})
        : thread([path, fileOptions] { return std::make_unique<SqliteJobStore>(path, fileOptions); })
        , timeline(&jobs)
        , sync(&jobs, &timeline, &thread, options)
    {
    }
    JobList jobs;
    StoreThread thread;
    JobTimeline timeline;
    StoreSync sync;
};

// Fills a store directly: `count` jobs, every `doneEvery`th finished, the rest watching.
void fill(const QString &path, int count, int doneEvery, qint64 atMs = 1'714'557'700'000)
{
    SqliteJobStore store(path);
    StoreBatch batch;
    batch.atMs = atMs;
    for (int i = 0; i < count; ++i) {
        JobRecord r = record(u"p"_s, u"job-%1"_s.arg(i, 5, 10, QChar(u'0')), i % doneEvery == 0 ? JobState::Completed : JobState::Running);
        JobWrite w = storetest::write(r, u"Profile P"_s);
        TimelineEntry added;
        added.atMs = 1000 + i;
        added.kind = TimelineEntry::Kind::Added;
        TimelineEntry state;
        state.atMs = 2000 + i;
        state.kind = TimelineEntry::Kind::State;
        state.state = r.snapshot.state;
        state.local = r.engine.local;
        w.timeline = QList<TimelineEntry>{added, state};
        batch.jobs.append(w);
    }
    QString error;
    QVERIFY2(store.write(batch, &error), qPrintable(error));
}

int storedCount(const QString &path)
{
    SqliteJobStore store(path);
    return store.count();
}
} // namespace

class tst_StoreSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // At exit a write may still be in flight: what changed after it is handed over behind it, not dropped
    // (`watch --record` left a job "running" in the history that it had reported completed).
    void changesAfterAWriteInFlightAreWrittenAtExit()
    {
        const QString key = jobKey(u"p"_s, u"job-1"_s);
        {
            Session s(path());
            QVERIFY(s.jobs.add(record(u"p"_s, u"job-1"_s, JobState::Running)));
            s.jobs.flush();
            s.sync.flush();
            QVERIFY(!s.sync.isIdle()); // the first write is in flight (its answer comes through this event loop)
            s.jobs.modify(key, [](JobRecord &r) {
                r.snapshot.state = JobState::Completed;
                r.engine.local = LocalState::Done;
            });
            s.jobs.flush();
            s.sync.flush(); // waits for the write in flight
            QVERIFY(s.sync.hasPending());
        }
        SqliteJobStore store(path());
        const QList<StoredJob> stored = store.jobs({key}, false);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().record.snapshot.state, JobState::Completed);
        QCOMPARE(stored.first().record.engine.local, LocalState::Done);
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void changesAreWrittenInBatches();
    void transientFieldsWriteNothing();
    void removalsAndTimelinesAreWritten();
    void restoreComesInPagesInStoreOrderWithTimelines();
    void clearFinishedReachesJobsNotRestoredYet();
    void removeOlderThanSparesRecentAndWatchedJobs();
    void retentionOnRestoreRemovesIdleJobs();
    void failedWriteIsKeptAndRetriedUntilThereIsRoom();
    void readOnlyStoreIsAnnouncedAndNotWritten();

private:
    QString path() const { return SqliteJobStore::pathIn(m_dir->path()); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_StoreSync::changesAreWrittenInBatches()
{
    StoreSync::Options options;
    options.flushIntervalMs = 200;
    {
        Session s(path(), options);
        QSignalSpy written(&s.sync, &StoreSync::written);
        for (int i = 0; i < 50; ++i)
            QVERIFY(s.jobs.add(record(u"p"_s, u"job-%1"_s.arg(i))));
        // 50 additions and then 20 rounds of changes to each, as fast as they come: a handful of writes.
        for (int round = 0; round < 20; ++round) {
            for (int i = 0; i < 50; ++i)
                s.jobs.modify(jobKey(u"p"_s, u"job-%1"_s.arg(i)), [round](JobRecord &r) { r.snapshot.progress = round; });
            s.jobs.flush();
        }
        QTRY_VERIFY(!written.isEmpty());
        QTRY_VERIFY(!s.sync.hasPending());
        QCOMPARE(written.count(), 1); // everything in one batch: it all came within the interval
        QCOMPARE(written.first().first().toInt(), 50);
        s.jobs.modify(jobKey(u"p"_s, u"job-7"_s), [](JobRecord &r) { r.snapshot.progress = 99; });
        s.jobs.flush();
        QTRY_COMPARE(written.count(), 2);
        QCOMPARE(written.last().first().toInt(), 1);
    }
    SqliteJobStore store(path());
    QCOMPARE(store.count(), 50);
    QCOMPARE(store.jobs({u"p/job-7"_s}, false).value(0).record.snapshot.progress, 99.0);
    QCOMPARE(store.jobs({u"p/job-8"_s}, false).value(0).record.snapshot.progress, 19.0);
}

void tst_StoreSync::transientFieldsWriteNothing()
{
    Session s(path());
    QSignalSpy written(&s.sync, &StoreSync::written);
    QVERIFY(s.jobs.add(record(u"p"_s, u"a"_s)));
    s.sync.flush();
    QTRY_COMPARE(written.count(), 1);
    s.jobs.modify(u"p/a"_s, [](JobRecord &r) {
        r.engine.nextPollAtMs = 123;
        r.engine.etaMs = 456;
        r.engine.inFlight = true;
    });
    s.jobs.flush();
    QVERIFY(!s.sync.hasPending());
    s.jobs.modify(u"p/a"_s, [](JobRecord &r) { ++r.engine.requestCount; });
    s.jobs.flush();
    QVERIFY(s.sync.hasPending());
}

void tst_StoreSync::removalsAndTimelinesAreWritten()
{
    StoreSync::Options options;
    options.flushIntervalMs = 50;
    {
        Session s(path(), options);
        QSignalSpy written(&s.sync, &StoreSync::written);
        QVERIFY(s.jobs.add(record(u"p"_s, u"keep"_s)));
        QVERIFY(s.jobs.add(record(u"p"_s, u"drop"_s)));
        s.jobs.modify(u"p/keep"_s, [](JobRecord &r) {
            r.snapshot.state = JobState::Completed;
            r.engine.local = LocalState::Done;
        });
        s.jobs.flush();
        QTRY_VERIFY(!written.isEmpty());
        QTRY_VERIFY(!s.sync.hasPending());
        QVERIFY(s.jobs.remove(u"p/drop"_s));
        QTRY_VERIFY(!s.sync.hasPending());
    } // the destructor hands over the rest; the thread writes it before it stops
    SqliteJobStore store(path());
    QCOMPARE(store.count(), 1);
    const StoredJob keep = store.page(0, 10, true).value(0);
    QCOMPARE(keep.record.key, u"p/keep"_s);
    QStringList labels;
    for (const TimelineEntry &e : keep.timeline)
        labels.append(e.label);
    QCOMPARE(labels, (QStringList{u"added"_s, u"running"_s, u"completed"_s}));
}

void tst_StoreSync::restoreComesInPagesInStoreOrderWithTimelines()
{
    fill(path(), 1200, 3);
    StoreSync::Options options;
    options.pageSize = 500;
    Session s(path(), options);
    QSignalSpy pages(&s.sync, &StoreSync::pageRestored);
    QSignalSpy finished(&s.sync, &StoreSync::restoreFinished);
    QSignalSpy added(&s.jobs, &JobList::jobsAdded);
    s.sync.restore();
    QVERIFY(s.sync.isRestoring());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), 1200);
    QCOMPARE(pages.count(), 3);
    QCOMPARE(added.count(), 3); // one signal per page, not per job
    QCOMPARE(pages.at(0).first().toStringList().size(), 500);
    QCOMPARE(pages.at(2).first().toStringList().size(), 200);
    QCOMPARE(s.jobs.size(), 1200);
    QCOMPARE(s.jobs.keys().first(), u"p/job-00000"_s);
    QCOMPARE(s.jobs.keys().last(), u"p/job-01199"_s);
    const JobRecord *done = s.jobs.find(u"p/job-00003"_s);
    QVERIFY(done);
    QCOMPARE(done->engine.local, LocalState::Done);
    QCOMPARE(done->snapshot.artifacts.size(), 1);
    QCOMPARE(done->addedAtMs, 1'714'557'000'000);
    const QList<TimelineEntry> timeline = s.timeline.entries(u"p/job-00003"_s);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.at(0).label, u"added"_s);
    QCOMPARE(timeline.at(1).label, u"completed"_s);
    QCOMPARE(timeline.at(1).atMs, 2003);
    QVERIFY(!s.sync.isRestoring());
    QVERIFY(!s.sync.hasPending()); // what came from the store is not written back
}

void tst_StoreSync::clearFinishedReachesJobsNotRestoredYet()
{
    fill(path(), 1200, 2); // 600 finished
    StoreSync::Options options;
    options.pageSize = 200;
    {
        Session s(path(), options);
        QSignalSpy pages(&s.sync, &StoreSync::pageRestored);
        QSignalSpy finished(&s.sync, &StoreSync::restoreFinished);
        QSignalSpy removed(&s.sync, &StoreSync::removed);
        int clearedFromList = -1;
        connect(&s.sync, &StoreSync::pageRestored, this, [&] {
            if (clearedFromList < 0) // the first page is in, the next one is being read
                clearedFromList = s.sync.clearFinished();
        });
        s.sync.restore();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(clearedFromList, 100);
        QVERIFY(pages.count() >= 2);
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(s.jobs.size(), 600);
        for (const QString &key : s.jobs.keys())
            QCOMPARE(s.jobs.find(key)->engine.local, LocalState::Watching);
        QTRY_VERIFY(!s.sync.hasPending());
    }
    QCOMPARE(storedCount(path()), 600);
}

void tst_StoreSync::removeOlderThanSparesRecentAndWatchedJobs()
{
    Session s(path());
    QSignalSpy removed(&s.sync, &StoreSync::removed);
    JobRecord old = record(u"p"_s, u"old"_s, JobState::Completed);
    old.addedAtMs = 1000;
    old.engine.reportedAtMs = 2000;
    old.engine.lastPollAtMs = 2000;
    JobRecord oldWatching = old;
    oldWatching.jobId = u"old-watching"_s;
    oldWatching.engine.local = LocalState::Watching;
    JobRecord recent = record(u"p"_s, u"recent"_s, JobState::Failed);
    recent.engine.lastPollAtMs = 9000;
    QCOMPARE(s.jobs.addMany({old, oldWatching, recent}).size(), 3);
    QCOMPARE(s.sync.removeOlderThan(5000), 1);
    QCOMPARE(s.jobs.keys(), (QStringList{u"p/old-watching"_s, u"p/recent"_s}));
    QTRY_COMPARE(removed.count(), 1);
}

void tst_StoreSync::retentionOnRestoreRemovesIdleJobs()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    fill(path(), 10, 2, now - 40LL * 24 * 3600 * 1000); // written 40 days ago: 5 finished, 5 watching
    {
        SqliteJobStore store(path());
        QVERIFY(store.write(storetest::batchOf({record(u"p"_s, u"fresh"_s, JobState::Completed)}, now)));
    }
    Session s(path());
    QSignalSpy finished(&s.sync, &StoreSync::restoreFinished);
    QSignalSpy removed(&s.sync, &StoreSync::removed);
    s.sync.restore(30);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toInt(), 5);
    QCOMPARE(s.jobs.size(), 6); // the fresh one and the 5 still being watched
    QVERIFY(s.jobs.contains(u"p/fresh"_s));
}

void tst_StoreSync::failedWriteIsKeptAndRetriedUntilThereIsRoom()
{
    { SqliteJobStore create(path()); }
    StoreSync::Options options;
    options.flushIntervalMs = 20;
    options.retryMs = 50;
    StoreFileOptions small;
    small.maxPages = 200; // this connection's "disk": 800 KiB
    Session s(path(), options, small);
    QSignalSpy written(&s.sync, &StoreSync::written);
    QSignalSpy failed(&s.sync, &StoreSync::writeFailed);
    QSignalSpy recovered(&s.sync, &StoreSync::writeRecovered);
    QVERIFY(s.jobs.add(record(u"p"_s, u"before"_s)));
    QTRY_COMPARE(written.count(), 1);

    // Another program fills the disk.
    storetest::RawDb raw(path(), u"filler"_s);
    QVERIFY(raw.exec(u"CREATE TABLE filler (b BLOB)"_s));
    for (int i = 0; i < 220 && raw.value(u"PRAGMA page_count"_s).toInt() < 200; ++i)
        QVERIFY(raw.exec(u"INSERT INTO filler VALUES (zeroblob(8192))"_s));
    QVERIFY(raw.value(u"PRAGMA page_count"_s).toInt() >= 200);

    for (int i = 0; i < 30; ++i) {
        JobRecord r = record(u"p"_s, u"during-%1"_s.arg(i));
        r.snapshot.message = QString(2000, u'x');
        QVERIFY(s.jobs.add(r));
    }
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"full"_s), qPrintable(failed.first().first().toString()));
    QCOMPARE(s.sync.lastError(), failed.first().first().toString());
    QVERIFY(s.sync.hasPending() || !s.sync.lastError().isEmpty());
    // The jobs go on changing meanwhile; nothing is lost.
    s.jobs.modify(u"p/during-3"_s, [](JobRecord &r) { r.snapshot.progress = 77; });
    s.jobs.flush();

    QVERIFY(raw.exec(u"DROP TABLE filler"_s)); // room again (free pages inside the file)
    QTRY_COMPARE(recovered.count(), 1);
    QTRY_VERIFY(!s.sync.hasPending());
    QVERIFY(s.sync.lastError().isEmpty());
    QCOMPARE(failed.count(), 1); // one message per failure, not one per retry
    SqliteJobStore check(path());
    QCOMPARE(check.count(), 31);
    QCOMPARE(check.jobs({u"p/during-3"_s}, false).value(0).record.snapshot.progress, 77.0);
}

void tst_StoreSync::readOnlyStoreIsAnnouncedAndNotWritten()
{
    fill(path(), 3, 1);
    {
        storetest::RawDb raw(path());
        QVERIFY(raw.exec(u"PRAGMA user_version = 50"_s));
    }
    Session s(path());
    QSignalSpy opened(&s.sync, &StoreSync::opened);
    QSignalSpy finished(&s.sync, &StoreSync::restoreFinished);
    QSignalSpy failed(&s.sync, &StoreSync::writeFailed);
    s.sync.restore();
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(s.sync.status().mode, StoreStatus::Mode::ReadOnly);
    QVERIFY(!s.sync.status().message.isEmpty());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(s.jobs.size(), 3);
    QVERIFY(s.jobs.add(record(u"p"_s, u"new"_s)));
    QVERIFY(!s.sync.hasPending());
    QCOMPARE(s.sync.clearFinished(), 3);
    QVERIFY(failed.isEmpty());
}

QTEST_GUILESS_MAIN(tst_StoreSync)
#include "tst_storesync.moc"
