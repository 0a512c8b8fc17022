#include "model/statelabels.h"

#include <QCoreApplication>

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

} // namespace jw
