#include "net/requestbuilder.h"

namespace jw {

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

    const bool sendKey = !spec.key.isEmpty() && ownOrigin;
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

} // namespace jw
