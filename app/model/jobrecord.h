#pragma once
// One watched job as the UI and the CLI see it: the provider's snapshot plus the engine's own state.

#include "model/job.h"

#include <QByteArray>
#include <QFlags>
#include <QString>
#include <QUrl>

#include <optional>

namespace jw {

// What the engine is doing about a job, independent of the server's state.
enum class LocalState {
    Watching,   // polling (or waiting for budget, backoff, Retry-After)
    Done,       // the server reported a terminal state; nothing more to poll
    Stopped,    // the user stopped local watching; the server job is untouched
    TimedOut,   // max wait passed: "timed out locally" (not failed), resumable
    Paused,     // the profile is paused (pauseReason says why, e.g. 401/403), resumable
    NotFound,   // 404 three times in a row
    ConfigError, // an answer that retrying cannot fix (TLS failure, refused redirect, not UTF-8, another job's
                 // ID): reported at once with the reason in lastError; resumable once the profile is fixed
};
// "watching", "done", "stopped", "timed out locally", "paused", "not found", "configuration error"
QString localStateName(LocalState state);
// The machine word of a local state as the job store keeps it: "watching", "done", "stopped", "timed_out",
// "paused", "not_found", "config_error".
QString localStateId(LocalState state);
std::optional<LocalState> localStateFromId(const QString &id);

struct EngineState {
    LocalState local = LocalState::Watching;
    QString pauseReason;      // set while Paused
    int requestCount = 0;     // requests sent for this job since it was added
    int lastHttpStatus = 0;   // 0 before the first answer or on a network error
    QString lastError;        // one line, never contains a key; empty after a good poll
    QString lastRequestId;    // the provider's request ID from the last HTTP error body, if it gave one
    qint64 nextPollAtMs = -1; // epoch ms of the next planned poll, -1 none
    qint64 etaMs = -1;        // epoch ms the job is predicted to finish, -1 unknown
    qint64 lastPollAtMs = -1; // epoch ms the last request was sent
    qint64 reportedAtMs = -1; // epoch ms the engine last stored a snapshot
    qint64 watchStartedAtMs = -1; // start (or resume) of the current watch, for max wait
    bool inFlight = false;
    bool stalled = false;     // progress has not moved for several times the expected interval (polls back off)
    int queuePosition = -1;   // places ahead in the provider's queue while queued (fal's queue_position), -1 none
    qint64 stateSinceMs = -1; // epoch ms the job entered its current server state (state and raw status), -1 unknown
    friend bool operator==(const EngineState &, const EngineState &) = default;
};

struct JobRecord {
    QString key;          // JobList key: "<profileId>/<jobId>"
    QString profileId;
    QString jobId;
    QUrl pollUrl;         // explicit poll URL, or empty to use the dialect's pollUrl(base, id)
    bool hasSnapshot = false;
    JobSnapshot snapshot; // the last good snapshot (id only before the first one)
    QByteArray rawBody;   // the body that snapshot was parsed from (details pane: raw JSON); never stored
    qint64 addedAtMs = -1; // epoch ms the job was first watched (JobList::add sets it when unset)
    EngineState engine;
};

enum class JobField {
    Snapshot = 0x01,
    Local = 0x02,
    Requests = 0x04,
    HttpStatus = 0x08,
    Error = 0x10,
    NextPoll = 0x20,
    Eta = 0x40,
    InFlight = 0x80,
};
Q_DECLARE_FLAGS(JobFields, JobField)
Q_DECLARE_OPERATORS_FOR_FLAGS(JobFields)

struct JobChange {
    QString key;
    JobFields fields;
};

QString jobKey(const QString &profileId, const QString &jobId);

} // namespace jw
