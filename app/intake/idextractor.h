#pragma once
// Finds job IDs, poll URLs and enqueue responses in free text (pasted text, dropped files, command-line
// arguments) and says which provider each one belongs to. Pure and Qt Core only:
// no I/O, no profiles, no network. Linear in the input size; never crashes on any input.
//
// Recognised input, in any mix:
//  - bare IDs: theo `job_<alnum>`, muvi `job_<hex>` (a hex-only `job_…` is ambiguous: both are reported),
//    vidocu `analysis_|export_|translation_|tool_<ms>_<alnum>`, scenes (and Runway, Luma, fal) UUIDs,
//    OpenAI `video_<hex>`, Replicate's 26 characters of [a-z0-9];
//  - poll URLs of the native dialects, of the presets (Replicate, Runway, Luma, fal, OpenAI videos) and of
//    the simulated provider on loopback (http://127.0.0.1:PORT/<dialect>/…);
//  - enqueue responses: JSON objects (single, arrays, NDJSON, pretty-printed, embedded in other text) with
//    poll_url / status_url / urls.get and/or id / job_id / jobId / request_id.
// Everything inside a JSON document that was read as JSON is taken from its fields only, so the `id` and
// `poll_url` of one theo 202 response give one job, not three (and artifact URLs in a pasted status body are
// not jobs). JSON without any job object (e.g. {"ids": [...]}) is read as plain text.
// Plain prose gives nothing: `job_` IDs need a digit, mixed case or ten letters of one case that are not an
// identifier word (job_id, job_status, job_description stay words; job_knnvfmnjfq is an ID), vidocu IDs need
// their <ms> part, URLs need a job path. Every ID shape the simulated provider issues for a dialect or preset
// is recognised (tests/tst_idextractor_simids.cpp feeds thousands of them through). Tokens that look like an attempt but cannot be used (other
// schemes, plain http off loopback, user info in URLs, no job path, JSON without an ID) are Rejected with a
// specific reason; rejected text never contains a URL's user info or query.
// Nothing is dropped silently: every rejection carries its line, and every other non-blank input line that
// yields no job is listed in Result::unrecognised (lines without a letter or digit, such as "{" or "---", and
// the inner lines of a rejected JSON document are not).

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

namespace jw {

class IdExtractor final
{
public:
    struct Candidate {
        enum class Source { BareId, PollUrl, EnqueueJson };
        QString id;             // the provider's job ID, percent-decoded
        QUrl pollUrl;           // absolute http(s) poll URL as given (fragment dropped); empty if only an ID
        QUrl base;              // API base derived from pollUrl: the part before the dialect's job path
        QStringList dialects;   // possible dialect/preset names, best first; empty = unknown
        Source source = Source::BareId;
        QString snippet;        // the matched text (JSON: the object, compact), at most 200 characters
        qsizetype position = -1; // offset in the input of the job's first mention (a bare ID that a later
                                 // poll URL upgraded keeps its place; snippet and fields come from the URL)
        int line = 0;            // 1-based line of `position`
    };

    struct Rejected {
        QString text;           // the offending token (user info of URLs removed), at most 200 characters
        QString reason;         // one line, translated
        qsizetype position = -1;
        int line = 0;           // 1-based line of `position`
    };

    // A non-blank input line that yields no job and holds no rejected token.
    struct Unrecognised {
        int line = 0;           // 1-based
        QString text;           // the line, trimmed; URLs without user info and query; at most 200 characters
        QString reason;         // one line, translated: that nothing was found
    };
    static constexpr int kMaxListedLines = 1000;

    struct Result {
        QList<Candidate> candidates; // in input order, de-duplicated
        QList<Rejected> rejected;    // in input order
        int duplicates = 0;          // matches dropped as duplicates: the same ID under the same base, or an
                                     // ID without a URL whose dialects fit a candidate with that ID
        bool inputEmpty = true;      // the input held nothing but whitespace
        QList<Unrecognised> unrecognised; // in input order, the first kMaxListedLines of them
        int unrecognisedLines = 0;   // all of them
    };

    // The minimum a profile needs to be chosen for a candidate (keeps this unit free of the Profile type).
    struct ProfileHint {
        QString id;
        QString dialect;
        QUrl baseUrl;
    };

    struct ProfileChoice {
        enum class Kind { Unique, Ambiguous, None };
        enum class Match { None, ByUrl, ByShape };
        Kind kind = Kind::None;
        Match match = Match::None;
        QString profileId;      // Unique only
        QStringList choices;    // Ambiguous: the profile ids to choose from, best first
    };

    IdExtractor() = delete;

    static Result extract(QStringView text);
    // Command-line arguments: joined with newlines (positions refer to the joined text).
    static Result extract(const QStringList &arguments);

    // Picks the profile for a candidate: first the profile whose base URL has the poll URL's origin (scheme,
    // host, port) and is a path prefix of it (the longest such base wins); otherwise the unique profile whose
    // dialect is one of the candidate's dialects. Ambiguous when several fit equally (or the dialect is
    // unknown and there are profiles to choose from); None when no profile fits. Match::ByShape means the
    // poll URL's origin (if any) is not the profile's: poll {profile base} + ID, never send the key to the URL.
    static ProfileChoice resolveProfile(const Candidate &candidate, const QList<ProfileHint> &profiles);

    // "3 jobs recognised, 1 duplicate ignored, 2 lines not recognised" / "Nothing recognised: <specific reason>".
    static QString summary(const Result &result);

    // Dialect names whose ID shape `id` has, best first (empty when the shape is unknown).
    static QStringList dialectsForIdShape(QStringView id);

    // Every dialect and preset name the extractor can report.
    static QStringList knownDialects();
};

} // namespace jw
