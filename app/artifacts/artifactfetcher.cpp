#include "artifacts/artifactfetcher.h"

#include "artifacts/diskcache.h"
#include "model/inlineresults.h"
#include "model/joblist.h"
#include "model/profilelist.h"
#include "model/secretstore.h"
#include "formats/registry.h"
#include "net/requestbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Artifacts) };

QString megabytes(qint64 bytes)
{
    // "300", "2.5", "0.05": whole numbers without decimals, small sizes with enough digits to differ.
    const double mb = double(bytes) / (1024.0 * 1024.0);
    if (std::floor(mb) == mb || mb >= 100)
        return QString::number(qint64(std::llround(mb)));
    return QString::number(mb, 'f', mb >= 1 ? 1 : 2);
}

QString displayUrl(const QUrl &url)
{
    // Host and path only: signed query strings are long and not for people.
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toDisplayString();
}
} // namespace

struct FetchHandle::Transfer {
    QNetworkReply *reply = nullptr;
    QFile file;
    QUrl current;          // the URL of this hop
    QUrl origin;           // the profile's base URL (the only origin that may see the key)
    QString key;           // empty = never sent
    AuthForm auth;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    int hops = 0;
    qint64 received = 0;
    qint64 total = -1;
    int status = 0;
    QString mimeType;
};

// --- FetchHandle -------------------------------------------------------------------------------------------

FetchHandle::FetchHandle(ArtifactFetcher *fetcher, const QUrl &url, const QString &jobKey)
    : QObject(fetcher)
    , m_fetcher(fetcher)
    , m_url(url)
    , m_jobKey(jobKey)
{
    m_result.url = url;
}

FetchHandle::~FetchHandle()
{
    if (m_fetcher)
        m_fetcher->release(this);
}

void FetchHandle::abort()
{
    if (m_finished || !m_fetcher)
        return;
    FetchResult result;
    result.error = FetchError::Aborted;
    result.url = m_url;
    result.message = Tr::tr("The download was cancelled");
    m_fetcher->finish(this, result);
}

// --- ArtifactFetcher ---------------------------------------------------------------------------------------

