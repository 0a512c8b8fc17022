#pragma once
// The normalization rules of DESIGN.md §2, shared by every dialect and the custom mapping.

#include "job/job.h"

#include <QHash>

namespace jw {

// Case-insensitive status mapping. `extra` (lower-case keys) is consulted first: a mapping's synonyms.
JobState normalizeStatus(const QString &raw, const QHash<QString, JobState> &extra = {});

// Kind from the provider's type field first, then the field name (videoUrl, image_url, downloadUrl),
// then the URL path's extension, and Other as a last resort. Empty arguments are skipped.
ArtifactKind inferKind(const QString &typeHint, const QString &fieldName, const QString &url);
// The kind implied by a URL path's extension alone, or nothing.
std::optional<ArtifactKind> kindFromExtension(const QString &url);

// Applies the snapshot-wide rules after a dialect has filled in raw values:
// progress clamped to 0–100 (non-finite reads as absent), derived from done/total when absent,
// 100 when completed; artifacts without a URL dropped and the rest de-duplicated by URL in order.
void finalizeSnapshot(JobSnapshot &snapshot);

} // namespace jw
