// SqliteJobStore: what a batch writes comes back as it was (snapshot, local state, statistics, timeline,
// artifacts, durations), the full-text search finds jobs by every indexed field, bulk removal spares watched
// jobs, and a failed write (disk full) leaves nothing half-written. Every test has its own folder.

#include "plurals.h"
#include "storetesthelpers.h"

#include "store/sqlitejobstore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

using namespace jw;
using namespace Qt::StringLiterals;
using storetest::batchOf;
using storetest::record;

class tst_Store : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // a fresh store for every test (and data row)
        QVERIFY(m_dir->isValid());
    }

    void roundTripKeepsSnapshotStateAndStatistics();
    void statisticsOnlyWriteKeepsTheStoredSnapshot();
    void timelineIsCappedKeepingTheFirstEntries();
    void artifactsFollowTheSnapshotButSavedOnesStay();
    void searchFindsSubstringsOfEveryIndexedField_data();
    void searchFindsSubstringsOfEveryIndexedField();
    void searchIndexFollowsChangesAndRemovals();
    void promptComesFromTheBodyAndOutlivesIt();
    void inputsRoundTripInOrderAndAreSearchable();
    void costIsStoredWithTheJob();
    void bodiesAreNeverStored();
    void bulkRemovalSparesWatchedJobs();
    void durationsKeepTheNewestPerProfileAndType();
    void diskFullFailsTheWholeBatchWithAReason();
    void twoConnectionsWriteAtOnceWithoutLockErrors();

