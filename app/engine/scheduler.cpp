#include "engine/scheduler.h"

#include "model/joblist.h"
#include "model/secretstore.h"
#include "formats/parser.h"
#include "formats/registry.h"
#include "engine/poller.h"
#include "net/httpstatus.h"
#include "net/requestbuilder.h"
#include "net/serverhints.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Engine) };
constexpr int kNotFoundAttempts = 3; // the first 404, then two confirmations
constexpr qint64 kDefaultRetryAfterMs = 5000;
// The floor the engine plans with: the 1 s rule plus a guard, so that the server, which sees each request after
// its own network and event-loop delay, never sees two polls of one job closer than the floor.
constexpr qint64 kFloorGuardMs = 50;
constexpr qint64 kPlanningFloorMs = PollSettings::kFloorMs + kFloorGuardMs;
} // namespace

struct Scheduler::ProfileRuntime {
    Profile profile;
    std::unique_ptr<Dialect> dialect;
    TokenBucket bucket;
    QString key;
    bool keyKnown = false;
    bool verified = false;       // one request at a time until the key has been accepted once
    bool paused = false;
    QString pauseReason;
    qint64 blockedUntilMs = -1;  // Retry-After, for the whole profile
    int inFlight = 0;
    int maxInFlight = 0;
};

struct Scheduler::JobRuntime {
    Cadence cadence;
    qint64 dueMs = -1;
    qint64 lastSentMs = -1;
    int failures = 0;
    int notFound = 0;
    Poller *request = nullptr;
};

Scheduler::Scheduler(JobList *jobs, QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_random(QRandomGenerator::securelySeeded())
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
    connect(m_secrets, &SecretStore::keyReady, this, &Scheduler::onKeyReady);
    connect(m_jobs, &JobList::jobsRemoved, this, &Scheduler::onJobsRemoved);
}

Scheduler::~Scheduler()
{
    for (auto &[key, job] : m_states)
        abortRequest(*job, nullptr);
}

void Scheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

Scheduler::ProfileRuntime *Scheduler::profileState(const QString &profileId) const
{
    const auto it = m_profiles.find(profileId);
    return it == m_profiles.end() ? nullptr : it->second.get();
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
    auto state = std::make_unique<ProfileRuntime>();
    state->profile = profile;
    state->dialect = std::move(dialect);
    state->bucket = TokenBucket(profile.poll.ratePerSecond, profile.poll.burst, m_clock());
    if (ProfileRuntime *old = profileState(profile.id)) { // replacing: keep pause and Retry-After
        state->paused = old->paused;
        state->pauseReason = old->pauseReason;
        state->blockedUntilMs = old->blockedUntilMs;
        state->inFlight = old->inFlight;
    }
    m_profiles[profile.id] = std::move(state);
    m_secrets->requestKey(profile.id);
    for (auto &[key, job] : m_states) {
        if (m_jobs->value(key).profileId == profile.id)
            job->cadence.setSettings({profile.poll.adaptive, profile.poll.effectiveIntervalMs(), kPlanningFloorMs});
    }
    return true;
}

bool Scheduler::hasProfile(const QString &profileId) const
{
    return profileState(profileId) != nullptr;
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
    for (auto &[key, job] : m_states) {
        const JobRecord *rec = m_jobs->find(key);
        if (!rec || rec->profileId != profileId || rec->engine.local != LocalState::Watching)
            continue;
        abortRequest(*job, p);
        setLocal(key, LocalState::Paused, reason, QString());
    }
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
    m_secrets->requestKey(profileId);
    for (const QString &key : m_jobs->keys()) {
        const JobRecord *rec = m_jobs->find(key);
        if (rec && rec->profileId == profileId && rec->engine.local == LocalState::Paused)
            resume(key);
    }
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
    return p ? p->blockedUntilMs : -1;
}

