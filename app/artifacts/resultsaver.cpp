#include "artifacts/resultsaver.h"
#include "model/inlineresults.h"
#include "model/normalize.h"

#include "artifacts/artifactfetcher.h"
#include "artifacts/diskcache.h"
#include "artifacts/resultarchive.h"
#include "model/joblist.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
QString slot(const QString &jobKey, int n)
{
    return jobKey + u' ' + QString::number(n);
}

// Known expiry first, soonest first; then arrival order.
bool before(const LinkExpiry &a, qint64 orderA, const LinkExpiry &b, qint64 orderB)
{
    if (a.isKnown() != b.isKnown())
        return a.isKnown();
    if (a.isKnown() && a.at != b.at)
        return a.at < b.at;
    return orderA < orderB;
}
} // namespace

ResultSaver::ResultSaver(JobList *jobs, ArtifactFetcher *fetcher, ResultArchive *archive, const ResultLifetimes *lifetimes,
                         QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_fetcher(fetcher)
    , m_archive(archive)
    , m_lifetimes(lifetimes)
{
    connect(m_jobs, &JobList::jobsChanged, this, &ResultSaver::onChanged);
    connect(m_jobs, &JobList::jobsAdded, this, [this](const QStringList &keys) {
        // A job that arrives finished was restored from the job store: its archived results are adopted, and
        // only results whose links may still work are fetched (no request storm over old history).
        for (const QString &key : keys) {
            const JobRecord *record = m_jobs->find(key);
            consider(key, false, record && record->engine.local == LocalState::Done);
        }
        pump();
    });
    connect(m_jobs, &JobList::jobsRemoved, this, [this](const QStringList &keys) {
        for (const QString &key : keys) {
            m_queue.removeIf([&key](const Item &item) { return item.jobKey == key; });
            const QString prefix = key + u' ';
            m_attempted.removeIf([&prefix](const QString &id) { return id.startsWith(prefix); });
            m_refreshAsked.remove(key);
        }
    });
    if (m_archive) {
        const auto release = [this](const QString &jobKey, int n) {
            if (const QUrl url = m_pinned.take(slot(jobKey, n)); !url.isEmpty() && m_fetcher->cache())
                m_fetcher->cache()->unpin(url);
            checkIdle();
        };
        connect(m_archive, &ResultArchive::archived, this, release);
        connect(m_archive, &ResultArchive::failed, this, release);
    }
}

ResultSaver::~ResultSaver()
{
    if (DiskCache *cache = m_fetcher->cache()) {
        for (const QUrl &url : std::as_const(m_pinned))
            cache->unpin(url);
    }
}

QString ResultSaver::policyName(Policy policy)
{
    switch (policy) {
    case Policy::Off: return u"off"_s;
    case Policy::Expiring: return u"expiring"_s;
    case Policy::All: return u"all"_s;
    }
    return {};
}

std::optional<ResultSaver::Policy> ResultSaver::policyFromName(const QString &name)
{
    for (const Policy policy : {Policy::Off, Policy::Expiring, Policy::All}) {
        if (policyName(policy) == name)
            return policy;
    }
    return std::nullopt;
}

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
        consider(key, false);
    pump(); // after all are queued, so the soonest expiry goes first
}

void ResultSaver::setMaxConcurrent(int count)
{
    m_maxConcurrent = qMax(1, count);
    pump();
}

QList<ResultSaver::Planned> ResultSaver::plan(const JobRecord &record) const
{
    QList<Planned> out;
    if (m_policy == Policy::Off || !record.hasSnapshot || record.snapshot.state != JobState::Completed)
        return out;
    const auto expiryOf = [&](const QString &url) {
        return m_lifetimes ? m_lifetimes->expiryOf(record, url)
                           : expiryFromUrl(QUrl(url), QDateTime::fromMSecsSinceEpoch(record.engine.reportedAtMs));
    };
    const auto add = [&](const QString &text, int n, bool expiringOnly) {
        const QUrl url(text);
        // A result that came inside the answer (base64) is held in memory only: saved like an expiring link.
        const bool inlined = isInlineUrl(text);
        if (text.isEmpty() || (!inlined && !isHttpUrl(url)))
            return;
        if (std::any_of(out.cbegin(), out.cend(), [&url](const Planned &p) { return p.url == url; }))
            return;
        const LinkExpiry expiry = expiryOf(text);
        const bool expiring = inlined || expiry.isKnown() || DiskCache::isSignedUrl(url);
        if (expiringOnly && !expiring)
            return;
        out.append(Planned{url, n, expiry});
    };
    const QList<Artifact> &artifacts = record.snapshot.artifacts;
    for (qsizetype i = 0; i < artifacts.size(); ++i)
        add(artifacts.at(i).url, m_archive ? int(i) + 1 : 0, m_policy == Policy::Expiring);
    // Posters and thumbnails: into the cache when their links expire (the previews need them then).
    for (const Artifact &artifact : artifacts) {
        add(artifact.posterUrl, 0, m_policy == Policy::Expiring || m_archive);
        add(artifact.thumbnailUrl, 0, m_policy == Policy::Expiring || m_archive);
    }
    return out;
}

