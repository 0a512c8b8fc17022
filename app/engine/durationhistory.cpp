#include "engine/durationhistory.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

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

QJsonObject DurationHistory::toJson() const
{
    QJsonArray samples;
    for (const Sample &s : m_samples)
        samples.append(QJsonArray{double(s.durationMs), s.showedProgress, s.end == End::Failed ? u"failed"_s : u"completed"_s});
    return {{u"samples"_s, samples}, {u"rounds"_s, m_progressMayRound}};
}

DurationHistory DurationHistory::fromJson(const QJsonObject &object)
{
    DurationHistory h;
    h.m_progressMayRound = object.value(u"rounds"_s).toBool();
    for (const QJsonValue &v : object.value(u"samples"_s).toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 3 || !a.at(0).isDouble() || !a.at(1).isBool() || !a.at(2).isString())
            continue; // a damaged entry is skipped, not fatal
        const QString end = a.at(2).toString();
        if (end != u"failed"_s && end != u"completed"_s)
            continue;
        h.add(a.at(0).toInteger(-1), a.at(1).toBool(), end == u"failed"_s ? End::Failed : End::Completed);
    }
    return h;
}

} // namespace jw
