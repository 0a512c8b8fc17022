// Adaptive cadence, backoff and server-hint parsing: pure arithmetic with explicit times.

#include "engine/backoff.h"
#include "engine/cadence.h"
#include "engine/ratefit.h"
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

    void etaFollowsTheProgressRate()
    {
        Cadence c({true, 2000, 1000});
        c.observe(1000, JobState::Running, 10);
        c.observe(3000, JobState::Running, 30);
        c.observe(5000, JobState::Running, 50); // 10 %/s: 100 % at 10 s
        QVERIFY2(std::abs(c.etaMs() - 10000) <= 100, qPrintable(QString::number(c.etaMs())));
    }

    void leastSquaresUsesEverySample()
    {
        // 2 %/s with a fractional (unquantized) reading and noise of +-0.4 points: the fit's rate is within 2 %.
        Cadence c({true, 2000, 1000});
        const double noise[] = {0.4, -0.3, 0.1, -0.4, 0.3, 0.0, -0.2, 0.4};
        for (int i = 0; i < 8; ++i)
            c.observe(1000 + i * 2000, JobState::Running, 2.0 + 0.002 * (i * 2000) + noise[i]);
        const auto e = c.estimate();
        QVERIFY(e && !e->conservative);
        QVERIFY2(std::abs(e->ratePerMs - 0.002) <= 0.00004, qPrintable(QString::number(e->ratePerMs)));
        QVERIFY(e->endSigmaMs > 0);
    }

    void progressThatStartsOverResetsTheFit()
    {
        // Step one runs 0..100 at 10 %/s, then step two starts over at 1 %/s: the ETA follows step two only.
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, 20);
        c.observe(2000, JobState::Running, 40);
        c.observe(4000, JobState::Running, 60);
        QVERIFY(std::abs(c.etaMs() - 8000) <= 300);
        c.observe(10000, JobState::Running, 5); // went backwards: a new stage
        QCOMPARE(c.etaMs(), -1);              // one sample of it: no rate yet
        c.observe(12000, JobState::Running, 7);
        c.observe(14000, JobState::Running, 9);
        QVERIFY2(std::abs(c.etaMs() - 105000) <= 3000, qPrintable(QString::number(c.etaMs())));
    }

    void quantizedSamplesBoundTheEndTightly()
    {
        // A provider that floors: every line through each sample's quantum ends within a quantum of the truth.
        RateFit fit;
        const double startMs = 377, rate = 100.0 / 15000.0; // 15 s job
        for (qint64 t : {1400, 3400, 8100, 12900})
            fit.add(t, std::floor((double(t) - startMs) * rate));
        const auto window = fit.endWindow(false);
        QVERIFY(window);
        const qint64 trueEnd = qint64(startMs + 15000);
        QVERIFY2(window->earliestMs <= trueEnd && trueEnd <= window->latestMs,
                 qPrintable(u"%1..%2 vs %3"_s.arg(window->earliestMs).arg(window->latestMs).arg(trueEnd)));
        QVERIFY(window->latestMs - window->earliestMs < 300); // one percent is 150 ms here
        // Allowing rounding too widens it, but the truth stays inside.
        const auto wide = fit.endWindow(true);
        QVERIFY(wide && wide->earliestMs <= trueEnd && trueEnd <= wide->latestMs);
        QVERIFY(wide->latestMs - wide->earliestMs >= window->latestMs - window->earliestMs);
        // A sample off the line (progress that is not linear) leaves no window: the fit's error counts then.
        fit.add(14000, 40);
        QVERIFY(!fit.endWindow(false));
    }

    void roundingIsLearnedWhenOnlyRoundingFits()
    {
        // A provider that rounds reads like one that floors on a line half a percent ahead, until the end: the
        // floored line says the job is done at 99.5 %, and a poll there finds it still running. Only the
        // rounding quantum fits that, and the cadence says so (the scheduler keeps it in the profile's history).
        const auto reading = [](qint64 t) { return std::min(99.0, std::round(double(t) / 100.0)); }; // 1 % per 100 ms
        Cadence c({true, 2000, 1000});
        for (qint64 t : {1030, 5060, 9070}) {
            c.observe(t, JobState::Running, reading(t));
            QVERIFY(!c.roundingSeen());
        }
        c.observe(9980, JobState::Running, reading(9980));
        QVERIFY(c.roundingSeen());
        // Planned with the rounding quantum from the start, the window's late bound covers the true end (10 s).
        Cadence wide({true, 2000, 1000, true});
        for (qint64 t : {1030, 5060, 9070})
            wide.observe(t, JobState::Running, reading(t));
        QVERIFY(wide.estimate() && wide.estimate()->endHighMs >= 10000);
    }

    void queuedJobsBackOffGeometrically()
    {
        Cadence c({true, 2000, 1000});
        QList<qint64> gaps;
        qint64 last = 0;
        for (int i = 0; i < 6; ++i) {
            c.observe(last, JobState::Queued, 0);
            const qint64 next = c.nextPollAt(last, last);
            gaps << next - last;
            last = next;
        }
        QCOMPARE(gaps, (QList<qint64>{1000, 1500, 2250, 3375, 4000, 4000})); // x1.5 from the floor, up to 2 intervals
    }

    void queuePositionSaysWhenItLeaves()
    {
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Queued, 0, 6);
        c.observe(1000, JobState::Queued, 0, 5); // one place a second: out of the queue at 6 s
        c.observe(2500, JobState::Queued, 0, 2); // two places a second lately: out at 3.5 s
        // Geometric backoff alone would wait until 2500 + 2250.
        QCOMPARE(c.nextPollAt(2500, 2500), 3500);
    }

    void stalledProgressIsFlaggedAndPollsBackOff()
    {
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, 10);
        c.observe(2000, JobState::Running, 20); // 5 %/s
        c.observe(4000, JobState::Running, 30);
        QVERIFY(!c.isStalled());
        QVERIFY(c.etaMs() > 0);
        c.observe(6000, JobState::Running, 30); // should be 40 by now, but two intervals have not passed
        QVERIFY(!c.isStalled());
        c.observe(9000, JobState::Running, 30); // no move for 5 s: 25 steps' worth
        QVERIFY(c.isStalled());
        QCOMPARE(c.etaMs(), -1);
        // Backs off geometrically from the interval.
        QCOMPARE(c.nextPollAt(9000, 9000), 11000);
        c.observe(11000, JobState::Running, 30);
        QCOMPARE(c.nextPollAt(11000, 11000), 14000);
        c.observe(14000, JobState::Running, 30);
        QCOMPARE(c.nextPollAt(14000, 14000), 18500);
        // It moves again: no longer stalled, and the rate from before the stall is forgotten.
        c.observe(18500, JobState::Running, 35);
        QVERIFY(!c.isStalled());
        QCOMPARE(c.etaMs(), -1);
        c.observe(20500, JobState::Running, 45);
        QVERIFY2(std::abs(c.etaMs() - 31500) <= 400, qPrintable(QString::number(c.etaMs())));
    }

    void failureHazardCapsTheGap()
    {
        // 1 %/s: about 100 s long. Far from its end, the gap is capped by the chance of a failure in between.
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, 2);
        c.observe(2000, JobState::Running, 4);
        c.observe(10000, JobState::Running, 12);
        DurationHistory fresh; // the 5 % prior
        const qint64 cap = c.hazardGapMs(10000, &fresh);
        QVERIFY2(cap > 30000 && cap < 60000, qPrintable(QString::number(cap)));
        const qint64 next = c.nextPollAt(10000, 10000, -1, &fresh);
        QVERIFY2(next - 10000 <= cap && next - 10000 > 20000, qPrintable(QString::number(next)));
        // A profile whose jobs often fail gets looked at more often; one whose jobs never fail, less.
        DurationHistory failing, reliable;
        for (int i = 0; i < 40; ++i) {
            failing.add(100000, true, i % 3 == 0 ? DurationHistory::End::Failed : DurationHistory::End::Completed);
            reliable.add(100000, true);
        }
        QVERIFY(c.hazardGapMs(10000, &failing) < cap / 2);
        QVERIFY(c.hazardGapMs(10000, &reliable) > cap);
    }

    void changeChanceRanksPollsByLikelyNews()
    {
        Cadence fresh({true, 2000, 1000});
        // Never seen: worth what any job nothing is known of is worth (a running job without progress), so new
        // arrivals take their turn instead of jumping the queue of the jobs already running.
        Cadence blind({true, 2000, 1000});
        blind.observe(0, JobState::Running, std::nullopt);
        QCOMPARE(fresh.changeChance(0), blind.changeChance(5000));
        QVERIFY(fresh.changeChance(0) < 0.5);
        Cadence queued({true, 2000, 1000});
        queued.observe(0, JobState::Queued, 0);
        QVERIFY(queued.changeChance(2000) < fresh.changeChance(2000));
        // 10 %/s, ending at 10 s: near its end a poll is likely news, far from it not.
        Cadence running({true, 2000, 1000});
        running.observe(1000, JobState::Running, 10);
        running.observe(3000, JobState::Running, 30);
        running.observe(5000, JobState::Running, 50);
        const double early = running.changeChance(6000);
        const double atEnd = running.changeChance(10300);
        QVERIFY2(early < 0.1, qPrintable(QString::number(early)));
        QVERIFY2(atEnd > 0.9, qPrintable(QString::number(atEnd)));
        QVERIFY(running.changeChance(8000) >= early); // it only grows with time
    }

    void pollsJustAfterThePredictedEnd()
    {
        Cadence c({true, 2000, 1000});
        c.observe(0, JobState::Running, 2);
        c.observe(4000, JobState::Running, 42);
        c.observe(8000, JobState::Running, 82);  // 10 %/s: 100 % at ~9.8 s
        const qint64 next = c.nextPollAt(8000, 8001);
        QVERIFY2(next >= 9800 && next <= 10100, qPrintable(QString::number(next)));
    }

    void linearJobsAreDetectedQuicklyWithFewRequests_data()
    {
        QTest::addColumn<qint64>("startMs");
        QTest::addColumn<qint64>("runMs");
        for (qint64 run : {5000, 8000, 12000, 20000}) {
            for (qint64 start : {0, 300, 900, 1700})
                QTest::addRow("start %lld run %lld", start, run) << start << run;
        }
    }
    void linearJobsAreDetectedQuicklyWithFewRequests()
    {
        QFETCH(qint64, startMs);
        QFETCH(qint64, runMs);
        const Run adaptive = drive({true, 2000, 1000}, {startMs, runMs});
        const Run fixed = drive({false, 2000, 1000}, {startMs, runMs});
        QVERIFY2(adaptive.latencyMs <= 300, qPrintable(QString::number(adaptive.latencyMs)));
        QVERIFY(adaptive.minGapMs >= 1000);
        // With no history the failure hazard asks for a poll every half job or so; still no more than the
        // fixed loop, and a fraction of its latency (which is half an interval on average).
        QVERIFY2(adaptive.requests <= std::max(fixed.requests, 6), qPrintable(u"%1 vs %2"_s.arg(adaptive.requests).arg(fixed.requests)));
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
        QCOMPARE(queued.nextPollAt(0, 1, -1, &h), 1000); // queued: back off from the floor; its progress will tell more
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

    void firstRetriesSpreadOverASecond()
    {
        // Jobs that failed together must not come back together: the first retry is anywhere in 1..2 s.
        const Backoff b;
        QRandomGenerator random(11);
        qint64 lo = 1'000'000, hi = 0;
        for (int i = 0; i < 200; ++i) {
            const qint64 d = b.delayMs(0, random);
            QVERIFY(d >= 1000 && d <= 2000);
            lo = std::min(lo, d);
            hi = std::max(hi, d);
        }
        QVERIFY2(hi - lo >= 800, qPrintable(u"%1..%2"_s.arg(lo).arg(hi)));
    }

    void retryAfterReadsSecondsAndHttpDates_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        // now = 2015-10-21T07:28:00Z
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("fraction") << QByteArray(" 1.5 ") << qint64(1500);
        QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:07 GMT") << qint64(7000);
        QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:28:09 GMT") << qint64(9000);
        QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:05 2015") << qint64(5000);
        QTest::newRow("asctime, one-digit day") << QByteArray("Fri Oct  2 07:28:05 2015") << qint64(0); // in the past
        QTest::newRow("RFC 850 two-digit year far ahead is the past") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << qint64(0);
        QTest::newRow("not a month") << QByteArray("Wed, 21 Okt 2015 07:28:07 GMT") << qint64(-1);
        QTest::newRow("no such day") << QByteArray("Wed, 31 Feb 2015 07:28:07 GMT") << qint64(-1);
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
