#pragma once
// Exponential backoff with full jitter (DESIGN.md §4) for 5xx, resets, timeouts and bad bodies:
// delay = uniform(0, min(cap, base * 2^attempt)), then never below the per-job floor.

#include <QtGlobal>

class QRandomGenerator;

namespace jw {

struct Backoff {
    qint64 baseMs = 1000;
    qint64 capMs = 60 * 1000;
    qint64 floorMs = 1000;

    // The ceiling of the jitter window for a 0-based attempt number.
    qint64 windowMs(int attempt) const;
    // One jittered delay for `attempt` drawn from `random`.
    qint64 delayMs(int attempt, QRandomGenerator &random) const;
};

} // namespace jw
