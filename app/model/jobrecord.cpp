#include "model/jobrecord.h"

using namespace Qt::StringLiterals;

namespace jw {

// Machine words (NDJSON `local`, logs): never translated. People see localStateLabel() (statelabels.h).
QString localStateName(LocalState state)
{
    switch (state) {
    case LocalState::Watching: return u"watching"_s;
    case LocalState::Done: return u"done"_s;
    case LocalState::Stopped: return u"stopped"_s;
    case LocalState::TimedOut: return u"timed out locally"_s;
    case LocalState::Paused: return u"paused"_s;
    case LocalState::NotFound: return u"not found"_s;
    case LocalState::ConfigError: return u"configuration error"_s;
    }
    return {};
}

QString jobKey(const QString &profileId, const QString &jobId)
{
    return profileId + u'/' + jobId;
}

} // namespace jw