ArtifactFetcher::ArtifactFetcher(QNetworkAccessManager *nam, SecretStore *secrets, ProfileList *profiles, JobList *jobs,
                                 DiskCache *cache, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_profiles(profiles)
    , m_jobs(jobs)
    , m_cache(cache)
{
    qRegisterMetaType<jw::FetchResult>();
}

ArtifactFetcher::~ArtifactFetcher()
{
    // Handles are children: release their transfers quietly (no signals during destruction).
    const auto active = m_active;
    for (FetchHandle *handle : active) {
        release(handle);
        handle->m_fetcher = nullptr;
    }
    m_active.clear();
}

void ArtifactFetcher::setMaxBytes(qint64 bytes)
{
    m_maxBytes = bytes > 0 ? bytes : kDefaultMaxBytes;
}

QString ArtifactFetcher::refusalReason(const QUrl &url)
{
    switch (checkUrl(url)) {
    case UrlCheck::Ok:
        return {};
    case UrlCheck::NotHttp:
        if (url.scheme().isEmpty())
            return Tr::tr("This link has no http(s) address, so it was not opened");
        return Tr::tr("Refused to open a %1: link: only http(s) results can be downloaded").arg(url.scheme().toLower());
    case UrlCheck::Invalid:
        return Tr::tr("\"%1\" is not a valid http(s) address").arg(displayUrl(url));
    case UrlCheck::PlainHttpOffLoopback:
        return Tr::tr("Refused plain http:// download from %1: only https is allowed off this computer").arg(url.host());
    }
    return {};
}

QString ArtifactFetcher::tooLargeMessage(qint64 sizeBytes, qint64 maxBytes)
{
    return Tr::tr("The file is %1 MB, over the %2 MB limit set in Settings").arg(megabytes(sizeBytes), megabytes(maxBytes));
}

QString ArtifactFetcher::cachedFile(const QUrl &url) const
{
    if (const QString cached = m_cache ? m_cache->lookup(url) : QString(); !cached.isEmpty())
        return cached;
    return m_archiveLookup ? m_archiveLookup(url) : QString();
}

QString ArtifactFetcher::profileIdOf(const QString &jobKey) const
{
    if (jobKey.isEmpty() || !m_jobs)
        return {};
    const JobRecord *record = m_jobs->find(jobKey);
    return record ? record->profileId : QString();
}

bool ArtifactFetcher::jobCompleted(const QString &jobKey) const
{
    if (jobKey.isEmpty() || !m_jobs)
        return false;
    const JobRecord *record = m_jobs->find(jobKey);
    return record && record->hasSnapshot && record->snapshot.state == JobState::Completed;
}

FetchHandle *ArtifactFetcher::fetch(const QUrl &url, const QString &jobKey)
{
    auto *handle = new FetchHandle(this, url, jobKey);
    m_active.append(handle);
    start(handle);
    return handle;
}

void ArtifactFetcher::start(FetchHandle *handle)
{
    const QUrl &url = handle->m_url;
    FetchResult result;
    result.url = url;
    if (isInlineUrl(url.toString())) {
        finishLater(handle, fromInline(url));
        return;
    }
    if (const QString refusal = refusalReason(url); !refusal.isEmpty()) {
        result.error = FetchError::Refused;
        result.message = refusal;
        finishLater(handle, result);
        return;
    }
    if (const QString cached = cachedFile(url); !cached.isEmpty()) {
        result.filePath = cached;
        result.sizeBytes = QFileInfo(cached).size();
        result.fromCache = true;
        finishLater(handle, result);
        return;
    }
    const QString profileId = profileIdOf(handle->m_jobKey);
    const Profile *profile = m_profiles && !profileId.isEmpty() ? m_profiles->find(profileId) : nullptr;
    if (profile && m_secrets && sameOrigin(url, profile->baseUrl)) {
        // The key is needed: ask the store (asynchronous); send() follows in onKeyReady.
        auto &waiting = m_waitingForKey[profileId];
        waiting.append(QPointer<FetchHandle>(handle));
        if (waiting.size() == 1) {
            connect(m_secrets->readKey(profileId), &KeyReply::finished, this,
                    [this, profileId](const QString &key, const QString &error) { onKeyReady(profileId, key, error); });
        }
        return;
    }
    handle->m_transfer = new FetchHandle::Transfer;
    send(handle, url, 0);
}

FetchResult ArtifactFetcher::fromInline(const QUrl &url)
{
    FetchResult result;
    result.url = url;
    result.fromCache = true; // no request: the bytes came with the job's answer
    if (const QString cached = cachedFile(url); !cached.isEmpty()) {
        result.filePath = cached;
        result.sizeBytes = QFileInfo(cached).size();
        return result;
    }
    const InlineResult inlined = m_inline ? m_inline->take(url.toString()) : InlineResult();
    if (inlined.bytes.isNull()) {
        result.error = FetchError::Expired; // the window offers to poll again, which brings the bytes back
        result.message = Tr::tr("This result came inside the provider's answer and is no longer kept here — poll again to get it");
        return result;
    }
    result.sizeBytes = inlined.bytes.size();
    result.mimeType = inlined.mimeType;
    if (inlined.bytes.size() > m_maxBytes) {
        result.error = FetchError::TooLarge;
        result.message = tooLargeMessage(inlined.bytes.size(), m_maxBytes);
        return result;
    }
    QFile file(m_cache->temporaryPath(url));
    QDir().mkpath(QFileInfo(file.fileName()).absolutePath());
    QString error;
    if (!file.open(QIODevice::WriteOnly) || file.write(inlined.bytes) != inlined.bytes.size() || !file.flush()) {
        error = Tr::tr("Could not write %1 to the download cache: %2").arg(QFileInfo(file.fileName()).fileName(), file.errorString());
        file.remove();
    } else {
        file.close();
        result.filePath = m_cache->insert(url, file.fileName(), &error);
    }
    if (result.filePath.isEmpty()) {
        m_inline->put(inlined); // kept for another try
        result.error = FetchError::Storage;
        result.message = error;
    }
    return result;
}

void ArtifactFetcher::onKeyReady(const QString &profileId, const QString &key, const QString &error)
{
    Q_UNUSED(error); // without a key the request goes out without auth; the server's answer says the rest
    const auto waiting = m_waitingForKey.take(profileId);
    const Profile *profile = m_profiles ? m_profiles->find(profileId) : nullptr;
    AuthForm auth;
    QList<QPair<QByteArray, QByteArray>> extra;
    if (profile) {
        const std::unique_ptr<Dialect> dialect = dialectFor(*profile);
        auth = profile->auth.value_or(dialect ? dialect->auth() : AuthForm{});
        if (dialect)
            extra = dialect->extraHeaders();
    }
    for (const QPointer<FetchHandle> &handle : waiting) {
        if (!handle || handle->m_finished)
            continue;
        auto *transfer = new FetchHandle::Transfer;
        if (profile) {
            transfer->origin = profile->baseUrl;
            transfer->key = key;
            transfer->auth = auth;
            transfer->extraHeaders = extra;
        }
        handle->m_transfer = transfer;
        send(handle, handle->m_url, 0);
    }
}

void ArtifactFetcher::send(FetchHandle *handle, const QUrl &url, int hops)
{
    FetchHandle::Transfer *t = handle->m_transfer;
    t->current = url;
    t->hops = hops;
    t->received = 0;
    t->total = -1;
    t->status = 0;

    RequestSpec spec;
    spec.url = url;
    spec.origin = t->origin;
    spec.key = t->key;
    spec.auth = t->auth;
    spec.extraHeaders = t->extraHeaders;
    spec.transferTimeoutMs = m_transferTimeoutMs;
    // Manual redirects, transfer timeout, keep-alive; the key and extra headers only on the profile's origin.
    QNetworkRequest request = buildStatusRequest(spec, url);
    request.setRawHeader("Accept", "*/*");
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply *reply = m_nam->get(request);
    t->reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, handle] { onReadyRead(handle); });
    connect(reply, &QNetworkReply::finished, this, [this, handle] { onReplyFinished(handle); });
}

