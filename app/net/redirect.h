#pragma once
// The one redirect rule for every request the app makes by hand (ManualRedirectPolicy): where a 3xx answer
// may lead. The request for the next hop is built by buildStatusRequest, which drops the key and every extra
// header when that hop leaves the profile's origin.

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace jw {

// True for the 3xx answers that carry a Location to follow (not 304 Not Modified).
bool isRedirectStatus(int httpStatus);

struct RedirectStep {
    QUrl next;        // where to go; valid only when `refusal` is empty
    QString refusal;  // one line when the redirect must not be followed
    bool tooMany = false; // the refusal is the hop limit (a loop, rather than a forbidden target)
};

// The hop after `current` answered a redirect with `location`, after `hopsSoFar` redirects already followed.
// Refused when Location is missing or unusable, when it leads to a URL checkUrl forbids (not http(s), plain
// http off loopback), or when it would be hop number maxHops + 1.
RedirectStep followRedirect(const QUrl &current, const QByteArray &location, int hopsSoFar, int maxHops);

// The target of a redirect's Location header relative to `current`; invalid when unusable.
QUrl redirectTarget(const QUrl &current, const QByteArray &location);

} // namespace jw
