#pragma once
// Parsing is a pure function: bytes + dialect -> snapshot, or a typed error (DESIGN.md §1).

#include "formats/dialect.h"
#include "model/job.h"
#include "model/normalize.h"

#include <QByteArray>
#include <QString>

#include <variant>

namespace jw {

struct ParseError {
    enum class Kind { Empty, TooLarge, InvalidJson, NotObject, MissingId };
    Kind kind;
    QString message; // one line, specific, safe to show (never contains the input verbatim beyond 60 chars)
};

using ParseResult = std::variant<JobSnapshot, ParseError>;

inline constexpr qsizetype kMaxStatusBody = 2 * 1024 * 1024; // status bodies of unfinished jobs: 2 MiB at most
inline constexpr qsizetype kMaxFinishedBody = qsizetype(200) * 1024 * 1024; // a finished job's, with inline results

// A body over kMaxStatusBody is kept (raw JSON view, job store) without its long strings: each string over
// `longest` characters becomes "… (N characters not kept)". `object` is the decoded body.
QByteArray compactBody(const QJsonObject &object, qsizetype longest = 4096);

// Parses a status body. The result always passed dropUnsafeLinks() and finalizeSnapshot() and has a non-empty id.
// `askedId`: the job the request was for; it stands in for a missing ID when the dialect allows that
// (Dialect::idMayBeMissing). `object`, when given, receives the decoded body (so callers need not decode it
// again; empty when the body is not a JSON object). `note`, when given, receives a one-line note for the job's
// messages about what the answer held that the snapshot leaves out (links that are not http(s), by scheme), or
// null when there is nothing to say.
ParseResult parseJob(const QByteArray &bytes, const Dialect &dialect, qsizetype maxBytes = kMaxStatusBody,
                     const QString &askedId = {}, QJsonObject *object = nullptr, QString *note = nullptr);
// Parses a JSON object that is already decoded (used by mapping previews and the enqueue-response reader).
ParseResult parseJobObject(const QJsonObject &object, const Dialect &dialect, const QString &askedId = {},
                           QString *note = nullptr);
// "dropped 2 links that are not http or https: javascript:, file:"; null when nothing was dropped.
QString droppedLinksNote(const DroppedLinks &dropped);
// Reads an HTTP error body (any status >= 400). Returns an empty ApiError when the body is not JSON.
ApiError parseErrorBody(const QByteArray &bytes, const Dialect &dialect);

} // namespace jw
