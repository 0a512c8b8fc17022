#pragma once
// Reading the server's timing hints (DESIGN.md §4): Retry-After (delta seconds or an HTTP date) and
// poll-after headers (X-Poll-After-Ms, openai-poll-after-ms, ...).

#include <QByteArray>
#include <QtGlobal>

class QNetworkReply;

namespace jw {

// Milliseconds to wait from `nowEpochMs`, or -1 when the value is absent or unreadable: delay-seconds, or an
// HTTP-date in any of RFC 9110's three forms (IMF-fixdate, RFC 850, asctime). Past dates give 0.
qint64 parseRetryAfter(const QByteArray &value, qint64 nowEpochMs);
// A poll-after value in milliseconds ("1500"), or -1.
qint64 parsePollAfterMs(const QByteArray &value);
// The poll-after hint of a reply: X-Poll-After-Ms, then any header ending in "poll-after-ms", or -1.
qint64 pollAfterHintMs(const QNetworkReply &reply);

} // namespace jw
