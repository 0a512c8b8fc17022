#pragma once
// When to poll one job next (DESIGN.md §4). Pure: observations and times come in as arguments.
//
// Fixed mode polls every interval. Adaptive mode fits a line through the job's progress samples and predicts
// when it will reach 100 %: far from the end it polls less (one refinement poll about a second before the
// predicted end), then once just after the predicted end, then at the floor until the job is done. Without
// a usable progress rate (queued, no percentage, coarse 0/50/100 or stalled progress) it polls at the base
// interval, exactly like the fixed loop. A server hint (X-Poll-After-Ms and the like) wins over both. No
// plan is ever closer than the per-job floor to the previous request.
//
// Learned durations (coarse or absent progress): once a profile has seen a few of its jobs complete
// (DurationHistory), a job without a usable progress rate is polled sparsely until it is as old as the shortest
// observed job (one poll at that age), then more densely (never under the floor) while it is within the
// observed range of durations. The dense phase only spends the requests the sparse phase saved: a job never
// gets more requests than the fixed loop would have sent it by then ("credit"), so requests per job stay at
// or below the fixed loop's while detection comes sooner. Jobs that report a real percentage keep the
// progress-rate plan, and so do queued jobs of a profile whose jobs usually report one.

#include "model/job.h"

#include <QtGlobal>

#include <QList>

#include <optional>

namespace jw {

// Recent durations of a profile's completed jobs (ms from the job's start to its end), newest last.
class DurationHistory final
{
public:
    static constexpr int kMinSamples = 3;  // fewer than this says nothing
    static constexpr int kWindow = 64;     // only the latest durations count

    // showedProgress: the job reported a real percentage while running (Cadence::showedProgress).
    void add(qint64 durationMs, bool showedProgress = false);
    int size() const { return int(m_samples.size()); }
    bool isUsable() const { return size() >= kMinSamples; }
    qint64 shortestMs() const;
    qint64 longestMs() const;
    bool jobsShowProgress() const; // most of them reported a real percentage

private:
    struct Sample {
        qint64 durationMs;
        bool showedProgress;
    };
    QList<Sample> m_samples;
};

class Cadence final
{
public:
    struct Settings {
        bool adaptive = true;
        qint64 intervalMs = 2000;
        qint64 floorMs = 1000;
    };
    struct Estimate {
        double ratePerMs = 0;  // progress points per ms
        double relError = 0;   // relative uncertainty of the rate
        qint64 endMs = -1;     // expected time of 100 %
        qint64 endHighMs = -1; // a late bound for it (quantization and rate error included)
        bool conservative = false; // rate is only a lower bound (one sample after the queue)
    };

    Cadence() = default;
    explicit Cadence(const Settings &settings) : m_settings(settings) {}

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }

    // Forgets all samples (resume / retry start from now).
    void reset();
    // One answered poll: `atMs` is when the server computed it (about the middle of the request).
    void observe(qint64 atMs, JobState state, std::optional<double> progress);
    // The job's creation time as the provider reports it; the job's age counts from the earlier of this and
    // the first answer.
    void noteCreatedAt(qint64 createdMs);
    // For a job just seen terminal at `terminalSeenMs`: how long it took (from its start to about midway between
    // the last live answer and this one), or nothing when it was never seen live.
    std::optional<qint64> observedDurationMs(qint64 terminalSeenMs) const;
    // It reported a real percentage while running (not only coarse 50 % steps or nothing).
    bool showedProgress() const;

    std::optional<Estimate> estimate() const;
    qint64 etaMs() const; // expected finish (epoch ms), -1 when unknown

    // The next poll time. lastSentMs: when the previous request was sent (-1 for the first poll);
    // hintMs: the server's poll-after hint for this reply, or -1; history: the profile's learned durations.
    qint64 nextPollAt(qint64 lastSentMs, qint64 nowMs, qint64 hintMs = -1, const DurationHistory *history = nullptr) const;

private:
    struct Sample {
        qint64 atMs = -1;
        double value = 0;
    };

    std::optional<qint64> learnedDue(qint64 lastSentMs, qint64 nowMs, const DurationHistory &history) const;

    Settings m_settings;
    qint64 m_firstSeenMs = -1; // first answer of this watch (the fixed loop's start)
    qint64 m_originMs = -1;    // the job's start: the earlier of m_firstSeenMs and its createdAt
    qint64 m_lastLiveMs = -1;  // latest answer that was not terminal
    int m_answers = 0;         // answers observed (requests that got one)
    qint64 m_lastZeroMs = -1; // last sample before any progress (queued or 0 %)
    Sample m_first;           // first sample with progress > 0
    Sample m_change;          // first sample showing the current value
    Sample m_last;            // latest sample
    int m_samples = 0;        // samples with progress > 0
    bool m_integral = true;   // every value seen so far was a whole number
};

} // namespace jw
