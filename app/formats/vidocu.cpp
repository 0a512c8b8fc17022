#include "formats/vidocu.h"

#include "formats/nativeutil.h"
#include "model/jsonread.h"
#include "model/normalize.h"

using namespace Qt::StringLiterals;

namespace jw {

QString VidocuDialect::name() const
{
    return u"vidocu"_s;
}

void VidocuDialect::read(const QJsonObject &o, JobSnapshot &out) const
{
    using namespace json;
    out.id = string(o, u"jobId"_s);
    out.type = string(o, u"type"_s);
    native::readStatus(o, u"status"_s, out);
    // percentage is optional: without it the progress stays unknown until the job is done.
    const QJsonObject progress = object(o, u"progress"_s);
    out.step = string(progress, u"step"_s);
    out.message = string(progress, u"message"_s);
    out.progress = number(progress, u"percentage"_s);
    out.error = native::readJobError(o.value(u"error"_s));
    out.createdAt = string(o, u"createdAt"_s);
    out.startedAt = string(o, u"startedAt"_s);
    out.updatedAt = string(o, u"updatedAt"_s);
    out.completedAt = string(o, u"completedAt"_s);
    // The result's shape differs per job type (analysis, export, translation, tool); what the user wants from
    // it are the files, so every URL in it is an artifact.
    const QJsonValue result = o.value(u"result"_s);
    if (result.isObject() || result.isArray())
        collectUrlArtifacts(result, out.artifacts);
}

QUrl VidocuDialect::pollUrl(const QUrl &base, const QString &id) const
{
    return native::jobUrl(base, "/v1/jobs/"_L1, id);
}

} // namespace jw
