// The scheduler's public side: profiles, keys, watching, stopping and resuming (one job or many at once).

#include "engine/scheduler.h"

#include "model/joblist.h"
#include "model/secretstore.h"
#include "formats/registry.h"
#include "engine/engineclock.h"
#include "engine/historybook.h"
#include "engine/poller.h"
#include "net/requestbuilder.h"
#include "engine/scheduler_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Engine) };
}

Scheduler::Scheduler(JobList *jobs, QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_systemClock(std::make_unique<SystemClock>())
    , m_random(QRandomGenerator::securelySeeded())
    , m_history(std::make_unique<HistoryBook>())
    , m_timer(this)
    , m_queues(std::make_unique<SchedulerQueues>())
{
    setClock(nullptr);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
    connect(m_jobs, &JobList::jobsRemoved, this, &Scheduler::onJobsRemoved);
}

Scheduler::~Scheduler()
{
    for (auto &job : m_slots) {
        if (job)
            abortRequest(*job);
    }
    for (auto &[id, p] : m_profiles)
        abortBalance(*p);
}

void Scheduler::setClock(const EngineClock *clock)
{
    m_clock = clock ? clock : m_systemClock.get();
    m_wallOffset = m_clock->wallMs() - m_clock->steadyMs();
    m_offsetKnown = true;
}

Scheduler::ProfileRuntime *Scheduler::profileState(const QString &profileId) const
{
    const auto it = m_profiles.find(profileId);
    return it == m_profiles.end() ? nullptr : it->second.get();
}

Scheduler::JobRuntime *Scheduler::job(const QString &key) const
{
    const auto it = m_slotOf.constFind(key);
    return it == m_slotOf.cend() ? nullptr : m_slots[*it].get();
}

bool Scheduler::addProfile(const Profile &profile, QString *error)
{
    QString reason;
    std::unique_ptr<Dialect> dialect = dialectFor(profile, &reason);
    if (profile.id.isEmpty())
        reason = Tr::tr("a profile needs an id");
    else if (dialect)
        reason = urlRefusal(profile.baseUrl);
    if (!reason.isEmpty() || !dialect) {
        if (error)
            *error = Tr::tr("profile %1: %2").arg(profile.name.isEmpty() ? profile.id : profile.name, reason);
        return false;
    }
    const qint64 t = now();
    auto &slot = m_profiles[profile.id];
    const bool replacing = slot != nullptr;
    if (!slot)
        slot = std::make_unique<ProfileRuntime>();
    // Replacing updates in place: the jobs point at this runtime, and the pause, the Retry-After block, the
    // adapted rate and the shortage state carry over.
    ProfileRuntime &p = *slot;
    p.profile = profile;
    p.dialect = std::move(dialect);
    p.rate.setCeiling(profile.poll.ratePerSecond);
    if (replacing)
        p.bucket.reconfigure(p.rate.rate(), profile.poll.burst, t);
    else
        p.bucket = TokenBucket(p.rate.rate(), profile.poll.burst, t);
    const QUrl balanceUrl = p.dialect->balanceUrl(profile.baseUrl);
    if (balanceUrl != p.balanceUrl || !replacing) {
        abortBalance(p);
        p.balanceUrl = balanceUrl;
        p.balance = ProfileBalance();
        p.balance.supported = balanceUrl.isValid();
        p.balanceWanted = p.balance.supported; // a first reading, watched jobs or not
        p.balanceDueMs = p.balance.supported ? t : -1;
        p.balance.nextAtMs = p.balance.supported ? wallAt(t) : -1;
    }
    readKey(profile.id);
    if (replacing) {
        for (auto &job : m_slots) {
            if (job && job->profile == &p) {
                const DurationHistory *h = m_history->find(profile.id, job->jobType);
                job->cadence.setSettings(p.cadenceSettings(h && h->progressMayRound()));
            }
        }
    }
    rearm();
    return true;
}

bool Scheduler::hasProfile(const QString &profileId) const
{
    return profileState(profileId) != nullptr;
}

// The engine's own read of a profile's key: reads by the UI never reach onKeyReady().
void Scheduler::readKey(const QString &profileId)
{
    connect(m_secrets->readKey(profileId), &KeyReply::finished, this,
            [this, profileId](const QString &key, const QString &error) { onKeyReady(profileId, key, error); });
}

void Scheduler::onKeyReady(const QString &profileId, const QString &key, const QString &error)
{
    ProfileRuntime *p = profileState(profileId);
    if (!p)
        return;
    p->key = key;
    p->keyKnown = true;
    p->verified = false;
    if (!error.isEmpty())
        pauseProfile(profileId, Tr::tr("the API key could not be read: %1").arg(scrub(*p, error)));
    rearm();
}

void Scheduler::pauseProfile(const QString &profileId, const QString &reason)
{
    ProfileRuntime *p = profileState(profileId);
    if (!p)
        return;
    p->paused = true;
    p->pauseReason = reason;
    for (auto &job : m_slots) {
        if (!job || job->profile != p || job->phase == Phase::Idle)
            continue;
        abortRequest(*job);
        unplan(*job);
        setLocal(*job, LocalState::Paused, reason, QString());
    }
    p->ready.clear();
    p->readyCount = 0;
    abortBalance(*p);
    updateShortage(*p, now());
    Q_EMIT profilePaused(profileId, reason);
    rearm();
}

void Scheduler::resumeProfile(const QString &profileId)
{
    ProfileRuntime *p = profileState(profileId);
    if (!p)
        return;
    p->paused = false;
    p->pauseReason.clear();
    p->keyKnown = false;
    p->verified = false;
    readKey(profileId);
    const qint64 t = now();
    for (auto &job : m_slots) {
        if (!job || job->profile != p)
            continue;
        const JobRecord *rec = m_jobs->find(job->key);
        if (rec && rec->engine.local == LocalState::Paused)
            resumeJob(*job, t);
    }
    rearm();
}

bool Scheduler::isProfilePaused(const QString &profileId) const
{
    const ProfileRuntime *p = profileState(profileId);
    return p && p->paused;
}

QString Scheduler::profilePauseReason(const QString &profileId) const
{
    const ProfileRuntime *p = profileState(profileId);
    return p ? p->pauseReason : QString();
}

qint64 Scheduler::profileBlockedUntil(const QString &profileId) const
{
    const ProfileRuntime *p = profileState(profileId);
    return p && p->blockedUntilMs >= 0 ? wallAt(p->blockedUntilMs) : -1;
}

Scheduler::Budget Scheduler::budget(const QString &profileId) const
{
    Budget b;
    if (const ProfileRuntime *p = profileState(profileId)) {
        b.isShort = p->isShort;
        b.waiting = p->readyCount;
        b.rate = p->rate.rate();
        b.ceiling = p->rate.ceiling();
        b.throttled = p->throttled;
        b.sent = p->sent;
    }
    return b;
}

QString Scheduler::watch(const QString &profileId, const QString &jobId, const QUrl &pollUrl, QString *error)
{
    QStringList errors;
    const QStringList keys = watchMany(profileId, {{jobId, pollUrl}}, &errors);
    if (keys.isEmpty() && error && !errors.isEmpty())
        *error = errors.constFirst();
    return keys.isEmpty() ? QString() : keys.constFirst();
}

QStringList Scheduler::watchMany(const QString &profileId, const QList<Target> &targets, QStringList *errors)
{
    ProfileRuntime *p = profileState(profileId);
    if (!p) {
        if (errors)
            errors->append(Tr::tr("unknown profile \"%1\"").arg(profileId));
        return {};
    }
    QList<JobRecord> fresh;
    QStringList keys;
    keys.reserve(targets.size());
    for (const Target &t : targets) {
        QString reason;
        if (t.jobId.trimmed().isEmpty())
            reason = Tr::tr("empty job ID");
        else if (!t.pollUrl.isEmpty())
            reason = urlRefusal(t.pollUrl);
        if (!reason.isEmpty()) {
            if (errors)
                errors->append(reason);
            continue;
        }
        const QString key = jobKey(profileId, t.jobId);
        if (!m_jobs->contains(key)) {
            JobRecord record;
            record.profileId = profileId;
            record.jobId = t.jobId;
            record.pollUrl = t.pollUrl;
            fresh.append(record);
        }
        keys.append(key);
    }
    m_jobs->addMany(std::move(fresh));
    const qint64 t = now();
    for (int i = 0; i < targets.size() && i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        JobRuntime &job = slotFor(key, p);
        const JobRecord *rec = m_jobs->find(key);
        job.jobId = rec->jobId;
        job.pollUrl = rec->pollUrl;
        resumeJob(job, t);
    }
    rearm();
    return keys;
}

Scheduler::JobRuntime &Scheduler::slotFor(const QString &key, ProfileRuntime *profile)
{
    if (JobRuntime *existing = job(key))
        return *existing;
    quint32 slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = quint32(m_slots.size());
        m_slots.push_back(std::make_unique<JobRuntime>());
    }
    JobRuntime &job = *m_slots[slot];
    const quint32 generation = job.generation + 1; // entries of the slot's previous job stay stale
    job = JobRuntime();
    job.generation = generation;
    job.slot = slot;
    job.key = key;
    job.profile = profile;
    m_slotOf.insert(key, slot);
    return job;
}

