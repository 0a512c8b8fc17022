#include "application/application.h"
#include "model/inlineresults.h"

#include "application/jobendings.h"
#include "application/learneddurations.h"

#include "artifacts/artifactfetcher.h"
#include "artifacts/diskcache.h"
#include "artifacts/linkexpiry.h"
#include "artifacts/resultarchive.h"
#include "artifacts/resultsaver.h"

#include "intake/jobintake.h"
#include "model/joblist.h"
#include "model/jobtimeline.h"
#include "model/profile.h"
#include "model/profilelist.h"
#include "model/secretstore.h"
#include "engine/scheduler.h"
#include "profiles/filesecretstore.h"
#include "profiles/profilestore.h"
#include "profiles/secretvault.h"
#include "profiles/settings.h"
#include "store/datadir.h"
#include "store/sqlitejobstore.h"
#include "store/storesync.h"
#include "store/storethread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Application) };

// Options' folders, or a scratch folder when one is left empty (tests), so nothing here opens the user's real
// folders unless the main asked for them.
QString folderOr(const QString &wanted, std::unique_ptr<QTemporaryDir> &scratch, const QString &name)
{
    if (!wanted.isEmpty())
        return wanted;
    if (!scratch)
        scratch = std::make_unique<QTemporaryDir>();
    return scratch->filePath(name);
}
} // namespace

Application::Application(QObject *parent)
    : Application(Options{}, parent)
{
}

Application::Options Application::Options::forUser()
{
    Options options;
    options.settingsPath = Settings::defaultPath();
    options.cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    options.dataDir = datadir::resolve(QString()); // $JOBWATCH_DATA_DIR, else AppDataLocation (the CLI's too)
    return options;
}

Application::Application(const Options &options, QObject *parent)
    : QObject(parent)
    , m_cacheDir(folderOr(options.cacheDir, m_scratch, u"cache"_s))
    , m_dataDir(folderOr(options.dataDir, m_scratch, u"data"_s))
    , m_network(new QNetworkAccessManager(this))
    , m_settings(new Settings(options.settingsPath, this))
    , m_secrets(new SecretVault(options.keychainService,
                                options.settingsPath.isEmpty() ? QString() : FileSecretStore::defaultPath(options.settingsPath), this))
    , m_profiles(new ProfileList(this))
    , m_jobs(new JobList(this))
    , m_scheduler(new Scheduler(m_jobs, m_network, m_secrets, this))
    , m_timeline(new JobTimeline(m_jobs, this))
    , m_intake(std::make_unique<JobIntake>(m_profiles, m_scheduler, m_jobs))
    , m_artifactCache(std::make_unique<DiskCache>(m_cacheDir + u"/artifacts"_s))
    , m_artifacts(new ArtifactFetcher(m_network, m_secrets, m_profiles, m_jobs, m_artifactCache.get(), this))
    , m_lifetimes(std::make_unique<ResultLifetimes>(m_profiles))
    , m_archive(new ResultArchive(m_profiles, this))
    , m_resultSaver(new ResultSaver(m_jobs, m_artifacts, m_archive, m_lifetimes.get(), this))
{
    // The archive: previews read archived results once the cache let them go; a link that expired
    // before it was archived is refreshed by one more poll.
    m_artifacts->setArchiveLookup([this](const QUrl &url) { return m_archive->archivedFile(url); });
    // Results carried inside an answer (base64) go from the engine to the fetcher, as if downloaded.
    m_scheduler->setInlineResults(m_inline);
    m_artifacts->setInlineResults(m_inline);
    connect(m_resultSaver, &ResultSaver::refreshNeeded, m_scheduler,
            qOverload<const QString &>(&Scheduler::resume));
    m_archive->setDefaultFolder(m_dataDir + u"/results"_s);
    applyArchiveSettings();

    // Profiles: saved profiles load into the list; every change reaches the scheduler.
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
    openStore(options.storeFlushIntervalMs);
    m_endings = new JobEndings(m_jobs, m_timeline, m_profiles, m_settings, this);
    m_endings->setResults(m_resultSaver, m_archive);
}

void Application::openStore(int flushIntervalMs)
{
    const QString path = SqliteJobStore::pathIn(m_dataDir);
    m_storeThread = new StoreThread([path] { return std::make_unique<SqliteJobStore>(path); }, this);
    StoreSync::Options syncOptions;
    syncOptions.flushIntervalMs = flushIntervalMs;
    m_history = new StoreSync(m_jobs, m_timeline, m_storeThread, syncOptions, this);
    // A job of a profile that is gone keeps the name it had (remembered from the history).
    m_history->setProfileNames([this](const QString &id) { return m_profiles->nameOf(id); });
    connect(m_history, &StoreSync::profileNamesRestored, m_profiles, &ProfileList::rememberNames);
    connect(m_history, &StoreSync::opened, this, [this](const StoreStatus &status) {
        if (!status.message.isEmpty())
            Q_EMIT historyMessage(status.message);
    });
    connect(m_history, &StoreSync::writeFailed, this, [this](const QString &error) {
        Q_EMIT historyMessage(Tr::tr("Saving the job history failed: %1. The jobs are still watched; saving is retried.").arg(error));
    });
    connect(m_history, &StoreSync::writeRecovered, this, [this] { Q_EMIT historyMessage(QString()); });
    connect(m_history, &StoreSync::pageRestored, this, &Application::resumeRestored);
    keepLearnedDurations(m_scheduler->history(), m_history); // they outlive restarts and profile edits
    m_history->restore(retentionDays());
}

