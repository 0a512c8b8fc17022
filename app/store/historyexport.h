#pragma once
// The job history as CSV or JSON, for people and scripts (the window's Export…, jobwatch-cli history export).
// Pure: stored jobs in, bytes out. Never a key (the store holds none), and signed result URLs lose their
// signature and expiry parameters (net/signedurl, the rule the artifact cache's keys use too) unless signedUrls
// is set: an export is passed around, and a signed link grants access.
//
// CSV: RFC 4180 (comma, CRLF, double quotes), one header line of untranslated column names, times in ISO-8601
// UTC. A cell that a spreadsheet would take for a formula (starting with = + - @ or a tab) gets a leading
// apostrophe. JSON: an array of objects, one per job: {"profile", "profileName", "local", "addedAt",
// "updatedAt", "requests", "lastHttpStatus", "lastError", "pollUrl", "prompt", "job": <the DESIGN.md §2
// snapshot>, "timeline": [{"at", "kind", "state", "local", "detail"}]}.

#include "store/jobstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <optional>

namespace jw {

class HistoryExport final
{
public:
    enum class Format { Csv, Json };
    struct Options {
        bool signedUrls = false; // keep signatures (an export for yourself, to download with)
    };

    static std::optional<Format> formatFromName(const QString &name); // "csv", "json"
    static QByteArray serialize(const QList<StoredJob> &jobs, Format format, const Options &options);

    // The pieces, for writing a large history a page at a time.
    static QByteArray csvHeader();
    static QByteArray csvRow(const StoredJob &job, const Options &options);
    static QJsonObject jsonObject(const StoredJob &job, const Options &options);

    // `url` without its signing parameters (and user info and fragment).
    static QUrl withoutSignature(const QUrl &url);
    // A record of the list as an export row (the window's selection): name and timeline as the caller knows them.
    static StoredJob fromRecord(const JobRecord &record, const QString &profileName, const QList<TimelineEntry> &timeline = {});
};

} // namespace jw
