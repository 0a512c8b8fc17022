#pragma once
// When a result link stops working, where that can be known, and the "Link expires in 42 min" hint.
//
// Sources, most exact first:
//  - the URL's own signing parameters: AWS SigV4 X-Amz-Date + X-Amz-Expires (seconds), Google V4
//    X-Goog-Date + X-Goog-Expires, CloudFront / Google V2 / most CDNs Expires (epoch seconds), expires / exp /
//    expiry / expiration / expires_at (epoch seconds, or an ISO-8601 time), Azure SAS se (ISO-8601, only
//    with sig or sv beside it);
//  - the provider's documented lifetime of results (a mapping's "resultLifetimeSeconds": Replicate 1 h,
//    OpenAI videos ~1 h, Runway 24–48 h → 24 h), counted from the job's completion. This one is an estimate,
//    and the hint says "about".
// A relative lifetime without a start (X-Amz-Expires without X-Amz-Date) counts from when the URL arrived.

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

namespace jw {

class ProfileList;
struct JobRecord;

struct LinkExpiry {
    enum class Source { None, Url, Documented };
    Source source = Source::None;
    QDateTime at; // UTC
    bool isKnown() const { return source != Source::None && at.isValid(); }
    bool isEstimate() const { return source == Source::Documented; }
    friend bool operator==(const LinkExpiry &, const LinkExpiry &) = default;
};

// The expiry written in the URL itself; `issuedAt` stands in for a missing X-Amz-Date / X-Goog-Date.
LinkExpiry expiryFromUrl(const QUrl &url, const QDateTime &issuedAt = {});
// The URL's own expiry, else `lifetimeSeconds` after `completedAt` (or after `issuedAt` when the completion
// time is unknown), else unknown.
LinkExpiry linkExpiry(const QUrl &url, const QDateTime &issuedAt, std::optional<int> lifetimeSeconds,
                      const QDateTime &completedAt);

// "42 min", "1 h 5 min", "3 days" (translated; at least one minute).
QString durationText(qint64 seconds);
// "Link expires in 42 min", "Link expires in about 1 h", "Link expired 5 min ago"; empty when unknown.
QString expiryHint(const LinkExpiry &expiry, const QDateTime &now);

// The documented result lifetime of each profile's provider (its dialect or mapping), looked up once per
// profile definition, and the expiry of a job's links from it.
class ResultLifetimes final
{
public:
    explicit ResultLifetimes(const ProfileList *profiles);
    std::optional<int> lifetimeSeconds(const QString &profileId) const;
    // The expiry of `url`, one of `record`'s result links.
    LinkExpiry expiryOf(const JobRecord &record, const QString &url) const;

private:
    const ProfileList *m_profiles;
    mutable QHash<QString, std::pair<QByteArray, std::optional<int>>> m_cache; // profile id -> (definition, lifetime)
};

} // namespace jw
