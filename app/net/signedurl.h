#pragma once
// Signed URLs (S3 and GCS presigned links, CloudFront, Azure SAS, and the generic sig/expires forms): which
// query parameters only sign a URL or bound its validity, whether a URL carries a signature, and the URL without
// them. One rule for the artifact cache's keys, save-on-complete and the history export (which must not hand out
// working signatures).

#include <QString>
#include <QUrl>

namespace jw::signedurl {

// expires, exp, sig, signature, token_expires, policy, key-pair-id, se, st, sp, sv, sr, spr, skoid,
// googleaccessid, and every X-Amz-* and X-Goog-* parameter; compared case-insensitively.
bool isSigningParameter(const QString &name);
// The URL carries a parameter that on its own marks a signature (not just a validity window).
bool isSigned(const QUrl &url);
// The URL without fragment, user info and signing parameters (the other query items keep their order), with the
// scheme and host in lower case.
QUrl withoutSignature(const QUrl &url);

} // namespace jw::signedurl