void Application::resumeRestored(const QStringList &keys)
{
    const bool resume = resumeOnStart();
    for (const QString &key : keys) {
        const JobRecord *r = m_jobs->find(key);
        if (!r || (r->engine.local != LocalState::Watching && r->engine.local != LocalState::Paused))
            continue;
        QString reason;
        if (resume && !m_scheduler->watch(r->profileId, r->jobId, r->pollUrl, &reason).isEmpty())
            continue;
        const QString error = resume ? Tr::tr("not resumed: %1").arg(reason) : QString();
        m_jobs->modify(key, [&error](JobRecord &record) {
            record.engine.local = LocalState::Stopped;
            record.engine.pauseReason.clear();
            if (!error.isEmpty())
                record.engine.lastError = error;
        });
    }
}

int Application::clearFinished()
{
    return m_history->clearFinished();
}

int Application::removeOlderThan(qint64 cutoffMs)
{
    return m_history->removeOlderThan(cutoffMs);
}

int Application::retentionDays() const
{
    return std::max(0, m_settings->value("history/retentionDays"_L1).toInt());
}

void Application::setRetentionDays(int days)
{
    m_settings->setValue("history/retentionDays"_L1, std::max(0, days));
}

QStringList Application::startupProblems() const
{
    QStringList problems;
    if (!m_settings->loadError().isEmpty())
        problems.append(m_settings->loadError());
    problems += m_store->loadErrors();
    return problems;
}

int Application::downloadLimitMiB() const
{
    const int mib = m_settings->value("archive/downloadLimitMiB"_L1).toInt();
    return mib >= 1 ? std::min(mib, kMaxDownloadLimitMiB) : int(ArtifactFetcher::kDefaultMaxBytes / (1024 * 1024));
}

void Application::setDownloadLimitMiB(int mib)
{
    m_settings->setValue("archive/downloadLimitMiB"_L1, std::clamp(mib, 1, kMaxDownloadLimitMiB));
    m_artifacts->setMaxBytes(qint64(downloadLimitMiB()) * 1024 * 1024);
}

bool Application::resumeOnStart() const
{
    return m_settings->value("history/resumeOnStart"_L1).toBool(true);
}

void Application::setResumeOnStart(bool resume)
{
    m_settings->setValue("history/resumeOnStart"_L1, resume);
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

void Application::applyArchiveSettings()
{
    const QString pattern = m_settings->value("archive/pattern"_L1).toString();
    const std::optional<NamingTemplate> naming = NamingTemplate::parse(pattern);
    m_archive->setNamingTemplate(naming ? *naming : *NamingTemplate::parse(NamingTemplate::defaultText()));
    m_archive->setFolder(m_settings->value("archive/folder"_L1).toString());
    m_resultSaver->setPolicy(ResultSaver::policyFromName(m_settings->value("archive/policy"_L1).toString())
                                 .value_or(ResultSaver::Policy::All));
    m_artifacts->setMaxBytes(qint64(downloadLimitMiB()) * 1024 * 1024);
}

Application::ArchiveOptions Application::archiveOptions() const
{
    return {m_settings->value("archive/folder"_L1).toString(), m_archive->namingTemplate().text(), m_resultSaver->policy()};
}

bool Application::setArchiveOptions(const ArchiveOptions &options, QString *error)
{
    QString reason;
    const std::optional<NamingTemplate> naming = NamingTemplate::parse(options.pattern, &reason);
    const QString folder = options.folder.trimmed();
    if (naming && options.policy != ResultSaver::Policy::Off)
        reason = ResultArchive::folderProblem(folder.isEmpty() ? m_archive->defaultFolder() : folder,
                                              m_artifactCache->directory());
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    m_settings->setValue("archive/folder"_L1, folder);
    m_settings->setValue("archive/pattern"_L1, naming->text());
    m_settings->setValue("archive/policy"_L1, ResultSaver::policyName(options.policy));
    applyArchiveSettings();
    return true;
}

Application::~Application()
{
    // Stop saving and downloading, then polling, before the pieces they use go away.
    disconnect(m_profiles, nullptr, this, nullptr);
    delete m_endings;
    delete m_resultSaver;
    delete m_archive;
    delete m_artifacts;
    delete m_scheduler;
    m_scheduler = nullptr;
    m_intake.reset();
    // Hand the last changes to the store thread, which writes them before it stops.
    delete m_history;
    delete m_storeThread;
    delete m_timeline;
    delete m_jobs;
}

SecretStore *Application::secrets() const
{
    return m_secrets;
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

} // namespace jw
