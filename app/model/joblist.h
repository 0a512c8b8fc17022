#pragma once
// The one source of truth for watched jobs (DESIGN.md §1): records by key, in insertion order. Changes are
// collected and announced in batches on a 0-ms timer (ids + changed fields), KJobTracker-style; additions
// and removals are announced at once.

#include "model/jobrecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace jw {

class JobList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobList)
public:
    explicit JobList(QObject *parent = nullptr);

    // Adds a record (its key is computed from profileId/jobId; addedAtMs is set to now when unset). False
    // when the key already exists.
    bool add(JobRecord record);
    // Adds many records with one jobsAdded (restoring a stored session page by page). Records whose key exists
    // already, or without a job ID, are skipped. Returns the keys added, in order.
    QStringList addMany(QList<JobRecord> records);
    bool remove(const QString &key);
    // Removes many jobs with one jobsRemoved, in one pass over the list. Returns the keys removed.
    QStringList removeMany(const QStringList &keys);
    bool contains(const QString &key) const { return m_records.contains(key); }
    const JobRecord *find(const QString &key) const;
    JobRecord value(const QString &key) const; // a default record when absent
    QStringList keys() const { return m_order; }
    qsizetype size() const { return m_order.size(); }

    // Applies `fn` to the record and queues a change with the fields that differ. False when absent.
    bool modify(const QString &key, const std::function<void(JobRecord &)> &fn);

    // Emits the pending change batch now (tests and shutdown paths; normally the 0-ms timer does it).
    void flush();

Q_SIGNALS:
    void jobsAdded(const QStringList &keys);
    void jobsRemoved(const QStringList &keys);
    void jobsChanged(const QList<jw::JobChange> &changes);

private:
    bool insert(JobRecord &record); // no signal
    void queue(const QString &key, JobFields fields);
    void forget(const QString &key); // a removed job's pending change is not announced

    QHash<QString, JobRecord> m_records;
    QStringList m_order;
    // The next batch, in order of first change; m_pending maps a key to its place there plus one (one hash
    // lookup per change: 10,000 jobs stopped at once queue 10,000 changes).
    QList<JobChange> m_changes;
    QHash<QString, qsizetype> m_pending;
    QTimer m_batch;
};

} // namespace jw