void ArtifactFetcher::onReadyRead(FetchHandle *handle)
{
    FetchHandle::Transfer *t = handle->m_transfer;
    if (!t || !t->reply)
        return;
    QNetworkReply *reply = t->reply;
    if (t->status == 0) {
        t->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (t->status >= 200 && t->status < 300) {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            t->total = length.isValid() ? length.toLongLong() : -1;
            t->mimeType = reply->header(QNetworkRequest::ContentTypeHeader).toString().section(u';', 0, 0).trimmed();
            if (t->total > m_maxBytes) {
                finishTooLarge(handle, t->status, t->total);
                return;
            }
            const QString tempPath = m_cache->temporaryPath(handle->m_url);
            QDir().mkpath(QFileInfo(tempPath).absolutePath());
            t->file.setFileName(tempPath);
            if (!t->file.open(QIODevice::WriteOnly)) {
                FetchResult result;
                result.url = handle->m_url;
                result.error = FetchError::Storage;
                result.message = Tr::tr("Could not write the download to %1: %2")
                                     .arg(QDir::toNativeSeparators(tempPath), t->file.errorString());
                finish(handle, result);
                return;
            }
        }
    }
    if (!reply->isOpen())
        return; // closed by a transfer timeout or an error: onReplyFinished says what happened
    if (!t->file.isOpen()) {
        reply->skip(reply->bytesAvailable()); // an error or redirect body: not kept
        return;
    }
    const QByteArray chunk = reply->readAll();
    t->received += chunk.size();
    if (t->received > m_maxBytes) {
        finishTooLarge(handle, t->status, t->received);
        return;
    }
    if (t->file.write(chunk) != chunk.size()) {
        FetchResult result;
        result.url = handle->m_url;
        result.error = FetchError::Storage;
        result.message = Tr::tr("Could not write the download: %1").arg(t->file.errorString());
        finish(handle, result);
        return;
    }
    Q_EMIT handle->progress(t->received, t->total);
}

