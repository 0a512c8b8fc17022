#pragma once
// The one result of an artifact download (ArtifactFetcher): a local file in the disk cache, or a
// typed error with a one-line, user-visible message that says what happened and what to do (never a key).

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace jw {

enum class FetchError {
    None,     // success: filePath is a readable file in the disk cache
    Network,  // connection refused/reset, DNS, TLS (fails closed), transfer timeout, too many redirects
    TooLarge, // over the size cap (Content-Length or while streaming): "The file is N MB, over the M MB limit…"
    Expired,  // 403/404 for a job that already completed: "Link expired — poll again to refresh"
    Refused,  // not http(s) (file:, javascript:, data:, ftp:…), or plain http:// off loopback; nothing was sent
    Http,     // any other HTTP error status (httpStatus tells which)
    Aborted,  // FetchHandle::abort() was called
    Storage,  // the cache directory or the temp file could not be written
};

struct FetchResult {
    FetchError error = FetchError::None;
    QUrl url;             // the URL asked for (not the redirect target)
    QString filePath;     // success: absolute path of the cached file (named <hash>.<ext of the URL path>)
    QString mimeType;     // the server's Content-Type without parameters; empty when unknown or from cache
    qint64 sizeBytes = -1;
    int httpStatus = 0;   // the last HTTP status seen (0: none)
    bool fromCache = false; // true when no network request was made
    QString message;      // error: one translated line; success: empty

    bool ok() const { return error == FetchError::None; }
};

// "network", "too large", ... (logs, tests)
QString fetchErrorName(FetchError error);

} // namespace jw

Q_DECLARE_METATYPE(jw::FetchResult)
