// The scheduler's clockwork: steady time and clock jumps, the due / ready / deadline heaps, the one timer, the
// token buckets and the budget-shortage state, and sending a request.

#include "model/joblist.h"
#include "engine/engineclock.h"
#include "engine/historybook.h"
#include "engine/poller.h"
#include "net/requestbuilder.h"
#include "engine/scheduler_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Engine) };
constexpr qint64 kClockStepMs = 2000;     // wall minus steady moved by more than this: the wall clock jumped
constexpr qint64 kLateTickMs = 10000;     // the timer fired this much later than asked: the machine slept
constexpr qint64 kShortageStartMs = 1000; // polls waited for budget this long: "short"
constexpr qint64 kShortageEndMs = 3000;   // none waited for this long: no longer short
constexpr std::size_t kCompactSlack = 1024;
} // namespace

qint64 Scheduler::now()
{
    return m_clock->steadyMs();
}

qint64 Scheduler::wallAt(qint64 steadyMs) const
{
    return steadyMs + m_wallOffset;
}

qint64 Scheduler::steadyAt(qint64 wallMs) const
{
    return wallMs - m_wallOffset;
}

void Scheduler::checkClock(qint64 steady, qint64 wall)
{
    const qint64 offset = wall - steady;
    const bool jumped = m_offsetKnown && std::abs(offset - m_wallOffset) > kClockStepMs;
    m_wallOffset = offset; // small drift (NTP slewing) follows along
    m_offsetKnown = true;
    if (jumped)
        replanAll(steady, 0); // a wall-clock step, or a suspend the steady clock did not count
}

void Scheduler::replanAll(qint64 t, qint64 lostMs)
{
    // Every sample's timing is suspect now (the jobs ran on while this process did not see time pass, or the
    // dates from the server no longer line up), so every job starts its cadence afresh and is polled again
    // soon; the budget spreads those polls. Time the machine slept does not count towards anyone's max wait.
    for (auto &job : m_slots) {
        if (!job || job->key.isEmpty() || job->phase == Phase::Idle)
            continue;
        job->cadence.reset();
        if (lostMs > 0 && job->deadlineMs >= 0) {
            job->deadlineMs += lostMs;
            m_queues->deadlines.push({job->deadlineMs, job->slot, job->generation});
        }
        if (job->phase == Phase::InFlight)
            continue; // its answer plans it
        plan(*job, std::max(t, job->lastSentMs + kPlanningFloorMs));
        const qint64 next = wallAt(job->dueMs);
        m_jobs->modify(job->key, [&](JobRecord &r) {
            r.engine.nextPollAtMs = next;
            r.engine.etaMs = -1;
        });
    }
    for (auto &[id, p] : m_profiles)
        p->blockedUntilMs = -1; // a Retry-After from before the jump means nothing now
}

bool Scheduler::isLiveDue(const DueEntry &e) const
{
    const JobRuntime *j = e.slot < m_slots.size() ? m_slots[e.slot].get() : nullptr;
    return j && j->generation == e.generation && j->phase == Phase::Pending;
}

bool Scheduler::isLiveReady(const DueEntry &e) const
{
    const JobRuntime *j = e.slot < m_slots.size() ? m_slots[e.slot].get() : nullptr;
    return j && j->generation == e.generation && j->phase == Phase::Ready;
}

bool Scheduler::isLiveDeadline(const DueEntry &e) const
{
    const JobRuntime *j = e.slot < m_slots.size() ? m_slots[e.slot].get() : nullptr;
    return j && !j->key.isEmpty() && j->phase != Phase::Idle && j->deadlineMs == e.at;
}

void Scheduler::plan(JobRuntime &job, qint64 dueMs)
{
    if (job.phase == Phase::Idle) {
        ++m_watching;
        ++job.profile->watching;
    } else if (job.phase == Phase::Ready)
        --job.profile->readyCount;
    ++job.generation;
    job.phase = Phase::Pending;
    job.dueMs = dueMs;
    m_queues->due.push({dueMs, job.slot, job.generation});
}

void Scheduler::unplan(JobRuntime &job)
{
    if (job.phase == Phase::Idle)
        return;
    if (job.phase == Phase::Ready)
        --job.profile->readyCount;
    --m_watching;
    --job.profile->watching;
    ++job.generation;
    job.phase = Phase::Idle;
    job.dueMs = -1;
}

