#pragma once
// A mapping's "cost" section (docs/mapping.md, "Cost"): how it is checked, and how the job's cost is read from a
// status body into the snapshot. Internal to the mapping.

#include "formats/mappingread.h"
#include "formats/mappingspec.h"

#include <QJsonValue>

#include <optional>

namespace jw::mapping {

// Checks the "cost" member of a mapping document. On error: false and a one-line reason in *error.
bool parseCostRule(const QJsonValue &v, CostRule *out, QString *error);

// The cost in `root`, or nothing (no rule, nothing there, a negative amount). Records what it tried in `ex`.
std::optional<JobCost> readCost(const QJsonValue &root, const CostRule &rule, Explanation *ex = nullptr);

} // namespace jw::mapping
