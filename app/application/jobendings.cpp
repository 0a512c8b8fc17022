#include "application/jobendings.h"

#include "artifacts/resultarchive.h"
#include "artifacts/resultsaver.h"
#include "model/joblist.h"
#include "model/profilelist.h"
#include "profiles/settings.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
constexpr int kMaxTimeoutSeconds = 24 * 3600;

QString closeActionName(JobEndings::CloseAction action)
{
    switch (action) {
    case JobEndings::CloseAction::Ask: return u"ask"_s;
    case JobEndings::CloseAction::KeepInTray: return u"tray"_s;
    case JobEndings::CloseAction::Quit: return u"quit"_s;
    }
    return u"ask"_s;
}
} // namespace

JobEndings::JobEndings(JobList *jobs, JobTimeline *timeline, ProfileList *profiles, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_settings(settings)
    , m_batcher(new FinishBatcher(jobs, nullptr, this))
    , m_hook(new FinishHook(jobs, timeline, this))
{
    m_hook->setProfileName([this](const QString &id) { return m_profiles->displayName(id); });
    m_hook->setCommandFor([this](const JobRecord &record) { return commandFor(record); });
    m_hook->setTimeoutMs(commandTimeoutSeconds() * 1000);
    if (const QString text = command(); !text.trimmed().isEmpty())
        m_global = FinishCommand::parse(text); // a command that no longer parses runs nothing
}

JobEndings::~JobEndings() = default;

void JobEndings::setResults(ResultSaver *saver, const ResultArchive *archive)
{
    m_saver = saver;
    m_archive = archive;
    m_hook->setResultPath([this](const JobRecord &record) { return resultPathOf(record); });
    connect(saver, &ResultSaver::saved, m_hook, [this](const QString &key) { m_hook->recheck(key); });
    connect(saver, &ResultSaver::idle, m_hook, &FinishHook::releaseWaiting);
}

std::optional<QString> JobEndings::resultPathOf(const JobRecord &record) const
{
    if (!m_saver || !m_archive)
        return QString();
    for (const ResultSaver::Planned &planned : m_saver->plan(record)) {
        if (planned.n == 0)
            continue; // a poster or thumbnail: the cache only
        const QString path = m_archive->archivedFile(planned.url);
        if (!path.isEmpty())
            return path;
        return std::nullopt; // the first archived result is still on its way
    }
    return QString(); // nothing of this job goes into the archive
}

std::optional<FinishCommand> JobEndings::commandFor(const JobRecord &record)
{
    const Profile *profile = m_profiles->find(record.profileId);
    const QString own = profile ? profile->onFinish.trimmed() : QString();
    if (own.isEmpty())
        return m_global;
    if (const auto it = m_profileCommands.constFind(own); it != m_profileCommands.cend())
        return *it;
    const std::optional<FinishCommand> parsed = FinishCommand::parse(own);
    if (parsed)
        m_profileCommands.insert(own, *parsed);
    return parsed;
}

bool JobEndings::trayIcon() const
{
    return m_settings->value("notify/trayIcon"_L1).toBool(true);
}

void JobEndings::setTrayIcon(bool on)
{
    m_settings->setValue("notify/trayIcon"_L1, on);
    Q_EMIT settingsChanged();
}

bool JobEndings::notifications() const
{
    return m_settings->value("notify/notifications"_L1).toBool(true);
}

void JobEndings::setNotifications(bool on)
{
    m_settings->setValue("notify/notifications"_L1, on);
    Q_EMIT settingsChanged();
}

JobEndings::CloseAction JobEndings::closeAction() const
{
    const QString name = m_settings->value("notify/closeAction"_L1).toString();
    for (const auto action : {CloseAction::Ask, CloseAction::KeepInTray, CloseAction::Quit}) {
        if (closeActionName(action) == name)
            return action;
    }
    return CloseAction::Ask;
}

void JobEndings::setCloseAction(CloseAction action)
{
    m_settings->setValue("notify/closeAction"_L1, closeActionName(action));
    Q_EMIT settingsChanged();
}

QString JobEndings::command() const
{
    return m_settings->value("notify/onFinish"_L1).toString();
}

int JobEndings::commandTimeoutSeconds() const
{
    return std::clamp(m_settings->value("notify/onFinishTimeoutSeconds"_L1).toInt(60), 1, kMaxTimeoutSeconds);
}

bool JobEndings::setCommand(const QString &command, int timeoutSeconds, QString *error)
{
    std::optional<FinishCommand> parsed;
    if (!command.trimmed().isEmpty()) {
        parsed = FinishCommand::parse(command.trimmed(), error);
        if (!parsed)
            return false;
    }
    m_global = parsed;
    m_settings->setValue("notify/onFinish"_L1, command.trimmed());
    m_settings->setValue("notify/onFinishTimeoutSeconds"_L1, std::clamp(timeoutSeconds, 1, kMaxTimeoutSeconds));
    m_hook->setTimeoutMs(commandTimeoutSeconds() * 1000);
    Q_EMIT settingsChanged();
    return true;
}

} // namespace jw
