// What an answer means for a job and its profile: a snapshot and the next plan, a backoff, a throttle, a pause,
// a 404 to confirm, or a configuration error that retrying cannot fix.

#include "model/joblist.h"
#include "model/secretstore.h"
#include "formats/parser.h"
#include "engine/backoff.h"
#include "engine/historybook.h"
#include "engine/poller.h"
#include "engine/scheduler_p.h"
#include "model/inlineresults.h"
#include "net/httpstatus.h"
#include "net/serverhints.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Engine) };
constexpr int kNotFoundAttempts = 3;        // the first 404, then two confirmations
constexpr qint64 kClusterWindowMs = 10000;  // server failures of this many distinct jobs within this window ...
constexpr int kClusterJobs = 3;             // ... with no good answer in between: the service is sick, not the job
constexpr int kRecentFailures = 16;

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    static_cast<void>(QString(decoder(bytes))); // decoding happens on the conversion to QString
    return !decoder.hasError();
}

// fal and other queue APIs: a top-level queue position while queued (a hint, not part of the snapshot).
std::optional<int> queuePositionOf(const QJsonObject &o)
{
    for (const auto name : {"queue_position"_L1, "queuePosition"_L1}) {
        const QJsonValue v = o.value(name);
        if (v.isDouble() && v.toDouble() >= 0)
            return int(v.toDouble());
    }
    return std::nullopt;
}

qint64 epochOf(const QString &iso)
{
    const QDateTime t = iso.isEmpty() ? QDateTime() : QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

// When the job entered the state of `next`, the answer that arrived at `now`: kept while the state and raw
// status stay the same. A change seen between two polls dates from the provider's own timestamp for the new
// state when that falls after the previous answer (startedAt for running, createdAt for the first queued
// answer), else from this answer.
qint64 stateSince(const JobRecord &r, const JobSnapshot &next, qint64 now)
{
    const bool same = r.hasSnapshot && r.snapshot.state == next.state
        && r.snapshot.rawStatus.compare(next.rawStatus, Qt::CaseInsensitive) == 0;
    if (same && r.engine.stateSinceMs >= 0)
        return r.engine.stateSinceMs;
    qint64 provider = -1;
    switch (next.state) {
    case JobState::Queued: provider = epochOf(next.createdAt); break;
    case JobState::Running: provider = epochOf(next.startedAt); break;
    default: provider = epochOf(next.completedAt); break;
    }
    // The previous answer bounds the change from below, unless this is the first answer (or the first since a
    // restart, where `same` holds but nothing was recorded).
    const qint64 after = r.hasSnapshot && !same ? r.engine.reportedAtMs : -1;
    if (provider >= 0 && provider <= now && provider > after)
        return provider;
    return now;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}
} // namespace

qint64 Scheduler::jitteredBackoff(int attempt)
{
    static const Backoff backoff;
    return backoff.delayMs(attempt, m_random);
}

void Scheduler::setLocal(JobRuntime &job, LocalState local, const QString &reason, const QString &error)
{
    m_jobs->modify(job.key, [&](JobRecord &r) {
        r.engine.local = local;
        r.engine.pauseReason = reason;
        r.engine.lastError = error;
        r.engine.inFlight = false;
        if (local != LocalState::Watching) {
            r.engine.nextPollAtMs = -1;
            r.engine.stalled = false;
        }
    });
}

