#include "models/jobtally.h"

#include "model/joblist.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

JobTally::JobTally(JobList *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
    connect(jobs, &JobList::jobsAdded, this, &JobTally::onAdded);
    connect(jobs, &JobList::jobsRemoved, this, &JobTally::onRemoved);
    connect(jobs, &JobList::jobsChanged, this, &JobTally::onChanged);
    onAdded(jobs->keys());
}

QString JobTally::summary(const Counts &counts)
{
    QStringList parts;
    for (size_t c = 0; c < counts.size(); ++c)
        parts << tr("%1 %2", "status bar: category name, count").arg(JobTableModel::categoryName(StatusCategory(c))).arg(counts[c]);
    return parts.join(u" · "_s);
}

QString JobTally::categoryHelp(StatusCategory category)
{
    switch (category) {
    case StatusCategory::Active: return tr("Active: queued, running, retrying or paused");
    case StatusCategory::Completed: return tr("Completed: the provider reported the job done");
    case StatusCategory::Failed: return tr("Failed: failed, cancelled, not found or configuration error");
    case StatusCategory::Stopped: return tr("Stopped: no longer watched (stopped, timed out locally), resumable");
    }
    return {};
}

int JobTally::takeRequests()
{
    return std::exchange(m_newRequests, 0);
}

void JobTally::onAdded(const QStringList &keys)
{
    m_entries.reserve(m_entries.size() + keys.size());
    for (const QString &key : keys) {
        const JobRecord *r = m_jobs->find(key);
        if (!r || m_entries.contains(key))
            continue;
        const Entry entry{JobTableModel::category(*r), r->engine.requestCount};
        m_entries.insert(key, entry);
        ++m_counts[size_t(entry.category)];
    }
}

void JobTally::onRemoved(const QStringList &keys)
{
    for (const QString &key : keys) {
        const auto it = m_entries.constFind(key);
        if (it == m_entries.cend())
            continue;
        --m_counts[size_t(it->category)];
        m_entries.erase(it);
    }
}

void JobTally::onChanged(const QList<JobChange> &changes)
{
    constexpr JobFields kStatus = JobField::Snapshot | JobField::Local | JobField::Error | JobField::HttpStatus;
    for (const JobChange &change : changes) {
        if (!(change.fields & (kStatus | JobField::Requests)))
            continue;
        const auto it = m_entries.find(change.key);
        const JobRecord *r = m_jobs->find(change.key);
        if (it == m_entries.end() || !r)
            continue;
        if (change.fields & kStatus) {
            const StatusCategory now = JobTableModel::category(*r);
            if (now != it->category) {
                --m_counts[size_t(it->category)];
                ++m_counts[size_t(now)];
                it->category = now;
            }
        }
        m_newRequests += std::max(0, r->engine.requestCount - it->requests);
        it->requests = r->engine.requestCount;
    }
}

} // namespace jw
