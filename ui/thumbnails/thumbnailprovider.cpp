#include "thumbnails/thumbnailprovider.h"
#include "model/normalize.h"

#include "artifacts/artifactfetcher.h"
#include "artifacts/diskcache.h"
#include "model/joblist.h"
#include "thumbnails/thumbnailer.h"

using namespace Qt::StringLiterals;

namespace jw {

namespace {
QUrl httpUrl(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QUrl url(text);
    return isHttpUrl(url) ? url : QUrl();
}
} // namespace

ThumbnailProvider::ThumbnailProvider(JobList *jobs, ArtifactFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_fetcher(fetcher)
    , m_thumbnailer(new Thumbnailer(this))
{
    connect(m_thumbnailer, &Thumbnailer::decoded, this, &ThumbnailProvider::onDecoded);
    connect(m_jobs, &JobList::jobsRemoved, this, [this](const QStringList &keys) {
        for (const QString &key : keys) {
            m_tried.remove(key);
            m_pending.remove(key);
            m_errors.remove(key);
        }
    });
}

ThumbnailProvider::~ThumbnailProvider() = default;

QUrl ThumbnailProvider::sourceUrl(const JobSnapshot &snapshot)
{
    for (const Artifact &artifact : snapshot.artifacts) {
        if (artifact.kind == ArtifactKind::Image) {
            if (const QUrl url = httpUrl(artifact.url); url.isValid())
                return url;
        }
    }
    for (const Artifact &artifact : snapshot.artifacts) {
        if (artifact.kind != ArtifactKind::Video)
            continue;
        for (const QString &text : {artifact.thumbnailUrl, artifact.posterUrl}) {
            if (const QUrl url = httpUrl(text); url.isValid())
                return url;
        }
    }
    for (const Artifact &artifact : snapshot.artifacts) {
        for (const QString &text : {artifact.thumbnailUrl, artifact.posterUrl}) {
            if (const QUrl url = httpUrl(text); url.isValid())
                return url;
        }
    }
    return {};
}

QString ThumbnailProvider::memoryKey(const QUrl &url) const
{
    return DiskCache::key(url) + u'-' + QString::number(m_size.width()) + u'x' + QString::number(m_size.height());
}

bool ThumbnailProvider::isLoading(const QString &jobKey) const
{
    return m_pending.contains(jobKey);
}

QPixmap ThumbnailProvider::thumbnail(const QString &jobKey)
{
    const JobRecord *record = m_jobs->find(jobKey);
    if (!record || !record->hasSnapshot)
        return {};
    const QUrl url = sourceUrl(record->snapshot);
    if (!url.isValid())
        return {};
    if (const QPixmap *pixmap = m_memory.object(memoryKey(url)))
        return *pixmap;
    const QUrl normalized = DiskCache::normalizedUrl(url);
    if (const auto it = m_pending.constFind(jobKey); it != m_pending.cend() && DiskCache::normalizedUrl(it->url) == normalized)
        return {};
    if (m_tried.value(jobKey) == normalized)
        return {}; // failed before with this very source
    m_pending.insert(jobKey, Pending{url, 0});
    m_errors.remove(jobKey);
    FetchHandle *handle = m_fetcher->fetch(url, jobKey);
    connect(handle, &FetchHandle::finished, this,
            [this, jobKey, url](const FetchResult &result) { onFetched(jobKey, url, result); });
    return {};
}

void ThumbnailProvider::onFetched(const QString &jobKey, const QUrl &url, const FetchResult &result)
{
    const auto it = m_pending.find(jobKey);
    if (it == m_pending.end() || it->url != url)
        return; // superseded
    if (!result.ok()) {
        m_errors.insert(jobKey, result.message);
        m_tried.insert(jobKey, DiskCache::normalizedUrl(url));
        m_pending.remove(jobKey);
        return;
    }
    const QString thumbFile = m_fetcher->cache()->directory() + u"/thumbs/"_s + memoryKey(url) + u".png"_s;
    it->decodeId = m_thumbnailer->decode(result.filePath, m_size, thumbFile);
}

void ThumbnailProvider::onDecoded(quint64 id, const DecodedImage &result)
{
    QString jobKey;
    for (auto it = m_pending.cbegin(); it != m_pending.cend() && jobKey.isNull(); ++it)
        if (it->decodeId == id)
            jobKey = it.key();
    if (jobKey.isNull())
        return; // superseded
    const QUrl url = m_pending.take(jobKey).url;
    if (!result.ok()) {
        m_errors.insert(jobKey, result.error);
        m_tried.insert(jobKey, DiskCache::normalizedUrl(url));
        return;
    }
    m_memory.insert(memoryKey(url), new QPixmap(QPixmap::fromImage(result.image)));
    Q_EMIT thumbnailReady(jobKey);
}

} // namespace jw
