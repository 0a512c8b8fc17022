#include "artifacts/linkexpiry.h"

#include "model/jobrecord.h"
#include "model/profilelist.h"
#include "formats/registry.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Artifacts) };

// Expiry times outside this window are not believed (a parameter that happens to share a name).
bool plausible(const QDateTime &at)
{
    return at.isValid() && at.date().year() >= 2000 && at.date().year() <= 2200;
}

QDateTime isoTime(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) { // a date alone (Azure allows "2024-05-01")
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            at = date.startOfDay(Qt::UTC);
    }
    return at.toUTC();
}

// Epoch seconds (or milliseconds, when the number is that large), else an ISO-8601 time.
QDateTime absoluteTime(const QString &text)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (ok)
        return number > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(number, Qt::UTC)
                                          : QDateTime::fromSecsSinceEpoch(number, Qt::UTC);
    return isoTime(text);
}

// SigV4's compact form: 20240501T120000Z.
QDateTime compactTime(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, u"yyyyMMdd'T'HHmmss'Z'"_s);
    at.setTimeSpec(Qt::UTC);
    return at;
}

LinkExpiry urlExpiry(const QDateTime &at)
{
    return plausible(at) ? LinkExpiry{LinkExpiry::Source::Url, at.toUTC()} : LinkExpiry{};
}

QDateTime providerTime(const QString &iso)
{
    return iso.isEmpty() ? QDateTime() : isoTime(iso);
}
} // namespace

LinkExpiry expiryFromUrl(const QUrl &url, const QDateTime &issuedAt)
{
    if (!url.hasQuery())
        return {};
    QHash<QString, QString> params; // lower-case name -> decoded value (the first one wins)
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        const QString lower = name.toLower();
        if (!params.contains(lower))
            params.insert(lower, value);
    }
    // A lifetime relative to the signing time (AWS SigV4, Google V4).
    for (const auto &[expires, date] : {std::pair{u"x-amz-expires"_s, u"x-amz-date"_s},
                                        std::pair{u"x-goog-expires"_s, u"x-goog-date"_s}}) {
        if (!params.contains(expires))
            continue;
        bool ok = false;
        const qint64 seconds = params.value(expires).toLongLong(&ok);
        if (!ok || seconds < 0)
            continue;
        const QDateTime signedAt = params.contains(date) ? compactTime(params.value(date)) : issuedAt;
        if (signedAt.isValid())
            return urlExpiry(signedAt.addSecs(seconds));
    }
    for (const QString &name : {u"expires"_s, u"expires_at"_s, u"expiry"_s, u"expiration"_s, u"exp"_s}) {
        if (params.contains(name))
            return urlExpiry(absoluteTime(params.value(name)));
    }
    if (params.contains(u"se"_s) && (params.contains(u"sig"_s) || params.contains(u"sv"_s)))
        return urlExpiry(isoTime(params.value(u"se"_s)));
    return {};
}

LinkExpiry linkExpiry(const QUrl &url, const QDateTime &issuedAt, std::optional<int> lifetimeSeconds,
                      const QDateTime &completedAt)
{
    if (const LinkExpiry own = expiryFromUrl(url, issuedAt); own.isKnown())
        return own;
    const QDateTime from = completedAt.isValid() ? completedAt : issuedAt;
    if (!lifetimeSeconds || !from.isValid())
        return {};
    return {LinkExpiry::Source::Documented, from.toUTC().addSecs(*lifetimeSeconds)};
}

QString durationText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(1, (seconds + 59) / 60);
    if (minutes < 60)
        return Tr::tr("%n min", "duration", int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 10 && minutes % 60 != 0)
        return Tr::tr("%1 h %2 min", "duration: hours and minutes").arg(hours).arg(minutes % 60);
    if (hours < 48)
        return Tr::tr("%n h", "duration", int((minutes + 30) / 60));
    return Tr::tr("%n day(s)", "duration", int((hours + 12) / 24));
}

QString expiryHint(const LinkExpiry &expiry, const QDateTime &now)
{
    if (!expiry.isKnown())
        return {};
    const qint64 left = now.secsTo(expiry.at);
    if (left <= 0)
        return expiry.isEstimate() ? Tr::tr("Link probably expired %1 ago").arg(durationText(-left))
                                   : Tr::tr("Link expired %1 ago").arg(durationText(-left));
    return expiry.isEstimate() ? Tr::tr("Link expires in about %1").arg(durationText(left))
                               : Tr::tr("Link expires in %1").arg(durationText(left));
}

ResultLifetimes::ResultLifetimes(const ProfileList *profiles)
    : m_profiles(profiles)
{
}

std::optional<int> ResultLifetimes::lifetimeSeconds(const QString &profileId) const
{
    const Profile *profile = m_profiles ? m_profiles->find(profileId) : nullptr;
    if (!profile)
        return std::nullopt;
    // The definition that decides the dialect; a profile edited to another preset is looked up again.
    const QByteArray definition = profile->mappingJson.isEmpty() ? profile->dialect.toUtf8() : profile->mappingJson;
    if (const auto it = m_cache.constFind(profileId); it != m_cache.cend() && it->first == definition)
        return it->second;
    const std::unique_ptr<Dialect> dialect = dialectFor(*profile);
    const std::optional<int> lifetime = dialect ? dialect->resultLifetimeSeconds() : std::nullopt;
    m_cache.insert(profileId, {definition, lifetime});
    return lifetime;
}

LinkExpiry ResultLifetimes::expiryOf(const JobRecord &record, const QString &url) const
{
    const QDateTime issuedAt = record.engine.reportedAtMs >= 0
        ? QDateTime::fromMSecsSinceEpoch(record.engine.reportedAtMs, Qt::UTC) : QDateTime();
    const JobSnapshot &s = record.snapshot;
    return linkExpiry(QUrl(url), issuedAt, lifetimeSeconds(record.profileId), providerTime(s.completedAt));
}

} // namespace jw
