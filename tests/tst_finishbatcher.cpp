// FinishBatcher on a ManualClock (no sleeps, no real timers waited for): jobs that end close together make one
// batch, announced once the quiet time passed (or the longest wait); quick jobs, jobs that arrive already ended and
// removed jobs are left out; a retried job is watched again from the retry. The batch's title and body, with
// English plurals.

#include "application/finishbatcher.h"
#include "engine/engineclock.h"
#include "model/joblist.h"
#include "storetesthelpers.h"
#include "model/profilelist.h"

#include "plurals.h"

#include <QSignalSpy>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
// A realistic Theo record (storetesthelpers.h).
JobRecord job(const QString &id, JobState state = JobState::Running)
{
    return storetest::record(u"theo"_s, id, state);
}

QString key(const QString &id)
{
    return jobKey(u"theo"_s, id);
}

struct Rig {
    ManualClock clock;
    JobList jobs;
    FinishBatcher batcher{&jobs, &clock};
    QSignalSpy spy{&batcher, &FinishBatcher::batchReady};

    void add(const QString &id, JobState state = JobState::Running) { QVERIFY(jobs.add(job(id, state))); }
    void end(const QString &id, JobState state, const QString &error = {})
    {
        jobs.modify(key(id), [&](JobRecord &r) {
            r.snapshot.state = state;
            if (!error.isEmpty())
                r.snapshot.error = JobError{QString(), error};
        });
        jobs.flush();
    }
    FinishBatch batch(int i = 0) const { return spy.at(i).at(0).value<FinishBatch>(); }
};
} // namespace

class tst_FinishBatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsEndingTogetherMakeOneBatch();
    void batchWaitsNoLongerThanMaxWait();
    void batchesApartAreAnnouncedApart();
    void quickJobsAreNotAnnounced();
    void jobsThatArriveEndedAreNotAnnounced();
    void removedJobsLeaveTheBatch();
    void retriedJobIsWatchedAgainFromTheRetry();
    void localFailuresCountAsFailed();
    void titleAndBody_data();
    void titleAndBody();
};