QString Scheduler::watch(const QString &profileId, const QString &jobId, const QUrl &pollUrl, QString *error)
{
    ProfileRuntime *p = profileState(profileId);
    QString reason;
    if (!p)
        reason = Tr::tr("unknown profile \"%1\"").arg(profileId);
    else if (jobId.trimmed().isEmpty())
        reason = Tr::tr("empty job ID");
    else if (!pollUrl.isEmpty())
        reason = urlRefusal(pollUrl);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return {};
    }
    const QString key = jobKey(profileId, jobId);
    if (!m_jobs->contains(key)) {
        JobRecord record;
        record.profileId = profileId;
        record.jobId = jobId;
        record.pollUrl = pollUrl;
        m_jobs->add(record);
    }
    auto &state = m_states[key];
    if (!state)
        state = std::make_unique<JobRuntime>();
    state->cadence.setSettings({p->profile.poll.adaptive, p->profile.poll.effectiveIntervalMs(), kPlanningFloorMs});
    resume(key);
    return key;
}

void Scheduler::stop(const QString &key)
{
    const auto it = m_states.find(key);
    if (it == m_states.end())
        return;
    const JobRecord *rec = m_jobs->find(key);
    abortRequest(*it->second, rec ? profileState(rec->profileId) : nullptr);
    it->second->dueMs = -1;
    if (rec && (rec->engine.local == LocalState::Watching || rec->engine.local == LocalState::Paused))
        setLocal(key, LocalState::Stopped, QString(), rec->engine.lastError);
    rearm();
}

void Scheduler::stopAll()
{
    for (const QString &key : m_jobs->keys())
        stop(key);
}

void Scheduler::resume(const QString &key)
{
    const JobRecord *rec = m_jobs->find(key);
    ProfileRuntime *p = rec ? profileState(rec->profileId) : nullptr;
    if (!p)
        return;
    auto &state = m_states[key]; // a job restored from the store is new to the engine
    if (!state) {
        state = std::make_unique<JobRuntime>();
        state->cadence.setSettings({p->profile.poll.adaptive, p->profile.poll.effectiveIntervalMs(), kPlanningFloorMs});
    }
    JobRuntime &job = *state;
    if (job.request)
        return; // already polling
    const qint64 now = m_clock();
    job.cadence.reset();
    job.failures = 0;
    job.notFound = 0;
    job.dueMs = job.lastSentMs >= 0 ? std::max(now, job.lastSentMs + kPlanningFloorMs) : now;
    const LocalState local = p->paused ? LocalState::Paused : LocalState::Watching;
    const QString reason = p->paused ? p->pauseReason : QString();
    const qint64 due = job.dueMs;
    m_jobs->modify(key, [&](JobRecord &r) {
        r.engine.local = local;
        r.engine.pauseReason = reason;
        r.engine.watchStartedAtMs = now;
        r.engine.nextPollAtMs = local == LocalState::Watching ? due : -1;
        r.engine.etaMs = -1;
    });
    rearm();
}

void Scheduler::addLearnedDuration(const QString &profileId, const QString &jobType, qint64 durationMs, bool showedProgress)
{
    m_durations[profileId][jobType].add(durationMs, showedProgress);
}

const DurationHistory *Scheduler::learnedDurations(const QString &profileId, const QString &jobType) const
{
    const auto p = m_durations.constFind(profileId);
    if (p == m_durations.cend())
        return nullptr;
    const auto t = p->constFind(jobType);
    return t == p->cend() ? nullptr : &t.value();
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
        const auto it = m_states.find(key);
        if (it == m_states.end())
            continue;
        // The record is gone, so the profile is unknown here: find the one that counts this request.
        if (it->second->request) {
            const QString profileId = key.left(key.lastIndexOf(u'/'));
            abortRequest(*it->second, profileState(profileId));
        }
        m_states.erase(it);
    }
    rearm();
}

void Scheduler::abortRequest(JobRuntime &job, ProfileRuntime *profile)
{
    if (!job.request)
        return;
    Poller *request = job.request;
    job.request = nullptr;
    request->abort();
    request->deleteLater();
    if (profile && profile->inFlight > 0)
        --profile->inFlight;
}

