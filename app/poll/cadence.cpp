#include "poll/cadence.h"

#include <algorithm>
#include <cmath>

namespace jw {

namespace {
constexpr qint64 kEndMarginMs = 30;        // poll this long after the predicted end
constexpr qint64 kRefineLeadMs = 1200;     // the refinement poll lands about this long before the end
constexpr qint64 kGoodEnoughMs = 100;      // skip refinement when the rate error costs less than this
constexpr double kCoarseFirstValue = 50;   // a first value this large says nothing about the rate
constexpr int kMaxGapIntervals = 15;       // never wait more than 15 base intervals between polls
}

void Cadence::reset()
{
    m_lastZeroMs = -1;
    m_first = {};
    m_change = {};
    m_last = {};
    m_samples = 0;
    m_integral = true;
}

void Cadence::observe(qint64 atMs, JobState state, std::optional<double> progress)
{
    if (isTerminal(state))
        return;
    const double value = progress.value_or(0);
    if (state == JobState::Queued || value <= 0) {
        if (m_samples == 0)
            m_lastZeroMs = atMs;
        return;
    }
    if (value != std::floor(value))
        m_integral = false;
    if (m_samples == 0) {
        m_first = {atMs, value};
        m_change = m_first;
    } else if (value != m_last.value) {
        m_change = {atMs, value};
    }
    m_last = {atMs, value};
    ++m_samples;
}

std::optional<Cadence::Estimate> Cadence::estimate() const
{
    if (m_samples == 0)
        return std::nullopt;
    const double quantum = m_integral ? 1.0 : 0.0; // uncertainty of one sample
    Estimate e;
    if (m_change.value > m_first.value && m_change.atMs > m_first.atMs) {
        const double dp = m_change.value - m_first.value;
        e.ratePerMs = dp / double(m_change.atMs - m_first.atMs);
        e.relError = (quantum + 0.05) / dp;
        // Stalled or coarse: the value should have moved by now and has not.
        const double expectedMove = e.ratePerMs * double(m_last.atMs - m_change.atMs);
        if (expectedMove > 2.0 + 2.0 * quantum)
            return std::nullopt;
    } else if (m_samples == 1 && m_lastZeroMs >= 0 && m_first.value < kCoarseFirstValue
               && m_first.atMs > m_lastZeroMs) {
        // One sample after the queue: the job started after m_lastZeroMs, so the rate is at least this.
        e.ratePerMs = m_first.value / double(m_first.atMs - m_lastZeroMs);
        e.relError = 1.0;
        e.conservative = true;
    } else {
        return std::nullopt;
    }
    if (e.ratePerMs <= 0)
        return std::nullopt;
    const double left = std::max(0.0, 100.0 - m_last.value);
    e.endMs = m_last.atMs + qint64(std::llround(left / e.ratePerMs));
    const double remaining = left + quantum / 2.0;
    // A conservative rate is a lower bound already, so its end is a late bound as it stands.
    const double factor = e.conservative ? 1.0 : 1.0 + std::min(e.relError, 1.0);
    e.endHighMs = m_last.atMs + qint64(std::llround(remaining / e.ratePerMs * factor));
    if (e.conservative)
        e.endMs = e.endHighMs;
    return e;
}

qint64 Cadence::etaMs() const
{
    const auto e = estimate();
    return e ? e->endMs : -1;
}

qint64 Cadence::nextPollAt(qint64 lastSentMs, qint64 nowMs, qint64 hintMs) const
{
    const qint64 floorMs = std::max<qint64>(0, m_settings.floorMs);
    const qint64 interval = std::max(floorMs, m_settings.intervalMs);
    const qint64 floorDue = lastSentMs >= 0 ? lastSentMs + floorMs : nowMs;
    if (lastSentMs < 0)
        return nowMs;
    if (hintMs >= 0)
        return std::max(floorDue, nowMs + hintMs);
    const qint64 fixedDue = std::max(floorDue, lastSentMs + interval);
    if (!m_settings.adaptive)
        return fixedDue;
    const auto e = estimate();
    if (!e)
        return fixedDue;

    const qint64 remaining = e->endHighMs - nowMs;
    qint64 due;
    if (e->conservative) {
        // The rate is only a lower bound: step towards the end, never further than the base interval.
        due = nowMs + std::min<qint64>(std::max<qint64>(remaining / 2, 0), interval);
    } else {
        const qint64 rateErrorMs = qint64(double(std::max<qint64>(remaining, 0)) * e->relError);
        if (remaining <= floorMs + floorMs / 2 || rateErrorMs <= kGoodEnoughMs) {
            due = e->endHighMs + kEndMarginMs; // just after the predicted end
        } else {
            // Refine: land about a second before the end, allowing for the rate's error.
            due = nowMs + std::max(remaining / 2, remaining - kRefineLeadMs - 2 * rateErrorMs);
        }
    }
    due = std::min(due, nowMs + interval * kMaxGapIntervals);
    return std::max(floorDue, due);
}

} // namespace jw
