#pragma once
// The results archive's file names: a template such as "{profile}/{date}/{id}-{n}.{ext}", relative to the
// archive folder (or to the folder chosen for "Save all results…").
//
// Placeholders: {profile} (the profile's name), {id} (the job ID), {n} (the result's number in the job,
// from 1), {ext} (the file's extension), {date} (yyyy-MM-dd of completion), {time} (HHmmss of completion),
// {type} (the provider's job type), {kind} (video, image, ...).
// A template must name {id}, {n} and {ext} (so two results never share a file) and stay relative: no leading
// "/", no "." or ".." segment, no empty segment, no "\" or ":*?\"<>|" or control characters in its own text.
// Values come from the provider and are never trusted: "/" and "\" and the characters above become "_", a
// value cannot be "." or "..", cannot start with "." (no hidden files), is trimmed and capped in length. So
// the expanded path always stays inside the folder it is relative to.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace jw {

class NamingTemplate final
{
public:
    static QString defaultText() { return QStringLiteral("{profile}/{date}/{id}-{n}.{ext}"); }
    static QStringList placeholders(); // "profile", "id", ... (for the settings dialog)

    struct Values {
        QString profile;
        QString id;
        QString type;
        QString kind;
        QString ext;          // without the dot; empty or unusable: "bin"
        QDateTime completedAt; // local date and time; invalid: today
        int n = 1;
    };

    // The template, or nothing and a one-line reason in *error.
    static std::optional<NamingTemplate> parse(const QString &text, QString *error = nullptr);

    QString text() const { return m_text; }
    // The relative path for `values`, with "/" between segments.
    QString expand(const Values &values) const;

    // A job-provided value made safe as (part of) one path segment.
    static QString sanitize(const QString &value);
    // A usable extension ("png", "mp4"): lower-case ASCII letters and digits, 1–8 of them; else empty.
    static QString cleanExtension(const QString &ext);

private:
    explicit NamingTemplate(const QString &text) : m_text(text) {}
    QString m_text;
};

} // namespace jw
