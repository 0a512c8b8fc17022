#pragma once
// The validated, in-memory form of a mapping document (format in docs/mapping.md). Built by parseSpec();
// read by MappingDialect. Internal to app/mapping.

#include "formats/dialect.h"
#include "model/job.h"
#include "formats/mapping.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <optional>

namespace jw::mapping {

// One way to read a string: a dotted path or JSON Pointer, an optional regex whose first capture group
// (or whole match) is taken, and an optional format in which "{value}" stands for the value.
struct FieldRule {
    QString path;
    QRegularExpression match; // empty pattern = none
    QString format;           // empty = the value itself
    QList<JobState> when;     // states in which the rule applies; empty = all (not for id and status)
};
// Alternatives, tried in order; the first that yields a non-empty value wins. Empty = not mapped.
using Field = QList<FieldRule>;

enum class ProgressForm { None, Percent, Fraction, DoneTotal, Regex };

struct ProgressRule {
    ProgressForm form = ProgressForm::None;
    Field value;      // percent, fraction, regex: the number or the log text
    Field done;       // doneTotal
    Field total;      // doneTotal
    QString itemPath; // regex over an array of log entries: the sub-path of each entry's text
    QRegularExpression regex;
};

enum class Timestamps { Iso, UnixSeconds, UnixMillis };

struct ArtifactRule {
    bool scan = false;
    QString path;                     // where the URLs are; "" = the whole body (scan only)
    std::optional<ArtifactKind> kind; // fixed kind; otherwise inferred
    int maxDepth = 8;                 // scan only
    // Sub-paths inside each object found at `path` (explicit rules only).
    QString url = QStringLiteral("url");
    QString thumbnail;
    QString poster;
    QString kindPath;
    QString mimeType;
    QString title;
    QString size;
    QList<JobState> when; // states in which the rule applies; empty = all
    bool base64 = false;  // "encoding": "base64": the values are the results themselves, not URLs (path rules)
};

struct DerivedRule {
    QString url;       // template with {base}, {id} and the mapping's "vars"
    QString thumbnail; // template, optional
    QString poster;    // template, optional
    QString title;
    std::optional<ArtifactKind> kind;
    QList<JobState> when; // states in which the artifact exists (default: completed)
};

// "resolve": a second request before the result can be fetched (MiniMax: a file_id -> its download URL). Made
// once the job is completed, with the same key, origin and budget rules as a poll; `path` reads the URL out of
// its answer.
struct ResolveRule {
    QString url;  // template with {base}, {id} and the mapping's "vars"
    Field path;   // where the result's URL is in the answer
    QString title;
    std::optional<ArtifactKind> kind;
};

struct ErrorBodyRule {
    bool present = false;
    Field code;
    Field message;
    Field requestId;
};

// "stateFromFields": a state that follows from a value being present (Stability's {"errors": [...]} -> failed),
// or, with "match", from its text matching (MiniMax's {"base_resp": {"status_code": 2013}} -> failed).
struct PresenceRule {
    QString path;
    QRegularExpression match; // empty pattern = presence alone decides
    JobState state = JobState::Unknown;
};

// "input": the job's inputs as the status body echoes them. Each named field gives one input of that name
// (well-known names first, in wellKnownInputNames() order, then the others); `rest` names an object whose
// other members each become an input of their own name (Replicate's "input", Luma's "request").
struct InputRule {
    QString name;
    Field field;
};
struct InputSpec {
    QList<InputRule> named;
    QString rest; // path of an object; empty = none
};

// "cost": what the job cost, when the status body says: {"value": field, "unit": "seconds" | "credits" | "USD" …,
// "estimate": true when the provider only estimates it}. Absent: an empty field.
struct CostRule {
    Field value;
    QString unit;
    bool estimate = false;
};

// Polling hints for other components (scheduler defaults, profile dialog).
using Recommended = MappingDialect::Recommended;

struct Spec {
    QString name;
    QString title;
    QString notes;
    QUrl baseUrl;    // default base URL, may be empty
    QString pollUrl; // template with {base} and {id}
    AuthForm auth;
    QList<QPair<QByteArray, QByteArray>> headers;
    Recommended recommended;
    QString idPattern;
    bool idOptional = false; // "idOptional": an answer without an ID is about the job that was asked for
    std::optional<int> resultLifetimeSeconds; // the provider's documented lifetime of result links

    Field id, type, status, step, message;
    Field errorCode, errorMessage, requestId;
    Field createdAt, startedAt, updatedAt, completedAt;
    Timestamps timestamps = Timestamps::Iso;
    QHash<QString, JobState> synonyms; // lower-case keys
    QList<PresenceRule> stateFromFields; // tried in order when the status gives no known state
    ProgressRule progress;
    QList<ArtifactRule> artifacts;
    QList<DerivedRule> derived;
    std::optional<ResolveRule> resolve;
    QList<QPair<QString, Field>> vars; // "vars": named values for derived templates ({fileId})
    ErrorBodyRule errorBody;
    InputSpec input;
    CostRule cost;
};

// Validates a mapping document. On error returns nothing and a one-line, specific reason in *error.
std::optional<Spec> parseSpec(const QJsonObject &document, QString *error);

// Expands a URL template: {base} is `base` without a trailing slash, query or fragment; {id} is the
// percent-encoded job ID. Returns an invalid QUrl when the result is not an absolute http(s) URL.
// Other placeholders are taken from `vars`, percent-encoded the same way; an invalid QUrl when one is missing.
QUrl expandTemplate(const QString &templ, const QUrl &base, const QString &id, const QHash<QString, QString> &vars = {});

} // namespace jw::mapping
