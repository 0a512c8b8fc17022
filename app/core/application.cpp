#include "core/application.h"

#include "artifacts/artifactfetcher.h"
#include "artifacts/diskcache.h"
#include "artifacts/resultsaver.h"

#include "core/jobintake.h"
#include "core/joblist.h"
#include "core/jobtimeline.h"
#include "core/profile.h"
#include "core/profilelist.h"
#include "core/secretstore.h"
#include "poll/scheduler.h"
#include "profiles/filesecretstore.h"
#include "profiles/profilestore.h"
#include "profiles/secretvault.h"
#include "profiles/settings.h"
#include "sim/simulatedprovider.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>


using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Application) };

// The demo token; shown only redacted ("••••c0de").
constexpr auto kDemoToken = "jw-demo-token-5e1f-c0de";

constexpr const char *kDemoDialects[] = {"theo", "vidocu", "scenes", "muvi"};
} // namespace

Application::Application(QObject *parent)
    : Application(Options{}, parent)
{
}

Application::Application(const Options &options, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_settings(new Settings(options.settingsPath, this))
    , m_secrets(new SecretVault(options.keychainService,
                                options.settingsPath.isEmpty() ? QString() : FileSecretStore::defaultPath(options.settingsPath), this))
    , m_profiles(new ProfileList(this))
    , m_jobs(new JobList(this))
    , m_scheduler(new Scheduler(m_jobs, m_network, m_secrets, this))
    , m_timeline(new JobTimeline(m_jobs, this))
    , m_intake(std::make_unique<JobIntake>(m_profiles, m_scheduler, m_jobs))
    , m_artifactCache(std::make_unique<DiskCache>())
    , m_artifacts(new ArtifactFetcher(m_network, m_secrets, m_profiles, m_jobs, m_artifactCache.get(), this))
    , m_resultSaver(new ResultSaver(m_jobs, m_artifacts, this))
{
    // Profiles (issue 6): saved profiles load into the list; every change reaches the scheduler.
    m_store = new ProfileStore(m_settings, m_profiles, m_secrets, this);
    syncScheduler();
    connect(m_profiles, &ProfileList::changed, this, &Application::syncScheduler);
    // A key saved or replaced: the profile polls again with it ("Set key…" resumes a paused profile).
    connect(m_store, &ProfileStore::keySaved, this, [this](const QString &id, const QString &error, bool) {
        if (!error.isEmpty() || !m_scheduler->hasProfile(id))
            return;
        if (m_scheduler->isProfilePaused(id))
            m_scheduler->resumeProfile(id);
        else if (const Profile *p = m_profiles->find(id))
            m_scheduler->addProfile(*p);
    });
}

void Application::syncScheduler()
{
    for (const Profile &p : m_profiles->all()) {
        const auto it = m_synced.constFind(p.id);
        if (it != m_synced.cend() && *it == p)
            continue;
        if (m_scheduler->addProfile(p))
            m_synced.insert(p.id, p);
    }
}

Application::~Application()
{
    // Stop saving and downloading, then polling, before the pieces they use go away; the demo server last.
    disconnect(m_profiles, nullptr, this, nullptr);
    delete m_resultSaver;
    delete m_artifacts;
    delete m_scheduler;
    m_scheduler = nullptr;
    m_intake.reset();
    delete m_timeline;
    delete m_jobs;
    delete m_demo;
}

SecretStore *Application::secrets() const
{
    return m_secrets;
}

QString Application::demoProfileId(const QString &dialect)
{
    return u"demo-"_s + dialect;
}

bool Application::addProfile(const Profile &profile, const QString &key, QString *error)
{
    QString reason;
    if (const Profile *other = m_profiles->byName(profile.name); other && other->id != profile.id)
        reason = Tr::tr("another profile is already named \"%1\"").arg(profile.name);
    if (reason.isEmpty() && profile.name.trimmed().isEmpty())
        reason = Tr::tr("profile \"%1\" needs a name").arg(profile.id);
    // The key must be in the store before the scheduler asks for it. Session-only: never saved.
    if (reason.isEmpty()) {
        m_store->setTransient(profile.id);
        m_secrets->setSessionKey(profile.id, key);
        if (m_scheduler->addProfile(profile, &reason))
            m_synced.insert(profile.id, profile);
    }
    if (reason.isEmpty())
        m_profiles->add(profile, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    return true;
}

bool Application::startDemo(int jobCount, QString *error, bool brokenResults)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (m_demo)
        return fail(Tr::tr("the demo is already running"));
    auto *demo = new SimulatedProvider(this);
    if (!demo->listen(0)) {
        const QString reason = Tr::tr("the demo server could not start: %1").arg(demo->errorString());
        delete demo;
        return fail(reason);
    }
    const QString token = QString::fromLatin1(kDemoToken);
    demo->setToken(token);
    demo->setRetryAfterSeconds(3);
    m_demo = demo;

    for (const char *name : kDemoDialects) {
        const QString dialect = QString::fromLatin1(name);
        Profile profile;
        profile.id = demoProfileId(dialect);
        profile.name = Tr::tr("%1 demo", "profile name, e.g. Theo demo").arg(dialect.at(0).toUpper() + dialect.mid(1));
        profile.dialect = dialect;
        profile.baseUrl = demo->baseUrl(dialect);
        QString reason;
        if (!addProfile(profile, token, &reason))
            return fail(reason);
    }

    for (const QString &id : demo->createDemoSet(jobCount, brokenResults)) {
        QString reason;
        if (m_scheduler->watch(demoProfileId(demo->dialectOf(id)), id, demo->pollUrl(id), &reason).isEmpty())
            return fail(reason);
    }
    return true;
}

} // namespace jw
