#include "engine/cadence.h"

#include <algorithm>
#include <cmath>

namespace jw {

namespace {
constexpr qint64 kEndMarginMs = 30;         // the final poll lands this long after the late bound of the end
constexpr qint64 kRefineSigmaMs = 45;             // refine first while the end's standard error is above this
constexpr double kRefineStepShare = 8;     // ... or above an eighth of the time one percent takes
constexpr qint64 kRefineGuardMs = 100;      // a refinement poll leaves the floor plus this before the end
constexpr double kCoarseFirstValue = 50;    // a first value this large says nothing about the rate
constexpr double kQueueGrowth = 1.5;        // queued: each gap 1.5 times the previous one
constexpr int kQueueCapIntervals = 2;       // ... up to two intervals
constexpr double kOverdueGrowth = 1.5;      // past the predicted end, or stalled: the same growth
constexpr double kStallFactor = 4.0;        // no move for 4x the time one step should take ...
constexpr int kStallMinIntervals = 2;       // ... and at least two intervals
constexpr int kStallCapIntervals = 15;      // a stalled job is still polled every 15 intervals at least
constexpr int kSparseIntervals = 3;         // learned durations: before the 5 % quantile, 3 intervals apart
constexpr double kSparseQuantile = 0.05;
constexpr double kDenseQuantile = 0.95;
constexpr int kQuantileSamples = 20;
// A job nothing is known of (never answered, or no estimate and no history): every such job is worth the same,
// so under a short budget they take turns by due time, as a fixed loop's do. Valuing a first poll above that
// (it was 1.0) let each new arrival jump the queue and stretched the gaps of the jobs already running: with
// coarse or no progress, 100 jobs arriving over 40 s on 5 req/s were detected 45 % later than by the fixed loop.
constexpr double kUninformedChance = 0.1;
constexpr qint64 kMaxGapMs = 10 * 60 * 1000; // no hazard, however small, stretches a gap beyond 10 min
constexpr double kMissCostMs = 1050;         // a final poll that lands early costs another floor

// The one-sided z for the final poll: it balances z*sigma against the chance (1 - Phi(z)) of landing early,
// which costs a floor: phi(z) = sigma / missCost.
double finalZ(double sigmaMs)
{
    if (sigmaMs <= 0)
        return 0;
    const double ratio = kMissCostMs / (sigmaMs * std::sqrt(2.0 * M_PI));
    if (ratio <= 1.0)
        return 0;
    return std::clamp(std::sqrt(2.0 * std::log(ratio)), 0.0, 3.0);
}

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double grow(double base, double factor, int steps)
{
    return base * std::pow(factor, std::clamp(steps, 0, 30));
}
} // namespace

bool Cadence::showedProgress() const
{
    return m_positiveSamples > 0 && m_firstValue < kCoarseFirstValue;
}

void Cadence::reset()
{
    const Settings settings = m_settings;
    *this = Cadence(settings);
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

void Cadence::observe(qint64 atMs, JobState state, std::optional<double> progress, std::optional<int> queuePosition,
                      const QString &step)
{
    ++m_answers;
    m_lastAnswerMs = atMs;
    if (m_firstSeenMs < 0)
        m_firstSeenMs = atMs;
    if (m_originMs < 0 || atMs < m_originMs)
        m_originMs = atMs;
    if (isTerminal(state)) {
        refresh();
        return;
    }
    m_lastLiveMs = atMs;
    if (state == JobState::Queued) {
        m_queued = true;
        ++m_queuedAnswers;
        m_lastQueuedMs = atMs;
        if (queuePosition && *queuePosition >= 0) {
            if (m_queuePosition && *queuePosition < *m_queuePosition && atMs > m_queuePositionAtMs)
                m_queueSpeedPerMs = double(*m_queuePosition - *queuePosition) / double(atMs - m_queuePositionAtMs);
            m_queuePosition = queuePosition;
            m_queuePositionAtMs = atMs;
        }
        refresh();
        return;
    }
    m_queued = false;
    m_queuedAnswers = 0;
    const bool stepMoved = !step.isEmpty() && step != m_step;
    if (stepMoved) {
        m_step = step;
        m_stepChangedMs = atMs;
    }
    const double value = progress.value_or(0);
    if (value <= 0) {
        if (m_positiveSamples == 0)
            m_lastQueuedMs = atMs; // running at 0 %: as good as queued for the rate's lower bound
        if (stepMoved)
            m_stalled = false;
        refresh();
        return;
    }
    if (m_positiveSamples == 0)
        m_firstValue = value;
    ++m_positiveSamples;
    const bool moved = m_fit.size() > 0 && value != m_fit.lastValue();
    if (m_stalled && (moved || stepMoved)) {
        // It moves again after a stall: the rate before the stall says nothing about the rate now.
        m_fit.reset();
        m_stalled = false;
    }
    m_fit.add(atMs, value);
    if (!m_settings.progressMayRound && m_fit.isQuantized() && !m_fit.endWindow(false) && m_fit.endWindow(true))
        m_roundingSeen = true; // only the rounding quantum lets one line through every sample
    updateStall(atMs);
    m_stalledAnswers = m_stalled ? m_stalledAnswers + 1 : 0;
    refresh();
}

void Cadence::refresh()
{
    m_estimate = computeEstimate();
}

void Cadence::updateStall(qint64 atMs)
{
    const auto line = m_fit.line();
    if (!line || m_fit.lastChangeMs() < 0 || !showedProgress())
        return;
    const double quantum = m_fit.isQuantized() ? 1.0 : 0.5;
    const double stepMs = quantum / line->ratePerMs;
    const qint64 interval = std::max(m_settings.floorMs, m_settings.intervalMs);
    const double limit = std::max(kStallFactor * stepMs, double(kStallMinIntervals * interval));
    const qint64 since = atMs - std::max(m_fit.lastChangeMs(), m_stepChangedMs);
    if (double(since) > limit && m_fit.lastValue() < 100)
        m_stalled = true;
}

std::optional<Cadence::Estimate> Cadence::computeEstimate() const
{
    if (m_positiveSamples == 0 || m_stalled)
        return std::nullopt;
    Estimate e;
    if (const auto line = m_fit.line()) {
        e.ratePerMs = line->ratePerMs;
        e.relError = line->relError;
        e.endMs = line->endMs;
        e.endSigmaMs = line->endSigmaMs;
        e.endHighMs = e.endMs + qint64(std::llround(finalZ(double(e.endSigmaMs)) * double(e.endSigmaMs)));
        const bool mayRound = m_settings.progressMayRound || m_roundingSeen;
        if (const auto window = m_fit.endWindow(mayRound)) {
            // A linear job: the lines through every sample's quantum bound the end far better than the fit's error.
            e.endMs = std::clamp(e.endMs, window->earliestMs, window->latestMs);
            e.endHighMs = window->latestMs;
            e.endLowMs = window->earliestMs;
            e.endSigmaMs = qint64(double(window->latestMs - window->earliestMs) / std::sqrt(12.0));
        } else {
            e.endLowMs = e.endMs - qint64(2.0 * double(e.endSigmaMs));
        }
        return e;
    }
    if (m_fit.distinctValues() == 1 && m_lastQueuedMs >= 0 && m_firstValue < kCoarseFirstValue) {
        // Samples of one value since the queue: the job started after m_lastQueuedMs, so the rate is at least
        // this. Its end is a late bound as it stands.
        const qint64 firstAt = m_fit.lastChangeMs();
        if (firstAt <= m_lastQueuedMs)
            return std::nullopt;
        e.ratePerMs = m_fit.lastValue() / double(firstAt - m_lastQueuedMs);
        e.relError = 1.0;
        e.conservative = true;
        e.endMs = firstAt + qint64(std::llround((100.0 - m_fit.lastValue()) / e.ratePerMs));
        e.endHighMs = e.endMs;
        e.endSigmaMs = e.endMs - firstAt;
        e.endLowMs = firstAt;
        return e;
    }
    return std::nullopt;
}

qint64 Cadence::etaMs() const
{
    return m_estimate ? m_estimate->endMs : -1;
}

qint64 Cadence::expectedDurationMs(const DurationHistory *history) const
{
    if (const auto &e = m_estimate; e && !e->conservative && m_originMs >= 0)
        return std::max<qint64>(0, e->endMs - m_originMs);
    if (history && history->isUsable())
        return history->quantileMs(0.5);
    return -1;
}

qint64 Cadence::hazardGapMs(qint64 nowMs, const DurationHistory *history) const
{
    Q_UNUSED(nowMs)
    const qint64 duration = expectedDurationMs(history);
    if (duration <= 0)
        return -1;
    const double p = history ? history->failureShare()
                             : DurationHistory::kPriorFailures / (DurationHistory::kPriorFailures + DurationHistory::kPriorSuccesses);
    const double gap = double(duration) * std::sqrt(2.0 / (kHazardKappa * std::max(p, 1e-4)));
    return std::clamp<qint64>(qint64(gap), m_settings.floorMs, kMaxGapMs);
}

std::optional<qint64> Cadence::learnedDue(qint64 lastSentMs, qint64 nowMs, const DurationHistory &history) const
{
    if (!history.isUsable() || m_originMs < 0 || m_firstSeenMs < 0)
        return std::nullopt;
    // A job with a real percentage is the progress rate's business; one that has shown none yet (queued)
    // will soon when the profile's jobs usually do.
    if (showedProgress() || (m_positiveSamples == 0 && history.jobsShowProgress()))
        return std::nullopt;
    const qint64 floorMs = std::max<qint64>(0, m_settings.floorMs);
    const qint64 interval = std::max(floorMs, m_settings.intervalMs);
    // Quantiles once there are enough jobs to trim outliers; the extremes before that.
    const bool many = history.completedCount() >= kQuantileSamples;
    const qint64 sparseUntil = m_originMs + history.quantileMs(many ? kSparseQuantile : 0.0);
    if (nowMs + floorMs < sparseUntil) // younger than most jobs seen to finish: one poll when it gets that old
        return std::min(sparseUntil, lastSentMs + interval * kSparseIntervals);
    const qint64 windowEnd = m_originMs + history.quantileMs(many ? kDenseQuantile : 1.0);
    if (nowMs >= windowEnd)
        return std::nullopt; // older than nearly every job seen: the fixed interval
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
    if (lastSentMs < 0)
        return nowMs;
    const qint64 floorDue = lastSentMs + floorMs;
    if (hintMs >= 0)
        return std::max(floorDue, nowMs + hintMs);
    const qint64 fixedDue = std::max(floorDue, lastSentMs + interval);
    if (!m_settings.adaptive)
        return fixedDue;

    if (m_queued) {
        // A profile whose jobs show no progress: its learned durations plan the polls, queued or not.
        if (const auto learned = history ? learnedDue(lastSentMs, nowMs, *history) : std::nullopt)
            return std::max(floorDue, *learned);
        qint64 due = lastSentMs + std::min<qint64>(qint64(grow(double(floorMs), kQueueGrowth, m_queuedAnswers - 1)),
                                                   interval * kQueueCapIntervals);
        if (m_queuePosition && m_queueSpeedPerMs > 0) {
            const qint64 leaves = m_queuePositionAtMs + qint64(double(*m_queuePosition) / m_queueSpeedPerMs);
            due = std::min(due, leaves);
        }
        return std::max(floorDue, due);
    }

    const qint64 hazard = hazardGapMs(nowMs, history);
    const qint64 cap = std::max(floorMs, hazard > 0 ? hazard : kMaxGapMs);
    const bool mayRound = m_settings.progressMayRound || m_roundingSeen;
    // A poll the hazard asks for, or a refinement, lands where it tells the most: where the lines that fit
    // the samples disagree about the value (RateFit::splittingTimeBefore).
    const auto informative = [&](qint64 due) {
        const qint64 split = m_fit.splittingTimeBefore(due, mayRound);
        return split > floorDue ? split : due;
    };
    const auto capped = [&](qint64 due) {
        if (due > lastSentMs + cap)
            due = informative(lastSentMs + cap);
        return std::max(floorDue, due);
    };

    if (m_stalled) {
        const qint64 gap = std::min<qint64>(qint64(grow(double(interval), kOverdueGrowth, m_stalledAnswers - 1)),
                                            interval * kStallCapIntervals);
        return capped(lastSentMs + gap);
    }

    const auto &e = m_estimate;
    if (!e) {
        const std::optional<qint64> learned = history ? learnedDue(lastSentMs, nowMs, *history) : std::nullopt;
        return learned ? std::max(floorDue, *learned) : fixedDue;
    }
    // The history's shortest job: none of this profile's jobs of this type ended sooner.
    const qint64 earliestEnd = history && history->isUsable() && m_originMs >= 0 ? m_originMs + history->shortestMs() : -1;
    if (e->conservative) {
        // The rate is only a lower bound: step towards the end, never further than the base interval unless the
        // history says the job cannot be done that soon.
        const qint64 remaining = std::max<qint64>(e->endHighMs - nowMs, 0);
        qint64 due = nowMs + std::min<qint64>(remaining / 2, interval);
        if (earliestEnd > due)
            due = std::min(nowMs + remaining / 2, earliestEnd - floorMs - kRefineGuardMs);
        return capped(due);
    }
    const qint64 finalAt = e->endHighMs + kEndMarginMs;
    if (lastSentMs >= finalAt - kEndMarginMs) {
        // Past the predicted end and still running: the floor, then geometrically less often.
        const int overdue = int(std::max<qint64>(0, (lastSentMs - finalAt) / std::max<qint64>(floorMs, 1)));
        return capped(lastSentMs + qint64(grow(double(floorMs), kOverdueGrowth, overdue)));
    }
    // Slow jobs (a percent takes longer than a floor) cannot be pinned as tightly for the same requests.
    const double stepMs = e->ratePerMs > 0 ? 1.0 / e->ratePerMs : 0;
    const qint64 refineAbove = std::max<qint64>(kRefineSigmaMs, qint64(stepMs / kRefineStepShare));
    if (e->endSigmaMs > refineAbove) {
        // Refine first: land early enough that the final poll still fits after the floor.
        const qint64 refineAt = std::max(e->endLowMs, earliestEnd) - floorMs - kRefineGuardMs;
        if (refineAt > floorDue)
            return capped(informative(refineAt));
    }
    return capped(finalAt);
}

double Cadence::changeChance(qint64 nowMs, const DurationHistory *history) const
{
    if (m_answers == 0)
        return kUninformedChance; // never seen: no more likely news than any job nothing is known of
    const qint64 since = m_lastAnswerMs;
    const qint64 elapsed = std::max<qint64>(0, nowMs - since);
    if (m_queued)
        return 0.05;
    double chance = 0;
    const auto &e = m_estimate;
    if (e && !e->conservative && e->endSigmaMs >= 0) {
        const double sigma = std::max<double>(double(e->endSigmaMs), 1.0);
        const double before = normalCdf(double(since - e->endMs) / sigma);
        const double now = normalCdf(double(nowMs - e->endMs) / sigma);
        chance = before >= 1.0 ? 1.0 : (now - before) / (1.0 - before);
    } else if (e && e->conservative) {
        chance = std::clamp(double(elapsed) / double(std::max<qint64>(1, e->endMs - since)), 0.0, 1.0);
    } else if (history && history->isUsable() && m_originMs >= 0) {
        const double before = history->shareDoneBy(since - m_originMs);
        const double now = history->shareDoneBy(nowMs - m_originMs);
        chance = before >= 1.0 ? 0.5 : (now - before) / (1.0 - before);
    }
    // A failure can come at any time: the hazard over the time since the last answer.
    const qint64 duration = expectedDurationMs(history);
    const double p = history ? history->failureShare() : DurationHistory().failureShare();
    const double failure = duration > 0 ? std::min(1.0, p * double(elapsed) / double(duration)) : kUninformedChance;
    return std::clamp(chance + (1.0 - chance) * failure, 0.0, 1.0);
}

} // namespace jw
