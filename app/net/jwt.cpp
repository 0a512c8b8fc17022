#include "net/jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

QByteArray hs256Token(const QString &accessKey, const QString &secretKey, qint64 nowSecs, int lifetimeSecs)
{
    // Members in a fixed order: QJsonObject sorts keys, which is fine for a JWT (any order is valid).
    const QByteArray header = QJsonDocument(QJsonObject{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}}).toJson(QJsonDocument::Compact);
    const QByteArray payload = QJsonDocument(QJsonObject{{u"iss"_s, accessKey},
                                                         {u"exp"_s, double(nowSecs + lifetimeSecs)},
                                                         {u"nbf"_s, double(nowSecs - kJwtClockSkewSecs)}})
                                   .toJson(QJsonDocument::Compact);
    const QByteArray signingInput = base64Url(header) + '.' + base64Url(payload);
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, secretKey.toUtf8(), QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(signature);
}

std::optional<QByteArray> jwtFromSecret(const QString &secret, qint64 nowSecs)
{
    const qsizetype colon = secret.indexOf(u':');
    if (colon <= 0 || colon == secret.size() - 1)
        return std::nullopt;
    return hs256Token(secret.left(colon).trimmed(), secret.mid(colon + 1).trimmed(), nowSecs);
}

} // namespace jw
