#pragma once
// What a profile's finished jobs of one type were like (DESIGN.md §4): how long they took (from the job's start
// to its end, queue included), whether they reported a real percentage, and how many failed. The cadence uses
// it where progress is coarse or absent (poll densely between the usual quantiles of the duration), to value
// a poll under a short budget (how likely is the job done by now), and to cap the gap between polls by the
// chance of a failure in between.
//
// Only the latest kWindow jobs count. Quantiles interpolate linearly between order statistics. The failure
// share is a Beta(1, 19) posterior mean: with no history a job is taken to fail one time in twenty (about what
// generative APIs see from content-policy and capacity failures); every finished job moves it.

#include <QList>
#include <QtGlobal>

namespace jw {

class DurationHistory final
{
public:
    static constexpr int kMinSamples = 3; // fewer durations than this say nothing
    static constexpr int kWindow = 64;    // only the latest jobs count
    static constexpr double kPriorFailures = 1.0;
    static constexpr double kPriorSuccesses = 19.0;

    enum class End { Completed, Failed };

    // showedProgress: the job reported a real percentage while running (Cadence::showedProgress).
    void add(qint64 durationMs, bool showedProgress = false, End end = End::Completed);
    int size() const { return int(m_samples.size()); }
    int completedCount() const;
    bool isUsable() const { return completedCount() >= kMinSamples; }
    // The q-quantile (0..1) of completed jobs' durations, -1 when there are none.
    qint64 quantileMs(double q) const;
    qint64 shortestMs() const { return quantileMs(0.0); }
    qint64 longestMs() const { return quantileMs(1.0); }
    // Share of completed durations at or below `ageMs` (the empirical CDF), 0 when empty.
    double shareDoneBy(qint64 ageMs) const;
    bool jobsShowProgress() const; // most of them reported a real percentage
    double failureShare() const;   // posterior mean chance that a job fails
    // The provider rounds its percentages (a job's samples fitted a line only with the rounding quantum).
    bool progressMayRound() const { return m_progressMayRound; }
    void noteRounding() { m_progressMayRound = true; }
    // Adds `later`'s samples after these (keeping the window) and its rounding note.
    void append(const DurationHistory &later);

    friend bool operator==(const DurationHistory &, const DurationHistory &) = default;

private:
    struct Sample {
        qint64 durationMs = 0;
        bool showedProgress = false;
        End end = End::Completed;
        friend bool operator==(const Sample &, const Sample &) = default;
    };
    QList<qint64> sortedCompleted() const;
    QList<Sample> m_samples; // oldest first
    bool m_progressMayRound = false;
};

} // namespace jw
