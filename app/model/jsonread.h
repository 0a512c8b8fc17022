#pragma once
// Tolerant JSON readers: a missing, null or wrongly typed field reads as absent, never as a crash.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace jw::json {

// A string field, or a null QString when it is missing or not a string.
QString string(const QJsonValue &v);
QString string(const QJsonObject &o, const QString &key);
// A finite number, or nothing.
std::optional<double> number(const QJsonValue &v);
std::optional<double> number(const QJsonObject &o, const QString &key);
// A whole number that fits in qint64, or nothing (2.5 and "3" read as absent).
std::optional<qint64> integer(const QJsonValue &v);
std::optional<qint64> integer(const QJsonObject &o, const QString &key);
QJsonObject object(const QJsonObject &o, const QString &key);
QJsonArray array(const QJsonObject &o, const QString &key);
QStringList stringList(const QJsonObject &o, const QString &key);

// The value at a dotted path ("result.scenes.0.image_url") or a JSON Pointer ("/result/scenes/0/image_url").
// An array index may be negative and counts from the end ("logs.-1.message" is the last entry's message).
// Returns an undefined value when any step is missing or of the wrong type.
QJsonValue at(const QJsonValue &root, const QString &path);

} // namespace jw::json
