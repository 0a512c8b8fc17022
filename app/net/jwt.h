#pragma once
// Short-lived JSON Web Tokens signed with HMAC-SHA256 (RFC 7519 / 7515), for APIs such as Kling that take a
// token made from an access key and a secret key instead of a fixed key. The profile's one stored secret
// holds both, as "ACCESS_KEY:SECRET_KEY". A new token is made for every request, valid for kJwtLifetimeSecs
// from a few seconds back, so a token never expires while it is in use and the secret key never travels.

#include <QByteArray>
#include <QString>

#include <optional>

namespace jw {

inline constexpr int kJwtLifetimeSecs = 30 * 60;
inline constexpr int kJwtClockSkewSecs = 5; // "nbf" this far back, for a server clock a little behind ours

// {"alg":"HS256","typ":"JWT"}.{"iss":accessKey,"exp":now+lifetime,"nbf":now-skew} signed with secretKey.
QByteArray hs256Token(const QString &accessKey, const QString &secretKey, qint64 nowSecs, int lifetimeSecs = kJwtLifetimeSecs);
// The token for a stored "ACCESS_KEY:SECRET_KEY" secret; nothing when either part is empty.
std::optional<QByteArray> jwtFromSecret(const QString &secret, qint64 nowSecs);

} // namespace jw