void Scheduler::onPollFinished(JobRuntime &job, const PollResult &result)
{
    ProfileRuntime &p = *job.profile;
    job.request->deleteLater();
    job.request = nullptr;
    if (p.inFlight > 0)
        --p.inFlight;
    const qint64 t = now();
    m_jobs->modify(job.key, [&](JobRecord &r) {
        r.engine.inFlight = false;
        r.engine.lastHttpStatus = result.httpStatus;
    });

    const int status = result.httpStatus;
    const bool throttled = result.outcome == PollResult::Outcome::Http && (status == 429 || status == 503);
    if (!throttled) {
        p.rate.noteAccepted(t, p.readyCount > 0);
        p.syncBucket(t);
    }
    if (job.resolve && !throttled) {
        handleResolveAnswer(job, result, t);
    } else {
    switch (result.outcome) {
    case PollResult::Outcome::Refused:
        handlePermanent(job, scrub(p, result.errorText));
        break;
    case PollResult::Outcome::TlsFailure:
        handlePermanent(job, scrub(p, result.errorText));
        break;
    case PollResult::Outcome::NetworkError:
        handleFailure(job, scrub(p, result.errorText), t, true);
        break;
    case PollResult::Outcome::TooLarge:
        handleFailure(job, scrub(p, result.errorText), t, false);
        break;
    case PollResult::Outcome::Http: {
        const HttpClass kind = classifyHttpStatus(status);
        if (kind == HttpClass::Success) {
            handleSuccess(job, result, t);
        } else if (kind == HttpClass::Unauthorised || kind == HttpClass::Forbidden) {
            const ApiError e = parseErrorBody(result.body, *p.dialect);
            const QString detail = e.text();
            const QString reason = kind == HttpClass::Unauthorised
                ? Tr::tr("HTTP 401: the API key was not accepted%1; fix the key, then resume the profile")
                : Tr::tr("HTTP 403: the API key lacks permission%1; fix the key, then resume the profile");
            p.verified = false;
            pauseProfile(p.profile.id, scrub(p, reason.arg(detail.isEmpty() ? QString() : u" ("_s + detail.left(200) + u')')));
        } else if (kind == HttpClass::RateLimited || (kind == HttpClass::Unavailable && !result.retryAfter.trimmed().isEmpty())) {
            handleThrottle(job, result, t);
        } else if (kind == HttpClass::NotFound) {
            p.verified = true;
            handleNotFound(job, t);
        } else if (kind == HttpClass::Rejected) {
            p.verified = true;
            handleRejected(job, result);
        } else {
            const ApiError e = parseErrorBody(result.body, *p.dialect);
            QString detail = e.text();
            if (!e.requestId.isEmpty())
                detail += Tr::tr(" (request %1)").arg(e.requestId);
            if (kind == HttpClass::Unavailable) {
                // No Retry-After: this job backs off like after any 5xx; the whole profile waits only when
                // failures cluster across jobs (noteServerFailure). The rate still comes down.
                ++p.throttled;
                if (m_strategy.adaptiveRate) {
                    p.rate.noteThrottled(t);
                    p.syncBucket(t);
                }
            }
            const QString text = detail.isEmpty() ? Tr::tr("HTTP %1; retrying with backoff").arg(status)
                                                  : Tr::tr("HTTP %1: %2; retrying with backoff").arg(status).arg(detail.left(300));
            handleFailure(job, scrub(p, text), t, kind == HttpClass::ServerError || kind == HttpClass::Unavailable);
            if (!e.requestId.isEmpty())
                m_jobs->modify(job.key, [&](JobRecord &r) { r.engine.lastRequestId = e.requestId; });
        }
        break;
    }
    }
    }
    // Its max wait may have ended while the request was out.
    if (job.phase != Phase::Idle && job.deadlineMs >= 0 && t >= job.deadlineMs)
        timeOut(job);
    dispatch(p, t); // a connection is free
    rearm();
}