void Scheduler::compactIfStale()
{
    const auto limit = [](int live) { return 2 * std::size_t(std::max(0, live)) + kCompactSlack; };
    if (m_queues->due.size() > limit(m_watching))
        m_queues->due.compact([this](const DueEntry &e) { return isLiveDue(e); });
    if (m_queues->deadlines.size() > limit(m_watching))
        m_queues->deadlines.compact([this](const DueEntry &e) { return isLiveDeadline(e); });
    for (auto &[id, p] : m_profiles) {
        if (p->ready.size() > limit(p->readyCount))
            p->ready.compact([this](const DueEntry &e) { return isLiveReady(e); });
    }
}

void Scheduler::tick()
{
    const qint64 t = now();
    checkClock(t, m_clock->wallMs());
    if (m_armedFor >= 0 && t - m_armedFor > kLateTickMs)
        replanAll(t, t - m_armedFor); // the steady clock counted a suspend (or the process was stopped)
    m_armedFor = -1;

    // Max waits that ended. A job with a request out is timed out when its answer comes.
    DueQueue &deadlines = m_queues->deadlines;
    while (deadlines.settle([this](const DueEntry &e) { return isLiveDeadline(e); }) && deadlines.top().at <= t) {
        JobRuntime &job = *m_slots[deadlines.top().slot];
        deadlines.pop();
        if (job.phase != Phase::InFlight)
            timeOut(job);
    }
    // Due polls move to their profile's ready heap, ordered by due time minus their value.
    DueQueue &due = m_queues->due;
    while (due.settle([this](const DueEntry &e) { return isLiveDue(e); }) && due.top().at <= t) {
        JobRuntime &job = *m_slots[due.top().slot];
        due.pop();
        ProfileRuntime &p = *job.profile;
        job.phase = Phase::Ready;
        ++p.readyCount;
        qint64 key = job.dueMs;
        if (m_strategy.valueOrdered) {
            const DurationHistory *h = m_history->find(p.profile.id, job.jobType);
            key -= qint64(std::llround(double(m_strategy.valueWeightMs) * job.cadence.changeChance(t, h)));
        }
        p.ready.push({key, job.slot, job.generation});
    }
    for (auto &[id, p] : m_profiles) {
        if (p->readyCount > 0 || p->isShort || balanceDue(*p, t))
            dispatch(*p, t);
    }
    rearm();
}

void Scheduler::dispatch(ProfileRuntime &p, qint64 t)
{
    if (!p.paused && p.keyKnown && p.blockedUntilMs <= t) {
        sendBalanceIfDue(p, t); // first: at most one a minute, so polls hardly feel it
        const auto live = [this](const DueEntry &e) { return isLiveReady(e); };
        while (p.readyCount > 0 && p.inFlight < p.cap() && p.ready.settle(live)) {
            if (!p.bucket.tryTake(t))
                break;
            JobRuntime &job = *m_slots[p.ready.top().slot];
            p.ready.pop();
            --p.readyCount;
            send(job, t);
        }
    }
    updateShortage(p, t);
}

qint64 Scheduler::takeToken(const QString &profileId)
{
    ProfileRuntime *p = profileState(profileId);
    if (!p)
        return -1;
    const qint64 t = now();
    if (p->blockedUntilMs > t)
        return p->blockedUntilMs - t;
    if (!p->bucket.tryTake(t))
        return std::max<qint64>(1, p->bucket.msUntilAvailable(t));
    ++p->sent;
    p->rate.noteSent(t);
    return 0;
}

void Scheduler::updateShortage(ProfileRuntime &p, qint64 t)
{
    // Short of budget: polls are due and wait for a token or a free connection (not for the key, a pause or
    // the server's Retry-After: those say so themselves).
    const bool starved = p.readyCount > 0 && !p.paused && p.keyKnown && p.blockedUntilMs <= t;
    if (starved) {
        if (p.starvedSinceMs < 0)
            p.starvedSinceMs = t;
        p.clearSinceMs = -1;
    } else {
        p.starvedSinceMs = -1;
        if (p.clearSinceMs < 0)
            p.clearSinceMs = t;
    }
    if (!p.isShort && starved && t - p.starvedSinceMs >= kShortageStartMs) {
        p.isShort = true;
        Q_EMIT budgetShortageChanged(p.profile.id, true, p.readyCount);
    } else if (p.isShort && !starved && t - p.clearSinceMs >= kShortageEndMs) {
        p.isShort = false;
        Q_EMIT budgetShortageChanged(p.profile.id, false, 0);
    }
}

