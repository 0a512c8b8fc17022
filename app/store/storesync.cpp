#include "store/storesync.h"

#include "model/joblist.h"
#include "model/jobtimeline.h"
#include "store/storethread.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace jw {

namespace {
bool isWatched(LocalState local)
{
    return local == LocalState::Watching || local == LocalState::Paused;
}

bool matches(const RemovalFilter &filter, const JobRecord &r, qint64 lastActivityMs)
{
    if (isWatched(r.engine.local))
        return false;
    if (filter.finishedOnly && r.engine.local != LocalState::Done)
        return false;
    return filter.olderThanMs < 0 || lastActivityMs < filter.olderThanMs;
}

// The list's idea of a job's last activity (the store uses the time of its last write, which is not earlier).
qint64 lastActivityMs(const JobRecord &r)
{
    return std::max({r.addedAtMs, r.engine.reportedAtMs, r.engine.lastPollAtMs});
}

struct WriteResult {
    int jobs = 0;
    QString error;      // empty: committed
    StoreBatch failed;  // the batch, when it was not written
};

struct PageResult {
    QList<StoredJob> jobs;
    QString error;
};

struct RemoveResult {
    int count = 0;
    QString error;
};

constexpr JobFields kPersisted = JobField::Snapshot | JobField::Local | JobField::Requests | JobField::HttpStatus | JobField::Error;
} // namespace

StoreSync::StoreSync(JobList *jobs, JobTimeline *timeline, StoreThread *store, QObject *parent)
    : StoreSync(jobs, timeline, store, Options{}, parent)
{
}

StoreSync::StoreSync(JobList *jobs, JobTimeline *timeline, StoreThread *store, const Options &options, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_timeline(timeline)
    , m_store(store)
    , m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StoreSync::flush);
    connect(m_jobs, &JobList::jobsAdded, this, &StoreSync::onAdded);
    connect(m_jobs, &JobList::jobsRemoved, this, &StoreSync::onRemoved);
    connect(m_jobs, &JobList::jobsChanged, this, &StoreSync::onChanged);
    if (m_timeline)
        connect(m_timeline, &JobTimeline::timelineChanged, this, [this](const QString &key) { mark(key, Timeline); });
    m_store->call<StoreStatus>([](JobStore &s) { return s.status(); }, this, [this](const StoreStatus &status) {
        m_status = status;
        m_disabled = status.mode != StoreStatus::Mode::ReadWrite;
        if (m_disabled) {
            m_dirty.clear();
            m_dirtyOrder.clear();
            m_removed.clear();
            m_durations.clear();
        }
        Q_EMIT opened(status);
    });
}

StoreSync::~StoreSync()
{
    m_jobs->flush(); // changes still in the list's own batch
    // The store thread runs its tasks in order, so a last batch handed over behind one still in flight is
    // written after it. (Without this, a write in flight at exit dropped the changes that came after it: `watch
    // --record` could leave a job "running" in the history that it had reported completed.)
    m_inFlight = false;
    flush();
}

void StoreSync::setProfileNames(std::function<QString(const QString &)> names)
{
    m_profileNames = std::move(names);
}

bool StoreSync::hasPending() const
{
    return !m_dirty.isEmpty() || !m_removed.isEmpty() || !m_durations.isEmpty();
}

void StoreSync::mark(const QString &key, quint8 dirty)
{
    if (m_disabled)
        return;
    if (!dirty)
        return;
    quint8 &flags = m_dirty[key]; // one lookup: Stop all marks 10,000 jobs (and their timelines)
    if (!flags)
        m_dirtyOrder.append(key);
    flags |= dirty;
    schedule(m_options.flushIntervalMs);
}

void StoreSync::schedule(int delayMs)
{
    if (m_inFlight || m_timer.isActive() || !hasPending())
        return;
    m_timer.start(delayMs);
}

void StoreSync::onAdded(const QStringList &keys)
{
    if (m_addingRestored)
        return;
    for (const QString &key : keys) {
        m_removed.removeOne(key); // removed and added again before the write
        mark(key, Full | Timeline);
    }
}

