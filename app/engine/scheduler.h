#pragma once
// The polling engine (DESIGN.md §4, §5). One QTimer for every job, armed for the earliest moment anything can
// happen; due times in a heap (DueQueue), so an event costs O(log n) and jobs that are done, stopped or paused
// cost nothing; bulk operations cost O(n) with one re-arm. Times are on a steady clock (EngineClock); wall time
// is only written into the records (next poll, ETA, last poll) for people to read.
//
// Each profile has a ceiling (token bucket rate and burst, concurrency cap) and, under it, an adaptive send rate
// (AdaptiveRate). Polls that are due wait in the profile's ready heap; when there are more of them than tokens,
// the next token goes to the poll most likely to find news (Cadence::changeChance), weighted by how long it has
// waited: the heap is ordered by due time minus valueWeightMs times that chance, so a poll never waits more than
// valueWeightMs longer than first-come-first-served would make it wait. A profile whose polls keep waiting is
// "short of budget" (budgetShortageChanged).
// Results go into the JobList (snapshot + EngineState); views only observe that.

#include "model/balance.h"
#include "model/jobrecord.h"
#include "model/profile.h"

#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <map>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace jw {

class EngineClock;
class HistoryBook;
struct DueEntry;
struct SchedulerQueues;
class InlineResults;
class JobList;
class SecretStore;
struct PollResult;

class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)
public:
    struct Target {
        QString jobId;
        QUrl pollUrl; // empty: the dialect's poll URL
    };
    // How the engine spends a budget. The defaults are the engine's; benchmarks turn them off to play the fixed
    // 2 s loop of an SDK under the same budget.
    struct Strategy {
        bool valueOrdered = true;     // false: first come, first served by due time
        bool adaptiveRate = true;     // false: always send at the profile's rate; only Retry-After slows it
        qint64 valueWeightMs = 30000; // how much waiting a sure change is worth
    };
    struct Budget {
        bool isShort = false;   // polls have been waiting for tokens or a free connection for a while
        int waiting = 0;        // polls due now and waiting
        double rate = 0;        // the current send rate (req/s), at most the ceiling
        double ceiling = 0;     // the profile's rate
        int throttled = 0;      // 429/503 answers so far
        int sent = 0;           // requests sent so far
    };

    Scheduler(JobList *jobs, QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent = nullptr);
    ~Scheduler() override;

    // Time seam (tests, benchmarks). Not owned; must outlive the scheduler. Null: the system clock.
    void setClock(const EngineClock *clock);
    // Deterministic jitter for tests and benchmarks.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }
    void setStrategy(const Strategy &strategy) { m_strategy = strategy; }
    const Strategy &strategy() const { return m_strategy; }
    // Where a completed job's results that came inside its answer (base64) are left for the artifact fetcher or
    // the CLI. Not owned. Null: they are listed as artifacts but not kept.
    void setInlineResults(InlineResults *store) { m_inline = store; }
    // The learned durations per (profile, job type); its owner keeps them across restarts.
    HistoryBook *history() const { return m_history.get(); }

    // Adds (or replaces) a profile: checks its base URL (http only on loopback) and dialect, then asks the
    // SecretStore for its key. False and a one-line reason on a bad profile. Replacing keeps the jobs, the
    // pause, the Retry-After block, the adapted rate and the duration history.
    bool addProfile(const Profile &profile, QString *error = nullptr);
    bool hasProfile(const QString &profileId) const;
    // 401/403 pause a profile by themselves; these are for the UI ("key fixed, resume").
    void pauseProfile(const QString &profileId, const QString &reason);
    void resumeProfile(const QString &profileId); // asks the SecretStore for the key again
    bool isProfilePaused(const QString &profileId) const;
    QString profilePauseReason(const QString &profileId) const;
    qint64 profileBlockedUntil(const QString &profileId) const; // Retry-After, epoch ms (-1 none)
    Budget budget(const QString &profileId) const;
    // A request for a profile that is not a poll (its account list) spends the same budget: takes a token when
    // the profile is not blocked by Retry-After and has one, and returns 0; otherwise the ms until one may be
    // free. -1 for an unknown profile.
    qint64 takeToken(const QString &profileId);

    // Starts watching a job; returns its JobList key, or empty and a reason (unknown profile, refused URL).
    // `pollUrl` overrides the dialect's URL (a full poll URL given by the user).
    QString watch(const QString &profileId, const QString &jobId, const QUrl &pollUrl = {}, QString *error = nullptr);
    // Many at once: O(n) and one re-arm. Returns the keys of the jobs watched (targets that fail are skipped and
    // their reasons appended to *errors).
    QStringList watchMany(const QString &profileId, const QList<Target> &targets, QStringList *errors = nullptr);
    // Stop: aborts the request in flight; no request for the job is sent after this returns.
    void stop(const QString &key);
    void stop(const QStringList &keys);
    void stopAll();
    // Resume / Retry: poll again from now (max wait restarts too).
    void resume(const QString &key);
    void resume(const QStringList &keys);

    // The account's balance, where the profile's API reports one (Dialect::balanceUrl): read once when the
    // profile is added and then at most once a minute while any of its jobs is watched, like a poll (the
    // profile's key, origin rules, token bucket and concurrency cap, Retry-After). A balance that cannot be read
    // says why (ProfileBalance::error) and changes nothing for the polls. balanceChanged() after each answer.
    ProfileBalance balance(const QString &profileId) const;
    // A reading as soon as the once-a-minute rule allows, even with no job watched (the profile dialog's Refresh).
    void refreshBalance(const QString &profileId);
    static constexpr qint64 kBalanceIntervalMs = 60'000;

    // Statistics (tests, benchmark, status bar).
    int inFlight(const QString &profileId) const;
    int maxInFlight(const QString &profileId) const;
    int watchingCount() const { return m_watching; }

