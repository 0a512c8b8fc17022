#pragma once
// Reads and checks single values of a mapping document (format in docs/mapping.md): allowed keys, strings,
// paths, regular expressions, field rules, artifact kinds, state lists, URL templates and bounded integers.
// Each reader stops at the first problem and keeps it as one specific, translated line; SpecReader in
// mappingspec.cpp builds the document's sections on these. Internal to app/mapping.

#include "formats/mappingspec.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QStringList>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <initializer_list>
#include <optional>

namespace jw::mapping {

class ValueReader
{
public:
    QString error() const { return m_error; }

    // User text quoted back in an error, cut so that a message stays one short line.
    static QString quoted(const QString &text);
    // A state name as a mapping writes it ("Completed ", "failed"), or nothing.
    static std::optional<JobState> stateFromWord(const QString &word);

protected:
    // Keeps the first message; always returns false, so readers can `return fail(...)`.
    bool fail(const QString &message);
    bool wrongType(const QString &where, const QString &expected, const QJsonValue &got);

    // Keys starting with '_' or '$' are free for notes; any other key must be in `allowed`.
    bool checkKeys(const QJsonObject &o, std::initializer_list<QLatin1StringView> allowed, const QString &where);
    bool string(const QJsonObject &o, const QString &key, const QString &where, QString *out, bool required = false);
    bool path(const QJsonValue &v, const QString &where, QString *out, bool allowRoot = false);
    bool regex(const QJsonValue &v, const QString &where, QRegularExpression *out);
    bool field(const QJsonObject &o, const QString &key, const QString &prefix, Field *out, bool required = false);
    bool fieldRule(const QJsonValue &v, const QString &where, FieldRule *out);
    bool kind(const QJsonObject &o, const QString &where, std::optional<ArtifactKind> *out);
    bool states(const QJsonObject &o, const QString &where, QList<JobState> *out); // the "when" member
    // {base} at the start only; {id} and `vars` (the mapping's named values) anywhere; at least one of those.
    bool urlTemplate(const QString &templ, const QString &where, const QStringList &vars = {});
    bool intIn(const QJsonObject &o, const QString &key, const QString &where, int lo, int hi, std::optional<int> *out);

private:
    QString m_error;
};

} // namespace jw::mapping
