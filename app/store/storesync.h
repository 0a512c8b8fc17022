#pragma once
// Keeps the JobList and the job store in step (DESIGN.md §1: the store is the list's source of truth across
// runs). On start it restores the stored session into the list page by page, so the window shows the first
// jobs at once and the rest follow; from then on it writes the list's changes back.
//
// Writes are batched: changes are collected (job keys and which fields changed) and written in one transaction
// at most every flushIntervalMs, on the StoreThread. A poll that only moved the engine's transient fields (next
// poll, ETA, in flight) writes nothing; one that only moved the local state or statistics is a cheap update; a
// new snapshot rewrites the job. Only one batch is in flight at a time; a failed batch (disk full, data folder
// read-only, locked) stays pending and is retried, and writeFailed says why; polling goes on meanwhile.

#include "store/jobstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace jw {

class JobList;
class JobTimeline;
class StoreThread;
struct JobChange;

class StoreSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreSync)
public:
    struct Options {
        int flushIntervalMs = 500;
        int pageSize = 500;
        int retryMs = 5000;
    };

    StoreSync(JobList *jobs, JobTimeline *timeline, StoreThread *store, const Options &options, QObject *parent = nullptr);
    StoreSync(JobList *jobs, JobTimeline *timeline, StoreThread *store, QObject *parent = nullptr);
    ~StoreSync() override; // hands what is pending to the store thread

    // The profile name written with each job (the history keeps it after the profile is gone).
    void setProfileNames(std::function<QString(const QString &profileId)> names);

    // Restores the stored session: removes the jobs past the retention first (retentionDays > 0), reads the
    // duration history (durationsRestored), then adds the stored jobs to the list in store order, a page at a
    // time (pageRestored per page, restoreFinished at the end). A job that is in the list already (added
    // meanwhile) keeps its live record.
    void restore(int retentionDays = 0);
    // Only reads the duration history (durationsRestored); restore() does this too.
    void restoreDurations();
    bool isRestoring() const { return m_restoring; }

    // Queued for the next write.
    void addDuration(const DurationSample &sample);

    // Removes from the list and from the store the jobs the server reported as finished (local state done), or
    // every job not being watched whose last activity is older than `cutoffMs`. Returns how many left the list;
    // the store removes the ones not restored yet too, and says so with removed().
    int clearFinished();
    int removeOlderThan(qint64 cutoffMs);
    // How many jobs of the list removeOlderThan(cutoffMs) would remove now.
    int countOlderThan(qint64 cutoffMs) const;

    // Hands the pending changes to the store thread now (tests, shutdown; normally the interval timer does).
    void flush();
    bool hasPending() const;
    // Nothing pending and no write in flight: everything so far is in the store.
    bool isIdle() const { return !m_inFlight && !hasPending(); }

    const StoreStatus &status() const { return m_status; } // known once opened() was emitted
    QString lastError() const { return m_lastError; }      // of the last failed write; empty once one succeeds
    qint64 busyNs() const { return m_busyNs; }            // CPU time spent on this thread collecting batches

Q_SIGNALS:
    void opened(const jw::StoreStatus &status);
    void durationsRestored(const QList<jw::DurationSample> &samples); // only when there are some
    void pageRestored(const QStringList &keys);
    void profileNamesRestored(const QHash<QString, QString> &names); // id -> name as stored, per page (before pageRestored)
    void restoreFinished(int jobs);
    void written(int jobs);                 // a batch was committed
    void writeFailed(const QString &message);
    void writeRecovered();
    void removed(int count);                // a bulk removal finished in the store

private:
    enum Dirty : quint8 { Cheap = 0x1, Full = 0x2, Timeline = 0x4 };
    void onAdded(const QStringList &keys);
    void onRemoved(const QStringList &keys);
    void onChanged(const QList<jw::JobChange> &changes);
    void mark(const QString &key, quint8 dirty);
    void schedule(int delayMs);
    void onWritten(const StoreBatch &failed, int jobs, const QString &error);
    void requestPage(qint64 afterRowId);
    void onPage(const QList<StoredJob> &page, const QString &error);
    int removeBoth(const QStringList &keys, const RemovalFilter &filter);
    QStringList keysOlderThan(qint64 cutoffMs) const;

    JobList *m_jobs;
    JobTimeline *m_timeline;
    StoreThread *m_store;
    Options m_options;
    std::function<QString(const QString &)> m_profileNames;
    StoreStatus m_status;
    bool m_disabled = false;   // read-only or unavailable: nothing is written
    QHash<QString, quint8> m_dirty;
    QStringList m_dirtyOrder; // new jobs reach the store in the order they were added
    QStringList m_removed;
    QList<DurationSample> m_durations;
    QTimer m_timer;
    bool m_inFlight = false;
    QString m_lastError;
    qint64 m_busyNs = 0;

    bool m_restoring = false;
    bool m_addingRestored = false;
    int m_restoredCount = 0;
    QList<RemovalFilter> m_dropFromPage; // bulk removals posted while a page was being read
};

} // namespace jw
