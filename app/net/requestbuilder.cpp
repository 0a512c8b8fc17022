#include "net/requestbuilder.h"

#include "net/jwt.h"

#include <QDateTime>

namespace jw {

QPair<QByteArray, QByteArray> authHeader(const AuthForm &auth, const QString &key)
{
    const QByteArray value = key.toUtf8();
    switch (auth.scheme) {
    case AuthForm::Scheme::Bearer: return {"Authorization", "Bearer " + value};
    case AuthForm::Scheme::Key: return {"Authorization", "Key " + value};
    case AuthForm::Scheme::Header: break;
    case AuthForm::Scheme::JwtHs256: {
        // A fresh token for every request (wall time: the server checks "exp" and "nbf" against its clock).
        const auto token = jwtFromSecret(key, QDateTime::currentSecsSinceEpoch());
        return token ? QPair<QByteArray, QByteArray>{"Authorization", "Bearer " + *token} : QPair<QByteArray, QByteArray>{};
    }
    }
    return {auth.headerName.isEmpty() ? QByteArray("Authorization") : auth.headerName.toLatin1(), value};
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
    // Extra headers (a mapping's or profile's) may hold secrets too: they travel with the key or not at all.
    const bool ownOrigin = sameOrigin(url, spec.origin);
    if (ownOrigin) {
        for (const auto &[name, value] : spec.extraHeaders)
            request.setRawHeader(name, value);
    }

    bool sendKey = !spec.key.isEmpty() && ownOrigin;
    if (sendKey) {
        const auto [name, value] = authHeader(spec.auth, spec.key);
        sendKey = !name.isEmpty(); // a jwt-hs256 secret that is not "ACCESS:SECRET" gives no header
        if (sendKey)
            request.setRawHeader(name, value);
    }
    if (keySent)
        *keySent = sendKey;
    return request;
}

} // namespace jw
