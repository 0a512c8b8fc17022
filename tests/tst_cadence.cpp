// Adaptive cadence, backoff and server-hint parsing: pure arithmetic with explicit times.

#include "engine/backoff.h"
#include "engine/cadence.h"
#include "net/serverhints.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
// A linear job: queued until startMs, then 0..100 % over runMs, reported as a floored integer (like Theo).
struct LinearJob {
    qint64 startMs;
    qint64 runMs;
    qint64 endMs() const { return startMs + runMs; }
    JobState state(qint64 t) const { return t < startMs ? JobState::Queued : t >= endMs() ? JobState::Completed : JobState::Running; }
    double progress(qint64 t) const
    {
        if (t < startMs)
            return 0;
        return std::min(99.0, std::floor(double(t - startMs) * 100.0 / double(runMs)));
    }
};

struct Run {
    int requests = 0;
    qint64 latencyMs = 0;
    qint64 minGapMs = 1'000'000;
};

// Drives a cadence against a job with instant replies until the job is seen terminal.
Run drive(const Cadence::Settings &settings, const LinearJob &job)
{
    Cadence cadence(settings);
    Run run;
    qint64 last = -1;
    qint64 t = 0;
    for (int i = 0; i < 200; ++i) {
        t = cadence.nextPollAt(last, t);
        if (last >= 0)
            run.minGapMs = std::min(run.minGapMs, t - last);
        last = t;
        ++run.requests;
        const JobState state = job.state(t);
        if (isTerminal(state)) {
            run.latencyMs = t - job.endMs();
            return run;
        }
        cadence.observe(t, state, job.progress(t));
    }
    return run;
}
// A Muvi-style coarse job: 0 while queued until startMs, 50 while running, completed at endMs. Drives a
// cadence (with the profile's learned durations, if any) with instant replies until the job is seen terminal.
Run driveCoarse(const Cadence::Settings &settings, qint64 startMs, qint64 endMs, const DurationHistory *history)
{
    Cadence cadence(settings);
    Run run;
    qint64 last = -1;
    qint64 t = 0;
    for (int i = 0; i < 200; ++i) {
        t = cadence.nextPollAt(last, t, -1, history);
        if (last >= 0)
            run.minGapMs = std::min(run.minGapMs, t - last);
        last = t;
        ++run.requests;
        if (t >= endMs) {
            run.latencyMs = t - endMs;
            return run;
        }
        cadence.observe(t, t < startMs ? JobState::Queued : JobState::Running, t < startMs ? 0 : 50);
    }
    return run;
}

DurationHistory historyOf(std::initializer_list<qint64> durations)
{
    DurationHistory h;
    for (qint64 d : durations)
        h.add(d);
    return h;
}
} // namespace

class CadenceTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixedModePollsAtTheIntervalFromTheLastRequest()
    {
        Cadence c({false, 2000, 1000});
        QCOMPARE(c.nextPollAt(-1, 500), 500);
        QCOMPARE(c.nextPollAt(500, 520), 2500);
        c.observe(520, JobState::Running, 40);
        c.observe(2520, JobState::Running, 60);
        QCOMPARE(c.nextPollAt(2500, 2520), 4500);
    }

    void intervalBelowTheFloorIsRaised()
    {
        Cadence c({false, 200, 1000});
        QCOMPARE(c.nextPollAt(0, 10), 1000);
    }

    void serverHintWinsButNotBelowTheFloor_data()
    {
        QTest::addColumn<qint64>("hint");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("long hint") << qint64(5000) << qint64(10 + 5000);
        QTest::newRow("short hint") << qint64(100) << qint64(1000);
        QTest::newRow("zero hint") << qint64(0) << qint64(1000);
    }
    void serverHintWinsButNotBelowTheFloor()
    {
        QFETCH(qint64, hint);
        QFETCH(qint64, expected);
        Cadence c({true, 2000, 1000});
        c.observe(5, JobState::Running, 10);
        QCOMPARE(c.nextPollAt(0, 10, hint), expected);
    }

    void withoutProgressAdaptiveFallsBackToTheInterval()
    {
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, std::nullopt);
        c.observe(2000, JobState::Running, std::nullopt);
        QCOMPARE(c.etaMs(), -1);
        QCOMPARE(c.nextPollAt(2000, 2001), 4000);
    }

    void coarseProgressBehavesLikeTheFixedLoop()
    {
        // Muvi: 0 while pending, 50 while processing, 100 at the end.
        Cadence adaptive({true, 2000, 1000});
        adaptive.observe(0, JobState::Queued, 0);
        adaptive.observe(2000, JobState::Running, 50);
        QCOMPARE(adaptive.nextPollAt(2000, 2001), 4000);
        adaptive.observe(4000, JobState::Running, 50);
        QCOMPARE(adaptive.nextPollAt(4000, 4001), 6000);
    }

    void stalledProgressFallsBackToTheInterval()
    {
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, 10);
        c.observe(2000, JobState::Running, 20);  // 5 %/s
        QVERIFY(c.etaMs() > 0);
        c.observe(4000, JobState::Running, 20);  // should be 30 by now
        QCOMPARE(c.etaMs(), -1);
        QCOMPARE(c.nextPollAt(4000, 4001), 6000);
    }

    void etaFollowsTheProgressRate()
    {
        Cadence c({true, 2000, 1000});
        c.observe(1000, JobState::Running, 10);
        c.observe(3000, JobState::Running, 30); // 10 %/s: 100 % at 10 s
        QVERIFY(std::abs(c.etaMs() - 10000) <= 10);
    }

    void farFromTheEndPollsLessThanTheInterval()
    {
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, 1);
        c.observe(2000, JobState::Running, 3); // 1 %/s: ~97 s left
        const qint64 next = c.nextPollAt(2000, 2001);
        QVERIFY2(next - 2000 > 2000, qPrintable(QString::number(next)));
        QVERIFY(next <= 2001 + 15 * 2000);
    }

    void pollsJustAfterThePredictedEnd()
    {
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, 2);
        c.observe(8000, JobState::Running, 82);  // 10 %/s: 100 % at ~9.8 s
        const qint64 next = c.nextPollAt(8000, 8001);
        QVERIFY2(next >= 9800 && next <= 10100, qPrintable(QString::number(next)));
    }

    void linearJobsAreDetectedQuicklyWithFewRequests_data()
    {
        QTest::addColumn<qint64>("startMs");
        QTest::addColumn<qint64>("runMs");
        for (qint64 run : {5000, 8000, 12000, 20000}) {
            for (qint64 start : {0, 300, 900, 1700}) {
                QTest::addRow("start %lld run %lld", start, run) << start << run;
            }
        }
    }
    void linearJobsAreDetectedQuicklyWithFewRequests()
    {
        QFETCH(qint64, startMs);
        QFETCH(qint64, runMs);
        const Run adaptive = drive({true, 2000, 1000}, {startMs, runMs});
        const Run fixed = drive({false, 2000, 1000}, {startMs, runMs});
        QVERIFY2(adaptive.requests <= 6, qPrintable(QString::number(adaptive.requests)));
        QVERIFY2(adaptive.latencyMs <= 400, qPrintable(QString::number(adaptive.latencyMs)));
        QVERIFY(adaptive.minGapMs >= 1000);
        QVERIFY(adaptive.requests <= fixed.requests + 1);
    }

    void durationHistoryKeepsTheRecentWindow()
    {
        DurationHistory h;
        QVERIFY(!h.isUsable());
        QCOMPARE(h.shortestMs(), -1);
        h.add(5000);
        h.add(-1); // ignored
        h.add(9000);
        QVERIFY(!h.isUsable());
        h.add(7000);
        QVERIFY(h.isUsable());
        QCOMPARE(h.shortestMs(), 5000);
        QCOMPARE(h.longestMs(), 9000);
        for (int i = 0; i < DurationHistory::kWindow; ++i)
            h.add(8000 + i);
        QCOMPARE(h.size(), DurationHistory::kWindow);
        QCOMPARE(h.shortestMs(), 8000); // 5000, 9000 and 7000 have left the window
        QCOMPARE(h.longestMs(), 8000 + DurationHistory::kWindow - 1);
    }

    void tooFewLearnedDurationsChangeNothing()
    {
        const DurationHistory two = historyOf({6000, 9000});
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, 50);
        QCOMPARE(c.nextPollAt(0, 1, -1, &two), 2000);
    }

    void learnedDurationsPollOnceWhenTheJobIsAsOldAsTheShortest_data()
    {
        QTest::addColumn<qint64>("shortest");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("shortest 5 s") << qint64(5000) << qint64(5000);
        QTest::newRow("shortest 6 s") << qint64(6000) << qint64(6000);
        QTest::newRow("shortest 20 s: at most three intervals apart") << qint64(20000) << qint64(6000);
    }
    void learnedDurationsPollOnceWhenTheJobIsAsOldAsTheShortest()
    {
        QFETCH(qint64, shortest);
        QFETCH(qint64, expected);
        const DurationHistory h = historyOf({shortest, shortest + 3000, shortest + 9000});
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, 50);
        QCOMPARE(c.nextPollAt(0, 1, -1, &h), expected);
    }

    void learnedDurationsPollDenselyWithTheSavedRequests()
    {
        const DurationHistory h = historyOf({6000, 9000, 15000});
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, 50);
        QCOMPARE(c.nextPollAt(0, 1, -1, &h), 6000);
        c.observe(6000, JobState::Running, 50);
        // The fixed loop would have sent 4 requests by 6 s, this one 2: a credit of 2 spread over the 9 s left
        // of the learned range gives a step of 9000 * 2000 / (2 * 2000 + 9000) = 1385 ms.
        QCOMPARE(c.nextPollAt(6000, 6000, -1, &h), 7385);
        // Without learned durations it is the fixed loop.
        QCOMPARE(c.nextPollAt(6000, 6000), 8000);
    }

    void olderThanEveryLearnedJobUsesTheInterval()
    {
        const DurationHistory h = historyOf({3000, 4000, 5000});
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, 50);
        c.observe(6000, JobState::Running, 50);
        QCOMPARE(c.nextPollAt(6000, 6001, -1, &h), 8000);
    }

    void createdAtCountsTheAgeFromTheJobsStart()
    {
        const DurationHistory h = historyOf({6000, 9000, 15000});
        Cadence c({true, 2000, 1000});
        c.noteCreatedAt(94500); // created before it was first seen: already 5.5 s old
        c.observe(100000, JobState::Running, 50);
        // Past the shortest age but nothing saved yet: the fixed interval.
        QCOMPARE(c.nextPollAt(100000, 100001, -1, &h), 102000);
        c.noteCreatedAt(103000); // a later creation time does not move the start
        QCOMPARE(c.observedDurationMs(109000), 14000);
    }

    void observedDurationIsFromStartToAboutTheEnd()
    {
        Cadence c({true, 2000, 1000});
        QCOMPARE(c.observedDurationMs(1000), std::nullopt);
        c.observe(1000, JobState::Completed, 100); // never seen live: no sample
        QCOMPARE(c.observedDurationMs(1000), std::nullopt);
        c.reset();
        c.observe(1000, JobState::Queued, 0);
        c.observe(5000, JobState::Running, 50);
        QCOMPARE(c.observedDurationMs(5400), 4000);  // ended between 5.0 and 5.4 s: not before the last live answer
        QCOMPARE(c.observedDurationMs(9000), 7500);  // at most half a floor before it was seen
    }

    void jobsWithARealPercentageKeepTheProgressRatePlan()
    {
        DurationHistory h;
        for (qint64 d : {6000, 9000, 15000})
            h.add(d, true);
        QVERIFY(h.jobsShowProgress());
        Cadence queued({true, 2000, 1000});
        queued.observe(0, JobState::Queued, 0);
        QCOMPARE(queued.nextPollAt(0, 1, -1, &h), 2000); // its progress will tell more than the history
        Cadence running({true, 2000, 1000});
        running.observe(0, JobState::Running, 4);
        QVERIFY(running.showedProgress());
        QCOMPARE(running.etaMs(), -1); // one sample: no rate yet
        QCOMPARE(running.nextPollAt(0, 1, -1, &h), 2000);

        Cadence coarse({true, 2000, 1000});
        coarse.observe(0, JobState::Running, 50);
        QVERIFY(!coarse.showedProgress());
        QCOMPARE(coarse.nextPollAt(0, 1, -1, &h), 6000); // coarse: the learned plan after all
        h.add(7000, false);
        h.add(8000, false);
        QVERIFY(h.jobsShowProgress()); // 3 of 5
        h.add(8000, false);
        QVERIFY(!h.jobsShowProgress());
        QCOMPARE(queued.nextPollAt(0, 1, -1, &h), 6000);
    }

    void learnedCadenceBeatsTheFixedLoopOnCoarseJobs()
    {
        // Jobs of 5-21 s (queue included), the profile having learned that range from earlier jobs.
        const DurationHistory h = historyOf({5200, 8000, 12000, 17000, 21000});
        const Cadence::Settings adaptive{true, 2000, 1000}, fixed{false, 2000, 1000};
        int adaptiveRequests = 0, fixedRequests = 0;
        qint64 adaptiveLatency = 0, fixedLatency = 0;
        int jobs = 0;
        for (qint64 end = 5200; end <= 21000; end += 173) {
            const qint64 start = 200 + (end * 7) % 1300;
            const Run a = driveCoarse(adaptive, start, end, &h);
            const Run f = driveCoarse(fixed, start, end, &h);
            QVERIFY2(a.minGapMs >= 1000, qPrintable(QString::number(a.minGapMs)));
            QVERIFY2(a.requests <= f.requests + 1, qPrintable(u"end %1: %2 vs %3"_s.arg(end).arg(a.requests).arg(f.requests)));
            adaptiveRequests += a.requests;
            fixedRequests += f.requests;
            adaptiveLatency += a.latencyMs;
            fixedLatency += f.latencyMs;
            ++jobs;
        }
        QVERIFY2(adaptiveRequests <= fixedRequests, qPrintable(u"%1 vs %2"_s.arg(adaptiveRequests).arg(fixedRequests)));
        QVERIFY2(adaptiveLatency * 10 <= fixedLatency * 9, // at least 10 % sooner on average
                 qPrintable(u"%1 vs %2 ms"_s.arg(adaptiveLatency / jobs).arg(fixedLatency / jobs)));
    }

    void resetForgetsTheSamples()
    {
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, 10);
        c.observe(2000, JobState::Running, 30);
        QVERIFY(c.etaMs() > 0);
        c.reset();
        QCOMPARE(c.etaMs(), -1);
    }

    void backoffWindowGrowsAndIsCapped()
    {
        const Backoff b{1000, 8000, 1000};
        QCOMPARE(b.windowMs(0), 1000);
        QCOMPARE(b.windowMs(1), 2000);
        QCOMPARE(b.windowMs(3), 8000);
        QCOMPARE(b.windowMs(30), 8000);
        QRandomGenerator random(7);
        bool sawSpread = false;
        qint64 first = -1;
        for (int i = 0; i < 200; ++i) {
            const qint64 d = b.delayMs(5, random);
            QVERIFY(d >= 1000 && d <= 8000);
            if (first < 0)
                first = d;
            else if (d != first)
                sawSpread = true;
        }
        QVERIFY(sawSpread); // full jitter, not a fixed delay
    }

    void retryAfterReadsSecondsAndHttpDates_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        // now = 2015-10-21T07:28:00Z
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("fraction") << QByteArray(" 1.5 ") << qint64(1500);
        QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:07 GMT") << qint64(7000);
        QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArray("-4") << qint64(-1);
    }
    void retryAfterReadsSecondsAndHttpDates()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const qint64 now = 1445412480000LL;
        QCOMPARE(parseRetryAfter(value, now), expected);
    }

    void pollAfterHintIsParsed()
    {
        QCOMPARE(parsePollAfterMs("1500"), 1500);
        QCOMPARE(parsePollAfterMs("x"), -1);
    }
};

QTEST_GUILESS_MAIN(CadenceTest)
#include "tst_cadence.moc"
