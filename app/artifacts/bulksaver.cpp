#include "artifacts/bulksaver.h"

#include "artifacts/artifactfetcher.h"
#include "artifacts/resultarchive.h"
#include "model/joblist.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Artifacts) };

bool hasResults(const JobRecord *record)
{
    return record && record->hasSnapshot && record->snapshot.state == JobState::Completed
        && (!record->snapshot.artifacts.isEmpty() || record->snapshot.report);
}

QString describe(const Artifact &artifact)
{
    if (!artifact.title.isEmpty())
        return artifact.title;
    return QUrl(artifact.url).adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toDisplayString();
}
} // namespace

BulkSaver::BulkSaver(JobList *jobs, ArtifactFetcher *fetcher, ResultArchive *archive, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_fetcher(fetcher)
    , m_archive(archive)
{
    qRegisterMetaType<jw::BulkSaver::Failure>();
    qRegisterMetaType<jw::BulkSaver::Summary>();
    connect(&m_copier, &FileCopier::copied, this, [this](const FileCopier::Outcome &outcome) {
        const Item item = m_copies.take(outcome.id);
        if (outcome.ok())
            succeed(outcome.path, outcome.bytes);
        else if (!outcome.cancelled)
            fail(item, outcome.error);
        pump();
    });
}

BulkSaver::~BulkSaver()
{
    for (const QPointer<FetchHandle> &handle : std::as_const(m_fetches)) {
        if (handle) {
            handle->disconnect(this);
            handle->abort();
        }
    }
}

int BulkSaver::countFiles(const JobList *jobs, const QStringList &keys)
{
    int count = 0;
    for (const QString &key : keys) {
        const JobRecord *record = jobs->find(key);
        if (hasResults(record))
            count += int(record->snapshot.artifacts.size()) + (record->snapshot.report ? 1 : 0);
    }
    return count;
}

bool BulkSaver::start(const QStringList &keys, const QString &folder, QString *error)
{
    const auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (m_running)
        return refuse(Tr::tr("Results are being saved already"));
    if (const QString problem = ResultArchive::folderProblem(folder); !problem.isEmpty())
        return refuse(problem);
    m_summary = {};
    m_queue.clear();
    m_folder = QDir::cleanPath(folder);
    m_summary.folder = m_folder;
    if (m_archive)
        m_naming = m_archive->namingTemplate();
    for (const QString &key : keys) {
        const JobRecord *record = m_jobs->find(key);
        if (!hasResults(record)) {
            ++m_summary.skippedJobs;
            continue;
        }
        const QList<Artifact> &artifacts = record->snapshot.artifacts;
        for (qsizetype i = 0; i < artifacts.size(); ++i)
            m_queue.append(Item{key, int(i) + 1, QUrl(artifacts.at(i).url), describe(artifacts.at(i))});
        if (record->snapshot.report)
            m_queue.append(Item{key, int(artifacts.size()) + 1, QUrl(), Tr::tr("research report")});
    }
    if (m_queue.isEmpty())
        return refuse(keys.isEmpty() ? Tr::tr("No jobs to save results from")
                                     : Tr::tr("None of these jobs has a result to save (only completed jobs have)"));
    m_summary.total = int(m_queue.size());
    m_running = true;
    Q_EMIT progress(0, m_summary.total);
    pump();
    return true;
}

void BulkSaver::cancel()
{
    if (!m_running)
        return;
    m_summary.cancelled = true;
    m_queue.clear();
    m_copier.cancelPending();
    const auto fetches = std::exchange(m_fetches, {});
    for (const QPointer<FetchHandle> &handle : fetches) {
        if (handle) {
            handle->disconnect(this); // a cancelled download is not a failure
            handle->abort();
        }
    }
    checkDone();
}

void BulkSaver::pump()
{
    while (m_running && !m_queue.isEmpty() && m_fetches.size() < kConcurrentDownloads) {
        const Item item = m_queue.takeFirst();
        if (item.url.isEmpty()) {
            writeReport(item);
            continue;
        }
        // The archived file first: it outlives the link.
        if (const QString archived = m_archive ? m_archive->archivedFile(item.url) : QString(); !archived.isEmpty()) {
            copy(item, archived, {});
            continue;
        }
        FetchHandle *handle = m_fetcher->fetch(item.url, item.jobKey);
        m_fetches.append(handle);
        connect(handle, &FetchHandle::finished, this, [this, item, handle](const FetchResult &result) {
            m_fetches.removeAll(handle);
            onFetched(item, result);
            pump();
        });
    }
    checkDone();
}

void BulkSaver::onFetched(const Item &item, const FetchResult &result)
{
    if (!result.ok()) {
        fail(item, result.message);
        return;
    }
    copy(item, result.filePath, result.mimeType);
}

QString BulkSaver::targetFor(const Item &item, const QString &ext, QString *error) const
{
    const JobRecord record = m_jobs->value(item.jobKey);
    NamingTemplate::Values values;
    if (m_archive) {
        values = m_archive->valuesFor(record, item.n, ext);
    } else {
        values.profile = record.profileId;
        values.id = record.jobId;
        values.type = record.snapshot.type;
        values.ext = ext;
        values.n = item.n;
    }
    const QString path = QDir::cleanPath(m_folder + u'/' + m_naming.expand(values));
    if (!path.startsWith(m_folder + u'/')) {
        *error = Tr::tr("its file name would leave the folder");
        return {};
    }
    return path;
}

void BulkSaver::copy(const Item &item, const QString &source, const QString &mimeType)
{
    const JobRecord *record = m_jobs->find(item.jobKey);
    if (!record || item.n > record->snapshot.artifacts.size()) {
        fail(item, Tr::tr("The job was removed"));
        return;
    }
    if (m_summary.cancelled)
        return;
    QString error;
    const QString ext = ResultArchive::extensionFor(record->snapshot.artifacts.at(item.n - 1), mimeType);
    const QString target = targetFor(item, ext, &error);
    if (target.isEmpty()) {
        fail(item, error);
        return;
    }
    m_copies.insert(m_copier.copy(source, target, FileCopier::Existing::KeepBoth), item);
}

void BulkSaver::writeReport(const Item &item)
{
    const JobRecord record = m_jobs->value(item.jobKey);
    if (!record.snapshot.report) {
        fail(item, Tr::tr("The job was removed"));
        return;
    }
    QString error;
    QString target = targetFor(item, u"md"_s, &error);
    if (target.isEmpty()) {
        fail(item, error);
        return;
    }
    const QByteArray text = record.snapshot.report->markdown.toUtf8();
    // A report is a few kilobytes: written here, under the same keep-both rule as the copies.
    if (QFileInfo::exists(target)) {
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == text) {
            succeed(target, text.size());
            return;
        }
        const QFileInfo info(target);
        for (int i = 2; QFileInfo::exists(target); ++i)
            target = info.absolutePath() + u'/' + info.completeBaseName() + u" ("_s + QString::number(i) + u")."_s + info.suffix();
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        fail(item, Tr::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(target), file.errorString()));
        return;
    }
    succeed(target, text.size());
}

void BulkSaver::fail(const Item &item, const QString &message)
{
    ++m_summary.failed;
    Q_EMIT fileFailed(Failure{item.jobKey, m_jobs->value(item.jobKey).jobId, item.n, item.what, message});
    Q_EMIT progress(done(), m_summary.total);
    checkDone();
}

void BulkSaver::succeed(const QString &path, qint64 bytes)
{
    ++m_summary.saved;
    m_summary.bytes += bytes;
    Q_EMIT fileSaved(path);
    Q_EMIT progress(done(), m_summary.total);
    checkDone();
}

void BulkSaver::checkDone()
{
    if (!m_running || !m_fetches.isEmpty() || !m_copies.isEmpty())
        return;
    if (!m_queue.isEmpty() && !m_summary.cancelled)
        return;
    if (!m_summary.cancelled && done() < m_summary.total)
        return;
    m_running = false;
    Q_EMIT finished(m_summary);
}

} // namespace jw
