#include "artifacts/resultsaver.h"
#include "model/normalize.h"

#include "artifacts/artifactfetcher.h"
#include "artifacts/diskcache.h"
#include "model/joblist.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace jw {

ResultSaver::ResultSaver(JobList *jobs, ArtifactFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_fetcher(fetcher)
{
    connect(m_jobs, &JobList::jobsChanged, this, &ResultSaver::onChanged);
    connect(m_jobs, &JobList::jobsAdded, this, [this](const QStringList &keys) {
        for (const QString &key : keys)
            consider(key);
    });
    connect(m_jobs, &JobList::jobsRemoved, this, [this](const QStringList &keys) {
        for (const QString &key : keys) {
            m_queue.removeIf([&key](const Item &item) { return item.jobKey == key; });
            const QString prefix = key + u' ';
            m_attempted.removeIf([&prefix](const QString &id) { return id.startsWith(prefix); });
        }
    });
}

ResultSaver::~ResultSaver() = default;

void ResultSaver::setPolicy(Policy policy)
{
    if (m_policy == policy)
        return;
    m_policy = policy;
    if (m_policy == Policy::Off) {
        m_queue.clear();
        return;
    }
    for (const QString &key : m_jobs->keys())
        consider(key);
}

void ResultSaver::setMaxConcurrent(int count)
{
    m_maxConcurrent = qMax(1, count);
    pump();
}

QList<QUrl> ResultSaver::urlsToSave(const JobRecord &record) const
{
    QList<QUrl> urls;
    if (m_policy == Policy::Off || !record.hasSnapshot || record.snapshot.state != JobState::Completed)
        return urls;
    const auto add = [&](const QString &text) {
        const QUrl url(text);
        if (text.isEmpty() || !isHttpUrl(url) || urls.contains(url))
            return;
        if (m_policy == Policy::SignedOnly && !DiskCache::isSignedUrl(url))
            return;
        urls.append(url);
    };
    for (const Artifact &artifact : record.snapshot.artifacts) {
        add(artifact.url);
        add(artifact.posterUrl);
        add(artifact.thumbnailUrl);
    }
    return urls;
}

void ResultSaver::onChanged(const QList<JobChange> &changes)
{
    for (const JobChange &change : changes) {
        if (change.fields & JobField::Snapshot)
            consider(change.key);
    }
}

void ResultSaver::consider(const QString &key)
{
    const JobRecord *record = m_jobs->find(key);
    if (!record)
        return;
    bool added = false;
    for (const QUrl &url : urlsToSave(*record)) {
        const QString id = key + u' ' + url.toString(QUrl::FullyEncoded);
        if (m_attempted.contains(id))
            continue;
        m_attempted.insert(id);
        m_queue.append(Item{key, url});
        added = true;
    }
    if (added)
        pump();
}

void ResultSaver::pump()
{
    while (m_running < m_maxConcurrent && !m_queue.isEmpty()) {
        const Item item = m_queue.takeFirst();
        ++m_running;
        FetchHandle *handle = m_fetcher->fetch(item.url, item.jobKey);
        connect(handle, &FetchHandle::finished, this, [this, key = item.jobKey](const FetchResult &result) {
            --m_running;
            Q_EMIT saved(key, result);
            pump();
            if (m_running == 0 && m_queue.isEmpty())
                Q_EMIT idle();
        });
    }
}

} // namespace jw
