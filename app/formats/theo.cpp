#include "formats/theo.h"
#include "model/jobinputs.h"

#include "formats/nativeutil.h"
#include "model/jsonread.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

// The MIME type of a Theo document `format` where it is obvious; a format that already is one passes through.
QString mimeTypeForFormat(const QString &format)
{
    const QString f = format.trimmed().toLower();
    if (f.contains(u'/'))
        return f;
    struct Entry { QLatin1StringView format; QLatin1StringView mime; };
    static constexpr Entry kFormats[] = {
        {"pdf"_L1, "application/pdf"_L1},
        {"docx"_L1, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"_L1},
        {"pptx"_L1, "application/vnd.openxmlformats-officedocument.presentationml.presentation"_L1},
        {"xlsx"_L1, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_L1},
        {"odt"_L1, "application/vnd.oasis.opendocument.text"_L1},
        {"epub"_L1, "application/epub+zip"_L1},
        {"html"_L1, "text/html"_L1},
        {"md"_L1, "text/markdown"_L1},
        {"markdown"_L1, "text/markdown"_L1},
        {"txt"_L1, "text/plain"_L1},
        {"csv"_L1, "text/csv"_L1},
        {"json"_L1, "application/json"_L1},
    };
    for (const Entry &e : kFormats)
        if (f == e.format)
            return e.mime;
    return {};
}

void readVideo(const QJsonObject &r, JobSnapshot &out)
{
    const QString url = json::string(r, u"videoUrl"_s);
    if (url.isEmpty())
        return;
    Artifact a;
    a.kind = ArtifactKind::Video;
    a.url = url;
    a.thumbnailUrl = json::string(r, u"thumbnailUrl"_s);
    a.posterUrl = json::string(r, u"posterUrl"_s);
    out.artifacts.append(a);
}

void readImage(const QJsonObject &r, JobSnapshot &out)
{
    const QString url = json::string(r, u"imageUrl"_s);
    if (url.isEmpty())
        return;
    Artifact a;
    a.kind = ArtifactKind::Image;
    a.url = url;
    out.artifacts.append(a);
}

void readDocument(const QJsonObject &r, JobSnapshot &out)
{
    const QString url = json::string(r, u"downloadUrl"_s);
    if (url.isEmpty())
        return;
    Artifact a;
    a.kind = ArtifactKind::Document;
    a.url = url;
    a.title = json::string(r, u"title"_s);
    a.sizeBytes = json::integer(r, u"sizeBytes"_s);
    if (a.sizeBytes && *a.sizeBytes < 0)
        a.sizeBytes.reset();
    if (const QString mime = mimeTypeForFormat(json::string(r, u"format"_s)); !mime.isEmpty())
        a.mimeType = mime;
    out.artifacts.append(a);
}

void readResearch(const QJsonObject &r, JobSnapshot &out)
{
    const bool any = r.value(u"report"_s).isString() || r.value(u"sources"_s).isArray()
        || r.value(u"queries"_s).isArray() || json::integer(r, u"sourceCount"_s).has_value();
    if (!any)
        return;
    Report report;
    report.markdown = json::string(r, u"report"_s);
    for (const QJsonArray items = json::array(r, u"sources"_s); const QJsonValue &v : items) {
        const QJsonObject so = v.toObject();
        const QString url = json::string(so, u"url"_s);
        if (url.isEmpty())
            continue; // a source without a link is not one the user can follow
        report.sources.append(Source{json::string(so, u"title"_s), url});
    }
    report.queries = json::stringList(r, u"queries"_s);
    if (const auto n = json::integer(r, u"sourceCount"_s); n && *n >= 0 && *n <= std::numeric_limits<int>::max())
        report.sourceCount = int(*n);
    out.report = report;
}

} // namespace

QString TheoDialect::name() const
{
    return u"theo"_s;
}

void TheoDialect::read(const QJsonObject &o, JobSnapshot &out) const
{
    using namespace json;
    // Polls carry `id`; the enqueue 202 body carries both `id` and `job_id`.
    out.id = string(o, u"id"_s);
    if (out.id.isEmpty())
        out.id = string(o, u"job_id"_s);
    out.type = string(o, u"type"_s);
    native::readStatus(o, u"status"_s, out);
    out.progress = number(o, u"progress"_s);
    out.error = native::readJobError(o.value(u"error"_s));
    out.createdAt = string(o, u"created_at"_s);
    out.startedAt = string(o, u"started_at"_s);
    out.updatedAt = string(o, u"updated_at"_s);
    out.completedAt = string(o, u"completed_at"_s);

    const QJsonValue result = o.value(u"result"_s);
    if (!result.isObject())
        return;
    const QJsonObject r = result.toObject();
    // A video or image result names the model that made it ("Theo Motion", engine "theo-motion").
    for (const QString &key : {u"model"_s, u"engine"_s}) {
        if (const QString value = string(r, key); !value.trimmed().isEmpty())
            out.inputs.append(JobInput{key, cappedInputValue(value)});
    }
    const QString type = out.type.toLower();
    if (type == u"video"_s) {
        readVideo(r, out);
    } else if (type == u"image"_s) {
        readImage(r, out);
    } else if (type == u"research"_s) {
        readResearch(r, out);
    } else if (type == u"document"_s) {
        readDocument(r, out);
    } else {
        // No or an unknown type: read whichever of the typed result fields are there.
        readVideo(r, out);
        readImage(r, out);
        readDocument(r, out);
        readResearch(r, out);
    }
}

ApiError TheoDialect::readError(const QJsonObject &object) const
{
    ApiError e = readCommonError(object);
    // Theo answers some failures with a bare code, e.g. 503 {"error":"queue_unavailable"}.
    static const QRegularExpression codeLike(u"^[a-z][a-z0-9_]*$"_s);
    if (e.code.isNull() && !e.message.isNull() && codeLike.match(e.message).hasMatch())
        e.code = e.message;
    return e;
}

QUrl TheoDialect::pollUrl(const QUrl &base, const QString &id) const
{
    return native::jobUrl(base, "/api/v1/jobs/"_L1, id);
}

} // namespace jw