private:
    QString path() const { return SqliteJobStore::pathIn(m_dir->path()); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Store::roundTripKeepsSnapshotStateAndStatistics()
{
    SqliteJobStore store(path());
    QVERIFY2(store.status().mode == StoreStatus::Mode::ReadWrite, qPrintable(store.status().message));
    QVERIFY2(store.status().message.isEmpty(), qPrintable(store.status().message));
    JobRecord running = record(u"theo"_s, u"job_a1"_s);
    running.pollUrl = QUrl(u"https://api.example.com/api/v1/jobs/job_a1"_s);
    running.engine.lastError = u"HTTP 502; retrying with backoff"_s;
    running.engine.lastRequestId = u"req_77"_s;
    JobRecord failed = record(u"theo"_s, u"job_b2"_s, JobState::Failed, 63);
    JobRecord fresh; // watched, never answered
    fresh.profileId = u"vidocu"_s;
    fresh.jobId = u"job_c3"_s;
    fresh.addedAtMs = 1'714'557'500'000;
    StoreBatch batch = batchOf({running, failed, fresh}, 1'714'557'800'000);
    batch.jobs[0].profileName = u"Theo (work)"_s;
    QString error;
    QVERIFY2(store.write(batch, &error), qPrintable(error));

    QCOMPARE(store.count(), 3);
    const QList<StoredJob> page = store.page(0, 10, false, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(page.size(), 3);
    const StoredJob &a = page.at(0);
    QCOMPARE(a.record.key, u"theo/job_a1"_s);
    QCOMPARE(a.profileName, u"Theo (work)"_s);
    QCOMPARE(a.record.hasSnapshot, true);
    QCOMPARE(a.record.snapshot, running.snapshot);
    QCOMPARE(a.record.pollUrl, running.pollUrl);
    QCOMPARE(a.record.engine.local, LocalState::Watching);
    QCOMPARE(a.record.engine.lastError, running.engine.lastError);
    QCOMPARE(a.record.engine.lastRequestId, u"req_77"_s);
    QCOMPARE(a.record.engine.requestCount, 7);
    QCOMPARE(a.record.engine.lastHttpStatus, 200);
    QCOMPARE(a.record.engine.lastPollAtMs, running.engine.lastPollAtMs);
    QCOMPARE(a.record.addedAtMs, running.addedAtMs);
    QCOMPARE(a.updatedAtMs, 1'714'557'800'000);
    QCOMPARE(a.record.engine.inFlight, false);
    QCOMPARE(a.record.engine.nextPollAtMs, -1);
    QCOMPARE(page.at(1).record.snapshot.error, failed.snapshot.error);
    QCOMPARE(page.at(1).record.engine.local, LocalState::Done);
    QCOMPARE(page.at(2).record.hasSnapshot, false);
    QCOMPARE(page.at(2).record.snapshot.id, u"job_c3"_s);
    QCOMPARE(page.at(2).record.addedAtMs, 1'714'557'500'000);
    // Paging continues after the last row id, in store order.
    const QList<StoredJob> rest = store.page(page.at(0).rowId, 10, false);
    QCOMPARE(rest.size(), 2);
    QCOMPARE(rest.at(0).record.key, u"theo/job_b2"_s);
    QCOMPARE(store.jobs({u"vidocu/job_c3"_s, u"theo/job_a1"_s, u"nope/x"_s}, false).size(), 2);
}

void tst_Store::statisticsOnlyWriteKeepsTheStoredSnapshot()
{
    SqliteJobStore store(path());
    JobRecord r = record(u"theo"_s, u"job_a1"_s);
    QVERIFY(store.write(batchOf({r})));
    JobRecord later = r;
    later.snapshot.progress = 99;      // not written: this write says the snapshot did not change
    later.engine.requestCount = 12;
    later.engine.local = LocalState::Stopped;
    later.engine.lastHttpStatus = 503;
    StoreBatch batch = batchOf({later}, 1'714'557'900'000);
    batch.jobs[0].snapshot = false;
    QString error;
    QVERIFY2(store.write(batch, &error), qPrintable(error));
    const StoredJob stored = store.jobs({r.key}, false).value(0);
    QCOMPARE(stored.record.snapshot.progress, 40.0);
    QCOMPARE(stored.record.engine.requestCount, 12);
    QCOMPARE(stored.record.engine.local, LocalState::Stopped);
    QCOMPARE(stored.record.engine.lastHttpStatus, 503);
    QCOMPARE(stored.updatedAtMs, 1'714'557'900'000);
}

void tst_Store::timelineIsCappedKeepingTheFirstEntries()
{
    SqliteJobStore store(path());
    QList<TimelineEntry> entries;
    for (int i = 0; i < 80; ++i) {
        TimelineEntry e;
        e.atMs = 1000 + i;
        e.kind = i == 0 ? TimelineEntry::Kind::Added : (i % 2 ? TimelineEntry::Kind::State : TimelineEntry::Kind::Local);
        e.state = i % 2 ? JobState::Running : JobState::Queued;
        e.local = i % 4 == 2 ? LocalState::Stopped : LocalState::Watching;
        e.detail = u"detail %1"_s.arg(i);
        entries.append(e);
    }
    StoreBatch batch = batchOf({record(u"theo"_s, u"job_a1"_s)});
    batch.jobs[0].timeline = entries;
    QVERIFY(store.write(batch));
    const QList<TimelineEntry> back = store.page(0, 1, true).value(0).timeline;
    QCOMPARE(back.size(), SqliteJobStore::kTimelineCap);
    QCOMPARE(back.first().kind, TimelineEntry::Kind::Added);
    QCOMPARE(back.first().atMs, 1000);
    QCOMPARE(back.first().label, JobTimeline::labelFor(entries.first()));
    // The first entries, one marker for the 30 dropped ones, the newest 40.
    QCOMPARE(back.at(JobTimeline::kHeadEntries - 1).atMs, 1000 + JobTimeline::kHeadEntries - 1);
    const TimelineEntry marker = back.at(JobTimeline::kHeadEntries);
    QCOMPARE(marker.kind, TimelineEntry::Kind::Elided);
    QCOMPARE(marker.skipped, 80 - JobTimeline::kHeadEntries - JobTimeline::kTailEntries);
    QVERIFY2(says(marker.label, u"… 30 earlier change(s)"_s), qPrintable(marker.label));
    QCOMPARE(back.at(JobTimeline::kHeadEntries + 1).atMs, 1000 + 80 - JobTimeline::kTailEntries);
    QCOMPARE(back.last().atMs, 1079);
    QCOMPARE(back.last().detail, u"detail 79"_s);
    QCOMPARE(back.last().state, entries.last().state);
    QCOMPARE(back.last().local, entries.last().local);
    QCOMPARE(back.last().label, JobTimeline::labelFor(entries.last()));
}

void tst_Store::artifactsFollowTheSnapshotButSavedOnesStay()
{
    SqliteJobStore store(path());
    JobRecord r = record(u"muvi"_s, u"job_v"_s, JobState::Completed);
    Artifact poster;
    poster.kind = ArtifactKind::Image;
    poster.url = u"https://cdn.example.com/poster.jpg"_s;
    r.snapshot.artifacts.append(poster);
    QVERIFY(store.write(batchOf({r})));
    QList<StoredArtifact> stored = store.artifacts(r.key);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).url, r.snapshot.artifacts.at(0).url);
    QCOMPARE(stored.at(0).kind, ArtifactKind::Video);
    QCOMPARE(stored.at(0).title, u"Lighthouse at dusk"_s);
    QCOMPARE(stored.at(1).kind, ArtifactKind::Image);

    StoredArtifact saved = stored.at(0);
    saved.localPath = u"/archive/muvi/job_v-1.mp4"_s;
    saved.pinned = true;
    saved.expiresAtMs = 1'714'561'200'000;
    QString error;
    QVERIFY2(store.setArtifactFile(r.key, saved, &error), qPrintable(error));
    QVERIFY(!store.setArtifactFile(u"muvi/unknown"_s, saved, &error));
    QVERIFY(error.contains(u"muvi/unknown"_s));

    // A re-poll lists a fresh URL only: the unsaved poster goes, the saved video stays.
    Artifact fresh;
    fresh.kind = ArtifactKind::Video;
    fresh.url = u"https://cdn.example.com/v2.mp4"_s;
    r.snapshot.artifacts = {fresh};
    QVERIFY(store.write(batchOf({r})));
    stored = store.artifacts(r.key);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).url, fresh.url);
    QCOMPARE(stored.at(1), saved);
}

