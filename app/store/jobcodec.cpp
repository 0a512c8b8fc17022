#include "store/jobcodec.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw::storecodec {

namespace {
constexpr qsizetype kMaxPromptChars = 4000;
constexpr QLatin1StringView kPromptKeys[] = {"prompt"_L1, "promptText"_L1, "prompt_text"_L1, "text_prompt"_L1};
constexpr QLatin1StringView kPromptParents[] = {"input"_L1, "request"_L1, "params"_L1, "arguments"_L1, "settings"_L1};

QString promptIn(const QJsonObject &object)
{
    for (const QLatin1StringView key : kPromptKeys) {
        const QJsonValue v = object.value(key);
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed().left(kMaxPromptChars);
    }
    return {};
}

QString joined(std::initializer_list<QString> parts)
{
    QString out;
    for (const QString &part : parts) {
        if (part.isEmpty())
            continue;
        if (!out.isEmpty())
            out += u' ';
        out += part;
    }
    return out;
}
} // namespace

QString snapshotText(const JobSnapshot &snapshot)
{
    return QString::fromUtf8(QJsonDocument(toJson(snapshot)).toJson(QJsonDocument::Compact));
}

std::optional<JobSnapshot> snapshotFromText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return snapshotFromJson(doc.object());
}

QString timelineKindId(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Added: return u"added"_s;
    case TimelineEntry::Kind::State: return u"state"_s;
    case TimelineEntry::Kind::Local: return u"local"_s;
    case TimelineEntry::Kind::Command: return u"command"_s;
    case TimelineEntry::Kind::Elided: return u"elided"_s;
    }
    return {};
}

QString timelineDetail(const TimelineEntry &entry)
{
    return entry.kind == TimelineEntry::Kind::Elided ? QString::number(entry.skipped) : entry.detail;
}

void setTimelineDetail(TimelineEntry &entry, const QString &detail)
{
    if (entry.kind == TimelineEntry::Kind::Elided)
        entry.skipped = std::max<qint64>(0, detail.toLongLong());
    else
        entry.detail = detail;
}

std::optional<TimelineEntry::Kind> timelineKindFromId(const QString &id)
{
    for (const auto kind : {TimelineEntry::Kind::Added, TimelineEntry::Kind::State, TimelineEntry::Kind::Local, TimelineEntry::Kind::Command,
                            TimelineEntry::Kind::Elided}) {
        if (timelineKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString promptFromBody(const QByteArray &body)
{
    if (!body.contains("rompt")) // "prompt", "Prompt": most bodies have none; skip parsing them
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject root = doc.object();
    if (QString found = promptIn(root); !found.isEmpty())
        return found;
    for (const QLatin1StringView parent : kPromptParents) {
        if (QString found = promptIn(root.value(parent).toObject()); !found.isEmpty())
            return found;
    }
    return {};
}

size_t SearchFields::hash() const
{
    return qHashMulti(0, jobId, profile, type, message, error, titles, prompt, inputs);
}

QList<const QString *> SearchFields::values() const
{
    return {&jobId, &profile, &type, &message, &error, &titles, &prompt, &inputs};
}

SearchFields searchFields(const JobRecord &record, const QString &profileName, const QString &prompt)
{
    const JobSnapshot &s = record.snapshot;
    SearchFields f;
    f.jobId = record.jobId;
    f.profile = profileName.isEmpty() || profileName == record.profileId ? record.profileId : joined({record.profileId, profileName});
    f.type = s.type;
    f.message = joined({s.rawStatus, s.step, s.message});
    f.error = joined({s.error ? s.error->code : QString(), s.error ? s.error->message : QString(), record.engine.lastError});
    QStringList titles;
    for (const Artifact &a : s.artifacts) {
        if (!a.title.isEmpty())
            titles.append(a.title);
    }
    if (s.report) {
        for (const Source &source : s.report->sources) {
            if (!source.title.isEmpty())
                titles.append(source.title);
        }
    }
    f.titles = titles.join(u' ');
    f.prompt = prompt;
    QStringList inputs;
    for (const JobInput &input : s.inputs)
        inputs.append(input.name + u' ' + input.value);
    f.inputs = inputs.join(u'\n');
    return f;
}

} // namespace jw::storecodec
