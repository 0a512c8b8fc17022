#include "net/serverhints.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

qint64 parseRetryAfter(const QByteArray &value, qint64 nowEpochMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : qint64(std::min(seconds, 86400.0) * 1000.0);
    // IMF-fixdate ("Wed, 21 Oct 2015 07:28:00 GMT"); RFC 2822 parsing covers it and the numeric-zone forms.
    const QString text = QString::fromLatin1(v);
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        QString bare = text;
        bare.remove(u" GMT"_s).remove(u" UTC"_s);
        when = QLocale::c().toDateTime(bare, u"ddd, dd MMM yyyy HH:mm:ss"_s);
        if (when.isValid())
            when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid())
        return -1;
    return std::clamp<qint64>(when.toMSecsSinceEpoch() - nowEpochMs, 0, 86400LL * 1000);
}

qint64 parsePollAfterMs(const QByteArray &value)
{
    bool ok = false;
    const double ms = value.trimmed().toDouble(&ok);
    if (!ok || ms < 0)
        return -1;
    return qint64(std::min(ms, 3600.0 * 1000.0));
}

qint64 pollAfterHintMs(const QNetworkReply &reply)
{
    if (reply.hasRawHeader("X-Poll-After-Ms"))
        return parsePollAfterMs(reply.rawHeader("X-Poll-After-Ms"));
    const auto headers = reply.rawHeaderPairs();
    for (const auto &[name, value] : headers) {
        if (name.toLower().endsWith("poll-after-ms"))
            return parsePollAfterMs(value);
    }
    return -1;
}

} // namespace jw
