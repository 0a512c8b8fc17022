#pragma once
// What happens when jobs end, and the settings that steer it ("notify/…" in Settings): the FinishBatcher whose
// batches the tray turns into notifications, and the FinishHook that runs the run-on-finish program (a
// profile's own command first, else the global one). Commands are split into argv once, when they are set
// (FinishCommand::parse), and a split is reused until the text changes.
//
// {result_path} of a completed job is its first result in the results archive: the run waits while the
// ResultSaver is still archiving it (up to FinishHook::kResultWaitMs).

#include "application/finishbatcher.h"
#include "application/finishhook.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace jw {

class JobList;
class JobTimeline;
class ProfileList;
class ResultArchive;
class ResultSaver;
class Settings;

class JobEndings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEndings)
public:
    JobEndings(JobList *jobs, JobTimeline *timeline, ProfileList *profiles, Settings *settings, QObject *parent = nullptr);
    ~JobEndings() override;

    // Results: {result_path} waits for the archive.
    void setResults(ResultSaver *saver, const ResultArchive *archive);

    FinishBatcher *batcher() const { return m_batcher; }
    FinishHook *hook() const { return m_hook; }

    // Settings. "Ask" (default) asks the first time the window is closed with jobs still running.
    enum class CloseAction { Ask, KeepInTray, Quit };
    bool trayIcon() const;
    void setTrayIcon(bool on);
    bool notifications() const;
    void setNotifications(bool on);
    CloseAction closeAction() const;
    void setCloseAction(CloseAction action);
    QString command() const; // the global run-on-finish command, as typed
    int commandTimeoutSeconds() const;
    // Checks, splits and saves; false and a one-line reason (nothing changed) when it cannot be used. Empty: none.
    bool setCommand(const QString &command, int timeoutSeconds, QString *error = nullptr);

Q_SIGNALS:
    void settingsChanged();

private:
    std::optional<FinishCommand> commandFor(const JobRecord &record);
    std::optional<QString> resultPathOf(const JobRecord &record) const;

    ProfileList *m_profiles;
    Settings *m_settings;
    FinishBatcher *m_batcher;
    FinishHook *m_hook;
    ResultSaver *m_saver = nullptr;
    const ResultArchive *m_archive = nullptr;
    std::optional<FinishCommand> m_global;
    QHash<QString, FinishCommand> m_profileCommands; // by command text
};

} // namespace jw
