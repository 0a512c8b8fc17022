#pragma once
// The normalization rules of DESIGN.md §2, shared by every dialect and the custom mapping.

#include "model/job.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>

namespace jw {

// The one test for a link taken from a response: http or https (any case), valid, with a host. Only such URLs
// become artifacts or links (DESIGN.md §5); javascript:, file:, data: and the rest never do.
bool isHttpUrl(const QUrl &url);
bool isHttpUrl(const QString &text); // parsed strictly; empty is not a URL

// Case-insensitive status mapping. `extra` (lower-case keys) is consulted first: a mapping's synonyms.
JobState normalizeStatus(const QString &raw, const QHash<QString, JobState> &extra = {});

// Kind from the provider's type field first, then the field name (videoUrl, image_url), then the URL path's
// extension, then a field name that only says "file" (downloadUrl, fileUrl → document), and Other as a last
// resort. Empty arguments are skipped.
ArtifactKind inferKind(const QString &typeHint, const QString &fieldName, const QString &url);
// The kind implied by a URL path's extension alone, or nothing.
std::optional<ArtifactKind> kindFromExtension(const QString &url);

// Appends every http(s) URL string found under `value` as an artifact: arrays in order, object members in
// key order (QJsonObject does not keep the document's member order), at most `maxDepth` containers deep and
// at most `maxCount` URLs. The kind comes from the field name (an array element takes its array's name), or,
// when the name says nothing ("url", "href"), from a sibling "type"/"kind"/"mimeType" string, then from the
// URL's extension.
void collectUrlArtifacts(const QJsonValue &value, QList<Artifact> &out, int maxDepth = 8, qsizetype maxCount = 256);

// Links in a response whose scheme is not http or https and that are not an inline result ("jobwatch-inline:"):
// javascript:, file:, data:, relative paths. dropUnsafeLinks() removes them from a snapshot (artifacts and report sources
// with such a URL, thumbnail and poster URLs) and says what it removed, so the job can carry a note.
struct DroppedLinks {
    int count = 0;
    QStringList schemes; // distinct, lower case, in order ("javascript", "file", "data"); a link without one adds none
    bool isEmpty() const { return count == 0; }
};
DroppedLinks dropUnsafeLinks(JobSnapshot &snapshot);

// Applies the snapshot-wide rules after a dialect has filled in raw values:
// progress clamped to 0–100 (non-finite reads as absent), derived from done/total when absent,
// 100 when completed; artifacts without a URL dropped and the rest de-duplicated by URL in order.
void finalizeSnapshot(JobSnapshot &snapshot);

} // namespace jw
