#pragma once
// Runs the run-on-finish program for each job that ends (completed, failed, cancelled, not found, configuration
// error), as the job list reports it: which command (or none) a job gets is asked of commandFor() (the window:
// the profile's own command, else the global one from Settings; the CLI: --on-finish). Jobs that arrive ended
// (the last session's history) run nothing.
//
// Each run is a QProcess started with the expanded argv (FinishCommand: no shell), stdin closed, stdout
// discarded, stderr kept (its tail), killed after the timeout. At most kMaxRunning run at once; the rest wait
// their turn. How each run ended goes into the job's timeline (when there is one) and out through ran().
//
// {result_path} (when the command uses it): a completed job may still be saving its first result into the archive when it ends.
// resultPath() says: a path, an empty string (nothing will be archived) or nullopt (still saving): the run then
// waits until recheck(key) finds the path, releaseWaiting() says the saving is over, or kResultWaitMs passed.

#include "model/finishcommand.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QProcess;
class QTimer;

namespace jw {

class JobList;
class JobTimeline;
struct JobChange;

class FinishHook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishHook)
public:
    static constexpr int kDefaultTimeoutMs = 60 * 1000;
    static constexpr int kMaxRunning = 4;
    static constexpr int kResultWaitMs = 120 * 1000;

    using CommandFor = std::function<std::optional<FinishCommand>(const JobRecord &)>;
    using ResultPath = std::function<std::optional<QString>(const JobRecord &)>;
    using ProfileName = std::function<QString(const QString &profileId)>;

    // `timeline` may be null (the CLI without --record).
    FinishHook(JobList *jobs, JobTimeline *timeline, QObject *parent = nullptr);
    ~FinishHook() override;

    void setCommandFor(CommandFor commandFor) { m_commandFor = std::move(commandFor); }
    void setResultPath(ResultPath resultPath) { m_resultPath = std::move(resultPath); }
    void setProfileName(ProfileName profileName) { m_profileName = std::move(profileName); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // Jobs waiting for their result path, queued, or running.
    int busy() const { return int(m_waiting.size() + m_queue.size()) + m_running; }
    void recheck(const QString &key);
    void releaseWaiting();

Q_SIGNALS:
    void started(const QString &key, const QStringList &argv);
    void ran(const QString &key, const jw::FinishRun &run);
    void idle(); // busy() dropped to 0

private:
    struct Pending {
        QString key;
        FinishCommand command;
    };
    void onAdded(const QStringList &keys);
    void onRemoved(const QStringList &keys);
    void onChanged(const QList<jw::JobChange> &changes);
    void enqueue(const Pending &pending, const QString &resultPath);
    void startNext();
    void finish(QProcess *process, const QString &key, const FinishRun &run);

    JobList *m_jobs;
    JobTimeline *m_timeline;
    CommandFor m_commandFor;
    ResultPath m_resultPath;
    ProfileName m_profileName;
    int m_timeoutMs = kDefaultTimeoutMs;
    QHash<QString, bool> m_ended; // per job: has it ended (as last seen)
    QHash<QString, Pending> m_waiting; // by key: waiting for the result path
    QHash<QString, QTimer *> m_waitTimers;
    struct Queued {
        QString key;
        QStringList argv;
    };
    QList<Queued> m_queue;
    int m_running = 0;
};

} // namespace jw

Q_DECLARE_METATYPE(jw::FinishRun)
