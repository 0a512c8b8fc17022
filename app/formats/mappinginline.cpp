#include "formats/mappinginline.h"

#include "model/jsonread.h"
#include "model/normalize.h"
#include "formats/mappingread.h"
#include "formats/mappingspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace jw::mapping {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Mapping) };

std::optional<QByteArray> fromBase64(QByteArray text)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            auto decoded = QByteArray::fromBase64Encoding(text, options | QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                return std::move(decoded.decoded);
        }
        // Line-wrapped base64 (76 columns, MIME style): the decoder takes no whitespace, so drop it and retry.
        text.removeIf([](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
    }
    return std::nullopt;
}

// One value: "data:<mime>;base64,<data>" or bare base64. Empty bytes when it is neither.
std::optional<InlineResult> decodeOne(const QString &text)
{
    QString mime;
    QStringView data(text);
    if (text.startsWith(u"data:"_s, Qt::CaseInsensitive)) {
        const qsizetype comma = text.indexOf(u',');
        const QStringView header = QStringView(text).mid(5, comma < 0 ? 0 : comma - 5);
        if (comma < 0 || !header.endsWith(u";base64"_s, Qt::CaseInsensitive))
            return std::nullopt;
        mime = header.left(header.size() - 7).toString().toLower();
        data = QStringView(text).mid(comma + 1);
    }
    auto bytes = fromBase64(data.toLatin1());
    if (!bytes || bytes->isEmpty())
        return std::nullopt;
    const QMimeDatabase db;
    const QMimeType type = mime.isEmpty() ? db.mimeTypeForData(*bytes) : db.mimeTypeForName(mime);
    if (mime.isEmpty() && type.isValid() && !type.isDefault())
        mime = type.name();
    const QString ext = type.isValid() && !type.isDefault() ? type.preferredSuffix() : QString();
    InlineResult r;
    r.url = inlineUrl(*bytes, ext);
    r.bytes = std::move(*bytes);
    r.mimeType = mime;
    return r;
}

} // namespace

InlineFound decodeInline(const QJsonValue &v, const ArtifactRule &rule, const QString &where, qsizetype max)
{
    InlineFound found;
    QList<QJsonValue> items;
    if (v.isArray()) {
        const QJsonArray array = v.toArray();
        items = QList<QJsonValue>(array.begin(), array.end());
    } else if (!v.isUndefined() && !v.isNull()) {
        items.append(v);
    }
    for (qsizetype i = 0; i < items.size() && found.results.size() < max; ++i) {
        const QJsonValue item = items.at(i).isObject() ? json::at(items.at(i), rule.url) : items.at(i);
        if (item.isUndefined() || item.isNull())
            continue;
        const QString name = items.size() > 1 ? Tr::tr("%1: item %2").arg(where).arg(i + 1) : where;
        if (!item.isString()) {
            found.problems.append(Tr::tr("%1 is not text, so it is not base64 data").arg(name));
            continue;
        }
        if (auto r = decodeOne(item.toString()))
            found.results.append(std::move(*r));
        else
            found.problems.append(Tr::tr("%1 is not valid base64 data (%2 characters)").arg(name).arg(item.toString().size()));
    }
    return found;
}

Artifact inlineArtifact(const InlineResult &result, const ArtifactRule &rule)
{
    Artifact a;
    a.url = result.url;
    a.mimeType = result.mimeType;
    a.sizeBytes = result.bytes.size();
    a.kind = rule.kind ? *rule.kind : inferKind(result.mimeType, lastName(rule.path), {});
    return a;
}

} // namespace jw::mapping
