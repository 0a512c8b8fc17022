#include "net/signedurl.h"

#include <QStringList>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw::signedurl {

bool isSigningParameter(const QString &name)
{
    static const QStringList exact = {
        u"expires"_s, u"expiry"_s, u"exp"_s, u"expiration"_s, u"sig"_s, u"signature"_s, u"token_expires"_s,
        u"policy"_s, u"key-pair-id"_s,                                  // CloudFront
        u"se"_s, u"st"_s, u"sp"_s, u"sv"_s, u"sr"_s, u"spr"_s, u"skoid"_s, // Azure SAS (with sig)
        u"googleaccessid"_s,
    };
    const QString lower = name.toLower();
    return exact.contains(lower) || lower.startsWith(u"x-amz-"_s) || lower.startsWith(u"x-goog-"_s);
}

bool isSigned(const QUrl &url)
{
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyEncoded);
    return std::any_of(items.begin(), items.end(), [](const auto &item) {
        const QString lower = item.first.toLower();
        return lower == u"sig"_s || lower == u"signature"_s || lower == u"expires"_s || lower == u"x-amz-signature"_s
            || lower == u"x-goog-signature"_s || lower == u"policy"_s;
    });
}

QUrl withoutSignature(const QUrl &url)
{
    QUrl normalized = url.adjusted(QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (normalized.hasQuery()) {
        const QUrlQuery query(normalized);
        QUrlQuery kept;
        for (const auto &[name, value] : query.queryItems(QUrl::FullyEncoded)) {
            if (!isSigningParameter(name))
                kept.addQueryItem(name, value);
        }
        normalized.setQuery(kept.isEmpty() ? QString() : kept.query(QUrl::FullyEncoded));
    }
    normalized.setScheme(normalized.scheme().toLower());
    normalized.setHost(normalized.host().toLower());
    return normalized;
}

} // namespace jw::signedurl