QList<QUrl> ResultSaver::urlsToSave(const JobRecord &record) const
{
    QList<QUrl> urls;
    for (const Planned &p : plan(record))
        urls.append(p.url);
    return urls;
}

QList<QUrl> ResultSaver::queuedUrls() const
{
    QList<QUrl> urls;
    for (const Item &item : m_queue)
        urls.append(item.planned.url);
    return urls;
}

void ResultSaver::onChanged(const QList<JobChange> &changes)
{
    for (const JobChange &change : changes) {
        if (change.fields & JobField::Snapshot)
            consider(change.key, false);
    }
    pump();
}

// A restored job's result link is worth a request only while it may still work: before its known expiry, or,
// when that is unknown, within a day of the job's last report.
bool ResultSaver::mayStillWork(const JobRecord &record, const Planned &planned)
{
    constexpr qint64 kUnknownLifetimeMs = 24LL * 3600 * 1000;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (planned.expiry.isKnown())
        return planned.expiry.at > now;
    return record.engine.reportedAtMs >= 0 && now.toMSecsSinceEpoch() - record.engine.reportedAtMs < kUnknownLifetimeMs;
}

void ResultSaver::consider(const QString &key, bool start, bool restored)
{
    const JobRecord *record = m_jobs->find(key);
    if (!record)
        return;
    bool added = false;
    for (const Planned &planned : plan(*record)) {
        const QString id = key + u' ' + planned.url.toString(QUrl::FullyEncoded);
        if (m_attempted.contains(id))
            continue;
        if (planned.n > 0) {
            const auto entries = m_archive->entries(key);
            const bool done = std::any_of(entries.cbegin(), entries.cend(), [&](const ResultArchive::Entry &e) {
                return e.n == planned.n && QFileInfo::exists(e.path);
            });
            if (done || m_archive->isStoring(key, planned.n))
                continue;
            // Archived by an earlier run: adopt it, no request.
            if (const QString existing = m_archive->findExisting(*record, planned.n); !existing.isEmpty()) {
                m_archive->adopt(key, planned.n, planned.url, existing);
                continue;
            }
        }
        if (restored && (planned.n == 0 || !mayStillWork(*record, planned)))
            continue; // a preview still fetches it on demand
        m_attempted.insert(id);
        enqueue(Item{key, planned, m_nextOrder++});
        added = true;
    }
    if (added && start)
        pump();
}

void ResultSaver::enqueue(Item item)
{
    const auto at = std::find_if(m_queue.cbegin(), m_queue.cend(), [&item](const Item &other) {
        return before(item.planned.expiry, item.order, other.planned.expiry, other.order);
    });
    m_queue.insert(at, std::move(item));
}

void ResultSaver::pump()
{
    while (m_running < m_maxConcurrent && !m_queue.isEmpty()) {
        const Item item = m_queue.takeFirst();
        ++m_running;
        FetchHandle *handle = m_fetcher->fetch(item.planned.url, item.jobKey);
        connect(handle, &FetchHandle::finished, this, [this, item](const FetchResult &result) {
            --m_running;
            onFetched(item, result);
            pump();
            checkIdle();
        });
    }
}

void ResultSaver::onFetched(const Item &item, const FetchResult &result)
{
    Q_EMIT saved(item.jobKey, result);
    if (result.error == FetchError::Expired && !m_refreshAsked.contains(item.jobKey)) {
        m_refreshAsked.insert(item.jobKey);
        Q_EMIT refreshNeeded(item.jobKey);
    }
    const JobRecord *record = m_jobs->find(item.jobKey);
    if (!result.ok() || item.planned.n == 0 || !m_archive || !record)
        return;
    // A newer snapshot may have replaced the result meanwhile; it is considered on its own.
    if (QUrl(record->snapshot.artifacts.value(item.planned.n - 1).url) != item.planned.url)
        return;
    const QString slotId = slot(item.jobKey, item.planned.n);
    DiskCache *cache = m_fetcher->cache();
    const bool pin = cache && !m_pinned.contains(slotId);
    if (pin) {
        cache->pin(item.planned.url); // not evicted while it is copied
        m_pinned.insert(slotId, item.planned.url);
    }
    if (!m_archive->store(*record, item.planned.n, result.filePath, result.mimeType) && pin) {
        m_pinned.remove(slotId);
        cache->unpin(item.planned.url);
    }
}

void ResultSaver::checkIdle()
{
    if (m_running == 0 && m_queue.isEmpty() && m_pinned.isEmpty())
        Q_EMIT idle();
}

} // namespace jw
