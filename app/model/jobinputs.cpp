#include "model/jobinputs.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Inputs) };
}

const QStringList &wellKnownInputNames()
{
    static const QStringList names{u"prompt"_s, u"model"_s, u"version"_s, u"seed"_s, u"size"_s, u"duration"_s};
    return names;
}

QString inputLabel(const QString &name)
{
    if (name == u"prompt"_s)
        return Tr::tr("Prompt");
    if (name == u"model"_s)
        return Tr::tr("Model");
    if (name == u"version"_s)
        return Tr::tr("Model version");
    if (name == u"seed"_s)
        return Tr::tr("Seed");
    if (name == u"size"_s)
        return Tr::tr("Size", "image or video dimensions, e.g. 1280x720");
    if (name == u"duration"_s)
        return Tr::tr("Duration", "length of the generated video or audio");
    return name;
}

QList<LabelledInput> labelledInputs(const JobSnapshot &snapshot)
{
    QList<LabelledInput> rows;
    rows.reserve(snapshot.inputs.size());
    for (const JobInput &input : snapshot.inputs)
        rows.append({input.name, inputLabel(input.name), input.value});
    return rows;
}

QString cappedInputValue(const QString &value)
{
    return value.size() <= kMaxInputLength ? value : value.left(kMaxInputLength - 1) + u'…';
}

} // namespace jw
