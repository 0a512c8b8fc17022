#pragma once
// Which links a preview may hand to the desktop (DESIGN.md §5): only http and https URLs with a host open in the
// browser; `file:`, `javascript:`, `data:` and everything else are refused with a one-line reason. Local files
// that the app itself downloaded (the artifact cache) may be opened through openableLocalFile(). Pure functions,
// no widgets, so they are testable on their own.

#include <QString>
#include <QUrl>

namespace jw {

struct LinkVerdict {
    bool allowed = false;
    QString reason; // empty when allowed; otherwise one line for the user
};

// http(s) with a host, no user info (no "https://user:pw@host" phishing shapes).
LinkVerdict checkExternalLink(const QUrl &url);

// The local file may be opened externally: an absolute path to an existing regular file.
LinkVerdict checkLocalFile(const QString &path);

} // namespace jw