void Scheduler::setLocal(const QString &key, LocalState local, const QString &reason, const QString &error)
{
    m_jobs->modify(key, [&](JobRecord &r) {
        r.engine.local = local;
        r.engine.pauseReason = reason;
        r.engine.lastError = error;
        r.engine.inFlight = false;
        if (local != LocalState::Watching)
            r.engine.nextPollAtMs = -1;
    });
}

qint64 Scheduler::atFloor(const JobRuntime &job, qint64 due) const
{
    return job.lastSentMs >= 0 ? std::max(due, job.lastSentMs + kPlanningFloorMs) : due;
}

QString Scheduler::scrub(const ProfileRuntime &profile, const QString &text) const
{
    return scrubKey(text, profile.key);
}

void Scheduler::tick()
{
    const qint64 now = m_clock();
    struct Due {
        qint64 at;
        QString key;
    };
    QList<Due> due;
    for (auto &[key, job] : m_states) {
        const JobRecord *rec = m_jobs->find(key);
        if (!rec || rec->engine.local != LocalState::Watching || job->request)
            continue;
        const ProfileRuntime *p = profileState(rec->profileId);
        if (!p)
            continue;
        if (now >= rec->engine.watchStartedAtMs + p->profile.poll.maxWaitMs) {
            const qint64 minutes = p->profile.poll.maxWaitMs / 60000;
            const QString text = minutes > 0 ? Tr::tr("timed out locally after %n minute(s); resume to keep waiting", nullptr, int(minutes))
                                             : Tr::tr("timed out locally after %n second(s); resume to keep waiting", nullptr,
                                                      int(p->profile.poll.maxWaitMs / 1000));
            job->dueMs = -1;
            setLocal(key, LocalState::TimedOut, QString(), text);
            continue;
        }
        if (job->dueMs >= 0 && job->dueMs <= now)
            due.append({job->dueMs, key});
    }
    std::sort(due.begin(), due.end(), [](const Due &a, const Due &b) { return a.at < b.at; });
    for (const Due &d : std::as_const(due)) {
        const JobRecord *rec = m_jobs->find(d.key);
        ProfileRuntime *p = rec ? profileState(rec->profileId) : nullptr;
        if (!p || p->paused || !p->keyKnown || p->blockedUntilMs > now)
            continue;
        const int cap = p->verified ? std::max(1, p->profile.poll.concurrency) : 1;
        if (p->inFlight >= cap || !p->bucket.tryTake(now))
            continue;
        send(d.key, *p, *m_states[d.key], now);
    }
    rearm();
}

