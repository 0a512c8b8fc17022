#pragma once
// What the row actions (Stop, Resume, Retry, Remove) and the bulk actions (Stop all, Resume all) do to the
// watched jobs, through the Scheduler and the JobList (Clear finished is Application::clearFinished, which
// reaches the job store too). The window's QActions, menus, shortcuts and the row buttons all end here; a job
// only gets an action that JobTableModel::availableActions offers for it.

#include <QStringList>

namespace jw {

class JobList;
class ProfileList;
class Scheduler;
enum class RowAction;

class JobCommands final
{
public:
    JobCommands(JobList *jobs, Scheduler *scheduler, ProfileList *profiles);

    // Applies `action` to each of `keys` that offers it; the rows show the new state at once.
    void apply(RowAction action, const QStringList &keys);
    // RowAction flags offered by at least one of `keys`.
    int availableActions(const QStringList &keys) const;

    void stopAll();
    // Resumes the paused profiles (their keys are asked for again) and every stopped, timed-out or paused job.
    void resumeAll();

private:
    JobList *m_jobs;
    Scheduler *m_scheduler;
    ProfileList *m_profiles;
};

} // namespace jw
