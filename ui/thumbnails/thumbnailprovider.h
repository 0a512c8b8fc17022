#pragma once
// Thumbnails for the job table's Result column: the image itself, the video's poster or thumbnail,
// or the first scene. thumbnail(key) answers from memory (QCache of pixmaps) or starts loading once: fetch
// through the ArtifactFetcher (disk cache, no key off-origin), decode on the Thumbnailer's worker thread
// (scaled PNG kept on disk under <cache>/thumbs), then thumbnailReady(key). When the job's source URL changes
// (a re-poll brought a fresh signed URL) the next thumbnail() call tries again; a failed source is not retried.

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSize>
#include <QString>
#include <QUrl>

namespace jw {

class ArtifactFetcher;
class JobList;
class Thumbnailer;
struct DecodedImage;
struct FetchResult;
struct JobSnapshot;

class ThumbnailProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailProvider)
public:
    static constexpr QSize kDefaultSize{64, 36};

    ThumbnailProvider(JobList *jobs, ArtifactFetcher *fetcher, QObject *parent = nullptr);
    ~ThumbnailProvider() override;

    void setThumbnailSize(const QSize &size) { m_size = size; } // the box thumbnails are scaled into
    QSize thumbnailSize() const { return m_size; }

    // The thumbnail for the job, or a null pixmap (then loading starts if the job has a source and it was not
    // tried yet; thumbnailReady(jobKey) follows when it is there).
    QPixmap thumbnail(const QString &jobKey);
    // Why the last attempt for the job failed (one line), or empty.
    QString error(const QString &jobKey) const { return m_errors.value(jobKey); }
    bool isLoading(const QString &jobKey) const;

    // The image a job's thumbnail comes from: the first image artifact (or first scene), else a video's
    // poster or thumbnail URL, else any artifact's thumbnail/poster; http(s) only; invalid when none.
    static QUrl sourceUrl(const JobSnapshot &snapshot);

    Thumbnailer *thumbnailer() const { return m_thumbnailer; }

Q_SIGNALS:
    void thumbnailReady(const QString &jobKey);

private:
    struct Pending {
        QUrl url;
        quint64 decodeId = 0;
    };
    void onFetched(const QString &jobKey, const QUrl &url, const FetchResult &result);
    void onDecoded(quint64 id, const DecodedImage &result);
    QString memoryKey(const QUrl &url) const;

    JobList *m_jobs;
    ArtifactFetcher *m_fetcher;
    Thumbnailer *m_thumbnailer;
    QSize m_size = kDefaultSize;
    QCache<QString, QPixmap> m_memory{200}; // by memoryKey; cost 1 each
    QHash<QString, QUrl> m_tried;           // jobKey → source URL attempted (normalized)
    QHash<QString, Pending> m_pending;      // jobKey → in progress
    QHash<QString, QString> m_errors;       // jobKey → reason
};

} // namespace jw