void Scheduler::handleSuccess(JobRuntime &job, const PollResult &result, qint64 t)
{
    ProfileRuntime &p = *job.profile;
    if (!isUtf8(result.body)) {
        handlePermanent(job, Tr::tr("the status response is not UTF-8 text; check the profile's base URL and dialect"));
        return;
    }
    // A server that echoes the key (debug output, an error text quoting the request) never gets it into the
    // snapshot, the raw JSON view, the NDJSON or an export: everything below reads the scrubbed body.
    QByteArray body = result.body;
    if (!p.key.isEmpty() && body.contains(p.key.toUtf8()))
        body.replace(p.key.toUtf8(), redactKey(p.key).toUtf8());
    QJsonObject answer;
    QString linkNote; // links that are not http(s), dropped by the parser
    const qint64 limit = p.profile.poll.maxBodyBytes;
    const ParseResult parsed = parseJob(body, *p.dialect, std::max(limit, p.profile.poll.maxFinishedBodyBytes), job.jobId,
                                        &answer, &linkNote);
    if (const auto *e = std::get_if<ParseError>(&parsed)) {
        handleFailure(job, scrub(p, Tr::tr("unreadable status response: %1").arg(e->message)), t, false);
        return;
    }
    JobSnapshot snapshot = std::get<JobSnapshot>(parsed);
    if (snapshot.id != job.jobId) {
        handlePermanent(job, scrub(p, Tr::tr("the answer is for job \"%1\", not \"%2\"; check the poll URL and the profile")
                                          .arg(snapshot.id.left(120), job.jobId.left(120))));
        return;
    }
    if (body.size() > limit) {
        // Results carried inline make a finished job's answer large; an unfinished job's has no reason to be.
        if (!isTerminal(snapshot.state)) {
            handleFailure(job, Tr::tr("status response of %1 KiB while the job is %2; only a finished job's answer may be over %3 KiB")
                                   .arg(body.size() / 1024).arg(stateName(snapshot.state)).arg(limit / 1024),
                          t, false);
            return;
        }
        body = compactBody(answer); // the raw JSON view and the job store keep its structure, not megabytes of base64
    }
    p.verified = true;
    p.throttleStreak = 0;
    p.escalations = 0;
    p.recentFailures.clear();
    p.dialect->deriveArtifacts(p.profile.baseUrl, answer, snapshot);
    // Shown on the row (and as a CLI error event) while it lasts: e.g. a mapping's status path that matched nothing,
    // or a javascript: link the parser dropped.
    QStringList notes{p.dialect->answerWarning(answer), linkNote};
    notes.removeAll(QString());
    QString warning = scrub(p, notes.join(u"; "_s));
    if (snapshot.state == JobState::Completed)
        keepInlineResults(job, answer, snapshot, warning);
    job.failures = 0;
    job.notFound = 0;
    if (job.jobType.isEmpty() && !snapshot.type.isEmpty())
        job.jobType = snapshot.type;
    const DurationHistory &history = m_history->at(p.profile.id, job.jobType);
    job.cadence.setSettings(p.cadenceSettings(history.progressMayRound()));
    const qint64 answeredAt = t - result.lastHopMs / 2;
    if (!snapshot.createdAt.isEmpty()) {
        const QDateTime created = QDateTime::fromString(snapshot.createdAt, Qt::ISODate);
        if (created.isValid())
            job.cadence.noteCreatedAt(steadyAt(created.toMSecsSinceEpoch()));
    }
    const std::optional<int> position = snapshot.state == JobState::Queued ? queuePositionOf(answer) : std::nullopt;
    job.queuePosition = position.value_or(-1);
    job.cadence.observe(answeredAt, snapshot.state, snapshot.progress, position, snapshot.step);
    if (job.cadence.roundingSeen() && !history.progressMayRound())
        m_history->noteRounding(p.profile.id, job.jobType);
    const bool terminal = isTerminal(snapshot.state);
    if (snapshot.state == JobState::Completed || snapshot.state == JobState::Failed) {
        if (const auto took = job.cadence.observedDurationMs(answeredAt))
            m_history->record(p.profile.id, job.jobType, *took, job.cadence.showedProgress(),
                              snapshot.state == JobState::Failed ? DurationHistory::End::Failed : DurationHistory::End::Completed);
    }
    job.stalled = !terminal && job.cadence.isStalled();
    if (snapshot.state == JobState::Completed) {
        if (const QUrl url = p.dialect->resolveUrl(p.profile.baseUrl, answer, snapshot); url.isValid()) {
            // The result's URL takes a second request (MiniMax's file_id): the completion is published with it.
            job.resolve = std::make_unique<PendingResolve>(PendingResolve{url, snapshot, body, warning, 0});
            plan(job, std::max(t, job.lastSentMs + kPlanningFloorMs));
            const qint64 next = wallAt(job.dueMs);
            m_jobs->modify(job.key, [&](JobRecord &r) {
                r.engine.lastError = Tr::tr("completed; asking for the result's download link");
                r.engine.nextPollAtMs = next;
                r.engine.etaMs = -1;
            });
            return;
        }
    }
    if (terminal)
        unplan(job);
    else
        plan(job, job.cadence.nextPollAt(job.lastSentMs, t, result.pollAfterMs, &history));
    storeAnswer(job, snapshot, body, warning, t);
}

