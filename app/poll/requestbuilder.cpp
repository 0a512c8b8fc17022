#include "poll/requestbuilder.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Engine) };

int defaultPort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == u"https"_s ? 443 : scheme == u"http"_s ? 80 : -1);
}
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost"_s, Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.isValid() && b.isValid() && a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

QString urlRefusal(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("\"%1\" is not a valid http(s) URL").arg(url.toDisplayString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme == u"http"_s) {
        if (isLoopbackHost(url.host()))
            return {};
        return Tr::tr("refusing plain http:// to %1: use https:// (http is allowed only for loopback)").arg(url.host());
    }
    return Tr::tr("unsupported URL scheme \"%1\": only https (and http on loopback) can be polled").arg(url.scheme());
}

QNetworkRequest buildStatusRequest(const RequestSpec &spec, const QUrl &url, bool *keySent)
{
    QNetworkRequest request(url);
    // QNAM would follow redirects itself and forward Authorization to any origin: never let it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(spec.transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Connection", "keep-alive");
    for (const auto &[name, value] : spec.extraHeaders)
        request.setRawHeader(name, value);

    const bool sendKey = !spec.key.isEmpty() && sameOrigin(url, spec.origin);
    if (sendKey) {
        const QByteArray key = spec.key.toUtf8();
        switch (spec.auth.scheme) {
        case AuthForm::Scheme::Bearer: request.setRawHeader("Authorization", "Bearer " + key); break;
        case AuthForm::Scheme::Key: request.setRawHeader("Authorization", "Key " + key); break;
        case AuthForm::Scheme::Header:
            request.setRawHeader(spec.auth.headerName.isEmpty() ? QByteArray("Authorization") : spec.auth.headerName.toLatin1(), key);
            break;
        }
    }
    if (keySent)
        *keySent = sendKey;
    return request;
}

QUrl redirectTarget(const QUrl &current, const QByteArray &location)
{
    const QByteArray trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl relative = QUrl::fromEncoded(trimmed);
    if (!relative.isValid())
        return {};
    return current.resolved(relative);
}

} // namespace jw
