#pragma once
// A mapping's base64 artifact rules ("encoding": "base64"): results carried inside the answer (Stability's
// "image" or "video"). Each value is plain base64 (standard or URL-safe, line breaks allowed) or a data: URL
// ("data:image/png;base64,…"); the MIME type comes from the data: prefix, else from the bytes themselves.

#include "model/inlineresults.h"
#include "model/job.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace jw::mapping {

struct ArtifactRule;

struct InlineFound {
    QList<InlineResult> results;
    QStringList problems; // one line per value that is not base64 ("artifacts[0]: item 2 is not base64")
};

// The results of `rule` in `v`: a string, an array of strings, or objects (the data at the rule's "url" sub-path).
// `where` names the rule in problems ("artifacts[0]"). At most `max` results.
InlineFound decodeInline(const QJsonValue &v, const ArtifactRule &rule, const QString &where, qsizetype max);
// The snapshot's artifact for a decoded result (kind: the rule's, else from the MIME type).
Artifact inlineArtifact(const InlineResult &result, const ArtifactRule &rule);

} // namespace jw::mapping
