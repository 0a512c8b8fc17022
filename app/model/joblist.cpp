#include "model/joblist.h"

#include <QDateTime>

#include <utility>

namespace jw {

namespace {
JobFields diff(const JobRecord &a, const JobRecord &b)
{
    JobFields f;
    // The parsed snapshot, not the bytes it came from: an answer that differs only in fields the dialect ignores
    // (a server clock, a request counter) is no update and repaints nothing.
    if (a.hasSnapshot != b.hasSnapshot || !(a.snapshot == b.snapshot)
        || a.engine.queuePosition != b.engine.queuePosition || a.engine.stateSinceMs != b.engine.stateSinceMs)
        f |= JobField::Snapshot;
    if (a.engine.local != b.engine.local || a.engine.pauseReason != b.engine.pauseReason)
        f |= JobField::Local;
    if (a.engine.requestCount != b.engine.requestCount || a.engine.lastPollAtMs != b.engine.lastPollAtMs)
        f |= JobField::Requests;
    if (a.engine.lastHttpStatus != b.engine.lastHttpStatus)
        f |= JobField::HttpStatus;
    if (a.engine.lastError != b.engine.lastError || a.engine.lastRequestId != b.engine.lastRequestId)
        f |= JobField::Error;
    if (a.engine.nextPollAtMs != b.engine.nextPollAtMs)
        f |= JobField::NextPoll;
    if (a.engine.etaMs != b.engine.etaMs)
        f |= JobField::Eta;
    if (a.engine.inFlight != b.engine.inFlight)
        f |= JobField::InFlight;
    return f;
}
} // namespace

JobList::JobList(QObject *parent)
    : QObject(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(0);
    connect(&m_batch, &QTimer::timeout, this, &JobList::flush);
}

bool JobList::insert(JobRecord &record)
{
    record.key = jobKey(record.profileId, record.jobId);
    if (record.jobId.isEmpty() || m_records.contains(record.key))
        return false;
    if (record.snapshot.id.isEmpty())
        record.snapshot.id = record.jobId;
    if (record.addedAtMs < 0)
        record.addedAtMs = QDateTime::currentMSecsSinceEpoch();
    const QString key = record.key;
    m_records.insert(key, record);
    m_order.append(key);
    return true;
}

bool JobList::add(JobRecord record)
{
    if (!insert(record))
        return false;
    Q_EMIT jobsAdded({m_order.constLast()});
    return true;
}

QStringList JobList::addMany(QList<JobRecord> records)
{
    QStringList added;
    added.reserve(records.size());
    for (JobRecord &record : records) {
        if (insert(record))
            added.append(m_order.constLast());
    }
    if (!added.isEmpty())
        Q_EMIT jobsAdded(added);
    return added;
}

QStringList JobList::removeMany(const QStringList &keys)
{
    QStringList removed;
    for (const QString &key : keys) {
        if (!m_records.remove(key))
            continue;
        removed.append(key);
        forget(key);
    }
    if (removed.isEmpty())
        return removed;
    const auto gone = [this](const QString &key) { return !m_records.contains(key); };
    m_order.removeIf(gone);
    Q_EMIT jobsRemoved(removed);
    return removed;
}

bool JobList::remove(const QString &key)
{
    if (!m_records.remove(key))
        return false;
    m_order.removeOne(key);
    forget(key);
    Q_EMIT jobsRemoved({key});
    return true;
}

const JobRecord *JobList::find(const QString &key) const
{
    const auto it = m_records.constFind(key);
    return it == m_records.constEnd() ? nullptr : &it.value();
}

JobRecord JobList::value(const QString &key) const
{
    return m_records.value(key);
}

bool JobList::modify(const QString &key, const std::function<void(JobRecord &)> &fn)
{
    const auto it = m_records.find(key);
    if (it == m_records.end())
        return false;
    JobRecord updated = it.value();
    fn(updated);
    updated.key = it->key; // identity is not editable
    updated.profileId = it->profileId;
    updated.jobId = it->jobId;
    const JobFields fields = diff(it.value(), updated);
    // Kept either way, so what no view shows at once (the latest raw body, the time of the last answer) is current
    // when a later change is announced. The raw body is not a field: a new body with the same snapshot is no change.
    it.value() = std::move(updated);
    if (fields)
        queue(key, fields);
    return true;
}

void JobList::queue(const QString &key, JobFields fields)
{
    qsizetype &place = m_pending[key];
    if (place == 0) {
        m_changes.append({key, fields});
        place = m_changes.size();
    } else {
        m_changes[place - 1].fields |= fields;
    }
    if (!m_batch.isActive())
        m_batch.start();
}

void JobList::forget(const QString &key)
{
    if (const qsizetype place = m_pending.take(key))
        m_changes[place - 1].fields = {};
}

void JobList::flush()
{
    m_batch.stop();
    if (m_changes.isEmpty())
        return;
    QList<JobChange> changes = std::exchange(m_changes, {});
    m_pending.clear();
    changes.removeIf([](const JobChange &c) { return !c.fields; }); // jobs removed since they changed
    if (!changes.isEmpty())
        Q_EMIT jobsChanged(changes);
}

} // namespace jw
