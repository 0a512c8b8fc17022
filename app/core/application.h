#pragma once
// The one composition root (DESIGN.md §1): owns the network manager, the secret store, the profiles, the job
// list, the scheduler, the job timeline and the job intake, and (optionally) the in-process simulated provider
// for --demo. No widgets and no singletons: mains and windows get this object and take what they need.

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace jw {

class JobIntake;
class JobList;
class JobTimeline;
class MemorySecretStore;
class ProfileList;
class Scheduler;
class SecretStore;
class SimulatedProvider;
struct Profile;

class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)
public:
    explicit Application(QObject *parent = nullptr);
    ~Application() override;

    QNetworkAccessManager *network() const { return m_network; }
    SecretStore *secrets() const;
    ProfileList *profiles() const { return m_profiles; }
    JobList *jobs() const { return m_jobs; }
    Scheduler *scheduler() const { return m_scheduler; }
    JobTimeline *timeline() const { return m_timeline; }
    JobIntake *intake() const { return m_intake.get(); }

    // Adds (or replaces) a profile in the list and the scheduler; `key` (may be empty: no auth) goes to the
    // secret store only. False and a one-line reason when the scheduler refuses the profile.
    bool addProfile(const Profile &profile, const QString &key, QString *error = nullptr);

    // Starts the in-process simulated provider on 127.0.0.1 (a free port), adds one profile per native dialect
    // ("Theo demo", "Vidocu demo", "Scenes demo", "Muvi demo") with a demo token, and watches `jobCount`
    // varied jobs: every dialect and outcome, staggered durations, a few 429 faults. False and a reason when
    // the server cannot listen. Calling it twice is an error.
    bool startDemo(int jobCount, QString *error = nullptr);
    SimulatedProvider *demoProvider() const { return m_demo; } // nullptr unless startDemo succeeded

    static QString demoProfileId(const QString &dialect); // "demo-theo", ...

private:
    QNetworkAccessManager *m_network;
    MemorySecretStore *m_secrets;
    ProfileList *m_profiles;
    JobList *m_jobs;
    Scheduler *m_scheduler;
    JobTimeline *m_timeline;
    std::unique_ptr<JobIntake> m_intake;
    SimulatedProvider *m_demo = nullptr;
};

} // namespace jw
