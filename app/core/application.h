#pragma once
// The one composition root (DESIGN.md §1): owns the network manager, the secret store, the profiles, the job
// list, the scheduler, the job timeline and the job intake, and (optionally) the in-process simulated provider
// for --demo. No widgets and no singletons: mains and windows get this object and take what they need.

#include "core/profile.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

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
class ResultSaver;
class Scheduler;
class SecretStore;
class SimulatedProvider;

class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)
public:
    struct Options {
        QString settingsPath;                 // empty: nothing is saved (tests); Settings::defaultPath() in the app
        QString keychainService = QStringLiteral("jobwatch");
    };
    explicit Application(QObject *parent = nullptr); // in-memory settings (tests)
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
    // Artifacts (issue 7): the disk cache (QStandardPaths::CacheLocation/artifacts), the fetcher every preview
    // and thumbnail downloads through, and save-on-complete.
    DiskCache *artifactCache() const { return m_artifactCache.get(); }
    ArtifactFetcher *artifacts() const { return m_artifacts; }
    ResultSaver *resultSaver() const { return m_resultSaver; }

    // Adds (or replaces) a session-only profile (never saved) in the list and the scheduler; `key` (may be
    // empty: no auth) is a session key in the secret store. False and a one-line reason when the scheduler refuses the profile.
    bool addProfile(const Profile &profile, const QString &key, QString *error = nullptr);

    // Starts the in-process simulated provider on 127.0.0.1 (a free port), adds one profile per native dialect
    // ("Theo demo", "Vidocu demo", "Scenes demo", "Muvi demo") with a demo token, and watches `jobCount`
    // varied jobs: every dialect and outcome, staggered durations, a few 429 faults. False and a reason when
    // the server cannot listen. Calling it twice is an error. `brokenResults` adds five completed jobs whose
    // results fail to load in each way a download can (SimulatedProvider::createDemoSet).
    bool startDemo(int jobCount, QString *error = nullptr, bool brokenResults = false);
    SimulatedProvider *demoProvider() const { return m_demo; } // nullptr unless startDemo succeeded

    static QString demoProfileId(const QString &dialect); // "demo-theo", ...

private:
    void syncScheduler();

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
    ResultSaver *m_resultSaver = nullptr;
    SimulatedProvider *m_demo = nullptr;
    ProfileStore *m_store = nullptr;
    QHash<QString, Profile> m_synced; // what the scheduler was last given, per profile id
};

} // namespace jw
