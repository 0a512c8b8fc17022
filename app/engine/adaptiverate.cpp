#include "engine/adaptiverate.h"

#include <algorithm>
#include <cmath>

namespace jw {

namespace {
constexpr qint64 kMaxGrowthStepMs = 1000; // one answer never credits more growth than this
}

AdaptiveRate::AdaptiveRate(double ceiling)
    : m_ceiling(std::max(kFloor, ceiling))
    , m_rate(m_ceiling)
{
}

void AdaptiveRate::setCeiling(double ceiling)
{
    m_ceiling = std::max(kFloor, ceiling);
    m_rate = m_throttled ? std::min(m_rate, m_ceiling) : m_ceiling;
    if (m_rate >= m_ceiling)
        m_throttled = false;
}

void AdaptiveRate::measure(qint64 nowMs)
{
    if (m_bucketStartMs < 0) {
        m_bucketStartMs = nowMs;
        return;
    }
    const qint64 elapsed = nowMs - m_bucketStartMs;
    if (elapsed < kBucketMs)
        return;
    const double current = double(m_bucketCount) * 1000.0 / double(elapsed);
    m_measured = current * kSmoothing + m_measured * (1.0 - kSmoothing);
    m_bucketStartMs = nowMs;
    m_bucketCount = 0;
}

void AdaptiveRate::noteSent(qint64 nowMs)
{
    measure(nowMs);
    ++m_bucketCount;
}

void AdaptiveRate::noteThrottled(qint64 nowMs)
{
    measure(nowMs);
    // The rate that was too much: what was really sent, when that is known and lower.
    const double used = m_measured > 0 ? std::min(m_measured, m_rate) : m_rate;
    m_lastMax = std::max(kFloor, used);
    m_k = std::cbrt(m_lastMax * (1.0 - kBeta) / kScale);
    m_rate = std::clamp(m_lastMax * kBeta, kFloor, m_ceiling);
    m_throttled = true;
    m_growthS = 0;
    m_lastGrowthMs = nowMs;
}

void AdaptiveRate::noteAccepted(qint64 nowMs, bool pollsWaiting)
{
    measure(nowMs);
    if (!m_throttled)
        return; // at the ceiling already
    if (m_lastGrowthMs >= 0 && pollsWaiting)
        m_growthS += double(std::clamp<qint64>(nowMs - m_lastGrowthMs, 0, kMaxGrowthStepMs)) / 1000.0;
    m_lastGrowthMs = nowMs;
    const double t = m_growthS - m_k;
    const double cubic = kScale * t * t * t + m_lastMax;
    // Never more than twice what was actually sent (once something was measured), never above the ceiling.
    const double tested = m_measured > 0 ? 2.0 * m_measured : m_ceiling;
    const double next = std::clamp(std::min(cubic, tested), kFloor, m_ceiling);
    // Growth phase only raises; the cut is noteThrottled's business.
    m_rate = std::max(m_rate, next);
    if (m_rate >= m_ceiling) {
        m_rate = m_ceiling;
        m_throttled = false; // back at the ceiling: behave as before the first throttle
    }
}

} // namespace jw
