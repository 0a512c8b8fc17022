#pragma once
// Helpers shared by the mapping tests (tst_mapping, tst_mappingartifacts, tst_mappingvalidation).

#include "formats/parser.h"
#include "formats/mapping.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace jw::mappingtest {

inline QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A minimal valid mapping with `patch` merged in (a member set to the string "<remove>" is removed).
inline QByteArray mappingWith(const QByteArray &patch = "{}")
{
    // Built as an object, not a raw string: moc misreads raw strings that contain "//".
    QJsonObject m{{QStringLiteral("name"), QStringLiteral("acme")},
                  {QStringLiteral("pollUrl"), QStringLiteral("https://api.acme.test/v1/jobs/{id}")},
                  {QStringLiteral("id"), QStringLiteral("id")},
                  {QStringLiteral("status"), QStringLiteral("status")}};
    const QJsonObject p = object(patch);
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
        if (it.value() == QStringLiteral("<remove>"))
            m.remove(it.key());
        else
            m.insert(it.key(), it.value());
    }
    return QJsonDocument(m).toJson(QJsonDocument::Compact);
}

inline std::unique_ptr<MappingDialect> load(const QByteArray &mapping)
{
    QString error;
    auto d = MappingDialect::fromJson(mapping, &error);
    if (!d)
        qWarning("mapping rejected: %s", qPrintable(error));
    return d;
}

inline std::optional<JobSnapshot> parse(const Dialect &d, const QByteArray &body)
{
    const ParseResult r = parseJob(body, d);
    if (const auto *e = std::get_if<ParseError>(&r)) {
        qWarning("parse failed: %s", qPrintable(e->message));
        return std::nullopt;
    }
    return std::get<JobSnapshot>(r);
}

// `json` re-serialised without white space, for comparing documents as bytes.
inline QByteArray compactJson(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

inline QString dataDir()
{
    return QString::fromLocal8Bit(JOBWATCH_TEST_DATA_DIR);
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline QByteArray compact(const QJsonValue &v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

} // namespace jw::mappingtest
