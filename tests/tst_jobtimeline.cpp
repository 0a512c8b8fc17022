// JobTimeline: one entry per server-state or local-state transition of a job, with the time it was seen.

#include "model/joblist.h"
#include "model/jobtimeline.h"
#include "plurals.h"

#include <QSignalSpy>
#include <QTranslator>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

class tst_JobTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsEachTransitionOnceWithItsTime();
    void stopAndResumeAreRecorded();
    void removedJobIsForgotten();
    void labelsAreTranslatedButDetailsCompareMachineNames();
    void aStatusThatFlips10000TimesStaysBounded();
    void aRestoredTimelineIsCappedAndKeepsCounting();

private:
    static JobRecord record(const QString &jobId)
    {
        JobRecord r;
        r.profileId = u"p"_s;
        r.jobId = jobId;
        return r;
    }
    static void setState(JobList &jobs, const QString &key, JobState state, const QString &raw, LocalState local = LocalState::Watching)
    {
        jobs.modify(key, [&](JobRecord &r) {
            r.hasSnapshot = true;
            r.snapshot.state = state;
            r.snapshot.rawStatus = raw;
            r.engine.local = local;
            r.engine.requestCount += 1; // a poll that changes nothing else must not add an entry
        });
        jobs.flush();
    }
    static QStringList labels(const QList<TimelineEntry> &entries)
    {
        QStringList out;
        for (const TimelineEntry &e : entries)
            out.append(e.label);
        return out;
    }
};

void tst_JobTimeline::recordsEachTransitionOnceWithItsTime()
{
    JobList jobs;
    JobTimeline timeline(&jobs);
    qint64 now = 1'000'000;
    timeline.setClock([&now] { return now; });
    QSignalSpy spy(&timeline, &JobTimeline::timelineChanged);

    QVERIFY(jobs.add(record(u"job_1"_s)));
    const QString key = jobKey(u"p"_s, u"job_1"_s);
    now += 1000;
    setState(jobs, key, JobState::Queued, u"pending"_s);
    now += 1000;
    setState(jobs, key, JobState::Queued, u"pending"_s); // same state again: no entry
    now += 1000;
    setState(jobs, key, JobState::Running, u"processing"_s);
    now += 5000;
    setState(jobs, key, JobState::Completed, u"completed"_s, LocalState::Done);

    const QList<TimelineEntry> entries = timeline.entries(key);
    QCOMPARE(labels(entries), (QStringList{u"added"_s, u"queued"_s, u"running"_s, u"completed"_s}));
    QCOMPARE(entries.at(0).atMs, 1'000'000);
    QCOMPARE(entries.at(1).atMs, 1'001'000);
    QCOMPARE(entries.at(2).atMs, 1'003'000);
    QCOMPARE(entries.at(3).atMs, 1'008'000);
    QCOMPARE(entries.at(1).detail, u"pending"_s);   // raw status differs from the state name
    QCOMPARE(entries.at(3).detail, QString());
    QCOMPARE(spy.count(), 4);
}

void tst_JobTimeline::stopAndResumeAreRecorded()
{
    JobList jobs;
    JobTimeline timeline(&jobs);
    QVERIFY(jobs.add(record(u"job_2"_s)));
    const QString key = jobKey(u"p"_s, u"job_2"_s);
    setState(jobs, key, JobState::Running, u"active"_s);
    setState(jobs, key, JobState::Running, u"active"_s, LocalState::Stopped);
    setState(jobs, key, JobState::Running, u"active"_s, LocalState::Watching);
    setState(jobs, key, JobState::Running, u"active"_s, LocalState::TimedOut);
    const QList<TimelineEntry> entries = timeline.entries(key);
    QCOMPARE(labels(entries), (QStringList{u"added"_s, u"running"_s, u"stopped"_s, u"watching again"_s, u"timed out locally"_s}));
    QCOMPARE(entries.at(2).kind, TimelineEntry::Kind::Local);
}

void tst_JobTimeline::removedJobIsForgotten()
{
    JobList jobs;
    JobTimeline timeline(&jobs);
    QVERIFY(jobs.add(record(u"job_3"_s)));
    const QString key = jobKey(u"p"_s, u"job_3"_s);
    QCOMPARE(timeline.entries(key).size(), 1);
    QVERIFY(jobs.remove(key));
    QVERIFY(timeline.entries(key).isEmpty());
    // Added again: a fresh history.
    QVERIFY(jobs.add(record(u"job_3"_s)));
    QCOMPARE(labels(timeline.entries(key)), QStringList{u"added"_s});
}

