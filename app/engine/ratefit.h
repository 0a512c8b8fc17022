#pragma once
// A least-squares line through a job's progress samples (percent over time) within one stage, and when it
// reaches 100 %. A value that goes backwards starts a new stage (a provider that reports each step from 0),
// and the fit starts over from that sample.
//
// Integer percentages are quantized: a provider may floor or round, so a reported v stands for a true value
// somewhere in [v - 0.5, v + 1). The fit takes v + 0.25 and counts the quantum's spread (q^2/12 per sample,
// plus a quarter quantum that averaging cannot remove) in the uncertainty of the predicted end. Residuals
// beyond the quantum (a rate that is not constant) widen it too.
// Pure: times come in as arguments.

#include <QList>
#include <QtGlobal>

#include <optional>

namespace jw {

class RateFit final
{
public:
    static constexpr int kMaxSamples = 24; // the newest count; older ones say little about today's rate

    struct Line {
        double ratePerMs = 0;  // progress points per ms
        double relError = 0;   // standard error of the rate, relative
        qint64 endMs = -1;     // when the line reaches the target
        qint64 endSigmaMs = 0; // standard error of that time
    };

    void reset();
    // Adds a sample. A value below the previous one starts a new stage: returns true when that happened.
    bool add(qint64 atMs, double value);
    int size() const { return int(m_samples.size()); }
    bool isQuantized() const { return m_integral; }
    double lastValue() const { return m_samples.isEmpty() ? 0 : m_samples.constLast().value; }
    qint64 lastAtMs() const { return m_samples.isEmpty() ? -1 : m_samples.constLast().atMs; }
    // First sample showing the current value (the latest change), -1 without samples.
    qint64 lastChangeMs() const { return m_lastChangeMs; }
    int distinctValues() const { return m_distinct; }
    // The fit, with at least two samples at distinct times and a rising value; empty otherwise.
    std::optional<Line> line(double target = 100.0) const;

    // For quantized samples, every line through each sample's quantum: a reported v means a true value in
    // [v, v + 1) when the provider floors, [v - 0.5, v + 1) when it may round. The earliest and latest time
    // such a line reaches `target`; empty when no line fits them all (the progress is not linear) or the
    // samples are not quantized.
    struct Window {
        qint64 earliestMs = -1;
        qint64 latestMs = -1;
    };
    std::optional<Window> endWindow(bool mayRound, double target = 100.0) const;
    // The latest time at or before `limitMs` at which the lines that fit disagree most about the value: the middle
    // of their range crosses a whole number there, so a sample then halves the set. -1 without a fit.
    qint64 splittingTimeBefore(qint64 limitMs, bool mayRound) const;

private:
    struct Vertex {
        double a; // slope, points per ms
        double b; // value at the first sample's time
    };
    QList<Vertex> feasible(bool mayRound) const;

    struct Sample {
        qint64 atMs;
        double value;
    };
    QList<Sample> m_samples;
    bool m_integral = true;
    qint64 m_lastChangeMs = -1;
    int m_distinct = 0;
};

} // namespace jw
