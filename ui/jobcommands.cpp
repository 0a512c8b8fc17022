#include "jobcommands.h"

#include "model/joblist.h"
#include "model/profilelist.h"
#include "models/jobtablemodel.h"
#include "engine/scheduler.h"

namespace jw {

JobCommands::JobCommands(JobList *jobs, Scheduler *scheduler, ProfileList *profiles)
    : m_jobs(jobs)
    , m_scheduler(scheduler)
    , m_profiles(profiles)
{
}

void JobCommands::apply(RowAction action, const QStringList &keys)
{
    QStringList chosen;
    chosen.reserve(keys.size());
    for (const QString &key : keys) {
        const JobRecord *r = m_jobs->find(key);
        if (r && (JobTableModel::availableActions(*r) & int(action)))
            chosen.append(key);
    }
    // One bulk call each: O(n) with one re-arm of the scheduler and one model update, whatever the count.
    switch (action) {
    case RowAction::Stop: m_scheduler->stop(chosen); break;
    case RowAction::Resume:
    case RowAction::Retry: m_scheduler->resume(chosen); break;
    case RowAction::Remove:
        m_scheduler->stop(chosen);
        m_jobs->removeMany(chosen);
        break;
    }
    // The row shows the new state at once, not on the next batch.
    m_jobs->flush();
}

int JobCommands::availableActions(const QStringList &keys) const
{
    int available = 0;
    for (const QString &key : keys) {
        if (const JobRecord *r = m_jobs->find(key))
            available |= JobTableModel::availableActions(*r);
    }
    return available;
}

void JobCommands::stopAll()
{
    m_scheduler->stopAll();
    m_jobs->flush();
}

void JobCommands::resumeAll()
{
    for (const Profile &p : m_profiles->all()) {
        if (m_scheduler->isProfilePaused(p.id))
            m_scheduler->resumeProfile(p.id);
    }
    QStringList keys;
    for (const QString &key : m_jobs->keys()) {
        const JobRecord *r = m_jobs->find(key);
        if (r && (r->engine.local == LocalState::Stopped || r->engine.local == LocalState::TimedOut || r->engine.local == LocalState::Paused))
            keys << key;
    }
    apply(RowAction::Resume, keys);
}

} // namespace jw
