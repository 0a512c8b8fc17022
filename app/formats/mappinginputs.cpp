#include "formats/mappinginputs.h"

#include "formats/valuereader.h"
#include "model/jobinputs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw::mapping {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Mapping) };

class InputSpecReader final : public ValueReader
{
public:
    bool read(const QJsonValue &v, InputSpec *out)
    {
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isObject())
            return wrongType(u"input"_s, Tr::tr("an object of input names and fields"), v);
        const QJsonObject o = v.toObject();
        static const QRegularExpression namePattern(u"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"_s);
        QList<InputRule> known;
        QList<InputRule> others;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString &name = it.key();
            if (name.startsWith(u'_') || name.startsWith(u'$'))
                continue; // notes, as everywhere in a mapping
            if (name == u"*"_s) {
                if (!path(it.value(), u"input.*"_s, &out->rest, true))
                    return false;
                continue;
            }
            if (!namePattern.match(name).hasMatch())
                return fail(Tr::tr("\"input.%1\" needs a name of up to 64 letters, digits, '_', '.' or '-' that starts "
                                   "with a letter.").arg(quoted(name)));
            InputRule rule{name, {}};
            if (!field(o, name, u"input."_s, &rule.field, true))
                return false;
            (wellKnownInputNames().contains(name) ? known : others).append(rule);
        }
        std::sort(known.begin(), known.end(), [](const InputRule &a, const InputRule &b) {
            return wellKnownInputNames().indexOf(a.name) < wellKnownInputNames().indexOf(b.name);
        });
        out->named = known + others;
        if (out->named.isEmpty() && out->rest.isNull())
            return fail(Tr::tr("\"input\" names no input: give fields such as \"prompt\": \"input.prompt\", or "
                               "\"*\": the path of an object whose members are the inputs."));
        return true;
    }
};

// A member of the `rest` object as an input's text: strings and numbers as they are, true/false, and arrays
// or objects as compact JSON. Null and blank strings give nothing.
QString memberText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isArray() || v.isObject()) {
        const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
        const QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        return text == u"[]"_s || text == u"{}"_s ? QString() : text;
    }
    return scalarText(v);
}

} // namespace

bool parseInputSpec(const QJsonValue &v, InputSpec *out, QString *error)
{
    InputSpecReader reader;
    if (reader.read(v, out))
        return true;
    if (error)
        *error = reader.error();
    return false;
}

QList<JobInput> readInputs(const QJsonValue &root, const InputSpec &spec, Explanation *ex)
{
    QList<JobInput> inputs;
    QSet<QString> names; // a member of `rest` that a named field reads already, by name or by path, is left out
    QSet<QString> paths;
    for (const InputRule &rule : spec.named) {
        for (const FieldRule &alternative : rule.field)
            paths.insert(alternative.path);
        Trace tried;
        const QString value = readText(root, rule.field, ex ? &tried : nullptr);
        if (ex)
            ex->fields.append({u"input."_s + rule.name, tried});
        names.insert(rule.name);
        if (!value.isNull() && inputs.size() < kMaxInputs)
            inputs.append(JobInput{rule.name, cappedInputValue(value)});
    }
    if (spec.rest.isNull())
        return inputs;
    const QJsonValue rest = valueAt(root, spec.rest);
    if (ex && !rest.isObject())
        ex->notes.append(Tr::tr("input.*: \"%1\" is not an object here, so it gives no inputs").arg(spec.rest));
    const QJsonObject members = rest.toObject();
    for (auto it = members.constBegin(); it != members.constEnd() && inputs.size() < kMaxInputs; ++it) {
        if (names.contains(it.key()) || paths.contains(spec.rest.isEmpty() ? it.key() : spec.rest + u'.' + it.key()))
            continue;
        const QString value = memberText(it.value());
        if (!value.isNull())
            inputs.append(JobInput{it.key(), cappedInputValue(value)});
    }
    return inputs;
}

} // namespace jw::mapping
