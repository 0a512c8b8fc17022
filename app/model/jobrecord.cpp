#include "model/jobrecord.h"

#include <utility>

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

namespace {
constexpr std::pair<LocalState, QLatin1StringView> kLocalIds[] = {
    {LocalState::Watching, "watching"_L1}, {LocalState::Done, "done"_L1},     {LocalState::Stopped, "stopped"_L1},
    {LocalState::TimedOut, "timed_out"_L1}, {LocalState::Paused, "paused"_L1}, {LocalState::NotFound, "not_found"_L1},
    {LocalState::ConfigError, "config_error"_L1},
};
} // namespace

QString localStateId(LocalState state)
{
    for (const auto &[value, id] : kLocalIds) {
        if (value == state)
            return id;
    }
    return {};
}

std::optional<LocalState> localStateFromId(const QString &id)
{
    for (const auto &[value, name] : kLocalIds) {
        if (name == id)
            return value;
    }
    return std::nullopt;
}

QString jobKey(const QString &profileId, const QString &jobId)
{
    return profileId + u'/' + jobId;
}

} // namespace jw