void StoreSync::onRemoved(const QStringList &keys)
{
    if (m_disabled)
        return;
    for (const QString &key : keys) {
        m_dirty.remove(key); // its place in m_dirtyOrder is skipped when the batch is built
        m_removed.append(key);
    }
    schedule(m_options.flushIntervalMs);
}

void StoreSync::onChanged(const QList<JobChange> &changes)
{
    for (const JobChange &change : changes) {
        if (!(change.fields & kPersisted))
            continue; // next poll, ETA, in flight: nothing the store keeps
        mark(change.key, change.fields.testFlag(JobField::Snapshot) ? Full : Cheap);
    }
}

void StoreSync::addDuration(const DurationSample &sample)
{
    if (m_disabled)
        return;
    m_durations.append(sample);
    schedule(m_options.flushIntervalMs);
}

void StoreSync::flush()
{
    m_timer.stop();
    if (m_inFlight || m_disabled || !hasPending())
        return;
    const qint64 cpuStart = threadCpuNs();
    StoreBatch batch;
    batch.atMs = QDateTime::currentMSecsSinceEpoch();
    batch.jobs.reserve(m_dirty.size());
    for (const QString &key : std::as_const(m_dirtyOrder)) {
        const JobRecord *record = m_jobs->find(key);
        const quint8 dirty = m_dirty.value(key);
        if (!record || !dirty)
            continue;
        JobWrite write;
        write.record = *record;
        write.profileName = m_profileNames ? m_profileNames(record->profileId) : QString();
        write.snapshot = dirty & Full;
        if ((dirty & Timeline) && m_timeline)
            write.timeline = m_timeline->entries(key);
        batch.jobs.append(std::move(write));
    }
    batch.removed = m_removed;
    batch.durations = m_durations;
    m_dirty.clear();
    m_dirtyOrder.clear();
    m_removed.clear();
    m_durations.clear();
    m_inFlight = true;
    m_store->call<WriteResult>([batch = std::move(batch)](JobStore &store) {
        WriteResult result;
        result.jobs = int(batch.jobs.size());
        if (!store.write(batch, &result.error)) {
            if (result.error.isEmpty())
                result.error = StoreSync::tr("the job history gave no reason");
            result.failed = batch;
        }
        return result;
    }, this, [this](const WriteResult &result) { onWritten(result.failed, result.jobs, result.error); });
    m_busyNs += threadCpuNs() - cpuStart;
}

void StoreSync::onWritten(const StoreBatch &batch, int jobs, const QString &error)
{
    m_inFlight = false;
    if (m_disabled)
        return;
    if (error.isEmpty()) {
        const bool recovered = !m_lastError.isEmpty();
        m_lastError.clear();
        Q_EMIT written(jobs);
        if (recovered)
            Q_EMIT writeRecovered();
        schedule(m_options.flushIntervalMs);
        return;
    }
    // Nothing of the batch was written: keep it pending (newer changes merge in), and try again later.
    QHash<QString, quint8> newer = std::exchange(m_dirty, {});
    const QStringList newerOrder = std::exchange(m_dirtyOrder, {});
    for (const JobWrite &write : batch.jobs) {
        const QString key = jobKey(write.record.profileId, write.record.jobId);
        if (m_jobs->contains(key))
            mark(key, quint8((write.snapshot ? Full : Cheap) | (write.timeline ? Timeline : 0)));
    }
    for (const QString &key : newerOrder) {
        if (const quint8 dirty = newer.value(key))
            mark(key, dirty);
    }
    for (const QString &key : batch.removed) {
        if (!m_jobs->contains(key) && !m_removed.contains(key))
            m_removed.append(key);
    }
    m_durations = batch.durations + m_durations;
    const bool changed = m_lastError != error;
    m_lastError = error;
    if (changed)
        Q_EMIT writeFailed(error);
    m_timer.start(m_options.retryMs); // not sooner than that, whatever changes meanwhile
}

void StoreSync::restore(int retentionDays)
{
    m_restoring = true;
    m_restoredCount = 0;
    if (retentionDays > 0) {
        RemovalFilter filter;
        filter.olderThanMs = QDateTime::currentMSecsSinceEpoch() - qint64(retentionDays) * 24 * 3600 * 1000;
        removeBoth({}, filter);
    }
    restoreDurations();
    requestPage(0);
}

