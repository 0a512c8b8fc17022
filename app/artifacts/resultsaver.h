#pragma once
// Save-on-complete: when a job completes, fetch each of its artifacts (and their poster/thumbnail
// images) into the disk cache right away, so the results survive the expiry of signed links. Observes the
// JobList; bounded concurrency; each URL is attempted once per snapshot (a re-poll with fresh URLs tries the
// new ones; URLs already cached are skipped without a request).
//
// Policy (default SignedOnly): SignedOnly saves artifacts whose URL is signed (DiskCache::isSignedUrl —
// expires/sig/X-Amz-*…; scene images are signed, so scenes are always covered); All saves every artifact;
// Off saves nothing.

#include "artifacts/fetchresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

namespace jw {

class ArtifactFetcher;
class JobList;
struct JobChange;
struct JobRecord;

class ResultSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultSaver)
public:
    enum class Policy { Off, SignedOnly, All };
    static constexpr int kDefaultConcurrency = 2;

    ResultSaver(JobList *jobs, ArtifactFetcher *fetcher, QObject *parent = nullptr);
    ~ResultSaver() override;

    void setPolicy(Policy policy); // switching on also saves jobs that already completed
    Policy policy() const { return m_policy; }
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }

    // The URLs of `record` that the policy saves (artifact, poster, thumbnail; http(s) only, de-duplicated).
    QList<QUrl> urlsToSave(const JobRecord &record) const;

    int queued() const { return int(m_queue.size()); }
    int running() const { return m_running; }

Q_SIGNALS:
    // One per URL attempted (success, cache hit or error).
    void saved(const QString &jobKey, const jw::FetchResult &result);
    // Nothing queued and nothing running.
    void idle();

private:
    struct Item {
        QString jobKey;
        QUrl url;
    };
    void consider(const QString &key);
    void onChanged(const QList<jw::JobChange> &changes);
    void pump();

    JobList *m_jobs;
    ArtifactFetcher *m_fetcher;
    Policy m_policy = Policy::SignedOnly;
    int m_maxConcurrent = kDefaultConcurrency;
    int m_running = 0;
    QList<Item> m_queue;
    QSet<QString> m_attempted; // "<jobKey> <url>"
};

} // namespace jw