void Scheduler::handleResolveAnswer(JobRuntime &job, const PollResult &result, qint64 t)
{
    constexpr int kResolveAttempts = 4;
    ProfileRuntime &p = *job.profile;
    PendingResolve &pending = *job.resolve;
    QString problem;
    if (result.outcome != PollResult::Outcome::Http) {
        problem = result.errorText;
    } else if (classifyHttpStatus(result.httpStatus) != HttpClass::Success) {
        const ApiError e = parseErrorBody(result.body, *p.dialect);
        const QString detail = e.text();
        problem = detail.isEmpty() ? Tr::tr("HTTP %1").arg(result.httpStatus) : Tr::tr("HTTP %1: %2").arg(result.httpStatus).arg(detail.left(300));
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(result.body, &error);
        problem = doc.isObject() ? p.dialect->readResolved(doc.object(), pending.snapshot)
                                 : Tr::tr("the answer is not a JSON object (%1)").arg(error.errorString());
    }
    problem = scrub(p, problem);
    ++pending.attempts;
    if (!problem.isEmpty() && pending.attempts < kResolveAttempts) {
        plan(job, std::max(t + jitteredBackoff(pending.attempts - 1), job.lastSentMs + kPlanningFloorMs));
        const qint64 next = wallAt(job.dueMs);
        const QString text = Tr::tr("completed; the result's download link is not there yet (%1); asking again").arg(problem);
        m_jobs->modify(job.key, [&](JobRecord &r) {
            r.engine.lastError = text;
            r.engine.nextPollAtMs = next;
        });
        return;
    }
    // Completed either way: with the result's URL, or without it and the reason on the row.
    const std::unique_ptr<PendingResolve> done = std::move(job.resolve);
    const QString warning = problem.isEmpty()
        ? done->warning
        : Tr::tr("completed, but the result's download link could not be fetched from %1: %2")
              .arg(done->url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), problem);
    unplan(job);
    storeAnswer(job, done->snapshot, done->body, warning, t);
}

void Scheduler::keepInlineResults(const JobRuntime &job, const QJsonObject &answer, const JobSnapshot &snapshot, QString &warning)
{
    ProfileRuntime &p = *job.profile;
    QStringList problems;
    const QList<InlineResult> results = p.dialect->inlineResults(answer, snapshot, &problems);
    if (m_inline) {
        for (const InlineResult &r : results)
            m_inline->put(r);
    }
    if (!problems.isEmpty()) {
        problems.prepend(warning);
        problems.removeAll(QString());
        warning = scrub(p, problems.join(u"; "_s));
    }
}

void Scheduler::storeAnswer(JobRuntime &job, const JobSnapshot &snapshot, const QByteArray &body, const QString &warning, qint64 t)
{
    const bool terminal = isTerminal(snapshot.state);
    const qint64 next = terminal ? -1 : wallAt(job.dueMs);
    const qint64 eta = terminal || job.cadence.etaMs() < 0 ? -1 : wallAt(job.cadence.etaMs());
    const qint64 reportedAt = wallAt(t);
    const bool stalled = job.stalled;
    const int position = snapshot.state == JobState::Queued ? job.queuePosition : -1;
    m_jobs->modify(job.key, [&](JobRecord &r) {
        r.engine.stateSinceMs = stateSince(r, snapshot, reportedAt);
        r.engine.queuePosition = position;
        r.hasSnapshot = true;
        r.snapshot = snapshot;
        r.rawBody = body;
        r.engine.lastError = warning;
        r.engine.lastRequestId.clear();
        r.engine.reportedAtMs = reportedAt;
        r.engine.etaMs = eta;
        r.engine.nextPollAtMs = next;
        r.engine.stalled = stalled;
        if (terminal)
            r.engine.local = LocalState::Done;
    });
}

void Scheduler::noteServerFailure(ProfileRuntime &p, JobRuntime &job, qint64 t)
{
    p.recentFailures.append({t, job.slot});
    while (!p.recentFailures.isEmpty() && (p.recentFailures.constFirst().first < t - kClusterWindowMs
                                           || p.recentFailures.size() > kRecentFailures))
        p.recentFailures.removeFirst();
    QList<quint32> jobs;
    for (const auto &[at, slot] : std::as_const(p.recentFailures)) {
        if (!jobs.contains(slot))
            jobs.append(slot);
    }
    if (jobs.size() < kClusterJobs)
        return;
    // Several jobs fail with nothing good in between: the service is in trouble. The whole profile waits a
    // jittered, growing while (its jobs' own backoffs still apply after it).
    const qint64 wait = jitteredBackoff(p.escalations++);
    p.blockedUntilMs = std::max(p.blockedUntilMs, t + wait);
    p.recentFailures.clear();
}

