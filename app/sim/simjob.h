#pragma once
// One simulated job: its timing model and its body in each native dialect's document style. The state is a
// pure function of the clock (stateAt), so a poll costs one render and the server keeps no per-job timers.

#include "sim/simulatedprovider.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace jw::sim {

class ArtifactStore;

struct SimJob {
    SimulatedProvider::JobSpec spec;  // spec.id and spec.type are always filled in
    qint64 createdMs = 0;
    std::optional<SimulatedProvider::Outcome> forced; // finishJob / cancelJob
    qint64 forcedAtMs = -1;
    int requests = 0;
    QList<SimulatedProvider::Fault> faults;

    qint64 runStartMs() const { return createdMs + spec.queueMs; }
    qint64 naturalEndMs() const; // a failing or cancelled job ends part-way (stopPoint)
    qint64 terminalAtMs() const { return forced ? forcedAtMs : naturalEndMs(); }
};

struct JobState {
    enum class Phase { Queued, Running, Done };
    Phase phase = Phase::Queued;
    SimulatedProvider::Outcome outcome = SimulatedProvider::Outcome::Completed; // meaningful when Done
    double fraction = 0;      // 0..1 of the work done (a failed job stops part-way)
    bool started = false;     // left the queue
    qint64 startedMs = -1;
    qint64 endedMs = -1;      // terminal time when Done
};

JobState stateAt(const SimJob &job, qint64 nowMs);
// Where a failing or cancelled job stops, 0.25..0.74 of its run, stable per job.
double stopPoint(const SimJob &job);

QString defaultType(const QString &dialect);
bool isKnownType(const QString &dialect, const QString &type);
// A new ID in the dialect's shape: theo "job_<alnum>", vidocu "<type>_<ms>_<7 alnum>", scenes a UUID,
// muvi "job_<12 hex>".
QString generateId(const QString &dialect, const QString &type, qint64 nowMs);

struct RenderContext {
    QUrl root;               // http://127.0.0.1:PORT
    qint64 nowMs = 0;
    qint64 signedUrlTtlMs = 0;
    QByteArray signingKey;
    ArtifactStore *store = nullptr;
};

// The job's status body in its dialect's document style.
QJsonObject renderJob(const SimJob &job, const RenderContext &context);
// Where the server serves `file` of job `jobId`: {root}/artifacts/<percent-encoded jobId>/<file>.
QString artifactUrl(const RenderContext &context, const QString &jobId, const QString &file);
// `length` characters drawn at random from `alphabet` (the tail of a new job ID).
QString randomChars(int length, const char *alphabet);

// The signature of a signed artifact URL: /artifacts/... path + expiry (epoch seconds).
QByteArray urlSignature(const QByteArray &key, const QString &path, qint64 expiresSec);

// HTTP error bodies in each dialect's style.
enum class ErrorKind { Unauthorized, Forbidden, NotFound, RateLimited, ServerError, Unavailable, QueueUnavailable,
                       BadRequest, Unprocessable };
int statusFor(ErrorKind kind);
QJsonObject errorBody(const QString &dialect, ErrorKind kind, int retryAfterSeconds);
// `body` with `authorization` quoted in a "debug" field and in its error texts ("error" as a string or an
// object's "message", and a top-level "message"): what a careless server's debug output does.
QJsonObject echoAuthorization(QJsonObject body, const QString &authorization);

} // namespace jw::sim
