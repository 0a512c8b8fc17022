#pragma once
// A per-profile request budget (DESIGN.md §4): `rate` tokens per second, at most `burst` saved up.
// Pure: time comes in as an argument (ms, any monotonic origin), so it is tested without a clock.

#include <QtGlobal>

namespace jw {

class TokenBucket final
{
public:
    explicit TokenBucket(double ratePerSecond = 5.0, int burst = 10, qint64 nowMs = 0);

    // Takes one token if available at `nowMs`.
    bool tryTake(qint64 nowMs);
    // Milliseconds until a token is available (0 when one is available now).
    qint64 msUntilAvailable(qint64 nowMs) const;
    double tokens(qint64 nowMs) const;

    // Changes the rate and size from `nowMs` on; tokens saved so far stay (up to the new size).
    void reconfigure(double ratePerSecond, int burst, qint64 nowMs);

    double rate() const { return m_rate; }
    int burst() const { return m_burst; }

private:
    void refill(qint64 nowMs);

    double m_rate;
    int m_burst;
    double m_tokens;
    qint64 m_lastMs;
};

} // namespace jw
