// The scheduler's balance readings (Scheduler::balance): one request per profile at most once a minute, sent
// like a poll (same key and origin rules, a token from the profile's bucket, a place under its concurrency cap,
// nothing while it is paused or waits out a Retry-After). Jobs come first in nothing but value: the reading goes
// ahead of the ready polls when it is due, which costs them at most one token a minute. A reading that fails
// keeps the last amount, says why, and is tried again a minute later; the polls carry on as before. Only a 429
// (or a 503 with Retry-After) reaches them, as the account-wide limit it is.

#include "model/secretstore.h"
#include "formats/dialect.h"
#include "engine/balancereading.h"
#include "engine/engineclock.h"
#include "engine/poller.h"
#include "net/serverhints.h"
#include "engine/scheduler_p.h"

#include <limits>

namespace jw {

ProfileBalance Scheduler::balance(const QString &profileId) const
{
    const ProfileRuntime *p = profileState(profileId);
    return p ? p->balance : ProfileBalance();
}

void Scheduler::refreshBalance(const QString &profileId)
{
    ProfileRuntime *p = profileState(profileId);
    if (!p || !p->balance.supported)
        return;
    p->balanceWanted = true;
    if (p->balanceDueMs < 0)
        p->balanceDueMs = now();
    p->balance.nextAtMs = wallAt(std::max(now(), p->balanceDueMs));
    rearm();
}

// Due by `t`, and worth a request: asked for, or one of the profile's jobs is watched.
bool Scheduler::balanceDue(const ProfileRuntime &p, qint64 t) const
{
    return p.balance.supported && !p.balanceRequest && p.balanceDueMs >= 0 && p.balanceDueMs <= t
        && (p.balanceWanted || p.watching > 0);
}

bool Scheduler::sendBalanceIfDue(ProfileRuntime &p, qint64 t)
{
    if (!balanceDue(p, t) || p.inFlight >= p.cap() || !p.bucket.tryTake(t))
        return false;
    auto *request = new Poller(m_nam, balanceRequestSpec(p.profile, *p.dialect, p.key), this);
    p.balanceRequest = request;
    p.balanceWanted = false;
    p.balanceDueMs = t + kBalanceIntervalMs; // the next one a minute later, whatever this one finds
    p.balance.nextAtMs = -1;
    ++p.inFlight;
    ++p.sent;
    p.maxInFlight = std::max(p.maxInFlight, p.inFlight);
    p.rate.noteSent(t);
    const QString profileId = p.profile.id;
    connect(request, &Poller::finished, this, [this, profileId, request](const PollResult &result) {
        ProfileRuntime *runtime = profileState(profileId);
        if (runtime && runtime->balanceRequest == request)
            onBalanceFinished(*runtime, result);
    });
    request->start();
    return true;
}

void Scheduler::onBalanceFinished(ProfileRuntime &p, const PollResult &result)
{
    p.balanceRequest->deleteLater();
    p.balanceRequest = nullptr;
    if (p.inFlight > 0)
        --p.inFlight;
    const qint64 t = now();
    const BalanceAnswer answer = readBalanceAnswer(*p.dialect, result, p.key);
    if (answer.throttled) {
        ++p.throttled;
        if (m_strategy.adaptiveRate) {
            p.rate.noteThrottled(t);
            p.syncBucket(t);
        }
        const qint64 asked = parseRetryAfter(result.retryAfter, wallAt(t));
        if (asked >= 0)
            p.blockedUntilMs = std::max(p.blockedUntilMs, t + asked); // the whole profile, as for a poll
        p.balanceDueMs = std::max(p.balanceDueMs, p.blockedUntilMs);
    } else {
        p.rate.noteAccepted(t, p.readyCount > 0);
        p.syncBucket(t);
    }
    if (answer.balance) {
        p.balance.known = true;
        p.balance.value = *answer.balance;
        p.balance.readAtMs = wallAt(t);
        p.balance.error.clear();
        p.balance.errorAtMs = -1;
    } else {
        p.balance.error = answer.error;
        p.balance.errorAtMs = wallAt(t);
    }
    p.balance.nextAtMs = p.watching > 0 ? wallAt(p.balanceDueMs) : -1;
    Q_EMIT balanceChanged(p.profile.id);
    dispatch(p, t); // a connection is free
    rearm();
}

void Scheduler::abortBalance(ProfileRuntime &p)
{
    if (!p.balanceRequest)
        return;
    Poller *request = p.balanceRequest;
    p.balanceRequest = nullptr;
    request->abort();
    request->deleteLater();
    if (p.inFlight > 0)
        --p.inFlight;
}

} // namespace jw
