#pragma once
// net/: the one origin-safe HTTP layer (DESIGN.md §5). It holds the same-origin rule, the loopback rule, the URL
// refusal, the redirect rule, request building and the status classifier; every request the app makes (polls,
// artifact downloads, Test connection) goes through these. May include model/ and formats/ only.

#include <QString>
#include <QUrl>

namespace jw {

// True for the literal loopback addresses (127.0.0.0/8, ::1) and the name "localhost", which resolves only to
// loopback (RFC 6761). Any other name, "*.localhost" included, is not trusted to stay on this computer.
bool isLoopbackHost(const QString &host);

// Same scheme, host and port (default ports filled in). The key and every extra header go only where this holds.
bool sameOrigin(const QUrl &a, const QUrl &b);

// Whether a URL may be requested at all: http(s) only, with a host, plain http only to loopback.
enum class UrlCheck { Ok, NotHttp, Invalid, PlainHttpOffLoopback };
UrlCheck checkUrl(const QUrl &url);

// Empty when `url` may be requested; otherwise a one-line reason (the wording of checkUrl's verdict).
QString urlRefusal(const QUrl &url);

} // namespace jw
