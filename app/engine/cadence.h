#pragma once
// When to poll one job next, and how much a poll of it is worth now (DESIGN.md §4). Pure: observations and
// times (steady ms) come in as arguments.
//
// Fixed mode polls every interval. Adaptive mode:
// - Queued: the gap grows geometrically from the floor (x1.5 per poll, up to two intervals). A queue position
//   that falls between polls predicts when the job leaves the queue, and the next poll goes there.
// - Running with a percentage: a least-squares line through the samples of the current stage (RateFit)
//   predicts the end and its standard error s. While z*s is large, one refinement poll lands just early
//   enough to leave the floor before the end; then one poll lands at end + z*s + a small margin. A job
//   past that point is polled at the floor, then geometrically less often.
// - One sample after the queue: the rate is only a lower bound; step towards the end, at most an interval.
// - Coarse or no progress: with a usable DurationHistory, sparse polls until the job is as old as the
//   history's 5 % quantile, then denser ones (never under the floor) up to its 95 % quantile, spending only
//   the requests the sparse phase saved over the fixed loop ("credit"); otherwise the fixed interval.
// - Stalled: progress that has not moved for four times the time one step should take (and at least two
//   intervals) marks the job stalled; its polls back off geometrically until it moves again, and the fit
//   starts over from there.
// - The gap between two polls is capped by the failure hazard instead of a fixed number: a job that fails
//   part-way is noticed only at the next poll, so with p the profile's failure share and D the job's expected
//   duration the cap is D * sqrt(2 / (kappa * p)), the gap that balances the polls spent against the expected
//   delay of a failure, when a second of that delay costs kappa / D polls (a user waiting a minute minds a
//   late failure less than one waiting ten seconds). kappa = 180 gives D/3 at p = 10 %, about D/2 at the 5 % prior.
// A server hint (X-Poll-After-Ms and the like) wins over all of this. No plan is closer than the floor to the
// previous request.
//
// changeChance() is a poll's value under a short budget: the chance that the job reached its end (or failed)
// since it was last seen, from the fit's normal end-time distribution, the history's durations, or the failure
// hazard, in that order.

#include "model/job.h"
#include "engine/durationhistory.h"
#include "engine/ratefit.h"

#include <QtGlobal>

#include <optional>

namespace jw {

class Cadence final
{
public:
    struct Settings {
        bool adaptive = true;
        qint64 intervalMs = 2000;
        qint64 floorMs = 1000;
        // The profile's provider may round percentages rather than floor them (learned: roundingSeen()).
        bool progressMayRound = false;
    };
    struct Estimate {
        double ratePerMs = 0;  // progress points per ms
        double relError = 0;   // relative uncertainty of the rate
        qint64 endMs = -1;     // expected time of 100 %
        qint64 endHighMs = -1; // a late bound for it: end + z * sigma (or the lower-bound rate's end)
        qint64 endLowMs = -1;  // an early bound for it
        qint64 endSigmaMs = 0;
        bool conservative = false; // rate is only a lower bound (one sample after the queue)
    };

    static constexpr double kZ = 1.65;            // one-sided 95 % for the final poll
    static constexpr double kHazardKappa = 180.0; // see the header comment

    Cadence() = default;
    explicit Cadence(const Settings &settings) : m_settings(settings) {}

    void setSettings(const Settings &settings)
    {
        m_settings = settings;
        refresh();
    }
    const Settings &settings() const { return m_settings; }

    // Forgets all samples (resume / retry start from now, and a clock jump re-plans from scratch).
    void reset();
    // One answered poll: `atMs` is when the server computed it (about the middle of the request).
    void observe(qint64 atMs, JobState state, std::optional<double> progress, std::optional<int> queuePosition = {},
                 const QString &step = {});
    // The job's creation time as the provider reports it (steady ms); the job's age counts from the earlier of
    // this and the first answer.
    void noteCreatedAt(qint64 createdMs);
    // For a job just seen terminal at `terminalSeenMs`: how long it took (from its start to about midway between
    // the last live answer and this one), or nothing when it was never seen live.
    std::optional<qint64> observedDurationMs(qint64 terminalSeenMs) const;
    // It reported a real percentage while running (not only coarse 50 % steps or nothing).
    bool showedProgress() const;
    // Progress has not moved for much longer than it should have (see the header comment).
    bool isStalled() const { return m_stalled; }
    bool isQueued() const { return m_queued; }
    // The samples fit a line only if the provider rounds its percentages (it does not floor them). The scheduler
    // keeps that in the profile's history, so later jobs plan with the wider quantum.
    bool roundingSeen() const { return m_roundingSeen; }
    int answers() const { return m_answers; }

    const std::optional<Estimate> &estimate() const { return m_estimate; }
    qint64 etaMs() const; // expected finish (steady ms), -1 when unknown

    // The next poll time. lastSentMs: when the previous request was sent (-1 for the first poll);
    // hintMs: the server's poll-after hint for this reply, or -1; history: the profile's learned durations.
    qint64 nextPollAt(qint64 lastSentMs, qint64 nowMs, qint64 hintMs = -1, const DurationHistory *history = nullptr) const;
    // The chance (0..1) that a poll at `nowMs` finds the job changed since its last answer.
    double changeChance(qint64 nowMs, const DurationHistory *history = nullptr) const;
    // The longest gap the failure hazard allows for this job (ms), or -1 when its duration is unknown.
    qint64 hazardGapMs(qint64 nowMs, const DurationHistory *history) const;

private:
    std::optional<qint64> learnedDue(qint64 lastSentMs, qint64 nowMs, const DurationHistory &history) const;
    qint64 expectedDurationMs(const DurationHistory *history) const;
    void updateStall(qint64 atMs);
    void refresh(); // recomputes m_estimate
    std::optional<Estimate> computeEstimate() const;

    Settings m_settings;
    RateFit m_fit;
    qint64 m_firstSeenMs = -1; // first answer of this watch (the fixed loop's start)
    qint64 m_originMs = -1;    // the job's start: the earlier of m_firstSeenMs and its createdAt
    qint64 m_lastAnswerMs = -1;
    qint64 m_lastLiveMs = -1;  // latest answer that was not terminal
    qint64 m_lastQueuedMs = -1; // latest answer that said queued (or 0 % before any progress)
    int m_answers = 0;         // answers observed (requests that got one)
    int m_queuedAnswers = 0;   // answers in a row that said queued
    bool m_queued = false;
    std::optional<int> m_queuePosition;
    qint64 m_queuePositionAtMs = -1;
    double m_queueSpeedPerMs = 0; // positions per ms, from two answers
    int m_positiveSamples = 0;    // samples with progress > 0 (any stage)
    double m_firstValue = 0;      // first positive progress seen
    QString m_step;
    qint64 m_stepChangedMs = -1;
    bool m_stalled = false;
    int m_stalledAnswers = 0;  // answers since it was first seen stalled
    bool m_roundingSeen = false;
    std::optional<Estimate> m_estimate;
};

} // namespace jw
