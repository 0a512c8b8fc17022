#pragma once
// Reads the values a mapping's fields point at (format in docs/mapping.md): paths with "*" steps, "match" and
// "format", numbers and timestamps. Each reader can record what it tried, for `inspect --explain`.
// Internal to the mapping.

#include "formats/mappingspec.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

namespace jw::mapping {

// One alternative of a field as it was tried on a response.
struct Attempt {
    QString path;   // the path as the mapping reads it
    QString found;  // the value at the path as compact JSON (cut), or null when nothing is there
    QString result; // what the rule made of it, or null when it gave nothing
    bool skipped = false; // its "when" does not include the state
};
using Trace = QList<Attempt>;

// What a mapping read from one response, for `inspect --explain`.
struct Explanation {
    struct Entry {
        QString key; // "status", "progress.done", ...
        Trace tried;
    };
    QList<Entry> fields;
    QString stateRule;  // the rule that decided the state, as a sentence
    bool statusFound = false;
    QStringList notes;  // artifact rules and other remarks
};

// The value at a path. A "*" step takes every entry of an array (or every member of an object); a path with
// such a step gives an array of everything it reached (undefined when nothing). JSON Pointers have no "*".
QJsonValue valueAt(const QJsonValue &root, const QString &path);
// True when the path reaches something other than null, "" or an empty array/object.
bool isPresent(const QJsonValue &root, const QString &path);

// A string (not blank) or a number as text; anything else reads as absent. An array (from a "*" path) gives
// its readable entries joined by "; ".
QString scalarText(const QJsonValue &v);
// Applies a rule's "match" and "format" to a value's text; null when the match fails.
QString applyRule(const FieldRule &rule, QString text);

QString readText(const QJsonValue &root, const Field &field, Trace *trace = nullptr);
// A JSON number, or a string read through the rule's "match" (e.g. "45%" with match "([0-9.]+)").
std::optional<double> readNumber(const QJsonValue &root, const Field &field, Trace *trace = nullptr);
QString readTimestamp(const QJsonValue &root, const Field &field, Timestamps mode, Trace *trace = nullptr);

// For a path that reaches nothing: the same path with its first missing step replaced by the closest key
// that is there (case, '_' and '-' ignored, or one or two letters off), or null when there is none.
// The last non-index step of a path ("data.videos.0" -> "videos"): a hint of what is there.
QString lastName(const QString &path);
QString suggestPath(const QJsonValue &root, const QString &path);
// "; did you mean "P"?" for a suggestion, or empty.
QString didYouMean(const QString &suggestion);

} // namespace jw::mapping
