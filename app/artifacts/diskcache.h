#pragma once
// The artifact disk cache: files under a directory (default QStandardPaths::CacheLocation +
// "/artifacts"), keyed by URL, capped in size with LRU eviction. Plain Qt Core, no QObject.
//
// Keys: SHA-1 of the URL with its volatile signing parameters removed (see normalizedUrl), so a signed URL
// that was refreshed by a re-poll (new expires/sig) hits the entry that the expired one filled. This assumes
// what every signing scheme we know guarantees: the same scheme+host+path (+ the remaining query) names the
// same object; only the signature and its validity window change.
// Files are named "<key>.<suffix of the URL path>" (the suffix helps "Open externally" and media backends).
// The access time of an entry is its file's modification time (touched on every lookup), so LRU order
// survives restarts without an index file. Eviction removes the least recently used entries until the total
// is under the cap; the entry just inserted is never evicted (one file larger than the cap still lands), nor
// is a pinned one. Results that must be kept go to the results archive (ResultArchive), never only here.

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>

namespace jw {

class DiskCache final
{
public:
    static constexpr qint64 kDefaultMaxBytes = qint64(2) * 1024 * 1024 * 1024; // 2 GiB
    using Clock = std::function<QDateTime()>;

    // Files live under `directory` (the Application passes its cache folder + "/artifacts"). Existing entries
    // are indexed.
    explicit DiskCache(const QString &directory, qint64 maxBytes = kDefaultMaxBytes);

    QString directory() const { return m_dir; }
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qint64 bytes); // evicts at once when over
    qint64 totalBytes() const { return m_total; }
    int count() const { return int(m_entries.size()); }
    void setClock(Clock clock); // tests: deterministic access times

    // The signed-URL rule is net/signedurl's; these name it where the cache is used.
    // Query parameters that only sign a URL (expires, exp, sig, signature, token-free X-Amz-*/X-Goog-*,
    // CloudFront Policy/Key-Pair-Id, Azure SAS se/st/sp/sv/sr/sig...), compared case-insensitively.
    static bool isVolatileParameter(const QString &name);
    // True when the URL carries any of them (a signed URL: save-on-complete defaults to on for these).
    static bool isSignedUrl(const QUrl &url);
    // The URL without fragment, user info and volatile parameters (remaining query items keep their order).
    static QUrl normalizedUrl(const QUrl &url);
    static QString key(const QUrl &url); // hex SHA-1 of normalizedUrl

    // The cached file for `url` (absolute path), or empty. A hit marks the entry as just used.
    QString lookup(const QUrl &url);
    bool contains(const QUrl &url) const;
    // Where a download for `url` should stream to before insert(): a unique path in "<dir>/tmp".
    QString temporaryPath(const QUrl &url) const;
    // Moves `temporaryFile` into the cache as the entry for `url` (replacing an older one), then evicts LRU
    // entries until under the cap. Returns the final path, or empty (and *error) when the move fails.
    QString insert(const QUrl &url, const QString &temporaryFile, QString *error = nullptr);
    bool remove(const QUrl &url);
    void clear();
    // A pinned entry is never evicted (the results archive pins a download while it copies it out). Counted:
    // every pin() needs its unpin(). Pinning a URL that is not cached yet pins the entry it will get.
    void pin(const QUrl &url);
    void unpin(const QUrl &url);
    bool isPinned(const QUrl &url) const { return m_pins.contains(key(url)); }

private:
    struct Entry {
        QString path;
        qint64 size = 0;
        QDateTime usedAt;
    };
    void scan();
    void evict(const QString &keep);
    QDateTime now() const;

    QString m_dir;
    qint64 m_maxBytes;
    qint64 m_total = 0;
    QHash<QString, Entry> m_entries; // by key
    QHash<QString, int> m_pins;      // key -> pin count
    Clock m_clock;
};

} // namespace jw
