#include "model/job.h"

#include "model/jsonread.h"
#include "model/nametable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

constexpr NamedValue<JobState> kStates[] = {
    {"queued"_L1, JobState::Queued},       {"running"_L1, JobState::Running},
    {"completed"_L1, JobState::Completed}, {"failed"_L1, JobState::Failed},
    {"cancelled"_L1, JobState::Cancelled}, {"unknown"_L1, JobState::Unknown},
};

constexpr NamedValue<ArtifactKind> kKinds[] = {
    {"video"_L1, ArtifactKind::Video},       {"image"_L1, ArtifactKind::Image},
    {"audio"_L1, ArtifactKind::Audio},       {"document"_L1, ArtifactKind::Document},
    {"text"_L1, ArtifactKind::Text},         {"other"_L1, ArtifactKind::Other},
};

QJsonValue nullable(const QString &s) { return s.isNull() ? QJsonValue() : QJsonValue(s); }
template <typename T> QJsonValue nullable(const std::optional<T> &v)
{
    return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue();
}

} // namespace

QString stateName(JobState state)
{
    return nameOf(kStates, state, "unknown"_L1);
}

std::optional<JobState> stateFromName(const QString &name)
{
    return valueNamed(kStates, name);
}

bool isTerminal(JobState state)
{
    return state == JobState::Completed || state == JobState::Failed || state == JobState::Cancelled;
}

QString kindName(ArtifactKind kind)
{
    return nameOf(kKinds, kind, "other"_L1);
}

std::optional<ArtifactKind> kindFromName(const QString &name)
{
    return valueNamed(kKinds, name);
}

QJsonObject toJson(const JobSnapshot &s)
{
    QJsonArray artifacts;
    for (const Artifact &a : s.artifacts) {
        artifacts.append(QJsonObject{
            {u"kind"_s, kindName(a.kind)},
            {u"url"_s, a.url},
            {u"thumbnailUrl"_s, nullable(a.thumbnailUrl)},
            {u"posterUrl"_s, nullable(a.posterUrl)},
            {u"mimeType"_s, nullable(a.mimeType)},
            {u"sizeBytes"_s, nullable(a.sizeBytes)},
            {u"title"_s, nullable(a.title)},
        });
    }
    QJsonValue report;
    if (s.report) {
        QJsonArray sources;
        for (const Source &src : s.report->sources)
            sources.append(QJsonObject{{u"title"_s, nullable(src.title)}, {u"url"_s, src.url}});
        report = QJsonObject{
            {u"markdown"_s, nullable(s.report->markdown)},
            {u"sources"_s, sources},
            {u"queries"_s, QJsonArray::fromStringList(s.report->queries)},
            {u"sourceCount"_s, nullable(s.report->sourceCount)},
        };
    }
    QJsonArray inputs;
    for (const JobInput &input : s.inputs)
        inputs.append(QJsonObject{{u"name"_s, input.name}, {u"value"_s, input.value}});
    QJsonValue cost;
    if (s.cost)
        cost = QJsonObject{{u"amount"_s, s.cost->amount}, {u"unit"_s, s.cost->unit}, {u"estimate"_s, s.cost->estimate}};
    QJsonValue error;
    if (s.error)
        error = QJsonObject{{u"code"_s, nullable(s.error->code)}, {u"message"_s, nullable(s.error->message)}};

    return QJsonObject{
        {u"id"_s, s.id},
        {u"type"_s, nullable(s.type)},
        {u"state"_s, stateName(s.state)},
        {u"rawStatus"_s, s.rawStatus.isNull() ? u""_s : s.rawStatus},
        {u"progress"_s, s.progress ? QJsonValue(*s.progress) : QJsonValue()},
        {u"step"_s, nullable(s.step)},
        {u"message"_s, nullable(s.message)},
        {u"done"_s, nullable(s.done)},
        {u"total"_s, nullable(s.total)},
        {u"error"_s, error},
        {u"artifacts"_s, artifacts},
        {u"report"_s, report},
        {u"createdAt"_s, nullable(s.createdAt)},
        {u"startedAt"_s, nullable(s.startedAt)},
        {u"updatedAt"_s, nullable(s.updatedAt)},
        {u"completedAt"_s, nullable(s.completedAt)},
        {u"requestId"_s, nullable(s.requestId)},
        {u"inputs"_s, inputs},
        {u"cost"_s, cost},
    };
}

JobSnapshot snapshotFromJson(const QJsonObject &o)
{
    using namespace json;
    JobSnapshot s;
    s.id = string(o, u"id"_s);
    s.type = string(o, u"type"_s);
    s.state = stateFromName(string(o, u"state"_s)).value_or(JobState::Unknown);
    s.rawStatus = string(o, u"rawStatus"_s);
    s.progress = number(o, u"progress"_s);
    s.step = string(o, u"step"_s);
    s.message = string(o, u"message"_s);
    s.done = integer(o, u"done"_s);
    s.total = integer(o, u"total"_s);
    if (const QJsonObject e = object(o, u"error"_s); !e.isEmpty())
        s.error = JobError{string(e, u"code"_s), string(e, u"message"_s)};
    const QJsonArray artifacts = array(o, u"artifacts"_s);
    for (const QJsonValue &v : artifacts) {
        const QJsonObject a = v.toObject();
        Artifact art;
        art.kind = kindFromName(string(a, u"kind"_s)).value_or(ArtifactKind::Other);
        art.url = string(a, u"url"_s);
        art.thumbnailUrl = string(a, u"thumbnailUrl"_s);
        art.posterUrl = string(a, u"posterUrl"_s);
        art.mimeType = string(a, u"mimeType"_s);
        art.sizeBytes = integer(a, u"sizeBytes"_s);
        art.title = string(a, u"title"_s);
        if (!art.url.isEmpty())
            s.artifacts.append(art);
    }
    if (const QJsonValue r = o.value(u"report"_s); r.isObject()) {
        const QJsonObject ro = r.toObject();
        Report rep;
        rep.markdown = string(ro, u"markdown"_s);
        const QJsonArray sources = array(ro, u"sources"_s);
        for (const QJsonValue &v : sources)
            rep.sources.append(Source{string(v.toObject(), u"title"_s), string(v.toObject(), u"url"_s)});
        rep.queries = stringList(ro, u"queries"_s);
        if (const auto n = integer(ro, u"sourceCount"_s))
            rep.sourceCount = int(*n);
        s.report = rep;
    }
    s.createdAt = string(o, u"createdAt"_s);
    s.startedAt = string(o, u"startedAt"_s);
    s.updatedAt = string(o, u"updatedAt"_s);
    s.completedAt = string(o, u"completedAt"_s);
    s.requestId = string(o, u"requestId"_s);
    for (const QJsonArray items = array(o, u"inputs"_s); const QJsonValue &v : items) {
        const QString name = string(v.toObject(), u"name"_s);
        const QString value = string(v.toObject(), u"value"_s);
        if (!name.isEmpty() && !value.isNull())
            s.inputs.append(JobInput{name, value});
    }
    if (const QJsonObject c = object(o, u"cost"_s); !c.isEmpty()) {
        const auto amount = number(c, u"amount"_s);
        const QString unit = string(c, u"unit"_s);
        if (amount && isCostUnit(unit))
            s.cost = JobCost{*amount, unit, c.value(u"estimate"_s).toBool()};
    }
    return s;
}

} // namespace jw
