#pragma once
// Building requests under the security rules of DESIGN.md §5: the key and every extra header go only to the
// profile's own origin (scheme + host + port); redirects are never followed by QNAM (see net/redirect.h).

#include "model/authform.h"
#include "net/origin.h"
#include "net/redirect.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>

namespace jw {

struct RequestSpec {
    QUrl url;                 // what to GET
    QUrl origin;              // the profile's base URL: the only origin that may see the key
    QString key;              // empty = no auth header
    AuthForm auth;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    int transferTimeoutMs = 30 * 1000;
    qint64 maxBodyBytes = 2 * 1024 * 1024;
    int maxRedirects = 5;
};

// The header that carries `key` in the form `auth` asks for: {"Authorization", "Bearer KEY"} and so on. For
// jwt-hs256 a fresh signed token (net/jwt.h), or an empty pair when `key` is not "ACCESS:SECRET".
QPair<QByteArray, QByteArray> authHeader(const AuthForm &auth, const QString &key);

// The GET request for `url` under `spec`: manual redirects, transfer timeout, keep-alive, JSON accept, and the
// key and the extra headers only when `url` is on the spec's origin (*keySent tells which).
QNetworkRequest buildStatusRequest(const RequestSpec &spec, const QUrl &url, bool *keySent = nullptr);

} // namespace jw