void tst_Store::searchFindsSubstringsOfEveryIndexedField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    const QString a = u"theo/job_7f3a9c21"_s;
    const QString b = u"scenes/9e2b1c44-aaaa-bbbb"_s;
    const QString c = u"muvi/jobDone0001"_s;
    QTest::newRow("id substring") << u"3a9c"_s << QStringList{a};
    QTest::newRow("id, another case") << u"JOBDONE"_s << QStringList{c};
    QTest::newRow("profile id") << u"scenes"_s << QStringList{b};
    QTest::newRow("profile name") << u"Marketing"_s << QStringList{b};
    QTest::newRow("type") << u"research"_s << QStringList{a};
    QTest::newRow("status message") << u"scene 3 of"_s << QStringList{b, c};
    QTest::newRow("raw status") << u"processing"_s << QStringList{b};
    QTest::newRow("error code") << u"insufficient_cr"_s << QStringList{b};
    QTest::newRow("engine error") << u"HTTP 502"_s << QStringList{a};
    QTest::newRow("result title") << u"lighthouse"_s << QStringList{c};
    QTest::newRow("report source title") << u"Tide tables"_s << QStringList{a};
    QTest::newRow("prompt") << u"foggy harbour"_s << QStringList{c};
    QTest::newRow("input value") << u"sdxl-turbo"_s << QStringList{a};
    QTest::newRow("input name and value") << u"seed 4242"_s << QStringList{a};
    QTest::newRow("all words must match") << u"harbour muvi"_s << QStringList{c};
    QTest::newRow("short word") << u"7f"_s << QStringList{a};
    QTest::newRow("short and long") << u"9e lighthouse"_s << QStringList{};
    QTest::newRow("no match") << u"zebra"_s << QStringList{};
    QTest::newRow("quotes and operators are text") << u"\"scene\" OR NOT*"_s << QStringList{};
    QTest::newRow("like wildcards are text") << u"%_"_s << QStringList{};
    QTest::newRow("empty: everything") << u"  "_s << QStringList{a, b, c};
}

