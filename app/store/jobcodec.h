#pragma once
// How a job is written into the store's columns and read back: the snapshot as DESIGN.md §2 JSON, the local
// state and timeline kinds as machine words, the searchable text of a job, and the prompt a provider echoes
// in its body. Pure functions, shared by the store, its migrations and the tests.

#include "model/jobrecord.h"
#include "model/jobtimeline.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace jw::storecodec {

QString snapshotText(const JobSnapshot &snapshot);            // compact JSON
std::optional<JobSnapshot> snapshotFromText(const QString &text); // nothing when it is not a JSON object

QString timelineKindId(TimelineEntry::Kind kind);             // "added", "state", "local"
std::optional<TimelineEntry::Kind> timelineKindFromId(const QString &id);
// The detail column of a timeline entry: its detail, or for a Kind::Elided marker the number it stands for.
QString timelineDetail(const TimelineEntry &entry);
void setTimelineDetail(TimelineEntry &entry, const QString &detail); // the inverse; set the kind first

// The prompt in a status body, where the provider returns one: "prompt", "promptText", "prompt_text" or
// "text_prompt" at the top level or one level down ("input", "request", "params", "arguments", "settings"). A
// string, at most 4000 characters; empty when there is none.
QString promptFromBody(const QByteArray &body);

// The full-text index's columns for one job.
struct SearchFields {
    QString jobId;
    QString profile;   // profile id and name
    QString type;
    QString message;   // the provider's raw status, step and message
    QString error;     // the provider's error code and message, and the engine's last error
    QString titles;    // result titles and the report's source titles
    QString prompt;
    QString inputs;    // the job's inputs (snapshot), "name value" per line
    size_t hash() const;
    // The values in the order of the index's columns (kSearchColumns).
    QList<const QString *> values() const;
};
// The full-text index's columns, in order, as SQL names.
inline constexpr const char *kSearchColumns = "job_id, profile, job_type, message, error, titles, prompt, inputs";
SearchFields searchFields(const JobRecord &record, const QString &profileName, const QString &prompt);

} // namespace jw::storecodec
