#pragma once
// Profiles as JSON: the settings layout and the import/export format (without keys, DESIGN.md §5), the
// presets' prefill (real base URL and recommended poll settings), and the validation both the dialog and the
// CLI use.

#include "model/profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jw {

QJsonObject profileToJson(const Profile &profile);
// Strict: wrong types, an unknown dialect, an invalid mapping or a bad URL give false and a one-line reason.
// A missing "id" is allowed (import of hand-written files); the caller assigns one.
bool profileFromJson(const QJsonObject &object, Profile *out, QString *error);

// A fresh profile for a native dialect or preset: its real base URL and recommended poll settings.
Profile profileForDialect(const QString &dialect);
// A fresh profile for a custom mapping: the mapping itself, its baseUrl, title and "recommended" poll settings.
// Nothing, and the mapping's one-line problem in *error, when it is not a valid mapping.
std::optional<Profile> profileForMapping(const QByteArray &mappingJson, QString *error);
// The base URL a native dialect or preset ships with, or empty.
QUrl defaultBaseUrl(const QString &dialect);
// A new unique profile id.
QString newProfileId();

// "theo", ..., "replicate", ...: what a profile's dialect may be (custom mappings are separate).
QStringList profileDialectNames();

// Per-field validation messages (empty = fine), for the dialog and `profiles add`.
struct ProfileProblems {
    QString name;
    QString baseUrl;
    QString dialect;
    QString onFinish; // the run-on-finish command cannot be used
    bool isEmpty() const { return name.isEmpty() && baseUrl.isEmpty() && dialect.isEmpty() && onFinish.isEmpty(); }
    QString first() const { return !name.isEmpty() ? name : !dialect.isEmpty() ? dialect : !baseUrl.isEmpty() ? baseUrl : onFinish; }
};
// `others`: the existing profiles (a profile with the same id is the one being edited).
ProfileProblems validateProfile(const Profile &profile, const QList<Profile> &others);

} // namespace jw