void tst_Store::searchFindsSubstringsOfEveryIndexedField()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    SqliteJobStore store(path());
    JobRecord a = record(u"theo"_s, u"job_7f3a9c21"_s);
    a.snapshot.type = u"research"_s;
    a.snapshot.message.clear();
    a.snapshot.rawStatus = u"active"_s;
    a.snapshot.report = Report{u"# Tides"_s, {Source{u"Tide tables 2024"_s, u"https://example.org/tides"_s}}, {}, 1};
    a.engine.lastError = u"HTTP 502; retrying with backoff"_s;
    a.snapshot.inputs = {{u"model"_s, u"stability-ai/sdxl-turbo"_s}, {u"seed"_s, u"4242"_s}};
    JobRecord b = record(u"scenes"_s, u"9e2b1c44-aaaa-bbbb"_s, JobState::Failed, 10);
    b.snapshot.rawStatus = u"processing"_s;
    JobRecord c = record(u"muvi"_s, u"jobDone0001"_s, JobState::Completed, 100);
    c.rawBody = R"({"jobId":"jobDone0001","input":{"prompt":"A lighthouse in a foggy harbour"}})";
    StoreBatch batch = batchOf({a, b, c});
    batch.jobs[1].profileName = u"Marketing scenes"_s;
    QString error;
    QVERIFY2(store.write(batch, &error), qPrintable(error));
    QCOMPARE(store.search(text, -1, &error), keys);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Store::searchIndexFollowsChangesAndRemovals()
{
    SqliteJobStore store(path());
    JobRecord r = record(u"theo"_s, u"job_1"_s);
    QVERIFY(store.write(batchOf({r, record(u"theo"_s, u"job_2"_s)})));
    QCOMPARE(store.search(u"scene 3"_s).size(), 2);
    r.snapshot.message = u"Uploading the result"_s;
    QVERIFY(store.write(batchOf({r})));
    QCOMPARE(store.search(u"scene 3"_s), QStringList{u"theo/job_2"_s});
    QCOMPARE(store.search(u"uploading"_s), QStringList{u"theo/job_1"_s});
    QCOMPARE(store.search(u"uploading"_s, 0), QStringList{});
    StoreBatch removal;
    removal.removed = {u"theo/job_1"_s};
    QVERIFY(store.write(removal));
    QCOMPARE(store.search(u"uploading"_s), QStringList{});
    QCOMPARE(store.count(), 1);
}

void tst_Store::promptComesFromTheBodyAndOutlivesIt()
{
    SqliteJobStore store(path());
    JobRecord r = record(u"replicate"_s, u"p1"_s);
    r.rawBody = R"({"id":"p1","status":"processing","input":{"prompt":"  an astronaut riding a horse  "}})";
    QVERIFY(store.write(batchOf({r})));
    QCOMPARE(store.jobs({r.key}, false).value(0).prompt, u"an astronaut riding a horse"_s);
    r.rawBody.clear(); // a restored record has no body: the stored prompt stays
    r.snapshot.progress = 80;
    QVERIFY(store.write(batchOf({r})));
    QCOMPARE(store.jobs({r.key}, false).value(0).prompt, u"an astronaut riding a horse"_s);
    QCOMPARE(store.search(u"astronaut"_s), QStringList{r.key});
}

