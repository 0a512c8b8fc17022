#include "engine/durationhistory.h"

#include <algorithm>
#include <cmath>

namespace jw {

void DurationHistory::add(qint64 durationMs, bool showedProgress, End end)
{
    if (durationMs < 0)
        return;
    m_samples.append({durationMs, showedProgress, end});
    if (m_samples.size() > kWindow)
        m_samples.removeFirst();
}

int DurationHistory::completedCount() const
{
    return int(std::count_if(m_samples.cbegin(), m_samples.cend(), [](const Sample &s) { return s.end == End::Completed; }));
}

QList<qint64> DurationHistory::sortedCompleted() const
{
    QList<qint64> out;
    out.reserve(m_samples.size());
    for (const Sample &s : m_samples) {
        if (s.end == End::Completed)
            out.append(s.durationMs);
    }
    std::sort(out.begin(), out.end());
    return out;
}

qint64 DurationHistory::quantileMs(double q) const
{
    const QList<qint64> sorted = sortedCompleted();
    if (sorted.isEmpty())
        return -1;
    const double pos = std::clamp(q, 0.0, 1.0) * double(sorted.size() - 1);
    const auto lo = qsizetype(std::floor(pos));
    const auto hi = std::min<qsizetype>(lo + 1, sorted.size() - 1);
    const double frac = pos - double(lo);
    return qint64(std::llround(double(sorted[lo]) * (1.0 - frac) + double(sorted[hi]) * frac));
}

double DurationHistory::shareDoneBy(qint64 ageMs) const
{
    const QList<qint64> sorted = sortedCompleted();
    if (sorted.isEmpty())
        return 0;
    const auto done = std::upper_bound(sorted.cbegin(), sorted.cend(), ageMs) - sorted.cbegin();
    return double(done) / double(sorted.size());
}

bool DurationHistory::jobsShowProgress() const
{
    const auto progressed = std::count_if(m_samples.cbegin(), m_samples.cend(), [](const Sample &s) { return s.showedProgress; });
    return !m_samples.isEmpty() && progressed * 2 > m_samples.size();
}

double DurationHistory::failureShare() const
{
    const auto failed = std::count_if(m_samples.cbegin(), m_samples.cend(), [](const Sample &s) { return s.end == End::Failed; });
    return (double(failed) + kPriorFailures) / (double(m_samples.size()) + kPriorFailures + kPriorSuccesses);
}

void DurationHistory::append(const DurationHistory &later)
{
    for (const Sample &s : later.m_samples)
        add(s.durationMs, s.showedProgress, s.end);
    m_progressMayRound = m_progressMayRound || later.m_progressMayRound;
}

} // namespace jw
