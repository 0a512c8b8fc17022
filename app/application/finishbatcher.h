#pragma once
// Which jobs to tell the user about, and when: watches the JobList for jobs that end (completed; failed,
// cancelled, not found or configuration error count as failed, like the "Failed" filter) and gathers those that
// end close together into one batch. A batch is announced once nothing more has ended for `quietMs`, or
// `maxWaitMs` after its first job, whichever comes first. Jobs that end within `quickMs` of being added (or
// resumed) are left out: the user has just looked at them. Jobs that arrive already ended (the history of the
// last session, an enqueue answer that says "completed") are never announced.
//
// Time comes from an EngineClock (the scheduler's seam): the timer that fires checkDue() is armed from it, and
// tests step a ManualClock and call checkDue() themselves. No widgets: the tray turns a batch into a
// notification.

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace jw {

class EngineClock;
class JobList;
class ProfileList;
struct JobChange;
struct JobRecord;

struct FinishBatch {
    QStringList completed; // job keys, in the order they ended
    QStringList failed;
    QStringList keys() const { return completed + failed; }
    bool isEmpty() const { return completed.isEmpty() && failed.isEmpty(); }
    // "5 jobs finished, 1 failed", "Job failed", ...
    QString title() const;
    // One line per job ("Theo: job_3f9a failed: out of credits"), the first few only, then "and 3 more".
    QString body(const JobList *jobs, const ProfileList *profiles) const;
};

class FinishBatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishBatcher)
public:
    struct Options {
        qint64 quietMs = 4000;   // a batch waits this long after its latest job for more
        qint64 maxWaitMs = 15000; // ... but no longer than this after its first
        qint64 quickMs = 5000;   // jobs that end sooner than this after being added are not announced
    };
    enum class Outcome { None, Completed, Failed };
    static Outcome outcomeOf(const JobRecord &record);

    // `clock` is not owned and must outlive this; null: the system clock.
    explicit FinishBatcher(JobList *jobs, const EngineClock *clock = nullptr, QObject *parent = nullptr);
    ~FinishBatcher() override;

    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }
    // Announces the pending batch if it is due on the clock (the timer calls this).
    void checkDue();
    bool hasPending() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void batchReady(const jw::FinishBatch &batch);

private:
    struct Seen {
        Outcome outcome = Outcome::None;
        qint64 watchedSinceMs = 0; // steady ms the job was added, or began to be watched again
    };
    void onAdded(const QStringList &keys);
    void onRemoved(const QStringList &keys);
    void onChanged(const QList<jw::JobChange> &changes);
    void arm();

    JobList *m_jobs;
    const EngineClock *m_clock;
    std::unique_ptr<EngineClock> m_systemClock;
    Options m_options;
    QHash<QString, Seen> m_seen;
    FinishBatch m_pending;
    qint64 m_firstAtMs = 0;
    qint64 m_dueAtMs = 0;
    QTimer m_timer;
};

} // namespace jw

Q_DECLARE_METATYPE(jw::FinishBatch)
