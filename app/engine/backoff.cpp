#include "engine/backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace jw {

qint64 Backoff::windowMs(int attempt) const
{
    const int shift = std::clamp(attempt, 0, 30);
    const qint64 grown = baseMs << shift;
    return std::max(floorMs, std::min(capMs, grown));
}

qint64 Backoff::delayMs(int attempt, QRandomGenerator &random) const
{
    const qint64 window = windowMs(attempt);
    const qint64 spread = window - floorMs;
    return floorMs + (spread > 0 ? qint64(random.bounded(quint64(spread) + 1)) : 0);
}

} // namespace jw
