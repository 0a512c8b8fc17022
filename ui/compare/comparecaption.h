#pragma once
// What the compare view lists under each job: its name or ID, profile, how long it ran, and the inputs that
// made the result. One function, so the job's inputs (prompt, model, seed...) join the list in one place when
// the snapshot carries them.

#include <QList>
#include <QString>

namespace jw {

struct JobRecord;

struct CaptionLine {
    QString label; // translated, e.g. "Profile"
    QString value; // as given (plain text)
    friend bool operator==(const CaptionLine &, const CaptionLine &) = default;
};

// The lines for `record` (profile shown as `profileName`). Lines without a value are left out.
QList<CaptionLine> compareCaption(const JobRecord &record, const QString &profileName);

// How long the job took on the server: completion minus start (else creation) time; -1 when unknown.
qint64 jobRunMs(const JobRecord &record);

} // namespace jw