void ArtifactFetcher::onReplyFinished(FetchHandle *handle)
{
    FetchHandle::Transfer *t = handle->m_transfer;
    if (!t || !t->reply)
        return;
    onReadyRead(handle); // whatever is still buffered
    if (handle->m_finished || !handle->m_transfer)
        return;
    QNetworkReply *reply = t->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    FetchResult result;
    result.url = handle->m_url;
    result.httpStatus = status;

    if (isRedirectStatus(status)) {
        const QByteArray location = reply->rawHeader("Location");
        const RedirectStep step = followRedirect(t->current, location, t->hops, kMaxRedirects);
        if (!step.refusal.isEmpty()) {
            // The rule is net's; the words are the preview's.
            const QUrl target = redirectTarget(t->current, location);
            result.error = step.tooMany ? FetchError::Network : FetchError::Refused;
            result.message = step.tooMany      ? Tr::tr("Too many redirects (more than %1)").arg(kMaxRedirects)
                           : target.isValid() ? refusalReason(target)
                                              : Tr::tr("The server sent a redirect without a usable address");
            finish(handle, result);
            return;
        }
        const QUrl target = step.next;
        reply->disconnect(this);
        reply->deleteLater();
        t->reply = nullptr;
        if (t->file.isOpen()) {
            t->file.close();
            t->file.remove();
        }
        // buildStatusRequest drops the key when `target` leaves the profile's origin.
        send(handle, target, t->hops + 1);
        return;
    }
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        if (t->total >= 0 && t->received < t->total) {
            result.error = FetchError::Network;
            result.message = Tr::tr("The download of %1 ended early (%2 of %3 bytes)")
                                 .arg(displayUrl(handle->m_url)).arg(t->received).arg(t->total);
            finish(handle, result);
            return;
        }
        if (!t->file.isOpen()) { // an empty body never triggered readyRead
            t->file.setFileName(m_cache->temporaryPath(handle->m_url));
            QDir().mkpath(QFileInfo(t->file.fileName()).absolutePath());
            t->file.open(QIODevice::WriteOnly);
        }
        t->file.close();
        QString error;
        const QString path = m_cache->insert(handle->m_url, t->file.fileName(), &error);
        if (path.isEmpty()) {
            result.error = FetchError::Storage;
            result.message = error;
        } else {
            result.filePath = path;
            result.sizeBytes = QFileInfo(path).size();
            result.mimeType = t->mimeType;
        }
        finish(handle, result);
        return;
    }
    if (status >= 400) {
        if ((status == 403 || status == 404 || status == 410) && jobCompleted(handle->m_jobKey)) {
            result.error = FetchError::Expired;
            result.message = Tr::tr("Link expired \u2014 poll again to refresh");
        } else {
            result.error = FetchError::Http;
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            result.message = reason.isEmpty() ? Tr::tr("The server answered HTTP %1 for %2").arg(status).arg(displayUrl(handle->m_url))
                                              : Tr::tr("The server answered HTTP %1 (%2) for %3").arg(status).arg(reason, displayUrl(handle->m_url));
        }
        finish(handle, result);
        return;
    }
    result.error = FetchError::Network;
    if (reply->error() == QNetworkReply::OperationCanceledError)
        result.message = Tr::tr("The download of %1 stalled for %n second(s) and was stopped; try again", nullptr,
                                qMax(1, m_transferTimeoutMs / 1000)).arg(displayUrl(handle->m_url));
    else if (reply->error() == QNetworkReply::SslHandshakeFailedError) // fails closed: sslErrors is never ignored
        result.message = Tr::tr("Could not download %1: TLS error (the connection was refused, not ignored): %2")
                             .arg(displayUrl(handle->m_url), reply->errorString());
    else
        result.message = Tr::tr("Could not download %1: %2").arg(displayUrl(handle->m_url), reply->errorString());
    finish(handle, result);
}

void ArtifactFetcher::finishLater(FetchHandle *handle, const FetchResult &result)
{
    QTimer::singleShot(0, handle, [this, handle, result] { finish(handle, result); });
}

void ArtifactFetcher::finishTooLarge(FetchHandle *handle, int httpStatus, qint64 sizeBytes)
{
    FetchResult result;
    result.url = handle->m_url;
    result.error = FetchError::TooLarge;
    result.httpStatus = httpStatus;
    result.sizeBytes = sizeBytes;
    result.message = tooLargeMessage(sizeBytes, m_maxBytes);
    finish(handle, result);
}

void ArtifactFetcher::finish(FetchHandle *handle, FetchResult result)
{
    if (handle->m_finished)
        return;
    release(handle);
    handle->m_finished = true;
    handle->m_result = std::move(result);
    m_active.removeOne(handle);
    handle->deleteLater();
    Q_EMIT handle->finished(handle->m_result);
    Q_EMIT fetched(handle->m_jobKey, handle->m_result);
}

void ArtifactFetcher::release(FetchHandle *handle)
{
    m_active.removeOne(handle);
    FetchHandle::Transfer *t = handle->m_transfer;
    if (!t)
        return;
    handle->m_transfer = nullptr;
    if (t->reply) {
        t->reply->disconnect(this);
        t->reply->abort();
        t->reply->deleteLater();
    }
    if (t->file.isOpen())
        t->file.close();
    if (!t->file.fileName().isEmpty())
        QFile::remove(t->file.fileName()); // after a successful insert() it is gone already
    delete t;
}

} // namespace jw