void tst_Store::inputsRoundTripInOrderAndAreSearchable()
{
    const QList<JobInput> inputs{{u"prompt"_s, u"A tiger walking in snow"_s}, {u"model"_s, u"ray-2"_s},
                                 {u"duration"_s, u"5s"_s}, {u"aspect_ratio"_s, u"16:9"_s}};
    {
        SqliteJobStore store(path());
        JobRecord r = record(u"luma"_s, u"d1968551"_s);
        r.snapshot.inputs = inputs;
        QVERIFY(store.write(batchOf({r})));
        r.snapshot.inputs.removeLast(); // the index follows a changed input
        r.snapshot.inputs.append({u"aspect_ratio"_s, u"9:16"_s});
        QVERIFY(store.write(batchOf({r})));
    }
    SqliteJobStore again(path()); // a new session reads them back as written
    QList<JobInput> want = inputs;
    want.last().value = u"9:16"_s;
    QCOMPARE(again.jobs({u"luma/d1968551"_s}, false).value(0).record.snapshot.inputs, want);
    QCOMPARE(again.search(u"tiger walking"_s), QStringList{u"luma/d1968551"_s});
    QCOMPARE(again.search(u"aspect_ratio 9:16"_s), QStringList{u"luma/d1968551"_s});
    QCOMPARE(again.search(u"16:9"_s), QStringList{});
}

void tst_Store::costIsStoredWithTheJob()
{
    {
        SqliteJobStore store(path());
        JobRecord r = record(u"replicate"_s, u"gm3q"_s, JobState::Completed);
        r.snapshot.cost = JobCost{7.012683, u"seconds"_s, false};
        JobRecord e = record(u"custom"_s, u"est1"_s, JobState::Completed);
        e.snapshot.cost = JobCost{0.35, u"USD"_s, true};
        QVERIFY(store.write(batchOf({r, e})));
    }
    SqliteJobStore again(path());
    const auto jobs = again.jobs({u"replicate/gm3q"_s, u"custom/est1"_s}, false);
    QCOMPARE(jobs.size(), 2);
    for (const auto &stored : jobs) {
        const JobCost want = stored.record.key == u"replicate/gm3q"_s ? JobCost{7.012683, u"seconds"_s, false}
                                                                      : JobCost{0.35, u"USD"_s, true};
        QCOMPARE(stored.record.snapshot.cost, std::optional<JobCost>(want));
    }
}

void tst_Store::bodiesAreNeverStored()
{
    const QByteArray secret = "sk-live-0123456789abcdef-echo";
    {
        SqliteJobStore store(path());
        JobRecord r = record(u"theo"_s, u"job_1"_s);
        r.rawBody = R"({"id":"job_1","status":"active","debug":{"authorization":"Bearer )" + secret + R"("}})";
        QVERIFY(store.write(batchOf({r})));
        QVERIFY(store.jobs({r.key}, false).value(0).record.rawBody.isEmpty());
    }
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile file(path() + suffix);
        if (!file.exists())
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
    }
}

