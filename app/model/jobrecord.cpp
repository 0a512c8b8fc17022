#include "model/jobrecord.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Engine) };
}

QString localStateName(LocalState state)
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

QString jobKey(const QString &profileId, const QString &jobId)
{
    return profileId + u'/' + jobId;
}

} // namespace jw
