#pragma once
// Results that come inside the provider's answer (a base64 image or video) instead of as a link. A mapping's
// base64 artifact rule (formats/mapping) decodes them; the snapshot lists each as an artifact whose URL is
// "jobwatch-inline:<sha1 of the bytes>.<ext>", which names the content and nothing else. The engine leaves the
// bytes here when the job completes; the artifact fetcher takes them out into the download cache (from where
// save-on-complete copies them into the results archive unless saving is off), and `jobwatch-cli watch`
// writes them to files. Nothing here is written to disk or kept across a restart.

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace jw {

inline constexpr char kInlineScheme[] = "jobwatch-inline";

struct InlineResult {
    QString url;      // the artifact's URL, "jobwatch-inline:…"
    QByteArray bytes; // decoded
    QString mimeType; // from the data: prefix or the bytes themselves; may be empty
};

bool isInlineUrl(const QString &url);
// "jobwatch-inline:<hex sha1 of bytes>.<ext>" (ext without dot; "bin" when empty).
QString inlineUrl(const QByteArray &bytes, const QString &ext);

class InlineResults final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineResults)
public:
    // Held bytes above this are not kept: the oldest results are dropped first (they are in the cache by then).
    static constexpr qint64 kMaxHeldBytes = qint64(1024) * 1024 * 1024;

    explicit InlineResults(QObject *parent = nullptr) : QObject(parent) {}

    // Keeps `result` until it is taken (or dropped for room). A URL held already is replaced.
    void put(const InlineResult &result);
    // The result for `url`, removed from here; a null `bytes` when there is none.
    InlineResult take(const QString &url);
    bool contains(const QString &url) const { return m_byUrl.contains(url); }
    qint64 heldBytes() const { return m_held; }

private:
    QHash<QString, InlineResult> m_byUrl;
    QList<QString> m_order; // oldest first
    qint64 m_held = 0;
};

} // namespace jw
