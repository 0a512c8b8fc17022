#pragma once
// The shapes of job references, used by IdExtractor: which dialect a job ID's shape or a poll URL's host and
// path belong to, and whether a URL may be used at all (http/https only, plain http on loopback only, no
// user info). Pure functions over strings; Qt Core only.

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

namespace jw::jobshape {

inline constexpr qsizetype kMaxIdLength = 256;
inline constexpr qsizetype kSnippetLength = 200;

constexpr bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
constexpr bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
constexpr bool isAsciiAlnum(QChar c) { return isAsciiLetter(c) || isAsciiDigit(c); }
// Characters of a bare ID token: IDs are runs of these, split off at anything else.
constexpr bool isTokenChar(QChar c) { return isAsciiAlnum(c) || c == u'_' || c == u'-'; }
constexpr bool isSchemeChar(QChar c) { return isAsciiAlnum(c) || c == u'+' || c == u'-' || c == u'.'; }
// Where a URL in free text ends: whitespace, quotes, angle brackets and the characters never left raw in URLs.
inline bool isUrlStop(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'\'' || c == u'<' || c == u'>' || c == u'`' || c == u'{'
        || c == u'}' || c == u'|' || c == u'\\' || c == u'^' || c.unicode() < 0x20;
}

bool isUuid(QStringView s);
// Something a provider could have issued as a job ID: 1..256 characters of [A-Za-z0-9-_.~:+=].
bool isUsableId(QStringView id);
// Same-job comparison key: UUIDs compare without regard to case.
QString idKey(const QString &id);

// Dialect names whose ID shape `id` has, best first; empty when unknown (see IdExtractor::dialectsForIdShape).
QStringList dialectsForId(QStringView id);
QStringList knownDialects();

// At most kSnippetLength characters, with an ellipsis when cut.
QString clip(QStringView s);
// A URL's text fit to show the user: user info and query (where keys sometimes hide) removed, clipped.
QString redactedUrlText(QStringView s);

struct PathMatch {
    bool found = false;
    QString id;           // percent-decoded
    QString basePath;     // percent-encoded, the path before the job path, no trailing slash
    QStringList dialects; // from the job path (or the ID's shape on the shared /v1/jobs path)
    QString reason;       // why not, when !found; one line, translated
};
// Finds the dialect job path (…/api/v1/jobs/{id}, …/v1/jobs/{id}, …/v1/predictions/{id}, …) in a URL path.
PathMatch matchJobPath(const QString &encodedPath);

struct UrlMatch {
    bool ok = false;
    QString id;
    QUrl pollUrl;         // the URL without its fragment
    QUrl base;            // scheme://host[:port] + the path before the job path
    QStringList dialects; // by host, then a base ending in a dialect's name, then path, then ID shape
    QString reason;       // why not, when !ok; one line, translated
};
// Checks and reads one absolute URL.
UrlMatch matchPollUrl(QStringView text);

} // namespace jw::jobshape