void Scheduler::rearm()
{
    const qint64 t = now();
    qint64 wake = std::numeric_limits<qint64>::max();
    if (m_queues->deadlines.settle([this](const DueEntry &e) { return isLiveDeadline(e); }))
        wake = std::min(wake, m_queues->deadlines.top().at);
    if (m_queues->due.settle([this](const DueEntry &e) { return isLiveDue(e); }))
        wake = std::min(wake, m_queues->due.top().at);
    for (auto &[id, p] : m_profiles) {
        if (p->readyCount > 0 && !p->paused && p->keyKnown && p->inFlight < p->cap())
            wake = std::min(wake, std::max(p->blockedUntilMs, t + p->bucket.msUntilAvailable(t)));
        if (balanceDue(*p, std::numeric_limits<qint64>::max()) && !p->paused && p->keyKnown && p->inFlight < p->cap())
            wake = std::min(wake, std::max({p->balanceDueMs, p->blockedUntilMs, t + p->bucket.msUntilAvailable(t)}));
        // Wake to flip the shortage state even when nothing else is due.
        if (!p->isShort && p->starvedSinceMs >= 0)
            wake = std::min(wake, p->starvedSinceMs + kShortageStartMs);
        if (p->isShort && p->clearSinceMs >= 0)
            wake = std::min(wake, p->clearSinceMs + kShortageEndMs);
    }
    if (wake == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        m_armedFor = -1;
        return;
    }
    const qint64 delay = std::max<qint64>(0, wake - t);
    m_timer.start(int(std::clamp<qint64>(m_clock->realDelayMs(delay), 0, std::numeric_limits<int>::max())));
    m_armedFor = std::max(wake, t);
}

void Scheduler::send(JobRuntime &job, qint64 t)
{
    ProfileRuntime &p = *job.profile;
    RequestSpec spec;
    if (job.resolve)
        spec.url = job.resolve->url; // the result's second request; the key only goes along on the profile's origin
    else
        spec.url = job.pollUrl.isEmpty() ? p.dialect->pollUrl(p.profile.baseUrl, job.jobId) : job.pollUrl;
    spec.origin = p.profile.baseUrl;
    spec.key = p.key;
    spec.auth = p.profile.auth.value_or(p.dialect->auth());
    spec.extraHeaders = p.dialect->extraHeaders();
    spec.transferTimeoutMs = p.profile.poll.transferTimeoutMs;
    // Read up to the larger cap: only an answer that says the job is finished may be over maxBodyBytes
    // (handleSuccess refuses the others).
    spec.maxBodyBytes = std::max(p.profile.poll.maxBodyBytes, p.profile.poll.maxFinishedBodyBytes);

    auto *request = new Poller(m_nam, spec, this);
    job.request = request;
    job.lastSentMs = t;
    ++job.generation;
    job.phase = Phase::InFlight;
    job.dueMs = -1;
    ++p.inFlight;
    ++p.sent;
    p.maxInFlight = std::max(p.maxInFlight, p.inFlight);
    p.rate.noteSent(t);
    const quint32 slot = job.slot;
    connect(request, &Poller::finished, this, [this, slot, request](const PollResult &result) {
        JobRuntime *j = slot < m_slots.size() ? m_slots[slot].get() : nullptr;
        if (!j || j->request != request)
            return;
        onPollFinished(*j, result);
    });
    const qint64 sentAt = wallAt(t);
    m_jobs->modify(job.key, [&](JobRecord &r) {
        ++r.engine.requestCount;
        r.engine.lastPollAtMs = sentAt;
        r.engine.inFlight = true;
        r.engine.nextPollAtMs = -1;
    });
    request->start();
}

void Scheduler::abortRequest(JobRuntime &job)
{
    if (!job.request)
        return;
    Poller *request = job.request;
    job.request = nullptr;
    request->abort();
    request->deleteLater();
    if (job.profile && job.profile->inFlight > 0)
        --job.profile->inFlight;
}

void Scheduler::timeOut(JobRuntime &job)
{
    const qint64 maxWaitMs = job.profile->profile.poll.maxWaitMs;
    const qint64 minutes = maxWaitMs / 60000;
    const QString text = minutes > 0 ? Tr::tr("timed out locally after %n minute(s); resume to keep waiting", nullptr, int(minutes))
                                     : Tr::tr("timed out locally after %n second(s); resume to keep waiting", nullptr, int(maxWaitMs / 1000));
    unplan(job);
    setLocal(job, LocalState::TimedOut, QString(), text);
}

} // namespace jw
