#pragma once
// What the compare view lists under each job: its name or ID, profile, how long it ran, and the inputs that
// made the result (the snapshot's inputs: prompt, model, seed, ...). One function, used by the panes and tests.

#include <QList>
#include <QString>

namespace jw {

struct JobRecord;

struct CaptionLine {
    QString label; // translated, e.g. "Profile"
    QString value; // as given (plain text)
    friend bool operator==(const CaptionLine &, const CaptionLine &) = default;
};

// A caption value longer than this is cut, with "…" (the details pane has the whole value).
constexpr qsizetype kMaxCaptionValue = 240;

// The lines for `record` (profile shown as `profileName`). Lines without a value are left out.
QList<CaptionLine> compareCaption(const JobRecord &record, const QString &profileName);

// How long the job took on the server: completion minus start (else creation) time; -1 when unknown.
qint64 jobRunMs(const JobRecord &record);

} // namespace jw
