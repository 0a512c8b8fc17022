#pragma once
// A mapping's "input" section (docs/mapping.md, "Inputs"): how it is checked, and how the job's inputs are read
// from a status body into the snapshot. Internal to the mapping.

#include "formats/mappingread.h"
#include "formats/mappingspec.h"

#include <QJsonValue>
#include <QList>

namespace jw::mapping {

// Checks the "input" member of a mapping document. On error: false and a one-line reason in *error.
bool parseInputSpec(const QJsonValue &v, InputSpec *out, QString *error);

// The inputs found in `root`: the named fields in order, then the members of `rest` not named already, each
// capped (jobinputs.h). Records what each named field tried in `ex` when given.
QList<JobInput> readInputs(const QJsonValue &root, const InputSpec &spec, Explanation *ex = nullptr);

} // namespace jw::mapping