void tst_FinishBatcher::jobsEndingTogetherMakeOneBatch()
{
    Rig rig;
    for (int i = 0; i < 6; ++i)
        rig.add(u"job_%1"_s.arg(i));
    rig.clock.advance(60'000);
    for (int i = 0; i < 5; ++i) {
        rig.end(u"job_%1"_s.arg(i), JobState::Completed);
        rig.clock.advance(1000);
        rig.batcher.checkDue();
    }
    rig.end(u"job_5"_s, JobState::Cancelled);
    rig.clock.advance(rig.batcher.options().quietMs - 1);
    rig.batcher.checkDue();
    QCOMPARE(rig.spy.count(), 0); // still quiet time to go
    QVERIFY(rig.batcher.hasPending());
    rig.clock.advance(1);
    rig.batcher.checkDue();
    QCOMPARE(rig.spy.count(), 1);
    const FinishBatch batch = rig.batch();
    QCOMPARE(batch.completed, (QStringList{key(u"job_0"_s), key(u"job_1"_s), key(u"job_2"_s), key(u"job_3"_s), key(u"job_4"_s)}));
    QCOMPARE(batch.failed, QStringList{key(u"job_5"_s)});
    QVERIFY(!rig.batcher.hasPending());
    rig.clock.advance(60'000);
    rig.batcher.checkDue();
    QCOMPARE(rig.spy.count(), 1); // announced once
}

void tst_FinishBatcher::batchWaitsNoLongerThanMaxWait()
{
    Rig rig;
    for (int i = 0; i < 20; ++i)
        rig.add(u"job_%1"_s.arg(i));
    rig.clock.advance(60'000);
    const FinishBatcher::Options options = rig.batcher.options();
    const qint64 step = options.quietMs / 2; // always another job before the quiet time is over
    qint64 waited = 0;
    int ended = 0;
    while (rig.spy.isEmpty() && ended < 20) {
        rig.end(u"job_%1"_s.arg(ended++), JobState::Completed);
        rig.clock.advance(step);
        waited += step;
        rig.batcher.checkDue();
    }
    QCOMPARE(rig.spy.count(), 1);
    QVERIFY2(waited >= options.maxWaitMs && waited < options.maxWaitMs + step, qPrintable(QString::number(waited)));
    QCOMPARE(rig.batch().completed.size(), ended);
}

void tst_FinishBatcher::batchesApartAreAnnouncedApart()
{
    Rig rig;
    rig.add(u"a"_s);
    rig.add(u"b"_s);
    rig.clock.advance(30'000);
    rig.end(u"a"_s, JobState::Completed);
    rig.clock.advance(rig.batcher.options().quietMs);
    rig.batcher.checkDue();
    rig.clock.advance(20'000);
    rig.end(u"b"_s, JobState::Failed, u"out of credits"_s);
    rig.clock.advance(rig.batcher.options().quietMs);
    rig.batcher.checkDue();
    QCOMPARE(rig.spy.count(), 2);
    QCOMPARE(rig.batch(0).completed, QStringList{key(u"a"_s)});
    QCOMPARE(rig.batch(1).failed, QStringList{key(u"b"_s)});
    QVERIFY(rig.batch(1).completed.isEmpty());
}

void tst_FinishBatcher::quickJobsAreNotAnnounced()
{
    Rig rig;
    rig.add(u"quick"_s);
    rig.add(u"slow"_s);
    rig.clock.advance(rig.batcher.options().quickMs - 1);
    rig.end(u"quick"_s, JobState::Completed);
    rig.clock.advance(1);
    rig.end(u"slow"_s, JobState::Completed); // exactly quickMs: announced
    rig.clock.advance(60'000);
    rig.batcher.checkDue();
    QCOMPARE(rig.spy.count(), 1);
    QCOMPARE(rig.batch().completed, QStringList{key(u"slow"_s)});
}

void tst_FinishBatcher::jobsThatArriveEndedAreNotAnnounced()
{
    Rig rig;
    rig.clock.advance(60'000);
    rig.add(u"restored"_s, JobState::Completed);
    rig.add(u"restoredFailed"_s, JobState::Failed);
    rig.jobs.modify(key(u"restored"_s), [](JobRecord &r) { r.engine.requestCount = 3; }); // a change, no new outcome
    rig.jobs.flush();
    rig.clock.advance(60'000);
    rig.batcher.checkDue();
    QCOMPARE(rig.spy.count(), 0);
    QVERIFY(!rig.batcher.hasPending());
}

void tst_FinishBatcher::removedJobsLeaveTheBatch()
{
    Rig rig;
    rig.add(u"kept"_s);
    rig.add(u"removed"_s);
    rig.add(u"alone"_s);
    rig.clock.advance(60'000);
    rig.end(u"kept"_s, JobState::Completed);
    rig.end(u"removed"_s, JobState::Completed);
    rig.jobs.remove(key(u"removed"_s));
    rig.clock.advance(60'000);
    rig.batcher.checkDue();
    QCOMPARE(rig.spy.count(), 1);
    QCOMPARE(rig.batch().completed, QStringList{key(u"kept"_s)});

    rig.end(u"alone"_s, JobState::Completed);
    rig.jobs.remove(key(u"alone"_s)); // the whole batch gone: nothing to announce
    rig.clock.advance(60'000);
    rig.batcher.checkDue();
    QCOMPARE(rig.spy.count(), 1);
}

void tst_FinishBatcher::retriedJobIsWatchedAgainFromTheRetry()
{
    Rig rig;
    rig.add(u"job"_s);
    rig.clock.advance(60'000);
    rig.end(u"job"_s, JobState::Failed);
    rig.clock.advance(60'000);
    rig.batcher.checkDue();
    QCOMPARE(rig.spy.count(), 1);
    rig.end(u"job"_s, JobState::Running); // Retry: polled again
    rig.clock.advance(1000);
    rig.end(u"job"_s, JobState::Failed); // at once: the user is looking at it
    rig.clock.advance(60'000);
    rig.batcher.checkDue();
    QCOMPARE(rig.spy.count(), 1);
    rig.end(u"job"_s, JobState::Running);
    rig.clock.advance(30'000);
    rig.end(u"job"_s, JobState::Completed);
    rig.clock.advance(60'000);
    rig.batcher.checkDue();
    QCOMPARE(rig.spy.count(), 2);
    QCOMPARE(rig.batch(1).completed, QStringList{key(u"job"_s)});
}

void tst_FinishBatcher::localFailuresCountAsFailed()
{
    Rig rig;
    rig.add(u"gone"_s);
    rig.add(u"stopped"_s);
    rig.clock.advance(60'000);
    rig.jobs.modify(key(u"gone"_s), [](JobRecord &r) { r.engine.local = LocalState::NotFound; });
    rig.jobs.modify(key(u"stopped"_s), [](JobRecord &r) { r.engine.local = LocalState::Stopped; }); // not an end
    rig.jobs.flush();
    rig.clock.advance(60'000);
    rig.batcher.checkDue();
    QCOMPARE(rig.spy.count(), 1);
    QCOMPARE(rig.batch().failed, QStringList{key(u"gone"_s)});
    QVERIFY(rig.batch().completed.isEmpty());
}

void tst_FinishBatcher::titleAndBody_data()
{
    QTest::addColumn<int>("completed");
    QTest::addColumn<int>("failed");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("bodyLines");
    QTest::newRow("one completed") << 1 << 0 << u"Job finished"_s << 1;
    QTest::newRow("one failed") << 0 << 1 << u"Job failed"_s << 1;
    QTest::newRow("five and one") << 5 << 1 << u"5 job(s) finished, 1 failed"_s << 5;
    QTest::newRow("three completed") << 3 << 0 << u"3 job(s) finished"_s << 3;
    QTest::newRow("two failed") << 0 << 2 << u"2 job(s) failed"_s << 2;
}

void tst_FinishBatcher::titleAndBody()
{
    QFETCH(int, completed);
    QFETCH(int, failed);
    QFETCH(QString, title);
    QFETCH(int, bodyLines);
    JobList jobs;
    ProfileList profiles;
    Profile theo;
    theo.id = u"theo"_s;
    theo.name = u"Theo studio"_s;
    profiles.add(theo);
    FinishBatch batch;
    for (int i = 0; i < completed + failed; ++i) {
        JobRecord r = job(u"job_%1"_s.arg(i), i < completed ? JobState::Completed : JobState::Failed);
        if (i >= completed)
            r.snapshot.error = JobError{QString(), u"out of credits"_s};
        jobs.add(r);
        (i < completed ? batch.completed : batch.failed).append(key(r.jobId));
    }
    QVERIFY2(says(batch.title(), title), qPrintable(batch.title()));
    const QStringList lines = batch.body(&jobs, &profiles).split(u'\n');
    QCOMPARE(lines.size(), bodyLines);
    QCOMPARE(lines.first(), completed ? u"Theo studio: job_0 finished"_s : u"Theo studio: job_0 failed: out of credits"_s);
    if (completed + failed > 4)
        QVERIFY2(lines.last().startsWith(u"and "_s), qPrintable(lines.last()));
}

QTEST_GUILESS_MAIN(tst_FinishBatcher)
#include "tst_finishbatcher.moc"
