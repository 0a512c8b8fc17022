#pragma once
// store/: the job store and what keeps it in step with the JobList (DESIGN.md §1). May include model/,
// formats/ and net/.
//
// The job store: what survives a restart. Every watched job with its last snapshot, local state,
// timestamps and poll statistics; its timeline (capped); its artifacts (URL, kind, local file, pinned,
// expiry); the cadence's duration history per (profile, job type); and a full-text index over the jobs.
//
// A small synchronous interface, used from one thread at a time: the window's StoreThread runs it off the GUI
// thread, the CLI's history commands call it directly. SqliteJobStore is the implementation. An API key is
// never an input here, and server bodies are never stored (a body can echo the key back).

#include "model/jobrecord.h"
#include "model/jobtimeline.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jw {

// One stored job, as a restore or a history query reads it. The engine's transient fields (in flight, next
// poll, ETA) come back reset; rawBody is empty.
struct StoredJob {
    qint64 rowId = 0;        // store order: the order jobs were first added
    JobRecord record;
    QString profileName;     // the profile's name when the job was last written (it may be gone since)
    QString prompt;          // the prompt the provider returned with the job, if any
    qint64 updatedAtMs = -1; // last time anything about the job was written
    QList<TimelineEntry> timeline; // labels rebuilt (JobTimeline::labelFor); only when asked for
};

// One job to write. `snapshot` false: only the local state and the poll statistics changed, which is a cheap
// update of a few columns (a poll that brought nothing new). `timeline` set: replace the stored timeline.
struct JobWrite {
    JobRecord record;        // rawBody is only read for the prompt, never stored
    QString profileName;
    bool snapshot = true;
    std::optional<QList<TimelineEntry>> timeline;
};

// How long one finished job took, for the cadence (the engine's learned durations, engine/historybook.h).
struct DurationSample {
    QString profileId;
    QString jobType;         // the snapshot's type, "" when the provider gives none
    qint64 durationMs = 0;
    bool showedProgress = false;
    qint64 recordedAtMs = 0;
    bool failed = false;     // the job failed (else it completed)
    bool rounds = false;     // the provider was seen rounding its percentages for this kind of job
    friend bool operator==(const DurationSample &, const DurationSample &) = default;
};

// Everything written in one transaction.
struct StoreBatch {
    QList<JobWrite> jobs;
    QStringList removed;     // job keys
    QList<DurationSample> durations;
    qint64 atMs = 0;         // the write's time (updatedAtMs of the jobs written)
    bool isEmpty() const { return jobs.isEmpty() && removed.isEmpty() && durations.isEmpty(); }
};

// Which jobs a bulk removal takes. Jobs that are being watched (local state watching or paused) are never
// removed by it.
struct RemovalFilter {
    bool finishedOnly = false;   // only jobs the server reported as finished (local state "done")
    qint64 olderThanMs = -1;     // only jobs last updated before this epoch ms; -1: any age
};

struct StoredArtifact {
    QString url;
    ArtifactKind kind = ArtifactKind::Other;
    QString title;
    QString localPath;       // a saved copy, or empty
    bool pinned = false;     // kept even when the provider's snapshot no longer lists it
    qint64 expiresAtMs = -1; // when the URL stops working, -1 unknown
    friend bool operator==(const StoredArtifact &, const StoredArtifact &) = default;
};

struct StoreStatus {
    enum class Mode {
        ReadWrite,   // normal
        ReadOnly,    // written by a newer Jobwatch: read, never written
        Unavailable, // could not be opened or created: the session is not saved
    };
    Mode mode = Mode::Unavailable;
    QString path;            // the database file
    QString message;         // for the user: why read-only or unavailable, or what was recovered; else empty
    int schemaVersion = 0;   // PRAGMA user_version as found (before migrating)
};

class JobStore
{
public:
    virtual ~JobStore() = default;

    virtual StoreStatus status() const = 0;

    // Writes a batch in one transaction. False and a one-line reason (disk full, read-only, locked) when it
    // failed; then nothing of it was written.
    virtual bool write(const StoreBatch &batch, QString *error = nullptr) = 0;
    // Removes the jobs that match; returns their keys (empty and *error on failure).
    virtual QStringList remove(const RemovalFilter &filter, QString *error = nullptr) = 0;
    // Records where an artifact of a stored job was saved (the results archive). False when the job is unknown.
    virtual bool setArtifactFile(const QString &key, const StoredArtifact &artifact, QString *error = nullptr) = 0;

    virtual int count(QString *error = nullptr) const = 0;
    // Up to `limit` jobs after `afterRowId` in store order (a restore reads page after page).
    virtual QList<StoredJob> page(qint64 afterRowId, int limit, bool withTimeline, QString *error = nullptr) const = 0;
    virtual QList<StoredJob> jobs(const QStringList &keys, bool withTimeline, QString *error = nullptr) const = 0;
    // Keys of the jobs whose ID, profile, type, status message, error, result titles or prompt contain every
    // word of `text` (case-insensitive, substrings), in store order; at most `limit` (-1: all).
    virtual QStringList search(const QString &text, int limit = -1, QString *error = nullptr) const = 0;
    virtual QList<StoredArtifact> artifacts(const QString &key, QString *error = nullptr) const = 0;
    // The newest samples per (profile, type) (at most 64 each), oldest first.
    virtual QList<DurationSample> durations(QString *error = nullptr) const = 0;
};

} // namespace jw
