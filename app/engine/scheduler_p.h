#pragma once
// The scheduler's private state, shared by scheduler.cpp (profiles, jobs, bulk operations),
// schedulerdispatch.cpp (time, heaps, tokens, sending) and scheduleranswers.cpp (what an answer means).

#include "formats/dialect.h"
#include "engine/adaptiverate.h"
#include "engine/cadence.h"
#include "engine/duequeue.h"
#include "engine/scheduler.h"
#include "engine/tokenbucket.h"

#include <QList>

#include <memory>

#include <cmath>

namespace jw {

class Poller;

// The floor the engine plans with: the 1 s rule plus a guard, so that the server, which sees each request
// after its own network and event-loop delay, never sees two polls of one job closer than the floor.
inline constexpr qint64 kFloorGuardMs = 50;
inline constexpr qint64 kPlanningFloorMs = PollSettings::kFloorMs + kFloorGuardMs;

enum class Scheduler::Phase : quint8 {
    Idle,     // not planned: done, stopped, paused, timed out, not found, configuration error
    Pending,  // in the due heap, waiting for its time
    Ready,    // due, in its profile's ready heap, waiting for a token or a free connection
    InFlight, // a request is out
};

struct Scheduler::ProfileRuntime {
    Profile profile;
    std::unique_ptr<Dialect> dialect;
    TokenBucket bucket;
    AdaptiveRate rate;
    QString key;
    bool keyKnown = false;
    bool verified = false;       // one request at a time until the key has been accepted once
    bool paused = false;
    QString pauseReason;
    qint64 blockedUntilMs = -1;  // steady; Retry-After or a clustered-failure pause, for the whole profile
    int inFlight = 0;
    int maxInFlight = 0;
    int sent = 0;
    int throttled = 0;
    int throttleStreak = 0;      // 429s without Retry-After in a row (their backoff grows)
    DueQueue ready;              // due polls, ordered by due time minus their value
    int readyCount = 0;          // live entries in `ready`
    // Budget shortage: polls waited for a token or a connection since starvedSinceMs; none waited since clearSinceMs.
    qint64 starvedSinceMs = -1;
    qint64 clearSinceMs = -1;
    bool isShort = false;
    // Server-side failures (5xx, 503 without Retry-After, resets, timeouts) of distinct jobs, to tell one sick
    // job from a sick service: (steady time, slot) of the latest ones.
    QList<std::pair<qint64, quint32>> recentFailures;
    int escalations = 0;         // profile-wide pauses for clustered failures in a row
    int watching = 0;            // its jobs planned or in flight
    // The account's balance (schedulerbalance.cpp).
    QUrl balanceUrl;             // empty: the API reports none
    Poller *balanceRequest = nullptr;
    qint64 balanceDueMs = -1;    // steady: the next reading may go out then (-1: none planned)
    bool balanceWanted = false;  // a reading is wanted even with no job watched (the first one, refreshBalance)
    ProfileBalance balance;

    int cap() const { return verified ? std::max(1, profile.poll.concurrency) : 1; }
    // The bucket follows the adapted rate; after a throttle its burst is at most a second's worth.
    void syncBucket(qint64 nowMs)
    {
        const int burst = rate.isThrottled() ? std::min(profile.poll.burst, std::max(1, int(std::ceil(rate.rate()))))
                                             : profile.poll.burst;
        bucket.reconfigure(rate.rate(), burst, nowMs);
    }
    Cadence::Settings cadenceSettings(bool mayRound) const
    {
        return {profile.poll.adaptive, profile.poll.effectiveIntervalMs(), kPlanningFloorMs, mayRound};
    }
};

// A completed job whose result needs a second request first (Dialect::resolveUrl): what is published once
// that answer is in.
struct Scheduler::PendingResolve {
    QUrl url;
    JobSnapshot snapshot;
    QByteArray body;
    QString warning;
    int attempts = 0;
};

struct Scheduler::JobRuntime {
    QString key;
    QString jobId;
    QUrl pollUrl;
    ProfileRuntime *profile = nullptr;
    quint32 slot = 0;
    quint32 generation = 0;   // bumped whenever its heap entries go stale
    Phase phase = Phase::Idle;
    QString jobType;          // the provider's job type, once known (duration history key)
    Cadence cadence;
    qint64 dueMs = -1;        // steady
    qint64 lastSentMs = -1;   // steady
    qint64 deadlineMs = -1;   // steady: the max wait ends
    int failures = 0;
    int notFound = 0;
    bool stalled = false;
    int queuePosition = -1; // from the last answer while queued
    Poller *request = nullptr;
    std::unique_ptr<PendingResolve> resolve; // set while the result's second request is due
};

struct SchedulerQueues {
    DueQueue due;       // Pending jobs by due time
    DueQueue deadlines; // watching jobs by the end of their max wait
};

} // namespace jw