void tst_Store::bulkRemovalSparesWatchedJobs()
{
    SqliteJobStore store(path());
    JobRecord oldDone = record(u"p"_s, u"old-done"_s, JobState::Completed);
    JobRecord oldStopped = record(u"p"_s, u"old-stopped"_s);
    oldStopped.engine.local = LocalState::Stopped;
    JobRecord oldWatching = record(u"p"_s, u"old-watching"_s);
    JobRecord oldPaused = record(u"p"_s, u"old-paused"_s);
    oldPaused.engine.local = LocalState::Paused;
    QVERIFY(store.write(batchOf({oldDone, oldStopped, oldWatching, oldPaused}, 1000)));
    JobRecord newDone = record(u"p"_s, u"new-done"_s, JobState::Failed);
    QVERIFY(store.write(batchOf({newDone}, 5000)));

    RemovalFilter olderThan;
    olderThan.olderThanMs = 3000;
    QString error;
    QCOMPARE(store.remove(olderThan, &error), (QStringList{u"p/old-done"_s, u"p/old-stopped"_s}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    RemovalFilter finished;
    finished.finishedOnly = true;
    QCOMPARE(store.remove(finished), QStringList{u"p/new-done"_s});
    QCOMPARE(store.count(), 2);
    // Timeline and artifact rows go with their job.
    storetest::RawDb raw(path());
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM artifacts"_s).toInt(), 0);
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM jobs_fts"_s).toInt(), 2);
}

void tst_Store::durationsKeepTheNewestPerProfileAndType()
{
    SqliteJobStore store(path());
    StoreBatch batch;
    for (int i = 0; i < 70; ++i)
        batch.durations.append({u"theo"_s, u"video"_s, 10'000 + i, i % 2 == 0, 1000 + i, i % 3 == 0, i > 60});
    batch.durations.append({u"theo"_s, QString(), 4'000, false, 2000});
    batch.durations.append({u"muvi"_s, u"video"_s, 50'000, true, 3000, true, false});
    QString error;
    QVERIFY2(store.write(batch, &error), qPrintable(error));
    const QList<DurationSample> back = store.durations(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.size(), SqliteJobStore::kDurationCap + 2);
    QCOMPARE(back.first(), (DurationSample{u"theo"_s, u"video"_s, 10'006, true, 1006, true, false})); // the oldest six went
    QCOMPARE(back.at(SqliteJobStore::kDurationCap - 1), (DurationSample{u"theo"_s, u"video"_s, 10'069, false, 1069, true, true}));
    QCOMPARE(back.at(SqliteJobStore::kDurationCap).jobType, u""_s);
    QCOMPARE(back.last(), (DurationSample{u"muvi"_s, u"video"_s, 50'000, true, 3000, true, false}));
}

void tst_Store::diskFullFailsTheWholeBatchWithAReason()
{
    StoreFileOptions options;
    options.maxPages = 40; // a 160 KiB "disk"
    SqliteJobStore store(path(), options);
    QVERIFY2(store.status().mode == StoreStatus::Mode::ReadWrite, qPrintable(store.status().message));
    QVERIFY(store.write(batchOf({record(u"p"_s, u"first"_s)})));
    StoreBatch big;
    for (int i = 0; i < 400; ++i) {
        JobRecord r = record(u"p"_s, u"bulk-%1"_s.arg(i));
        r.snapshot.message = QString(400, QChar(u'a' + i % 26));
        big.jobs.append(storetest::write(r));
    }
    QString error;
    QVERIFY(!store.write(big, &error));
    QVERIFY2(error.contains(u"full"_s), qPrintable(error));
    QCOMPARE(store.count(), 1); // all or nothing
    // The store keeps working for what fits.
    QVERIFY2(store.write(batchOf({record(u"p"_s, u"second"_s)}), &error), qPrintable(error));
    QCOMPARE(store.count(), 2);
}

void tst_Store::twoConnectionsWriteAtOnceWithoutLockErrors()
{
    // Two connections (two threads here; another process behaves the same to SQLite) writing as fast as they can.
    { SqliteJobStore create(path()); }
    QStringList errors[2];
    const auto writer = [this, &errors](int which) {
        SqliteJobStore store(path());
        for (int round = 0; round < 40; ++round) {
            StoreBatch batch;
            batch.atMs = round;
            for (int i = 0; i < 25; ++i)
                batch.jobs.append(storetest::write(record(u"w%1"_s.arg(which), u"job-%1"_s.arg(i), JobState::Running, round)));
            QString error;
            if (!store.write(batch, &error))
                errors[which].append(error);
        }
    };
    std::thread one(writer, 0);
    std::thread two(writer, 1);
    one.join();
    two.join();
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0].join(u"; "_s)));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1].join(u"; "_s)));
    SqliteJobStore check(path());
    QCOMPARE(check.count(), 50);
    QCOMPARE(check.jobs({u"w1/job-3"_s}, false).value(0).record.snapshot.progress, 39.0);
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
