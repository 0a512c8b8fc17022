#pragma once
// Downloads job artifacts through the shared QNetworkAccessManager into the DiskCache, under the
// security rules of DESIGN.md §5:
//  - only http(s), and "jobwatch-inline:" results whose bytes came with the job's answer (setInlineResults); plain http:// only to loopback (file:, javascript:, data:, ftp: ... → FetchError::Refused,
//    nothing is sent);
//  - the profile's key (asked from the SecretStore, asynchronously) is sent only when the URL has the profile's
//    own origin (scheme + host + port); redirects are followed by hand (ManualRedirectPolicy) and the key is
//    dropped on every hop that leaves that origin;
//  - a size cap (setMaxBytes, default 200 MiB, from settings): checked against Content-Length before the body
//    and while streaming; the download is aborted as soon as it is exceeded;
//  - a transfer timeout (setTransferTimeoutMs, default 30 s without progress);
//  - the body streams to a temp file that is renamed into the cache: big media is never held in memory;
//  - 403/404 for a job whose snapshot is completed → FetchError::Expired ("Link expired — poll again to
//    refresh"); the caller offers Scheduler::resume(jobKey), whose re-poll brings fresh signed URLs.
// A URL already in the cache is answered from it without any network request (FetchResult::fromCache).

#include "artifacts/fetchresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace jw {

class DiskCache;
class InlineResults;
class JobList;
class ProfileList;
class SecretStore;
class ArtifactFetcher;

// One download. Owned by the fetcher: it deletes itself (deleteLater) after finished(); keep a QPointer.
// finished() is emitted exactly once and never inside ArtifactFetcher::fetch(), so connect right after it.
class FetchHandle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchHandle)
public:
    ~FetchHandle() override;

    QUrl url() const { return m_url; }
    QString jobKey() const { return m_jobKey; }
    bool isFinished() const { return m_finished; }
    const FetchResult &result() const { return m_result; } // valid once isFinished()

    // Stops the download (no further network traffic, the temp file is removed) and emits finished() with
    // FetchError::Aborted right away, unless it already finished. Safe to call more than once.
    void abort();

Q_SIGNALS:
    // Bytes received so far and the total (-1 when the server gave no Content-Length).
    void progress(qint64 received, qint64 total);
    void finished(const jw::FetchResult &result);

private:
    friend class ArtifactFetcher;
    explicit FetchHandle(ArtifactFetcher *fetcher, const QUrl &url, const QString &jobKey);

    struct Transfer;
    QPointer<ArtifactFetcher> m_fetcher;
    QUrl m_url;
    QString m_jobKey;
    bool m_finished = false;
    FetchResult m_result;
    Transfer *m_transfer = nullptr; // owned; null before the request is sent and after it ended
};

class ArtifactFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactFetcher)
public:
    static constexpr qint64 kDefaultMaxBytes = qint64(200) * 1024 * 1024;
    static constexpr int kDefaultTransferTimeoutMs = 30 * 1000;
    static constexpr int kMaxRedirects = 5;

    // `profiles` and `jobs` may be null (then no key is ever sent and 403/404 are plain Http errors).
    ArtifactFetcher(QNetworkAccessManager *nam, SecretStore *secrets, ProfileList *profiles, JobList *jobs,
                    DiskCache *cache, QObject *parent = nullptr);
    ~ArtifactFetcher() override;

    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const { return m_maxBytes; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }

    DiskCache *cache() const { return m_cache; }
    // Results that came inside a job's answer ("jobwatch-inline:" URLs): fetching one moves its bytes from
    // `store` into the cache, within the size cap, without any request. Not owned; may be null.
    void setInlineResults(InlineResults *store) { m_inline = store; }

    // Starts fetching `url` for the job `jobKey` (JobList key "<profileId>/<jobId>"; it names the profile whose
    // key and origin apply, and whether a 403/404 means "expired"). `jobKey` may be empty: no key is sent.
    // Always returns a handle; refusals and cache hits are reported through finished() as well.
    FetchHandle *fetch(const QUrl &url, const QString &jobKey = {});

    // The cached file for `url`, or empty (no network; marks the entry as used). The cache first, then the
    // results archive (see setArchiveLookup).
    QString cachedFile(const QUrl &url) const;
    // Where else a finished download may be kept (the results archive): asked when the cache has no entry,
    // so a result stays viewable after its link expired and the cache evicted it.
    void setArchiveLookup(std::function<QString(const QUrl &)> lookup) { m_archiveLookup = std::move(lookup); }

    // Empty when the fetcher would request `url`, else the one-line reason it refuses (translated).
    static QString refusalReason(const QUrl &url);
    // "The file is N MB, over the M MB limit set in Settings"
    static QString tooLargeMessage(qint64 sizeBytes, qint64 maxBytes);

    int activeCount() const { return int(m_active.size()); } // handles not finished yet

Q_SIGNALS:
    // Every handle's result, after its own finished() (save-on-complete, thumbnails and previews listen here).
    void fetched(const QString &jobKey, const jw::FetchResult &result);

private:
    friend class FetchHandle;
    void start(FetchHandle *handle);
    void onKeyReady(const QString &profileId, const QString &key, const QString &error);
    void send(FetchHandle *handle, const QUrl &url, int hops);
    void onReadyRead(FetchHandle *handle);
    void onReplyFinished(FetchHandle *handle);
    void finish(FetchHandle *handle, FetchResult result);
    void finishLater(FetchHandle *handle, const FetchResult &result);
    // Ends `handle` with FetchError::TooLarge: `sizeBytes` (announced or received so far) is over the limit.
    void finishTooLarge(FetchHandle *handle, int httpStatus, qint64 sizeBytes);
    FetchResult fromInline(const QUrl &url); // the cache entry for an inline result, written from its bytes
    void release(FetchHandle *handle); // drops the transfer (reply, file) without emitting anything
    QString profileIdOf(const QString &jobKey) const;
    bool jobCompleted(const QString &jobKey) const;

    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    ProfileList *m_profiles;
    JobList *m_jobs;
    DiskCache *m_cache;
    InlineResults *m_inline = nullptr;
    qint64 m_maxBytes = kDefaultMaxBytes;
    int m_transferTimeoutMs = kDefaultTransferTimeoutMs;
    QList<FetchHandle *> m_active;
    QHash<QString, QList<QPointer<FetchHandle>>> m_waitingForKey; // by profile id
    std::function<QString(const QUrl &)> m_archiveLookup;
};

} // namespace jw