Q_SIGNALS:
    void profilePaused(const QString &profileId, const QString &reason);
    // A profile's polls started (isShort) or stopped waiting for budget; `waiting` polls were due at that moment.
    void budgetShortageChanged(const QString &profileId, bool isShort, int waiting);
    void balanceChanged(const QString &profileId);

private:
    struct ProfileRuntime;
    struct JobRuntime;
    struct PendingResolve;
    enum class Phase : quint8;

    // scheduler.cpp: profiles, jobs, bulk operations
    ProfileRuntime *profileState(const QString &profileId) const;
    JobRuntime *job(const QString &key) const;
    void readKey(const QString &profileId);
    void onKeyReady(const QString &profileId, const QString &key, const QString &error);
    void onJobsRemoved(const QStringList &keys);
    void stopJob(JobRuntime &job);
    bool resumeJob(JobRuntime &job, qint64 now);
    JobRuntime &slotFor(const QString &key, ProfileRuntime *profile);
    void releaseSlot(quint32 slot);

    // schedulerdispatch.cpp: time, heaps, tokens, sending
    qint64 now();
    void checkClock(qint64 steady, qint64 wall);
    void replanAll(qint64 now, qint64 lostMs);
    qint64 wallAt(qint64 steadyMs) const;
    qint64 steadyAt(qint64 wallMs) const;
    void plan(JobRuntime &job, qint64 dueMs);
    void unplan(JobRuntime &job);
    void tick();
    void dispatch(ProfileRuntime &profile, qint64 now);
    void rearm();
    void updateShortage(ProfileRuntime &profile, qint64 now);
    void send(JobRuntime &job, qint64 now);
    void abortRequest(JobRuntime &job);
    bool isLiveDue(const DueEntry &entry) const;
    bool isLiveReady(const DueEntry &entry) const;
    bool isLiveDeadline(const DueEntry &entry) const;
    void timeOut(JobRuntime &job);
    void compactIfStale();

    // schedulerbalance.cpp: the account's balance, within the budget
    bool balanceDue(const ProfileRuntime &profile, qint64 now) const;
    bool sendBalanceIfDue(ProfileRuntime &profile, qint64 now);
    void onBalanceFinished(ProfileRuntime &profile, const PollResult &result);
    void abortBalance(ProfileRuntime &profile);

    // scheduleranswers.cpp: what an answer means
    void onPollFinished(JobRuntime &job, const PollResult &result);
    void handleSuccess(JobRuntime &job, const PollResult &result, qint64 now);
    void handleResolveAnswer(JobRuntime &job, const PollResult &result, qint64 now);
    // Publishes an answer: the snapshot, its (scrubbed) body, a warning for the row, and the next plan.
    void keepInlineResults(const JobRuntime &job, const QJsonObject &answer, const JobSnapshot &snapshot, QString &warning);
    void storeAnswer(JobRuntime &job, const JobSnapshot &snapshot, const QByteArray &body, const QString &warning, qint64 now);
    void handleFailure(JobRuntime &job, const QString &error, qint64 now, bool serverSide);
    void handleThrottle(JobRuntime &job, const PollResult &result, qint64 now);
    void handleNotFound(JobRuntime &job, qint64 now);
    void handlePermanent(JobRuntime &job, const QString &reason);
    // 400/422: the provider refuses this job's request; the job fails locally with the provider's message.
    void handleRejected(JobRuntime &job, const PollResult &result);
    void setLocal(JobRuntime &job, LocalState local, const QString &reason, const QString &error);
    QString scrub(const ProfileRuntime &profile, const QString &text) const;
    qint64 jitteredBackoff(int attempt);
    void noteServerFailure(ProfileRuntime &profile, JobRuntime &job, qint64 now);

    JobList *m_jobs;
    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    InlineResults *m_inline = nullptr;
    const EngineClock *m_clock = nullptr;
    std::unique_ptr<EngineClock> m_systemClock;
    QRandomGenerator m_random;
    Strategy m_strategy;
    std::unique_ptr<HistoryBook> m_history;
    QTimer m_timer;
    qint64 m_armedFor = -1;      // steady time the timer was armed for, -1 when idle
    qint64 m_wallOffset = 0;     // wall - steady at the last reading
    bool m_offsetKnown = false;
    int m_watching = 0;          // jobs planned or in flight
    std::map<QString, std::unique_ptr<ProfileRuntime>> m_profiles;
    std::vector<std::unique_ptr<JobRuntime>> m_slots;
    std::vector<quint32> m_freeSlots;
    QHash<QString, quint32> m_slotOf;
    std::unique_ptr<SchedulerQueues> m_queues;
};

} // namespace jw