// The timeline is read by people: its labels follow the UI language. Whether the raw status adds anything is
// decided against the untranslated state name, so "completed" from the server is not repeated as detail.
void tst_JobTimeline::labelsAreTranslatedButDetailsCompareMachineNames()
{
    QTranslator german;
    QVERIFY(german.load(u":/i18n/jobwatch_de"_s));
    QVERIFY(QCoreApplication::installTranslator(&german));
    JobList jobs;
    JobTimeline timeline(&jobs);
    QVERIFY(jobs.add(record(u"job_1"_s)));
    const QString key = jobKey(u"p"_s, u"job_1"_s);
    setState(jobs, key, JobState::Running, u"processing"_s);
    setState(jobs, key, JobState::Completed, u"completed"_s, LocalState::Done);
    QCoreApplication::removeTranslator(&german);
    const QList<TimelineEntry> entries = timeline.entries(key);
    QCOMPARE(labels(entries), (QStringList{u"hinzugefügt"_s, u"läuft"_s, u"abgeschlossen"_s}));
    QCOMPARE(entries.at(1).detail, u"processing"_s);
    QCOMPARE(entries.at(2).detail, QString());
}

// A provider whose status flips between two values forever (or a user who stops and resumes all day) must not
// grow the timeline, the details pane or the job store without bound: the first entries stay, the newest stay,
// and one marker counts what was dropped between them.
void tst_JobTimeline::aStatusThatFlips10000TimesStaysBounded()
{
    JobList jobs;
    JobTimeline timeline(&jobs);
    qint64 now = 1'000'000;
    timeline.setClock([&now] { return now; });
    QVERIFY(jobs.add(record(u"job_flip"_s)));
    const QString key = jobKey(u"p"_s, u"job_flip"_s);
    constexpr int kFlips = 10'000;
    qsizetype longest = 0;
    for (int i = 0; i < kFlips; ++i) {
        now += 1000;
        setState(jobs, key, i % 2 ? JobState::Queued : JobState::Running, i % 2 ? u"pending"_s : u"processing"_s);
        longest = std::max(longest, timeline.entries(key).size());
    }
    const QList<TimelineEntry> entries = timeline.entries(key);
    QCOMPARE(longest, JobTimeline::kMaxEntries);
    QCOMPARE(entries.size(), JobTimeline::kMaxEntries);
    // The beginning: added, then the first flips in order.
    QCOMPARE(entries.at(0).kind, TimelineEntry::Kind::Added);
    QCOMPARE(entries.at(1).state, JobState::Running);
    QCOMPARE(entries.at(1).atMs, 1'001'000);
    QCOMPARE(entries.at(2).state, JobState::Queued);
    // One marker counting every dropped change: 1 + kFlips entries were recorded in all.
    const TimelineEntry marker = entries.at(JobTimeline::kHeadEntries);
    QCOMPARE(marker.kind, TimelineEntry::Kind::Elided);
    QCOMPARE(marker.skipped, qint64(1 + kFlips - JobTimeline::kHeadEntries - JobTimeline::kTailEntries));
    QVERIFY2(says(marker.label, u"… %1 earlier change(s)"_s.arg(marker.skipped)), qPrintable(marker.label));
    QCOMPARE(marker.atMs, entries.at(JobTimeline::kHeadEntries + 1).atMs - 1000); // the newest change it stands for
    // The end: the newest change, when it happened.
    QCOMPARE(entries.last().atMs, now);
    QCOMPARE(entries.last().state, JobState::Queued);
    for (const TimelineEntry &e : entries.mid(JobTimeline::kHeadEntries + 1))
        QVERIFY(e.kind == TimelineEntry::Kind::State);
}

void tst_JobTimeline::aRestoredTimelineIsCappedAndKeepsCounting()
{
    // A stored timeline (the store keeps the same cap) comes back with its marker; a larger one (written by an
    // older version, or a hostile file) is capped on the way in; later changes keep adding to the marker.
    QList<TimelineEntry> stored;
    for (int i = 0; i < 200; ++i) {
        TimelineEntry e;
        e.atMs = 5000 + i;
        e.kind = i == 0 ? TimelineEntry::Kind::Added : TimelineEntry::Kind::State;
        e.state = i % 2 ? JobState::Running : JobState::Queued;
        stored.append(e);
    }
    JobList jobs;
    JobTimeline timeline(&jobs);
    const QString key = jobKey(u"p"_s, u"job_old"_s);
    timeline.restore(key, stored);
    JobRecord r = record(u"job_old"_s);
    r.hasSnapshot = true;
    r.snapshot.state = JobState::Running;
    r.snapshot.rawStatus = u"running"_s;
    QVERIFY(jobs.add(r));
    QCOMPARE(timeline.entries(key).size(), JobTimeline::kMaxEntries);
    QCOMPARE(timeline.entries(key).at(JobTimeline::kHeadEntries).skipped, qint64(200 - JobTimeline::kMaxEntries + 1));
    setState(jobs, key, JobState::Completed, u"completed"_s, LocalState::Done);
    const QList<TimelineEntry> entries = timeline.entries(key);
    QCOMPARE(entries.size(), JobTimeline::kMaxEntries);
    QCOMPARE(entries.at(JobTimeline::kHeadEntries).skipped, qint64(200 - JobTimeline::kMaxEntries + 2));
    QCOMPARE(entries.last().state, JobState::Completed);
    QCOMPARE(entries.first().atMs, 5000);
}

QTEST_GUILESS_MAIN(tst_JobTimeline)
#include "tst_jobtimeline.moc"
