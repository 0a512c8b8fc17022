#include "engine/cadence.h"

#include <algorithm>
#include <cmath>

namespace jw {

namespace {
constexpr qint64 kEndMarginMs = 30;        // poll this long after the predicted end
constexpr qint64 kRefineLeadMs = 1200;     // the refinement poll lands about this long before the end
constexpr qint64 kGoodEnoughMs = 100;      // skip refinement when the rate error costs less than this
constexpr double kCoarseFirstValue = 50;   // a first value this large says nothing about the rate
constexpr int kMaxGapIntervals = 15;       // never wait more than 15 base intervals between polls
constexpr int kSparseIntervals = 3;        // before the shortest learned duration: at most 3 intervals apart
}

void DurationHistory::add(qint64 durationMs, bool showedProgress)
{
    if (durationMs < 0)
        return;
    m_samples.append({durationMs, showedProgress});
    if (m_samples.size() > kWindow)
        m_samples.removeFirst();
}

qint64 DurationHistory::shortestMs() const
{
    qint64 out = -1;
    for (const Sample &s : m_samples)
        out = out < 0 ? s.durationMs : std::min(out, s.durationMs);
    return out;
}

qint64 DurationHistory::longestMs() const
{
    qint64 out = -1;
    for (const Sample &s : m_samples)
        out = std::max(out, s.durationMs);
    return out;
}

bool DurationHistory::jobsShowProgress() const
{
    const auto progressed = std::count_if(m_samples.cbegin(), m_samples.cend(), [](const Sample &s) { return s.showedProgress; });
    return !m_samples.isEmpty() && progressed * 2 > m_samples.size();
}

bool Cadence::showedProgress() const
{
    return m_samples > 0 && m_first.value < kCoarseFirstValue;
}

void Cadence::reset()
{
    m_lastZeroMs = -1;
    m_first = {};
    m_change = {};
    m_last = {};
    m_samples = 0;
    m_integral = true;
    m_firstSeenMs = -1;
    m_originMs = -1;
    m_lastLiveMs = -1;
    m_answers = 0;
}

void Cadence::noteCreatedAt(qint64 createdMs)
{
    if (createdMs > 0 && (m_originMs < 0 || createdMs < m_originMs))
        m_originMs = createdMs;
}

std::optional<qint64> Cadence::observedDurationMs(qint64 terminalSeenMs) const
{
    if (m_lastLiveMs < 0 || m_originMs < 0 || terminalSeenMs < m_lastLiveMs)
        return std::nullopt;
    // It ended between the last live answer and this one; assume half a floor before this one at most.
    const qint64 endMs = std::max(m_lastLiveMs, terminalSeenMs - std::max<qint64>(0, m_settings.floorMs) / 2);
    return endMs - m_originMs;
}

void Cadence::observe(qint64 atMs, JobState state, std::optional<double> progress)
{
    ++m_answers;
    if (m_firstSeenMs < 0)
        m_firstSeenMs = atMs;
    if (m_originMs < 0 || atMs < m_originMs)
        m_originMs = atMs;
    if (isTerminal(state))
        return;
    m_lastLiveMs = atMs;
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

std::optional<qint64> Cadence::learnedDue(qint64 lastSentMs, qint64 nowMs, const DurationHistory &history) const
{
    if (!history.isUsable() || m_originMs < 0 || m_firstSeenMs < 0)
        return std::nullopt;
    // A job with a real percentage is the progress rate's business; one that has shown none yet (queued)
    // will soon when the profile's jobs usually do.
    if (showedProgress() || (m_samples == 0 && history.jobsShowProgress()))
        return std::nullopt;
    const qint64 floorMs = std::max<qint64>(0, m_settings.floorMs);
    const qint64 interval = std::max(floorMs, m_settings.intervalMs);
    const qint64 shortestAt = m_originMs + history.shortestMs();
    if (nowMs + floorMs < shortestAt) // younger than any job seen to finish: one poll when it gets that old
        return std::min(shortestAt, lastSentMs + interval * kSparseIntervals);
    const qint64 windowEnd = m_originMs + history.longestMs();
    if (nowMs >= windowEnd)
        return std::nullopt; // older than every job seen: the fixed interval
    // Spend only what the sparse phase saved: the fixed loop would have sent this many requests by now.
    const double credit = 1.0 + double(nowMs - m_firstSeenMs) / double(interval) - double(m_answers);
    if (credit <= 0 || interval <= 0)
        return std::nullopt;
    // The step at which the credit lasts to the end of the window: w/step - w/interval = credit.
    const double window = double(windowEnd - nowMs);
    const double step = window * double(interval) / (credit * double(interval) + window);
    return lastSentMs + std::clamp<qint64>(qint64(std::llround(step)), floorMs, interval);
}

qint64 Cadence::nextPollAt(qint64 lastSentMs, qint64 nowMs, qint64 hintMs, const DurationHistory *history) const
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
    if (!e) {
        const std::optional<qint64> learned = history ? learnedDue(lastSentMs, nowMs, *history) : std::nullopt;
        return learned ? std::max(floorDue, *learned) : fixedDue;
    }

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
