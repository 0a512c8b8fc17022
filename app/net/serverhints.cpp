#include "net/serverhints.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QNetworkReply>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
int monthNumber(QStringView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QLatin1StringView(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// The three HTTP-date forms of RFC 9110 §5.6.7, in GMT:
//   IMF-fixdate  Sun, 06 Nov 1994 08:49:37 GMT
//   RFC 850      Sunday, 06-Nov-94 08:49:37 GMT   (a two-digit year more than 50 years ahead is in the past)
//   asctime      Sun Nov  6 08:49:37 1994
QDateTime parseHttpDate(const QString &text, qint64 nowEpochMs)
{
    static const QRegularExpression imf(uR"(^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"_s);
    static const QRegularExpression rfc850(uR"(^[A-Za-z]{6,9}, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"_s);
    static const QRegularExpression asctime(uR"(^[A-Za-z]{3} ([A-Za-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"_s);
    int day = 0, month = 0, year = 0, hour = 0, minute = 0, second = 0;
    if (const auto m = imf.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthNumber(m.capturedView(2));
        year = m.captured(3).toInt();
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
    } else if (const auto m = rfc850.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthNumber(m.capturedView(2));
        const int yy = m.captured(3).toInt();
        const int thisYear = QDateTime::fromMSecsSinceEpoch(nowEpochMs, QTimeZone::utc()).date().year();
        year = (thisYear / 100) * 100 + yy;
        if (year > thisYear + 50)
            year -= 100;
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
    } else if (const auto m = asctime.match(text); m.hasMatch()) {
        month = monthNumber(m.capturedView(1));
        day = m.captured(2).trimmed().toInt();
        hour = m.captured(3).toInt();
        minute = m.captured(4).toInt();
        second = m.captured(5).toInt();
        year = m.captured(6).toInt();
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second == 60 ? 59 : second); // a leap second reads as :59
    if (month == 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}
} // namespace

qint64 parseRetryAfter(const QByteArray &value, qint64 nowEpochMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : qint64(std::min(seconds, 86400.0) * 1000.0);
    const QDateTime when = parseHttpDate(QString::fromLatin1(v), nowEpochMs);
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
    const auto &headers = reply.rawHeaderPairs();
    for (const auto &[name, value] : headers) {
        if (name.toLower().endsWith("poll-after-ms"))
            return parsePollAfterMs(value);
    }
    return -1;
}

} // namespace jw
