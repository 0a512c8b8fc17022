#pragma once
// Save on completion: when a job completes, its results are downloaded right away and kept in the results
// archive (ResultArchive: a folder the LRU download cache never evicts), so "saved" survives both the
// provider's link expiry and cache eviction. Posters and thumbnails of signed results go to the download
// cache only (they serve the previews; the archive holds the results themselves).
//
// Order: results whose links expire soonest go first (LinkExpiry from the URL's signing parameters or the
// provider's documented lifetime), then the others in completion order, with bounded concurrency.
// A result already in the archive (by name, after a restart) is adopted without any request. A link that has
// expired before it could be fetched asks once per job for a fresh poll (refreshNeeded); the fresh URLs of
// the next snapshot are then tried.
//
// Policy (default All): All archives every result of a completed job; Expiring only those whose links expire
// (signed URLs, or a provider with a documented lifetime; scene images are signed, so they are covered); Off
// archives nothing. Without an archive (nullptr) results go to the download cache only, as posters do.

#include "artifacts/fetchresult.h"
#include "artifacts/linkexpiry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

namespace jw {

class ArtifactFetcher;
class JobList;
class ResultArchive;
struct JobChange;
struct JobRecord;

class ResultSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultSaver)
public:
    enum class Policy { Off, Expiring, All };
    static constexpr int kDefaultConcurrency = 2;

    // `archive` and `lifetimes` may be null (no archive: the cache only; no lifetimes: URL expiry only).
    ResultSaver(JobList *jobs, ArtifactFetcher *fetcher, ResultArchive *archive = nullptr,
                const ResultLifetimes *lifetimes = nullptr, QObject *parent = nullptr);
    ~ResultSaver() override;

    void setPolicy(Policy policy); // switching on also saves jobs that already completed
    Policy policy() const { return m_policy; }
    static QString policyName(Policy policy); // "all", "expiring", "off" (settings)
    static std::optional<Policy> policyFromName(const QString &name);
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }

    struct Planned {
        QUrl url;
        int n = 0;          // the result's number (from 1) to archive as; 0: cache only (poster, thumbnail)
        LinkExpiry expiry;
        friend bool operator==(const Planned &, const Planned &) = default;
    };
    // What the policy saves of `record` (http(s) only, de-duplicated), in document order.
    QList<Planned> plan(const JobRecord &record) const;
    QList<QUrl> urlsToSave(const JobRecord &record) const; // plan()'s URLs

    int queued() const { return int(m_queue.size()); }
    int running() const { return m_running; }
    QList<QUrl> queuedUrls() const; // in the order they will be fetched (tests)

Q_SIGNALS:
    // One per URL attempted (success, cache hit or error).
    void saved(const QString &jobKey, const jw::FetchResult &result);
    // A link expired before it was saved: poll the job again for fresh links (Scheduler::resume). Once per job.
    void refreshNeeded(const QString &jobKey);
    // Nothing queued, nothing downloading and nothing being copied into the archive.
    void idle();

private:
    struct Item {
        QString jobKey;
        Planned planned;
        qint64 order = 0;
    };
    void consider(const QString &key, bool start = true, bool restored = false);
    static bool mayStillWork(const JobRecord &record, const Planned &planned);
    void onChanged(const QList<jw::JobChange> &changes);
    void onFetched(const Item &item, const FetchResult &result);
    void enqueue(Item item);
    void pump();
    void checkIdle();

    JobList *m_jobs;
    ArtifactFetcher *m_fetcher;
    ResultArchive *m_archive;
    const ResultLifetimes *m_lifetimes;
    Policy m_policy = Policy::All;
    int m_maxConcurrent = kDefaultConcurrency;
    int m_running = 0;
    qint64 m_nextOrder = 0;
    QList<Item> m_queue;            // sorted: known expiry first (soonest first), then arrival order
    QSet<QString> m_attempted;      // "<jobKey> <url>"
    QSet<QString> m_refreshAsked;   // job keys that already asked for fresh links
    QHash<QString, QUrl> m_pinned;  // "<jobKey> <n>" -> the cache entry pinned while it is copied into the archive
};

} // namespace jw