void Scheduler::releaseSlot(quint32 slot)
{
    JobRuntime &job = *m_slots[slot];
    m_slotOf.remove(job.key);
    const quint32 generation = job.generation + 1;
    job = JobRuntime();
    job.generation = generation;
    job.slot = slot;
    m_freeSlots.push_back(slot);
}

bool Scheduler::resumeJob(JobRuntime &job, qint64 t)
{
    if (job.request)
        return false; // already polling
    ProfileRuntime &p = *job.profile;
    unplan(job);
    const DurationHistory *history = m_history->find(p.profile.id, job.jobType);
    job.cadence.setSettings(p.cadenceSettings(history && history->progressMayRound()));
    job.cadence.reset();
    job.failures = 0;
    job.notFound = 0;
    job.stalled = false;
    job.deadlineMs = t + p.profile.poll.maxWaitMs;
    const qint64 due = job.lastSentMs >= 0 ? std::max(t, job.lastSentMs + kPlanningFloorMs) : t;
    const LocalState local = p.paused ? LocalState::Paused : LocalState::Watching;
    if (!p.paused) {
        plan(job, due);
        m_queues->deadlines.push({job.deadlineMs, job.slot, job.generation});
    }
    const QString reason = p.paused ? p.pauseReason : QString();
    const qint64 startedAt = wallAt(t);
    const qint64 nextAt = p.paused ? -1 : wallAt(due);
    m_jobs->modify(job.key, [&](JobRecord &r) {
        r.engine.local = local;
        r.engine.pauseReason = reason;
        r.engine.watchStartedAtMs = startedAt;
        r.engine.nextPollAtMs = nextAt;
        r.engine.etaMs = -1;
        r.engine.stalled = false;
    });
    return true;
}

