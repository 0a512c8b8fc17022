#include "formats/scenes.h"

#include "formats/nativeutil.h"
#include "model/jsonread.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Dialects) };

std::optional<qint64> count(const QJsonObject &o, const QString &key)
{
    const auto n = json::integer(o, key);
    return n && *n >= 0 ? n : std::nullopt;
}

// The scene's own title, caption or prompt when it has one, else "Scene N": N is the scene's own
// scene_number when given, else its 1-based position.
QString sceneTitle(const QJsonObject &scene, qsizetype index)
{
    for (const auto key : {"title"_L1, "caption"_L1, "prompt"_L1})
        if (const QString t = json::string(scene, key); !t.trimmed().isEmpty())
            return t;
    const auto number = json::integer(scene, u"scene_number"_s);
    return Tr::tr("Scene %1").arg(number && *number > 0 ? *number : qint64(index) + 1);
}
} // namespace

QString ScenesDialect::name() const
{
    return u"scenes"_s;
}

void ScenesDialect::read(const QJsonObject &o, JobSnapshot &out) const
{
    using namespace json;
    out.id = string(o, u"job_id"_s);
    out.type = string(o, u"type"_s);
    native::readStatus(o, u"status"_s, out);
    out.done = count(o, u"scenes_completed"_s);
    out.total = count(o, u"scenes_total"_s);
    out.error = native::readJobError(o.value(u"error"_s));
    out.createdAt = string(o, u"created_at"_s);
    out.startedAt = string(o, u"started_at"_s);
    out.updatedAt = string(o, u"updated_at"_s);
    out.completedAt = string(o, u"completed_at"_s);

    const QJsonArray scenes = array(object(o, u"result"_s), u"scenes"_s);
    for (qsizetype i = 0; i < scenes.size(); ++i) {
        const QJsonObject scene = scenes.at(i).toObject();
        Artifact a;
        a.kind = ArtifactKind::Image;
        a.url = string(scene, u"image_url"_s); // signed: kept verbatim, query and all
        if (a.url.isEmpty())
            continue;
        a.thumbnailUrl = string(scene, u"thumbnail_url"_s);
        if (a.thumbnailUrl.isNull())
            a.thumbnailUrl = string(scene, u"thumbnail"_s);
        a.title = sceneTitle(scene, i);
        out.artifacts.append(a);
    }
}

QUrl ScenesDialect::pollUrl(const QUrl &base, const QString &id) const
{
    return native::jobUrl(base, "/v1/jobs/"_L1, id);
}

} // namespace jw