void Scheduler::rearm()
{
    const qint64 now = m_clock();
    qint64 wake = std::numeric_limits<qint64>::max();
    for (auto &[key, job] : m_states) {
        const JobRecord *rec = m_jobs->find(key);
        if (!rec || rec->engine.local != LocalState::Watching || job->request)
            continue;
        ProfileRuntime *p = profileState(rec->profileId);
        if (!p)
            continue;
        wake = std::min(wake, rec->engine.watchStartedAtMs + p->profile.poll.maxWaitMs);
        if (p->paused || !p->keyKnown || job->dueMs < 0)
            continue;
        const int cap = p->verified ? std::max(1, p->profile.poll.concurrency) : 1;
        if (p->inFlight >= cap)
            continue; // a finishing request re-arms
        qint64 at = std::max(job->dueMs, p->blockedUntilMs);
        at = std::max(at, now + p->bucket.msUntilAvailable(now));
        wake = std::min(wake, at);
    }
    if (wake == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    const qint64 delay = std::clamp<qint64>(wake - now, 0, std::numeric_limits<int>::max());
    m_timer.start(int(delay));
}

void Scheduler::send(const QString &key, ProfileRuntime &profile, JobRuntime &job, qint64 now)
{
    const JobRecord *rec = m_jobs->find(key);
    RequestSpec spec;
    spec.url = rec->pollUrl.isEmpty() ? profile.dialect->pollUrl(profile.profile.baseUrl, rec->jobId) : rec->pollUrl;
    spec.origin = profile.profile.baseUrl;
    spec.key = profile.key;
    spec.auth = profile.profile.auth.value_or(profile.dialect->auth());
    spec.extraHeaders = profile.dialect->extraHeaders();
    spec.transferTimeoutMs = profile.profile.poll.transferTimeoutMs;
    spec.maxBodyBytes = profile.profile.poll.maxBodyBytes;

    auto *request = new Poller(m_nam, spec, this);
    job.request = request;
    job.lastSentMs = now;
    job.dueMs = -1;
    ++profile.inFlight;
    profile.maxInFlight = std::max(profile.maxInFlight, profile.inFlight);
    connect(request, &Poller::finished, this, [this, key, request](const PollResult &result) {
        const auto it = m_states.find(key);
        if (it == m_states.end() || it->second->request != request)
            return;
        onPollFinished(key, result);
    });
    m_jobs->modify(key, [&](JobRecord &r) {
        ++r.engine.requestCount;
        r.engine.lastPollAtMs = now;
        r.engine.inFlight = true;
        r.engine.nextPollAtMs = -1;
    });
    request->start();
}

void Scheduler::onPollFinished(const QString &key, const PollResult &result)
{
    JobRuntime &job = *m_states[key];
    const JobRecord *rec = m_jobs->find(key);
    ProfileRuntime *p = rec ? profileState(rec->profileId) : nullptr;
    job.request->deleteLater();
    job.request = nullptr;
    if (!p) {
        rearm();
        return;
    }
    if (p->inFlight > 0)
        --p->inFlight;
    const qint64 now = m_clock();
    m_jobs->modify(key, [&](JobRecord &r) {
        r.engine.inFlight = false;
        r.engine.lastHttpStatus = result.httpStatus;
    });

    const int status = result.httpStatus;
    const HttpClass kind = classifyHttpStatus(status);
    if (result.outcome != PollResult::Outcome::Http) {
        handleFailure(key, job, scrub(*p, result.errorText), now);
    } else if (kind == HttpClass::Success) {
        handleSuccess(key, *p, job, result, now);
    } else if (kind == HttpClass::Unauthorised || kind == HttpClass::Forbidden) {
        const ApiError e = parseErrorBody(result.body, *p->dialect);
        const QString detail = e.message.isEmpty() ? e.code : e.message;
        const QString reason = kind == HttpClass::Unauthorised
            ? Tr::tr("HTTP 401: the API key was not accepted%1; fix the key, then resume the profile")
            : Tr::tr("HTTP 403: the API key lacks permission%1; fix the key, then resume the profile");
        p->verified = false;
        pauseProfile(p->profile.id, scrub(*p, reason.arg(detail.isEmpty() ? QString() : u" ("_s + detail.left(200) + u')')));
    } else if (kind == HttpClass::RateLimited || kind == HttpClass::Unavailable) {
        handleRateLimit(key, *p, job, result, now);
    } else if (kind == HttpClass::NotFound) {
        p->verified = true;
        handleNotFound(key, job, now);
    } else {
        const ApiError e = parseErrorBody(result.body, *p->dialect);
        QString detail = e.message.isEmpty() ? e.code : e.message;
        if (!e.requestId.isEmpty())
            detail += Tr::tr(" (request %1)").arg(e.requestId);
        const QString text = detail.isEmpty() ? Tr::tr("HTTP %1; retrying with backoff").arg(status)
                                              : Tr::tr("HTTP %1: %2; retrying with backoff").arg(status).arg(detail.left(300));
        handleFailure(key, job, scrub(*p, text), now);
        if (!e.requestId.isEmpty())
            m_jobs->modify(key, [&](JobRecord &r) { r.engine.lastRequestId = e.requestId; });
    }
    rearm();
}

void Scheduler::handleSuccess(const QString &key, ProfileRuntime &profile, JobRuntime &job, const PollResult &result, qint64 now)
{
    const ParseResult parsed = parseJob(result.body, *profile.dialect, profile.profile.poll.maxBodyBytes);
    if (const auto *e = std::get_if<ParseError>(&parsed)) {
        handleFailure(key, job, scrub(profile, Tr::tr("unreadable status response: %1").arg(e->message)), now);
        return;
    }
    profile.verified = true;
    JobSnapshot snapshot = std::get<JobSnapshot>(parsed);
    profile.dialect->deriveArtifacts(profile.profile.baseUrl, snapshot);
    job.failures = 0;
    job.notFound = 0;
    const qint64 answeredAt = now - result.lastHopMs / 2;
    if (!snapshot.createdAt.isEmpty()) {
        const QDateTime created = QDateTime::fromString(snapshot.createdAt, Qt::ISODate);
        if (created.isValid())
            job.cadence.noteCreatedAt(created.toMSecsSinceEpoch());
    }
    job.cadence.observe(answeredAt, snapshot.state, snapshot.progress);
    const bool terminal = isTerminal(snapshot.state);
    DurationHistory &durations = m_durations[profile.profile.id][snapshot.type];
    if (snapshot.state == JobState::Completed) {
        if (const auto took = job.cadence.observedDurationMs(answeredAt)) {
            durations.add(*took, job.cadence.showedProgress());
            Q_EMIT durationLearned(profile.profile.id, snapshot.type, *took, job.cadence.showedProgress());
        }
    }
    job.dueMs = terminal ? -1 : job.cadence.nextPollAt(job.lastSentMs, now, result.pollAfterMs, &durations);
    const qint64 due = job.dueMs;
    const qint64 eta = terminal ? -1 : job.cadence.etaMs();
    m_jobs->modify(key, [&](JobRecord &r) {
        r.hasSnapshot = true;
        r.snapshot = snapshot;
        r.rawBody = result.body;
        r.engine.lastError.clear();
        r.engine.lastRequestId.clear();
        r.engine.reportedAtMs = now;
        r.engine.etaMs = eta;
        r.engine.nextPollAtMs = due;
        if (terminal)
            r.engine.local = LocalState::Done;
    });
}

void Scheduler::handleFailure(const QString &key, JobRuntime &job, const QString &error, qint64 now)
{
    job.dueMs = atFloor(job, now + m_backoff.delayMs(job.failures, m_random));
    ++job.failures;
    const qint64 due = job.dueMs;
    m_jobs->modify(key, [&](JobRecord &r) {
        r.engine.lastError = error;
        r.engine.lastRequestId.clear();
        r.engine.nextPollAtMs = due;
    });
}

void Scheduler::handleRateLimit(const QString &key, ProfileRuntime &profile, JobRuntime &job, const PollResult &result, qint64 now)
{
    qint64 wait = parseRetryAfter(result.retryAfter, now);
    if (wait < 0)
        wait = std::max(kDefaultRetryAfterMs, m_backoff.delayMs(job.failures, m_random));
    // Applies to the whole profile: no request for any of its jobs before this.
    profile.blockedUntilMs = std::max(profile.blockedUntilMs, now + wait);
    ++job.failures;
    job.dueMs = atFloor(job, profile.blockedUntilMs);
    const qint64 due = job.dueMs;
    const int status = result.httpStatus;
    const QString text = status == 429 ? Tr::tr("rate limited (HTTP 429); waiting %1 s as the server asked").arg(wait / 1000.0)
                                       : Tr::tr("service unavailable (HTTP 503); waiting %1 s").arg(wait / 1000.0);
    m_jobs->modify(key, [&](JobRecord &r) {
        r.engine.lastError = text;
        r.engine.nextPollAtMs = due;
    });
}

void Scheduler::handleNotFound(const QString &key, JobRuntime &job, qint64 now)
{
    ++job.notFound;
    if (job.notFound >= kNotFoundAttempts) {
        job.dueMs = -1;
        setLocal(key, LocalState::NotFound, QString(),
                 Tr::tr("not found (HTTP 404 %n times); check the ID and the profile", nullptr, job.notFound));
        return;
    }
    job.dueMs = atFloor(job, now);
    const qint64 due = job.dueMs;
    const QString text = Tr::tr("not found (HTTP 404); checking again (%1 of %2)").arg(job.notFound).arg(kNotFoundAttempts - 1);
    m_jobs->modify(key, [&](JobRecord &r) {
        r.engine.lastError = text;
        r.engine.nextPollAtMs = due;
    });
}

} // namespace jw