void StoreSync::restoreDurations()
{
    m_store->call<QList<DurationSample>>([](JobStore &store) { return store.durations(); }, this,
                                         [this](const QList<DurationSample> &samples) {
                                             if (!samples.isEmpty())
                                                 Q_EMIT durationsRestored(samples);
                                         });
}

void StoreSync::requestPage(qint64 afterRowId)
{
    m_dropFromPage.clear();
    const int size = m_options.pageSize;
    m_store->call<PageResult>([afterRowId, size](JobStore &store) {
        PageResult result;
        result.jobs = store.page(afterRowId, size, true, &result.error);
        return result;
    }, this, [this](const PageResult &result) { onPage(result.jobs, result.error); });
}

void StoreSync::onPage(const QList<StoredJob> &page, const QString &error)
{
    if (!error.isEmpty()) {
        m_restoring = false;
        m_lastError = error;
        Q_EMIT writeFailed(tr("The job history could not be read: %1").arg(error));
        Q_EMIT restoreFinished(m_restoredCount);
        return;
    }
    QList<JobRecord> records;
    records.reserve(page.size());
    QHash<QString, QString> names;
    for (const StoredJob &job : page) {
        if (!job.profileName.isEmpty())
            names.insert(job.record.profileId, job.profileName);
        const bool dropped = std::any_of(m_dropFromPage.cbegin(), m_dropFromPage.cend(), [&job](const RemovalFilter &f) {
            return matches(f, job.record, job.updatedAtMs);
        });
        if (dropped || m_jobs->contains(job.record.key))
            continue;
        if (m_timeline)
            m_timeline->restore(job.record.key, job.timeline);
        records.append(job.record);
    }
    if (!names.isEmpty())
        Q_EMIT profileNamesRestored(names);
    m_addingRestored = true;
    const QStringList added = m_jobs->addMany(std::move(records));
    m_addingRestored = false;
    m_restoredCount += int(added.size());
    if (!added.isEmpty())
        Q_EMIT pageRestored(added);
    if (page.size() == m_options.pageSize) {
        requestPage(page.constLast().rowId);
        return;
    }
    m_restoring = false;
    m_dropFromPage.clear();
    Q_EMIT restoreFinished(m_restoredCount);
}

int StoreSync::removeBoth(const QStringList &keys, const RemovalFilter &filter)
{
    const QStringList gone = m_jobs->removeMany(keys); // onRemoved queues their removal from the store
    if (m_disabled)
        return int(gone.size());
    if (m_restoring)
        m_dropFromPage.append(filter); // the page being read may still hold some
    m_store->call<RemoveResult>([filter](JobStore &store) {
        RemoveResult result;
        result.count = int(store.remove(filter, &result.error).size());
        return result;
    }, this, [this](const RemoveResult &result) {
        if (!result.error.isEmpty()) {
            m_lastError = result.error;
            Q_EMIT writeFailed(result.error);
            return;
        }
        Q_EMIT removed(result.count);
    });
    return int(gone.size());
}

int StoreSync::clearFinished()
{
    RemovalFilter filter;
    filter.finishedOnly = true;
    QStringList keys;
    for (const QString &key : m_jobs->keys()) {
        if (matches(filter, *m_jobs->find(key), -1))
            keys.append(key);
    }
    return removeBoth(keys, filter);
}

QStringList StoreSync::keysOlderThan(qint64 cutoffMs) const
{
    RemovalFilter filter;
    filter.olderThanMs = cutoffMs;
    QStringList keys;
    for (const QString &key : m_jobs->keys()) {
        const JobRecord *r = m_jobs->find(key);
        if (matches(filter, *r, lastActivityMs(*r)))
            keys.append(key);
    }
    return keys;
}

int StoreSync::removeOlderThan(qint64 cutoffMs)
{
    RemovalFilter filter;
    filter.olderThanMs = cutoffMs;
    return removeBoth(keysOlderThan(cutoffMs), filter);
}

int StoreSync::countOlderThan(qint64 cutoffMs) const
{
    return int(keysOlderThan(cutoffMs).size());
}

} // namespace jw
