#include "engine/ratefit.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace jw {

namespace {
constexpr double kQuantizationBias = 0.25; // floor or round: the middle of [v - 0.5, v + 1) is v + 0.25
constexpr double kSystematicQuanta = 0.25; // what averaging cannot remove (floor vs round)
}

void RateFit::reset()
{
    m_samples.clear();
    m_integral = true;
    m_lastChangeMs = -1;
    m_distinct = 0;
}

bool RateFit::add(qint64 atMs, double value)
{
    bool newStage = false;
    if (!m_samples.isEmpty() && value < m_samples.constLast().value) {
        reset();
        newStage = true;
    }
    if (!m_samples.isEmpty() && atMs < m_samples.constLast().atMs)
        return newStage; // out of order: ignore
    if (value != std::floor(value))
        m_integral = false;
    if (m_samples.isEmpty() || value != m_samples.constLast().value) {
        m_lastChangeMs = atMs;
        ++m_distinct;
    }
    m_samples.append({atMs, value});
    if (m_samples.size() > kMaxSamples)
        m_samples.removeFirst();
    return newStage;
}

std::optional<RateFit::Line> RateFit::line(double target) const
{
    const qsizetype n = m_samples.size();
    if (n < 2 || m_distinct < 2)
        return std::nullopt;
    const double quantum = m_integral ? 1.0 : 0.0;
    const double bias = quantum * kQuantizationBias;
    const double t0 = double(m_samples.constFirst().atMs);
    double sx = 0, sy = 0;
    for (const Sample &s : m_samples) {
        sx += double(s.atMs) - t0;
        sy += s.value + bias;
    }
    const double mx = sx / double(n), my = sy / double(n);
    double sxx = 0, sxy = 0;
    for (const Sample &s : m_samples) {
        const double dx = double(s.atMs) - t0 - mx;
        sxx += dx * dx;
        sxy += dx * (s.value + bias - my);
    }
    if (sxx <= 0)
        return std::nullopt;
    const double slope = sxy / sxx;
    if (slope <= 0)
        return std::nullopt;
    // Per-sample spread: the quantum's, or the residuals' when they say more.
    double variance = quantum * quantum / 12.0 + 1e-4;
    if (n > 2) {
        double rss = 0;
        for (const Sample &s : m_samples) {
            const double r = s.value + bias - (my + slope * (double(s.atMs) - t0 - mx));
            rss += r * r;
        }
        variance = std::max(variance, rss / double(n - 2));
    }
    Line out;
    out.ratePerMs = slope;
    out.relError = std::sqrt(variance / sxx) / slope;
    const double xEnd = mx + (target - my) / slope; // relative to t0
    const double dx = xEnd - mx;
    const double systematic = quantum * kSystematicQuanta;
    const double valueVar = variance * (1.0 / double(n) + dx * dx / sxx) + systematic * systematic;
    out.endMs = qint64(std::llround(t0 + xEnd));
    out.endSigmaMs = qint64(std::llround(std::sqrt(valueVar) / slope));
    return out;
}

namespace {
// Keeps the part of a convex polygon (a, b) where a * ka + b * kb <= limit (Sutherland-Hodgman, one edge).
template <typename V>
QList<V> clip(const QList<V> &polygon, double ka, double kb, double limit)
{
    QList<V> out;
    const qsizetype n = polygon.size();
    for (qsizetype i = 0; i < n; ++i) {
        const V &p = polygon[i];
        const V &q = polygon[(i + 1) % n];
        const double fp = p.a * ka + p.b * kb - limit;
        const double fq = q.a * ka + q.b * kb - limit;
        if (fp <= 0)
            out.append(p);
        if ((fp < 0 && fq > 0) || (fp > 0 && fq < 0)) {
            const double t = fp / (fp - fq);
            out.append({p.a + t * (q.a - p.a), p.b + t * (q.b - p.b)});
        }
    }
    return out;
}
} // namespace

QList<RateFit::Vertex> RateFit::feasible(bool mayRound) const
{
    if (!m_integral || m_samples.size() < 2 || m_distinct < 2)
        return {};
    // Lines value(t) = a * (t - t0) + b with a > 0; each sample v at t says v - slack <= a * x + b <= v + 1.
    const double slack = mayRound ? 0.5 : 0.0;
    const double t0 = double(m_samples.constFirst().atMs);
    const double v0 = m_samples.constFirst().value;
    QList<Vertex> polygon = {{0, v0 - 1}, {1, v0 - 1}, {1, v0 + 2}, {0, v0 + 2}};
    for (const Sample &s : m_samples) {
        const double x = double(s.atMs) - t0;
        polygon = clip(polygon, x, 1, s.value + 1.0);
        polygon = clip(polygon, -x, -1, -(s.value - slack));
        if (polygon.size() < 3)
            return {};
    }
    for (const Vertex &v : std::as_const(polygon)) {
        if (v.a <= 1e-9)
            return {}; // a flat line fits: the end is unbounded
    }
    return polygon;
}

std::optional<RateFit::Window> RateFit::endWindow(bool mayRound, double target) const
{
    const QList<Vertex> polygon = feasible(mayRound);
    if (polygon.isEmpty())
        return std::nullopt;
    const double t0 = double(m_samples.constFirst().atMs);
    double earliest = std::numeric_limits<double>::max();
    double latest = std::numeric_limits<double>::lowest();
    for (const Vertex &v : polygon) {
        const double x = (target - v.b) / v.a;
        earliest = std::min(earliest, x);
        latest = std::max(latest, x);
    }
    return Window{qint64(std::floor(t0 + earliest)), qint64(std::ceil(t0 + latest))};
}

qint64 RateFit::splittingTimeBefore(qint64 limitMs, bool mayRound) const
{
    const QList<Vertex> polygon = feasible(mayRound);
    if (polygon.isEmpty())
        return -1;
    const double t0 = double(m_samples.constFirst().atMs);
    // The middle of the value range at x; it rises with x (every line does).
    const auto middle = [&](double x) {
        double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
        for (const Vertex &v : polygon) {
            lo = std::min(lo, v.a * x + v.b);
            hi = std::max(hi, v.a * x + v.b);
        }
        return (lo + hi) / 2.0;
    };
    const double limit = double(limitMs) - t0;
    const double k = std::floor(middle(limit));
    double slowest = std::numeric_limits<double>::max();
    for (const Vertex &v : polygon)
        slowest = std::min(slowest, v.a);
    double lo = limit - 1.0 / slowest - 1.0, hi = limit; // middle(lo) < k <= middle(hi)
    if (middle(lo) >= k)
        return limitMs;
    for (int i = 0; i < 40 && hi - lo > 1.0; ++i) {
        const double mid = (lo + hi) / 2.0;
        (middle(mid) >= k ? hi : lo) = mid;
    }
    return qint64(std::floor(t0 + hi));
}

} // namespace jw
