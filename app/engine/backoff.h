#pragma once
// Exponential backoff with full jitter (DESIGN.md §4) for 5xx, resets, timeouts and bad bodies: the delay is
// drawn uniformly from [floor, max(floor, min(cap, base * 2^attempt))], so even the first retries of jobs that
// failed together spread over a second and do not come back in lockstep.

#include <QtGlobal>

class QRandomGenerator;

namespace jw {

struct Backoff {
    qint64 baseMs = 2000;
    qint64 capMs = 60 * 1000;
    qint64 floorMs = 1000;

    // The ceiling of the jitter window for a 0-based attempt number.
    qint64 windowMs(int attempt) const;
    // One jittered delay for `attempt` drawn from `random`.
    qint64 delayMs(int attempt, QRandomGenerator &random) const;
};

} // namespace jw