void Scheduler::handleFailure(JobRuntime &job, const QString &error, qint64 t, bool serverSide)
{
    const qint64 delay = jitteredBackoff(job.failures);
    ++job.failures;
    plan(job, std::max(t + delay, job.lastSentMs + kPlanningFloorMs));
    if (serverSide)
        noteServerFailure(*job.profile, job, t);
    const qint64 next = wallAt(job.dueMs);
    m_jobs->modify(job.key, [&](JobRecord &r) {
        r.engine.lastError = error;
        r.engine.lastRequestId.clear();
        r.engine.nextPollAtMs = next;
    });
}

void Scheduler::handleThrottle(JobRuntime &job, const PollResult &result, qint64 t)
{
    ProfileRuntime &p = *job.profile;
    ++p.throttled;
    if (m_strategy.adaptiveRate) {
        p.rate.noteThrottled(t);
        p.syncBucket(t);
    }
    const int status = result.httpStatus;
    const qint64 asked = parseRetryAfter(result.retryAfter, wallAt(t));
    qint64 wait = asked;
    QString text;
    if (asked >= 0) {
        text = status == 429 ? Tr::tr("rate limited (HTTP 429); waiting %1 s as the server asked").arg(seconds(wait))
                             : Tr::tr("service unavailable (HTTP 503); waiting %1 s as the server asked").arg(seconds(wait));
    } else {
        // No Retry-After: a growing, jittered wait of our own choosing, and no claim that the server asked for it.
        wait = jitteredBackoff(p.throttleStreak++);
        text = Tr::tr("rate limited (HTTP 429); waiting %1 s").arg(seconds(wait));
    }
    // Applies to the whole profile: no request for any of its jobs before this.
    p.blockedUntilMs = std::max(p.blockedUntilMs, t + wait);
    plan(job, std::max(p.blockedUntilMs, job.lastSentMs + kPlanningFloorMs));
    const qint64 next = wallAt(job.dueMs);
    m_jobs->modify(job.key, [&](JobRecord &r) {
        r.engine.lastError = text;
        r.engine.nextPollAtMs = next;
    });
}

void Scheduler::handleNotFound(JobRuntime &job, qint64 t)
{
    ++job.notFound;
    if (job.notFound >= kNotFoundAttempts) {
        unplan(job);
        setLocal(job, LocalState::NotFound, QString(),
                 Tr::tr("not found (HTTP 404 %n times); check the ID and the profile", nullptr, job.notFound));
        return;
    }
    plan(job, std::max(t, job.lastSentMs + kPlanningFloorMs));
    const qint64 next = wallAt(job.dueMs);
    const QString text = Tr::tr("not found (HTTP 404); checking again (%1 of %2)").arg(job.notFound).arg(kNotFoundAttempts - 1);
    m_jobs->modify(job.key, [&](JobRecord &r) {
        r.engine.lastError = text;
        r.engine.nextPollAtMs = next;
    });
}

void Scheduler::handleRejected(JobRuntime &job, const PollResult &result)
{
    ProfileRuntime &p = *job.profile;
    const ApiError e = parseErrorBody(result.body, *p.dialect);
    const int status = result.httpStatus;
    QString message = e.text();
    if (message.isEmpty())
        message = Tr::tr("The provider rejected the job (HTTP %1) and gave no message.").arg(status);
    message = scrub(p, message.left(1000));
    const QString code = scrub(p, e.code.left(200));
    const QString requestId = e.requestId.left(200);
    unplan(job);
    const qint64 reportedAt = wallAt(now());
    const QString text = Tr::tr("HTTP %1: %2; the provider rejects this job, so it is not polled again").arg(status).arg(message.left(300));
    m_jobs->modify(job.key, [&](JobRecord &r) {
        // The job ends here: failed, with the provider's reason as its error, on top of what was known of it.
        r.hasSnapshot = true;
        if (r.snapshot.id.isEmpty())
            r.snapshot.id = job.jobId;
        r.snapshot.state = JobState::Failed;
        r.snapshot.error = JobError{code.isEmpty() ? QString() : code, message};
        if (!requestId.isEmpty())
            r.snapshot.requestId = requestId;
        r.engine.lastError = text;
        r.engine.lastRequestId = requestId;
        r.engine.reportedAtMs = reportedAt;
        r.engine.local = LocalState::Done;
        r.engine.nextPollAtMs = -1;
        r.engine.etaMs = -1;
        r.engine.stalled = false;
    });
}

void Scheduler::handlePermanent(JobRuntime &job, const QString &reason)
{
    unplan(job);
    setLocal(job, LocalState::ConfigError, QString(), Tr::tr("configuration error: %1").arg(reason));
}

} // namespace jw
