#include "engine/tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace jw {

TokenBucket::TokenBucket(double ratePerSecond, int burst, qint64 nowMs)
    : m_rate(ratePerSecond > 0 ? ratePerSecond : 1.0)
    , m_burst(std::max(1, burst))
    , m_tokens(m_burst)
    , m_lastMs(nowMs)
{
}

double TokenBucket::tokens(qint64 nowMs) const
{
    const qint64 elapsed = std::max<qint64>(0, nowMs - m_lastMs);
    return std::min<double>(m_burst, m_tokens + m_rate * double(elapsed) / 1000.0);
}

void TokenBucket::refill(qint64 nowMs)
{
    if (nowMs <= m_lastMs)
        return; // a clock that goes backwards never mints tokens
    m_tokens = tokens(nowMs);
    m_lastMs = nowMs;
}

bool TokenBucket::tryTake(qint64 nowMs)
{
    refill(nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

void TokenBucket::reconfigure(double ratePerSecond, int burst, qint64 nowMs)
{
    refill(nowMs);
    m_rate = ratePerSecond > 0 ? ratePerSecond : 1.0;
    m_burst = std::max(1, burst);
    m_tokens = std::min<double>(m_tokens, m_burst);
}

qint64 TokenBucket::msUntilAvailable(qint64 nowMs) const
{
    const double have = tokens(nowMs);
    if (have >= 1.0)
        return 0;
    return qint64(std::ceil((1.0 - have) * 1000.0 / m_rate));
}

} // namespace jw
