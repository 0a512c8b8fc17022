#include "engine/backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace jw {

qint64 Backoff::windowMs(int attempt) const
{
    const int shift = std::clamp(attempt, 0, 30);
    const qint64 grown = baseMs << shift;
    return std::min(capMs, grown);
}

qint64 Backoff::delayMs(int attempt, QRandomGenerator &random) const
{
    const qint64 window = windowMs(attempt);
    const qint64 jittered = window > 0 ? qint64(random.bounded(quint64(window) + 1)) : 0;
    return std::max(floorMs, jittered);
}

} // namespace jw
