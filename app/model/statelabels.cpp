#include "model/statelabels.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(States) };
}

QString stateLabel(JobState state)
{
    switch (state) {
    case JobState::Queued: return Tr::tr("queued");
    case JobState::Running: return Tr::tr("running");
    case JobState::Completed: return Tr::tr("completed");
    case JobState::Failed: return Tr::tr("failed");
    case JobState::Cancelled: return Tr::tr("cancelled");
    case JobState::Unknown: break;
    }
    return Tr::tr("unknown");
}

QString localStateLabel(LocalState state)
{
    switch (state) {
    case LocalState::Watching: return Tr::tr("watching");
    case LocalState::Done: return Tr::tr("done");
    case LocalState::Stopped: return Tr::tr("stopped");
    case LocalState::TimedOut: return Tr::tr("timed out locally");
    case LocalState::Paused: return Tr::tr("paused");
    case LocalState::NotFound: return Tr::tr("not found");
    case LocalState::ConfigError: return Tr::tr("configuration error");
    }
    return {};
}

bool isThrottled(const JobSnapshot &snapshot)
{
    return snapshot.state == JobState::Queued && snapshot.rawStatus.compare("throttled"_L1, Qt::CaseInsensitive) == 0;
}

bool isAborted(const JobSnapshot &snapshot)
{
    return snapshot.state == JobState::Cancelled && snapshot.rawStatus.compare("aborted"_L1, Qt::CaseInsensitive) == 0;
}

QString serverStateLabel(const JobSnapshot &snapshot)
{
    if (isThrottled(snapshot))
        return Tr::tr("throttled by provider");
    if (isAborted(snapshot))
        return Tr::tr("aborted", "the provider gave up on the job before it started");
    return stateLabel(snapshot.state);
}

QString abortedExplanation()
{
    return Tr::tr("The provider aborted the job before it started: its deadline passed.");
}

QString queuePositionLabel(int position)
{
    if (position <= 0)
        return Tr::tr("next in queue");
    return Tr::tr("#%1 in queue", "place in the provider's queue").arg(position);
}

QString durationLabel(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s < 60)
        return Tr::tr("%1 s", "duration in seconds").arg(s);
    if (s < 3600)
        return Tr::tr("%1 min %2 s", "duration: minutes, seconds").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 h %2 min", "duration: hours, minutes").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString timeInStateLabel(const JobRecord &record, qint64 nowMs)
{
    const EngineState &e = record.engine;
    if (!record.hasSnapshot || e.stateSinceMs < 0 || e.local != LocalState::Watching || isTerminal(record.snapshot.state))
        return {};
    const QString span = durationLabel(nowMs - e.stateSinceMs);
    if (isThrottled(record.snapshot))
        return Tr::tr("Throttled by provider for %1").arg(span);
    switch (record.snapshot.state) {
    case JobState::Queued: return Tr::tr("Queued for %1").arg(span);
    case JobState::Running: return Tr::tr("Running for %1").arg(span);
    default: break;
    }
    return Tr::tr("In this state for %1").arg(span);
}

} // namespace jw
