#include "artifacts/resultarchive.h"

#include "artifacts/diskcache.h"
#include "model/jobrecord.h"
#include "model/profilelist.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Artifacts) };

QDateTime completionTime(const JobSnapshot &s)
{
    for (const QString &iso : {s.completedAt, s.updatedAt, s.createdAt}) {
        if (iso.isEmpty())
            continue;
        QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(iso, Qt::ISODate);
        if (at.isValid())
            return at;
    }
    return {};
}

bool isInside(const QString &path, const QString &folder)
{
    const QString clean = QDir::cleanPath(path);
    const QString root = QDir::cleanPath(folder);
    return clean.startsWith(root + u'/') && clean.size() > root.size() + 1;
}
} // namespace

ResultArchive::ResultArchive(const ProfileList *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
{
    connect(&m_copier, &FileCopier::copied, this, &ResultArchive::onCopied);
}

ResultArchive::~ResultArchive() = default;

void ResultArchive::setDefaultFolder(const QString &folder)
{
    m_defaultFolder = QDir::cleanPath(QDir(folder).absolutePath());
    if (!m_folderChosen)
        m_folder = m_defaultFolder;
}

void ResultArchive::setFolder(const QString &folder)
{
    m_folderChosen = !folder.isEmpty();
    m_folder = m_folderChosen ? QDir::cleanPath(QDir(folder).absolutePath()) : m_defaultFolder;
}

QString ResultArchive::folderProblem(const QString &folder, const QString &cacheFolder)
{
    const QString shown = QDir::toNativeSeparators(folder);
    if (folder.trimmed().isEmpty())
        return Tr::tr("Choose a folder for the archive");
    if (!QDir::isAbsolutePath(folder))
        return Tr::tr("The archive folder must be a full path (\"%1\" is relative)").arg(shown);
    const QString clean = QDir::cleanPath(folder);
    if (!cacheFolder.isEmpty()) {
        const QString cache = QDir::cleanPath(cacheFolder);
        if (clean == cache || clean.startsWith(cache + u'/') || cache.startsWith(clean + u'/'))
            return Tr::tr("The archive folder must be apart from the download cache (%1), which is cleaned automatically")
                .arg(QDir::toNativeSeparators(cache));
    }
    const QFileInfo info(clean);
    if (info.exists() && !info.isDir())
        return Tr::tr("%1 is a file, not a folder").arg(shown);
    if (!info.exists() && !QDir().mkpath(clean))
        return Tr::tr("Could not create the folder %1").arg(shown);
    if (!QFileInfo(clean).isWritable())
        return Tr::tr("The folder %1 is not writable").arg(shown);
    return {};
}

QString ResultArchive::extensionFor(const Artifact &artifact, const QString &mimeType)
{
    const QString fromUrl = NamingTemplate::cleanExtension(QFileInfo(QUrl(artifact.url).path()).suffix());
    if (!fromUrl.isEmpty())
        return fromUrl;
    static const QMimeDatabase db;
    for (const QString &name : {mimeType, artifact.mimeType}) {
        if (name.isEmpty())
            continue;
        const QMimeType type = db.mimeTypeForName(name.section(u';', 0, 0).trimmed());
        if (const QString suffix = NamingTemplate::cleanExtension(type.preferredSuffix()); !suffix.isEmpty())
            return suffix;
    }
    return {};
}

NamingTemplate::Values ResultArchive::valuesFor(const JobRecord &record, int n, const QString &ext) const
{
    NamingTemplate::Values v;
    v.profile = m_profiles ? m_profiles->displayName(record.profileId) : record.profileId;
    v.id = record.jobId;
    v.type = record.snapshot.type;
    if (n >= 1 && n <= record.snapshot.artifacts.size())
        v.kind = kindName(record.snapshot.artifacts.at(n - 1).kind);
    v.ext = ext;
    v.completedAt = completionTime(record.snapshot);
    v.n = n;
    return v;
}

QString ResultArchive::targetPath(const JobRecord &record, int n, const QString &ext) const
{
    const QString path = QDir::cleanPath(m_folder + u'/' + m_template.expand(valuesFor(record, n, ext)));
    return isInside(path, m_folder) ? path : QString();
}

QString ResultArchive::findExisting(const JobRecord &record, int n) const
{
    if (n < 1 || n > record.snapshot.artifacts.size())
        return {};
    const QString ext = extensionFor(record.snapshot.artifacts.at(n - 1));
    if (!ext.isEmpty()) {
        const QString path = targetPath(record, n, ext);
        return !path.isEmpty() && QFileInfo(path).isFile() ? path : QString();
    }
    // The extension came from the server's Content-Type last time: look for the name with any extension.
    const QString probe = targetPath(record, n, u"bin"_s);
    if (probe.isEmpty())
        return {};
    const QFileInfo info(probe);
    const QStringList names = info.dir().entryList(QDir::Files, QDir::Name); // no wildcards: IDs may hold "[" and "]"
    for (const QString &name : names) {
        if (QFileInfo(name).completeBaseName() == info.completeBaseName())
            return info.dir().filePath(name);
    }
    return {};
}

bool ResultArchive::store(const JobRecord &record, int n, const QString &sourceFile, const QString &mimeType)
{
    if (n < 1 || n > record.snapshot.artifacts.size() || isStoring(record.key, n))
        return false;
    const Artifact &artifact = record.snapshot.artifacts.at(n - 1);
    const QString target = targetPath(record, n, extensionFor(artifact, mimeType));
    if (target.isEmpty()) {
        Q_EMIT failed(record.key, n, Tr::tr("Result %1 of %2 was not archived: its file name would leave the archive folder")
                                         .arg(n).arg(record.jobId));
        return true;
    }
    if (QFileInfo(sourceFile) == QFileInfo(target)) { // served from the archive already
        adopt(record.key, n, QUrl(artifact.url), target);
        Q_EMIT archived(record.key, n, target);
        return true;
    }
    const quint64 id = m_copier.copy(sourceFile, target, FileCopier::Existing::Replace);
    m_copies.insert(id, Copy{record.key, record.jobId, n, QUrl(artifact.url)});
    return true;
}

void ResultArchive::onCopied(const FileCopier::Outcome &outcome)
{
    const Copy copy = m_copies.take(outcome.id);
    if (copy.jobKey.isEmpty())
        return;
    if (!outcome.ok()) {
        Q_EMIT failed(copy.jobKey, copy.n, Tr::tr("Result %1 of %2 was not archived: %3")
                                               .arg(copy.n).arg(copy.jobId, outcome.error));
        return;
    }
    adopt(copy.jobKey, copy.n, copy.url, outcome.path);
    Q_EMIT archived(copy.jobKey, copy.n, outcome.path);
}

void ResultArchive::adopt(const QString &jobKey, int n, const QUrl &url, const QString &path)
{
    auto &entries = m_byJob[jobKey];
    if (const auto old = entries.constFind(n); old != entries.cend() && old->url != url)
        m_byUrl.remove(DiskCache::key(old->url));
    entries.insert(n, Entry{n, url, path});
    if (url.isValid() && !url.isEmpty())
        m_byUrl.insert(DiskCache::key(url), path);
}

void ResultArchive::forget(const QString &jobKey)
{
    for (const QMap<int, Entry> entries = m_byJob.take(jobKey); const Entry &entry : entries)
        m_byUrl.remove(DiskCache::key(entry.url));
}

QString ResultArchive::archivedFile(const QUrl &url) const
{
    const QString path = m_byUrl.value(DiskCache::key(url));
    return !path.isEmpty() && QFileInfo(path).isFile() ? path : QString();
}

QList<ResultArchive::Entry> ResultArchive::entries(const QString &jobKey) const
{
    return m_byJob.value(jobKey).values();
}

bool ResultArchive::isStoring(const QString &jobKey, int n) const
{
    for (const Copy &copy : m_copies) {
        if (copy.jobKey == jobKey && copy.n == n)
            return true;
    }
    return false;
}

} // namespace jw
