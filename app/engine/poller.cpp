#include "engine/poller.h"

#include "net/serverhints.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Engine) };
} // namespace

Poller::Poller(QNetworkAccessManager *nam, RequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_spec(std::move(spec))
{
}

Poller::~Poller()
{
    abort();
}

void Poller::start()
{
    const QString refusal = urlRefusal(m_spec.url);
    if (!refusal.isEmpty()) {
        PollResult r;
        r.outcome = PollResult::Outcome::Refused;
        r.errorText = refusal;
        r.finalUrl = m_spec.url;
        // Keep finished() asynchronous on every path.
        QTimer::singleShot(0, this, [this, r] { finish(r); });
        return;
    }
    if (m_spec.transferTimeoutMs > 0) {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            if (!m_reply || m_tooLarge)
                return;
            if (m_received >= kMinBytesPerSecond * std::max<qint64>(1, m_hop.elapsed()) / 1000) {
                ++m_windows; // still coming at a useful speed: another window (the body cap bounds the total)
                m_deadline.start();
                return;
            }
            m_overdue = true;
            m_reply->abort(); // finished() follows; onFinished reports it
        });
        m_windows = 1;
        m_deadline.start(int(std::min<qint64>(qint64(m_spec.transferTimeoutMs) * kWholeAnswerFactor, INT_MAX)));
    }
    send(m_spec.url);
}

void Poller::abort()
{
    m_done = true;
    m_deadline.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Poller::send(const QUrl &url)
{
    m_tooLarge = false;
    m_received = 0;
    m_hop.start();
    QNetworkReply *reply = m_nam->get(buildStatusRequest(m_spec, url));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &Poller::onFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &Poller::checkSize);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply) {
            const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            checkSize(0, declared > 0 ? declared : -1);
        }
    });
}

void Poller::checkSize(qint64 received, qint64 total)
{
    if (!m_reply || m_tooLarge)
        return;
    m_received = std::max(m_received, received);
    if (received > m_spec.maxBodyBytes || total > m_spec.maxBodyBytes) {
        m_tooLarge = true;
        m_reply->abort(); // finished() follows; onFinished reports TooLarge
    }
}

void Poller::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_done)
        return;
    m_reply.clear();
    reply->deleteLater();

    PollResult r;
    r.finalUrl = reply->url();
    r.redirects = m_redirects;
    r.lastHopMs = m_hop.elapsed();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_tooLarge) {
        r.outcome = PollResult::Outcome::TooLarge;
        r.errorText = Tr::tr("status response larger than %1 KiB; aborted").arg(m_spec.maxBodyBytes / 1024);
        finish(r);
        return;
    }
    if (m_overdue) {
        r.outcome = PollResult::Outcome::NetworkError;
        r.errorText = Tr::tr("the answer did not end within %1 s; aborted (the server keeps sending without finishing)")
                          .arg(double(m_deadline.interval()) * m_windows / 1000.0);
        finish(r);
        return;
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (r.httpStatus == 0 || (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied
                              && error != QNetworkReply::ProtocolFailure)) {
        // No HTTP answer: connection-level, TLS (fails closed) or timeout.
        r.outcome = PollResult::Outcome::NetworkError;
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
            r.errorText = Tr::tr("no complete answer within %1 s (transfer timeout)").arg(m_spec.transferTimeoutMs / 1000.0);
        } else if (error == QNetworkReply::SslHandshakeFailedError) {
            r.outcome = PollResult::Outcome::TlsFailure;
            r.errorText = Tr::tr("TLS error (the connection was refused, not ignored): %1").arg(reply->errorString());
        } else if (r.httpStatus != 0)
            r.errorText = Tr::tr("HTTP %1 answer cut off: %2").arg(r.httpStatus).arg(reply->errorString());
        else
            r.errorText = Tr::tr("network error: %1").arg(reply->errorString());
        finish(r);
        return;
    }

    if (isRedirectStatus(r.httpStatus)) {
        const RedirectStep step = followRedirect(reply->url(), reply->rawHeader("Location"), m_redirects, m_spec.maxRedirects);
        if (step.refusal.isEmpty()) {
            ++m_redirects;
            send(step.next); // buildStatusRequest drops the key and extra headers when `next` is on another origin
            return;
        }
        r.outcome = PollResult::Outcome::Refused;
        r.errorText = Tr::tr("HTTP %1 redirect not followed: %2").arg(r.httpStatus).arg(step.refusal);
        finish(r);
        return;
    }

    r.outcome = PollResult::Outcome::Http;
    r.body = reply->readAll();
    if (r.body.size() > m_spec.maxBodyBytes) {
        r.outcome = PollResult::Outcome::TooLarge;
        r.errorText = Tr::tr("status response larger than %1 KiB; aborted").arg(m_spec.maxBodyBytes / 1024);
        r.body.clear();
    }
    r.retryAfter = reply->rawHeader("Retry-After");
    r.pollAfterMs = pollAfterHintMs(*reply);
    finish(r);
}

void Poller::finish(const PollResult &result)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    Q_EMIT finished(result);
}

} // namespace jw
