#pragma once
// The polling engine (DESIGN.md §4, §5). One QTimer for every job, waking at the earliest due time; one
// shared QNetworkAccessManager; per-profile token bucket, concurrency cap, Retry-After block and pause.
// Results go into the JobList (snapshot + EngineState); views only observe that.

#include "model/jobrecord.h"
#include "model/profile.h"
#include "engine/backoff.h"
#include "engine/cadence.h"
#include "engine/tokenbucket.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace jw {

class Dialect;
class JobList;
class Poller;
class SecretStore;
struct PollResult;
struct JobChange;

class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)
public:
    using Clock = std::function<qint64()>; // epoch ms

    Scheduler(JobList *jobs, QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent = nullptr);
    ~Scheduler() override;

    // Time seam for tests; the default is QDateTime::currentMSecsSinceEpoch.
    void setClock(Clock clock);
    // Deterministic jitter for tests and benchmarks.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    // Adds (or replaces) a profile: checks its base URL (http only on loopback) and dialect, then asks the
    // SecretStore for its key. False and a one-line reason on a bad profile.
    bool addProfile(const Profile &profile, QString *error = nullptr);
    bool hasProfile(const QString &profileId) const;
    // 401/403 pause a profile by themselves; these are for the UI ("key fixed, resume").
    void pauseProfile(const QString &profileId, const QString &reason);
    void resumeProfile(const QString &profileId); // asks the SecretStore for the key again
    bool isProfilePaused(const QString &profileId) const;
    QString profilePauseReason(const QString &profileId) const;
    qint64 profileBlockedUntil(const QString &profileId) const; // Retry-After, epoch ms (-1 none)

    // Starts watching a job; returns its JobList key, or empty and a reason (unknown profile, refused URL).
    // `pollUrl` overrides the dialect's URL (a full poll URL given by the user).
    QString watch(const QString &profileId, const QString &jobId, const QUrl &pollUrl = {}, QString *error = nullptr);
    // Stop: aborts the request in flight; no request for the job is sent after this returns.
    void stop(const QString &key);
    void stopAll();
    // Resume / Retry: poll again from now (max wait restarts too).
    void resume(const QString &key);

    // Learned durations per (profile, job type), for jobs without a usable progress rate (Cadence). They outlive
    // profile edits; the job store keeps them across runs (durationLearned out, addLearnedDuration back in).
    void addLearnedDuration(const QString &profileId, const QString &jobType, qint64 durationMs, bool showedProgress);
    const DurationHistory *learnedDurations(const QString &profileId, const QString &jobType) const;

    // Statistics (tests, benchmark, status bar).
    int inFlight(const QString &profileId) const;
    int maxInFlight(const QString &profileId) const;

Q_SIGNALS:
    void profilePaused(const QString &profileId, const QString &reason);
    // A job of this profile and type completed after `durationMs` (from its start to about its end).
    void durationLearned(const QString &profileId, const QString &jobType, qint64 durationMs, bool showedProgress);

private:
    struct ProfileRuntime;
    struct JobRuntime;

    ProfileRuntime *profileState(const QString &profileId) const;
    void onKeyReady(const QString &profileId, const QString &key, const QString &error);
    void onJobsRemoved(const QStringList &keys);
    void tick();
    void rearm();
    void send(const QString &key, ProfileRuntime &profile, JobRuntime &job, qint64 now);
    void onPollFinished(const QString &key, const PollResult &result);
    void handleSuccess(const QString &key, ProfileRuntime &profile, JobRuntime &job, const PollResult &result, qint64 now);
    void handleFailure(const QString &key, JobRuntime &job, const QString &error, qint64 now);
    void handleRateLimit(const QString &key, ProfileRuntime &profile, JobRuntime &job, const PollResult &result, qint64 now);
    void handleNotFound(const QString &key, JobRuntime &job, qint64 now);
    void abortRequest(JobRuntime &job, ProfileRuntime *profile);
    void setLocal(const QString &key, LocalState local, const QString &reason, const QString &error);
    qint64 atFloor(const JobRuntime &job, qint64 due) const;
    QString scrub(const ProfileRuntime &profile, const QString &text) const;

    JobList *m_jobs;
    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    Clock m_clock;
    QRandomGenerator m_random;
    Backoff m_backoff;
    QTimer m_timer;
    std::map<QString, std::unique_ptr<ProfileRuntime>> m_profiles;
    std::map<QString, std::unique_ptr<JobRuntime>> m_states;
    QHash<QString, QHash<QString, DurationHistory>> m_durations; // profile id -> job type -> history
};

} // namespace jw
