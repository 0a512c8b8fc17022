#include "model/jobrecord.h"

#include <QCoreApplication>

#include <utility>

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
    }
    return {};
}

namespace {
constexpr std::pair<LocalState, QLatin1StringView> kLocalIds[] = {
    {LocalState::Watching, "watching"_L1}, {LocalState::Done, "done"_L1},     {LocalState::Stopped, "stopped"_L1},
    {LocalState::TimedOut, "timed_out"_L1}, {LocalState::Paused, "paused"_L1}, {LocalState::NotFound, "not_found"_L1},
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
