#pragma once
// application/: the one composition root, at the top of app/ (may include every layer below it, never sim/ or
// ui/). Owns the network manager, the secret store, the profiles, the job list, the scheduler, the job
// timeline, the job intake and the artifact cache. No widgets and no singletons: mains and windows get this
// object and take what they need. Every folder it writes to comes from Options.
//
// The job store lives in the data folder: the last session comes back from it as the window opens (page by
// page): finished jobs as history, unfinished ones polling again (or stopped, when the "history/resumeOnStart"
// setting is off; jobs of a profile that no longer exists are stopped with a reason). Jobs idle for longer than
// the "history/retentionDays" setting are removed first. Every change is written back (StoreSync).

#include "model/inlineresults.h"
#include "artifacts/resultsaver.h"
#include "model/profile.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;


namespace jw {


class ArtifactFetcher;
class DiskCache;
class JobIntake;
class JobEndings;
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
class StoreSync;
class StoreThread;

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
        QString dataDir;                      // app data (the job store); empty: a temporary folder removed on exit
        int storeFlushIntervalMs = 500;       // at most one job store write per interval

        // The user's real folders: settings under the config location, the cache under CacheLocation, data
        // under the desktop app's AppDataLocation (or $JOBWATCH_DATA_DIR when set; datadir::resolve). Only the
        // mains use this.
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
    // What went wrong reading the settings file (written by a newer version, not JSON: it is then left untouched)
    // and the saved profiles that were skipped, one line each, for stderr and the status bar at start.
    QStringList startupProblems() const;
    JobList *jobs() const { return m_jobs; }
    Scheduler *scheduler() const { return m_scheduler; }
    JobTimeline *timeline() const { return m_timeline; }
    JobIntake *intake() const { return m_intake.get(); }
    // Jobs that end: batched notifications, the run-on-finish program, and their settings.
    JobEndings *endings() const { return m_endings; }
    // Artifacts: the disk cache (Options::cacheDir + "/artifacts"), the fetcher every preview and thumbnail
    // downloads through, and save-on-complete.
    DiskCache *artifactCache() const { return m_artifactCache.get(); }
    ArtifactFetcher *artifacts() const { return m_artifacts; }
    ResultSaver *resultSaver() const { return m_resultSaver; }
    QString cacheDir() const { return m_cacheDir; }
    QString dataDir() const { return m_dataDir; }
    // The job store's sync (always there: the data folder is a temporary one when Options left it empty):
    // restore progress, write errors, bulk removal.
    StoreSync *history() const { return m_history; }
    StoreThread *storeThread() const { return m_storeThread; }

    // Removes the finished jobs (local state done) from the list and the store; returns how many left the list.
    int clearFinished();
    // Removes every job not being watched whose last activity is older than `cutoffMs` (epoch ms).
    int removeOlderThan(qint64 cutoffMs);
    // The retention setting: on start, jobs idle for more than this many days are removed; 0 keeps everything.
    int retentionDays() const;
    void setRetentionDays(int days);
    // Whether restored unfinished jobs poll again at once (else they come back stopped).
    bool resumeOnStart() const;
    void setResumeOnStart(bool resume);
    // The download limit ("archive/downloadLimitMiB"): the largest result the artifact fetcher downloads, in MiB
    // (1 to kMaxDownloadLimitMiB; the default is ArtifactFetcher::kDefaultMaxBytes). Applied at once and saved.
    static constexpr int kMaxDownloadLimitMiB = 1024 * 1024; // 1 TiB
    int downloadLimitMiB() const;
    void setDownloadLimitMiB(int mib);
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

Q_SIGNALS:
    // Something the user should know about the job history, for the status bar: it was recovered, is read-only
    // or unavailable, or saving it failed (jobs keep being watched and saving is retried). Empty: resolved.
    void historyMessage(const QString &message);

private:
    void syncScheduler();
    void openStore(int flushIntervalMs);
    void resumeRestored(const QStringList &keys);
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
    InlineResults *m_inline = new InlineResults(this);
    std::unique_ptr<ResultLifetimes> m_lifetimes;
    ResultArchive *m_archive = nullptr;
    ResultSaver *m_resultSaver = nullptr;
    ProfileStore *m_store = nullptr;
    StoreThread *m_storeThread = nullptr;
    StoreSync *m_history = nullptr;
    JobEndings *m_endings = nullptr;
    QHash<QString, Profile> m_synced; // what the scheduler was last given, per profile id
};

} // namespace jw
