#include "application/finishbatcher.h"

#include "engine/engineclock.h"
#include "model/joblist.h"
#include "model/profilelist.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Notifications) };
constexpr int kBodyLines = 4;
} // namespace

QString FinishBatch::title() const
{
    const int done = int(completed.size());
    const int bad = int(failed.size());
    if (done + bad == 1)
        return done ? Tr::tr("Job finished") : Tr::tr("Job failed");
    if (bad == 0)
        return Tr::tr("%n job(s) finished", nullptr, done);
    if (done == 0)
        return Tr::tr("%n job(s) failed", nullptr, bad);
    return Tr::tr("%1, %2", "notification title: '5 jobs finished', '1 failed'")
        .arg(Tr::tr("%n job(s) finished", nullptr, done), Tr::tr("%n failed", "after 'N jobs finished, '", bad));
}

QString FinishBatch::body(const JobList *jobs, const ProfileList *profiles) const
{
    QStringList lines;
    const QStringList all = keys();
    for (const QString &key : all) {
        if (lines.size() == kBodyLines)
            break;
        const JobRecord record = jobs->value(key);
        const QString profile = profiles ? profiles->displayName(record.profileId) : record.profileId;
        if (completed.contains(key)) {
            lines << Tr::tr("%1: %2 finished", "profile: job ID finished").arg(profile, record.jobId);
            continue;
        }
        QString reason = record.snapshot.error ? record.snapshot.error->message : record.engine.lastError;
        if (reason.size() > 80)
            reason = reason.left(79) + u'…';
        lines << (reason.isEmpty() ? Tr::tr("%1: %2 failed", "profile: job ID failed").arg(profile, record.jobId)
                                   : Tr::tr("%1: %2 failed: %3", "profile: job ID failed: reason").arg(profile, record.jobId, reason));
    }
    if (all.size() > lines.size())
        lines << Tr::tr("and %n more", "after the first few jobs of a notification", int(all.size() - lines.size()));
    return lines.join(u'\n');
}

FinishBatcher::Outcome FinishBatcher::outcomeOf(const JobRecord &record)
{
    if (record.engine.local == LocalState::NotFound || record.engine.local == LocalState::ConfigError)
        return Outcome::Failed;
    if (!record.hasSnapshot)
        return Outcome::None;
    switch (record.snapshot.state) {
    case JobState::Completed: return Outcome::Completed;
    case JobState::Failed:
    case JobState::Cancelled: return Outcome::Failed;
    default: return Outcome::None;
    }
}

FinishBatcher::FinishBatcher(JobList *jobs, const EngineClock *clock, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_clock(clock)
{
    if (!m_clock) {
        m_systemClock = std::make_unique<SystemClock>();
        m_clock = m_systemClock.get();
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FinishBatcher::checkDue);
    connect(m_jobs, &JobList::jobsAdded, this, &FinishBatcher::onAdded);
    connect(m_jobs, &JobList::jobsRemoved, this, &FinishBatcher::onRemoved);
    connect(m_jobs, &JobList::jobsChanged, this, &FinishBatcher::onChanged);
    onAdded(m_jobs->keys());
}

FinishBatcher::~FinishBatcher() = default;

void FinishBatcher::onAdded(const QStringList &keys)
{
    const qint64 now = m_clock->steadyMs();
    for (const QString &key : keys) {
        if (const JobRecord *record = m_jobs->find(key))
            m_seen.insert(key, Seen{outcomeOf(*record), now});
    }
}

void FinishBatcher::onRemoved(const QStringList &keys)
{
    for (const QString &key : keys) {
        m_seen.remove(key);
        m_pending.completed.removeAll(key);
        m_pending.failed.removeAll(key);
    }
    if (m_pending.isEmpty())
        m_timer.stop();
}

void FinishBatcher::onChanged(const QList<JobChange> &changes)
{
    const qint64 now = m_clock->steadyMs();
    bool added = false;
    for (const JobChange &change : changes) {
        if (!(change.fields & (JobField::Snapshot | JobField::Local)))
            continue;
        const auto it = m_seen.find(change.key);
        const JobRecord *record = m_jobs->find(change.key);
        if (it == m_seen.end() || !record)
            continue;
        const Outcome outcome = outcomeOf(*record);
        if (outcome == it->outcome)
            continue;
        const Outcome before = std::exchange(it->outcome, outcome);
        if (outcome == Outcome::None) { // retried or resumed: watched again from now
            it->watchedSinceMs = now;
            continue;
        }
        if (before != Outcome::None || now - it->watchedSinceMs < m_options.quickMs)
            continue;
        m_pending.completed.removeAll(change.key); // ended, retried and ended again while the batch waits
        m_pending.failed.removeAll(change.key);
        if (m_pending.isEmpty())
            m_firstAtMs = now;
        (outcome == Outcome::Completed ? m_pending.completed : m_pending.failed).append(change.key);
        added = true;
    }
    if (!added)
        return;
    m_dueAtMs = std::min(now + m_options.quietMs, m_firstAtMs + m_options.maxWaitMs);
    arm();
}

void FinishBatcher::arm()
{
    const qint64 wait = std::max<qint64>(0, m_dueAtMs - m_clock->steadyMs());
    m_timer.start(int(std::min<qint64>(m_clock->realDelayMs(wait), std::numeric_limits<int>::max())));
}

void FinishBatcher::checkDue()
{
    if (m_pending.isEmpty())
        return;
    if (m_clock->steadyMs() < m_dueAtMs) {
        arm();
        return;
    }
    m_timer.stop();
    Q_EMIT batchReady(std::exchange(m_pending, FinishBatch{}));
}

} // namespace jw
