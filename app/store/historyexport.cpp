#include "store/historyexport.h"

#include "net/signedurl.h"
#include "store/jobcodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
const QStringList &columns()
{
    static const QStringList names = {
        u"id"_s, u"profile"_s, u"profile_name"_s, u"type"_s, u"state"_s, u"local_state"_s, u"progress"_s,
        u"raw_status"_s, u"message"_s, u"error_code"_s, u"error_message"_s, u"last_error"_s, u"created_at"_s,
        u"completed_at"_s, u"added_at"_s, u"updated_at"_s, u"requests"_s, u"results"_s, u"prompt"_s,
    };
    return names;
}

QString isoTime(qint64 ms)
{
    return ms < 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue isoOrNull(qint64 ms)
{
    return ms < 0 ? QJsonValue() : QJsonValue(isoTime(ms));
}

QString urlText(const QString &url, const HistoryExport::Options &options)
{
    if (url.isEmpty() || options.signedUrls)
        return url;
    return HistoryExport::withoutSignature(QUrl(url)).toString(QUrl::FullyEncoded);
}

QByteArray csvCell(QString text)
{
    if (!text.isEmpty() && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@'
                            || text.front() == u'\t' || text.front() == u'\r'))
        text.prepend(u'\'');
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quote)
        return text.toUtf8();
    return '"' + text.replace(u'"', u"\"\""_s).toUtf8() + '"';
}

JobSnapshot exported(JobSnapshot s, const HistoryExport::Options &options)
{
    for (Artifact &a : s.artifacts) {
        a.url = urlText(a.url, options);
        if (!a.thumbnailUrl.isNull())
            a.thumbnailUrl = urlText(a.thumbnailUrl, options);
        if (!a.posterUrl.isNull())
            a.posterUrl = urlText(a.posterUrl, options);
    }
    if (s.report) {
        for (Source &source : s.report->sources)
            source.url = urlText(source.url, options);
    }
    return s;
}
} // namespace

std::optional<HistoryExport::Format> HistoryExport::formatFromName(const QString &name)
{
    if (name.compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(u"json"_s, Qt::CaseInsensitive) == 0)
        return Format::Json;
    return std::nullopt;
}

QUrl HistoryExport::withoutSignature(const QUrl &url)
{
    return signedurl::withoutSignature(url);
}

QByteArray HistoryExport::csvHeader()
{
    return columns().join(u',').toUtf8() + "\r\n";
}

QByteArray HistoryExport::csvRow(const StoredJob &job, const Options &options)
{
    const JobRecord &r = job.record;
    const JobSnapshot &s = r.snapshot;
    QStringList results;
    for (const Artifact &a : s.artifacts)
        results.append(urlText(a.url, options));
    const QStringList cells = {
        r.jobId, r.profileId, job.profileName, s.type, r.hasSnapshot ? stateName(s.state) : QString(),
        localStateId(r.engine.local), s.progress ? QString::number(*s.progress, 'g', 6) : QString(), s.rawStatus, s.message,
        s.error ? s.error->code : QString(), s.error ? s.error->message : QString(), r.engine.lastError, s.createdAt,
        s.completedAt, isoTime(r.addedAtMs), isoTime(job.updatedAtMs), QString::number(r.engine.requestCount),
        results.join(u' '), job.prompt,
    };
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvCell(cells.at(i));
    }
    return line + "\r\n";
}

QJsonObject HistoryExport::jsonObject(const StoredJob &job, const Options &options)
{
    const JobRecord &r = job.record;
    QJsonArray timeline;
    for (const TimelineEntry &e : job.timeline) {
        timeline.append(QJsonObject{{u"at"_s, isoTime(e.atMs)},
                                    {u"kind"_s, storecodec::timelineKindId(e.kind)},
                                    {u"state"_s, stateName(e.state)},
                                    {u"local"_s, localStateId(e.local)},
                                    {u"detail"_s, storecodec::timelineDetail(e)}});
    }
    return QJsonObject{
        {u"profile"_s, r.profileId},
        {u"profileName"_s, job.profileName},
        {u"local"_s, localStateId(r.engine.local)},
        {u"addedAt"_s, isoOrNull(r.addedAtMs)},
        {u"updatedAt"_s, isoOrNull(job.updatedAtMs)},
        {u"requests"_s, r.engine.requestCount},
        {u"lastHttpStatus"_s, r.engine.lastHttpStatus},
        {u"lastError"_s, r.engine.lastError},
        {u"pollUrl"_s, r.pollUrl.isEmpty() ? QJsonValue() : QJsonValue(urlText(r.pollUrl.toString(QUrl::FullyEncoded), options))},
        {u"prompt"_s, job.prompt.isEmpty() ? QJsonValue() : QJsonValue(job.prompt)},
        {u"job"_s, toJson(exported(r.snapshot, options))},
        {u"timeline"_s, timeline},
    };
}

QByteArray HistoryExport::serialize(const QList<StoredJob> &jobs, Format format, const Options &options)
{
    QByteArray out;
    if (format == Format::Csv) {
        out = csvHeader();
        for (const StoredJob &job : jobs)
            out += csvRow(job, options);
        return out;
    }
    // One job per line inside the array: diffs and line tools work on it, and a large history streams.
    out = "[";
    for (qsizetype i = 0; i < jobs.size(); ++i)
        out += (i == 0 ? "\n" : ",\n") + QJsonDocument(jsonObject(jobs.at(i), options)).toJson(QJsonDocument::Compact);
    out += "\n]\n";
    return out;
}

StoredJob HistoryExport::fromRecord(const JobRecord &record, const QString &profileName, const QList<TimelineEntry> &timeline)
{
    StoredJob job;
    job.record = record;
    job.record.rawBody.clear();
    job.profileName = profileName;
    job.updatedAtMs = std::max({record.addedAtMs, record.engine.reportedAtMs, record.engine.lastPollAtMs});
    job.prompt = storecodec::promptFromBody(record.rawBody);
    job.timeline = timeline;
    return job;
}

} // namespace jw
