#pragma once
// The inputs that made a job (prompt, model, version, seed, size, duration and any others the provider echoes
// in its status body), as ordered name/value pairs on the snapshot. Names are machine words ("prompt",
// "aspect_ratio"); labelledInputs() gives the rows people read: the details pane and the compare view.

#include "model/job.h"

#include <QList>
#include <QString>

namespace jw {

// The well-known input names, in the order they are shown first.
const QStringList &wellKnownInputNames();  // prompt, model, version, seed, size, duration

// The label for an input name: translated for the well-known names ("Prompt"), the name itself otherwise.
QString inputLabel(const QString &name);

struct LabelledInput {
    QString name;  // the machine word, as in the snapshot
    QString label; // for people
    QString value;
    friend bool operator==(const LabelledInput &, const LabelledInput &) = default;
};
// The job's inputs in display order (the snapshot's order), each with its label. Empty when it has none.
QList<LabelledInput> labelledInputs(const JobSnapshot &snapshot);

// Caps that keep a snapshot small whatever a provider echoes (a data: URI as an input, a thousand inputs).
constexpr qsizetype kMaxInputs = 50;
constexpr qsizetype kMaxInputLength = 2000;
// `value` cut to kMaxInputLength characters, with "…" when it was cut.
QString cappedInputValue(const QString &value);

} // namespace jw
