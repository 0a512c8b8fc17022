#include "formats/muvi.h"

#include "formats/nativeutil.h"
#include "model/jsonread.h"
#include "model/normalize.h"

using namespace Qt::StringLiterals;

namespace jw {

QString MuviDialect::name() const
{
    return u"muvi"_s;
}

void MuviDialect::read(const QJsonObject &o, JobSnapshot &out) const
{
    using namespace json;
    out.id = string(o, u"jobId"_s);
    out.type = string(o, u"type"_s);
    native::readStatus(o, u"status"_s, out);
    out.progress = number(o, u"progress"_s);
    out.error = native::readJobError(o.value(u"error"_s));
    out.createdAt = string(o, u"createdAt"_s);
    out.startedAt = string(o, u"startedAt"_s);
    out.updatedAt = string(o, u"updatedAt"_s);
    out.completedAt = string(o, u"completedAt"_s);

    QList<Artifact> outputs;
    for (const QJsonArray items = array(o, u"outputs"_s); const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        Artifact a;
        a.url = string(item, u"url"_s);
        if (a.url.isEmpty())
            continue;
        a.kind = inferKind(string(item, u"type"_s), QString(), a.url);
        a.thumbnailUrl = string(item, u"thumbnail"_s);
        a.posterUrl = string(item, u"posterImage"_s);
        outputs.append(a);
    }
    // `output` repeats outputs[0].url; it comes first in the document, and finalizeSnapshot() merges the
    // duplicate so the artifact keeps the thumbnail and poster. Its kind is the matching output's type.
    if (const QString url = string(o, u"output"_s); !url.isEmpty()) {
        Artifact a;
        a.url = url;
        a.kind = inferKind(QString(), u"output"_s, url);
        for (const Artifact &item : std::as_const(outputs)) {
            if (item.url == url) {
                a.kind = item.kind;
                break;
            }
        }
        out.artifacts.append(a);
    }
    out.artifacts.append(outputs);
}

QUrl MuviDialect::pollUrl(const QUrl &base, const QString &id) const
{
    return native::jobUrl(base, "/v1/jobs/"_L1, id);
}

} // namespace jw
