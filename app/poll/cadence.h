#pragma once
// When to poll one job next (DESIGN.md §4). Pure: observations and times come in as arguments.
//
// Fixed mode polls every interval. Adaptive mode fits a line through the job's progress samples and predicts
// when it will reach 100 %: far from the end it polls less (one refinement poll about a second before the
// predicted end), then once just after the predicted end, then at the floor until the job is done. Without
// a usable progress rate (queued, no percentage, coarse 0/50/100 or stalled progress) it polls at the base
// interval, exactly like the fixed loop. A server hint (X-Poll-After-Ms and the like) wins over both. No
// plan is ever closer than the per-job floor to the previous request.

#include "job/job.h"

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

    std::optional<Estimate> estimate() const;
    qint64 etaMs() const; // expected finish (epoch ms), -1 when unknown

    // The next poll time. lastSentMs: when the previous request was sent (-1 for the first poll);
    // hintMs: the server's poll-after hint for this reply, or -1.
    qint64 nextPollAt(qint64 lastSentMs, qint64 nowMs, qint64 hintMs = -1) const;

private:
    struct Sample {
        qint64 atMs = -1;
        double value = 0;
    };

    Settings m_settings;
    qint64 m_lastZeroMs = -1; // last sample before any progress (queued or 0 %)
    Sample m_first;           // first sample with progress > 0
    Sample m_change;          // first sample showing the current value
    Sample m_last;            // latest sample
    int m_samples = 0;        // samples with progress > 0
    bool m_integral = true;   // every value seen so far was a whole number
};

} // namespace jw
