#pragma once
// The send rate under a profile's ceiling (DESIGN.md §4), after the AWS SDKs' "adaptive" retry mode: a CUBIC
// rate controller.
//
// Until the server first throttles, the rate is the ceiling. A 429 or 503 cuts it at once to 0.7 times the
// lower of the rate and the measured send rate, and remembers that rate as the last maximum W. While the
// server accepts, the rate climbs along the CUBIC curve
//     rate(t) = C (t - K)^3 + W,   K = cbrt(W (1 - beta) / C),   t = seconds of growth since the cut,
// which rises fast at first, flattens near W (where the server said no), then probes above it, up to the
// ceiling. The rate never goes above twice what was actually sent (so an idle profile does not bank a high
// rate it never tested), never above the ceiling and never below the floor. Growth only counts time while
// polls were waiting for a token: an idle profile does not climb back to a rate the server refused.
// A lowered ceiling takes effect at once; a raised one is the rate at once unless the server has pushed back
// (then the climb goes on towards it).
// Pure: times come in as arguments (ms on any steady origin).

#include <QtGlobal>

namespace jw {

class AdaptiveRate final
{
public:
    static constexpr double kBeta = 0.7;       // the cut on a throttle
    static constexpr double kScale = 0.4;      // C, in requests/s per s^3
    static constexpr double kFloor = 0.5;      // requests/s
    static constexpr double kSmoothing = 0.8;  // weight of the newest measurement bucket
    static constexpr qint64 kBucketMs = 500;   // send-rate measurement bucket

    explicit AdaptiveRate(double ceiling = 5.0);

    // The profile's rate: a ceiling. Lowering it below the current rate takes effect at once.
    void setCeiling(double ceiling);
    double ceiling() const { return m_ceiling; }
    double rate() const { return m_rate; }
    // The server has pushed back since the rate last was at the ceiling: below it, climbing while polls wait.
    bool isThrottled() const { return m_throttled; }
    double measuredRate() const { return m_measured; }

    // A request went out.
    void noteSent(qint64 nowMs);
    // The server accepted a request (any answer but 429/503). `pollsWaiting`: polls of this profile were due
    // and waiting for a token, so a higher rate would have been used.
    void noteAccepted(qint64 nowMs, bool pollsWaiting);
    // The server throttled (429 or 503).
    void noteThrottled(qint64 nowMs);

private:
    void measure(qint64 nowMs);

    double m_ceiling;
    double m_rate;
    bool m_throttled = false;
    double m_lastMax = 0;      // W
    double m_k = 0;            // K, seconds
    double m_growthS = 0;      // seconds of growth since the cut (only while polls waited)
    qint64 m_lastGrowthMs = -1;
    double m_measured = 0;
    qint64 m_bucketStartMs = -1;
    int m_bucketCount = 0;
};

} // namespace jw
