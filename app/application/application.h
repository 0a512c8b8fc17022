#pragma once
// application/: the one composition root, at the top of app/ (may include every layer below it, never sim/ or
// ui/). Owns the network manager, the secret store, the profiles, the job list, the scheduler, the job
// timeline, the job intake and the artifact cache. No widgets and no singletons: mains and windows get this
// object and take what they need. Every folder it writes to comes from Options.

#include "artifacts/resultsaver.h"
#include "model/profile.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

namespace jw {

class ArtifactFetcher;
class DiskCache;
class JobIntake;
class JobList;
class JobTimeline;
class ProfileList;
class ProfileStore;
class SecretVault;
class Settings;
class ResultArchive;
class ResultLifetimes;
class Scheduler;
class SecretStore;

class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)
public:
    struct Options {
        // Empty: nothing is saved (tests): settings in memory, and the download cache and the results archive
        // in a temporary folder of this instance. Settings::defaultPath() in the app.
        QString settingsPath;
        QString keychainService = QStringLiteral("jobwatch");
        QString cacheDir;                     // artifact cache; empty: a temporary folder removed on exit
        QString dataDir;                      // app data; empty: a temporary folder removed on exit

        // The user's real folders: settings under the config location, the cache under CacheLocation, data
        // under AppDataLocation (or $JOBWATCH_DATA_DIR when set). Only the mains use this.
        static Options forUser();
    };
    explicit Application(QObject *parent = nullptr); // in-memory settings, temporary folders (tests)
    explicit Application(const Options &options, QObject *parent = nullptr);
    ~Application() override;

    QNetworkAccessManager *network() const { return m_network; }
    SecretStore *secrets() const;
    ProfileList *profiles() const { return m_profiles; }
    SecretVault *vault() const { return m_secrets; }
    Settings *settings() const { return m_settings; }
    ProfileStore *profileStore() const { return m_store; }
    JobList *jobs() const { return m_jobs; }
    Scheduler *scheduler() const { return m_scheduler; }
    JobTimeline *timeline() const { return m_timeline; }
    JobIntake *intake() const { return m_intake.get(); }
    // Artifacts: the disk cache (Options::cacheDir + "/artifacts"), the fetcher every preview and thumbnail
    // downloads through, and save-on-complete.
    DiskCache *artifactCache() const { return m_artifactCache.get(); }
    ArtifactFetcher *artifacts() const { return m_artifacts; }
    ResultSaver *resultSaver() const { return m_resultSaver; }
    QString cacheDir() const { return m_cacheDir; }
    QString dataDir() const { return m_dataDir; }
    // The results archive (a folder the cache never evicts) and the providers' documented link lifetimes.
    ResultArchive *resultArchive() const { return m_archive; }
    const ResultLifetimes *resultLifetimes() const { return m_lifetimes.get(); }

    // The archive's settings ("archive/…" in Settings): folder (empty = <dataDir>/results),
    // file name pattern and policy.
    struct ArchiveOptions {
        QString folder;
        QString pattern;
        ResultSaver::Policy policy = ResultSaver::Policy::All;
        friend bool operator==(const ArchiveOptions &, const ArchiveOptions &) = default;
    };
    ArchiveOptions archiveOptions() const;
    // Checks (folder writable and apart from the cache, pattern valid), applies and saves them. False and a
    // one-line reason, with nothing changed, when they are not usable.
    bool setArchiveOptions(const ArchiveOptions &options, QString *error = nullptr);

    // Adds (or replaces) a session-only profile (never saved) in the list and the scheduler; `key` (may be
    // empty: no auth) is a session key in the secret store. False and a one-line reason when the scheduler refuses the profile.
    bool addProfile(const Profile &profile, const QString &key, QString *error = nullptr);

private:
    void syncScheduler();
    void applyArchiveSettings();

    std::unique_ptr<QTemporaryDir> m_scratch; // backs cacheDir/dataDir when Options left them empty
    QString m_cacheDir;
    QString m_dataDir;
    QNetworkAccessManager *m_network;
    Settings *m_settings;
    SecretVault *m_secrets;
    ProfileList *m_profiles;
    JobList *m_jobs;
    Scheduler *m_scheduler;
    JobTimeline *m_timeline;
    std::unique_ptr<JobIntake> m_intake;
    std::unique_ptr<DiskCache> m_artifactCache;
    ArtifactFetcher *m_artifacts = nullptr;
    std::unique_ptr<ResultLifetimes> m_lifetimes;
    ResultArchive *m_archive = nullptr;
    ResultSaver *m_resultSaver = nullptr;
    ProfileStore *m_store = nullptr;
    QHash<QString, Profile> m_synced; // what the scheduler was last given, per profile id
};

} // namespace jw
