#pragma once
// Building status requests under the security rules of DESIGN.md §5: the key goes only to the profile's own
// origin (scheme + host + port), plain http:// only to loopback, redirects followed by hand.

#include "dialects/dialect.h"

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

bool isLoopbackHost(const QString &host);
// Same scheme, host and port (default ports filled in).
bool sameOrigin(const QUrl &a, const QUrl &b);
// Empty when `url` may be requested; otherwise a one-line reason (not http(s), no host, plain http off loopback).
QString urlRefusal(const QUrl &url);

// The GET request for `url` under `spec`: manual redirects, transfer timeout, keep-alive, JSON accept, and the
// key only when `url` is on the spec's origin (*keySent tells which).
QNetworkRequest buildStatusRequest(const RequestSpec &spec, const QUrl &url, bool *keySent = nullptr);

// The target of a redirect's Location header relative to `current`; invalid when unusable.
QUrl redirectTarget(const QUrl &current, const QByteArray &location);

} // namespace jw