void Scheduler::stopJob(JobRuntime &job)
{
    abortRequest(job);
    unplan(job);
    const JobRecord *rec = m_jobs->find(job.key);
    if (rec && (rec->engine.local == LocalState::Watching || rec->engine.local == LocalState::Paused))
        setLocal(job, LocalState::Stopped, QString(), rec->engine.lastError);
}

void Scheduler::stop(const QString &key)
{
    stop(QStringList{key});
}

void Scheduler::stop(const QStringList &keys)
{
    for (const QString &key : keys) {
        if (JobRuntime *j = job(key))
            stopJob(*j);
    }
    compactIfStale();
    rearm();
}

void Scheduler::stopAll()
{
    for (auto &job : m_slots) {
        if (job && !job->key.isEmpty())
            stopJob(*job);
    }
    // Nothing is planned any more: drop every heap entry at once.
    m_queues->due.clear();
    m_queues->deadlines.clear();
    const qint64 t = now();
    for (auto &[id, p] : m_profiles) {
        p->ready.clear();
        p->readyCount = 0;
        abortBalance(*p); // no request of any kind after Stop
        p->balanceWanted = false;
        updateShortage(*p, t);
    }
    rearm();
}

void Scheduler::resume(const QString &key)
{
    resume(QStringList{key});
}

void Scheduler::resume(const QStringList &keys)
{
    const qint64 t = now();
    for (const QString &key : keys) {
        const JobRecord *rec = m_jobs->find(key);
        if (!rec)
            continue;
        JobRuntime *j = job(key);
        if (!j) { // a job restored from the job store is new to the engine
            ProfileRuntime *p = profileState(rec->profileId);
            if (!p)
                continue;
            j = &slotFor(key, p);
            j->jobId = rec->jobId;
            j->pollUrl = rec->pollUrl;
        }
        resumeJob(*j, t);
    }
    rearm();
}

int Scheduler::inFlight(const QString &profileId) const
{
    const ProfileRuntime *p = profileState(profileId);
    return p ? p->inFlight : 0;
}

int Scheduler::maxInFlight(const QString &profileId) const
{
    const ProfileRuntime *p = profileState(profileId);
    return p ? p->maxInFlight : 0;
}

void Scheduler::onJobsRemoved(const QStringList &keys)
{
    for (const QString &key : keys) {
        JobRuntime *j = job(key);
        if (!j)
            continue;
        abortRequest(*j);
        unplan(*j);
        releaseSlot(j->slot);
    }
    compactIfStale();
    rearm();
}

QString Scheduler::scrub(const ProfileRuntime &profile, const QString &text) const
{
    return scrubKey(text, profile.key);
}

} // namespace jw
