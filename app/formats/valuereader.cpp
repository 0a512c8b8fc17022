#include "formats/valuereader.h"
#include "model/normalize.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace jw::mapping {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Mapping) };

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"boolean"_s;
    case QJsonValue::Double: return u"number"_s;
    case QJsonValue::String: return u"string"_s;
    case QJsonValue::Array: return u"array"_s;
    case QJsonValue::Object: return u"object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"undefined"_s;
}

} // namespace

QString ValueReader::quoted(const QString &text)
{
    QString t = text;
    t.replace(u'\n', u' ').replace(u'\r', u' ');
    return t.size() > 60 ? t.left(57) + u"..."_s : t;
}

std::optional<JobState> ValueReader::stateFromWord(const QString &word)
{
    return stateFromName(word.trimmed().toLower());
}

bool ValueReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool ValueReader::wrongType(const QString &where, const QString &expected, const QJsonValue &got)
{
    return fail(Tr::tr("\"%1\" must be %2, not %3.").arg(where, expected, typeName(got)));
}

bool ValueReader::checkKeys(const QJsonObject &o, std::initializer_list<QLatin1StringView> allowed,
                            const QString &where)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        // "_comment", "$schema": free for notes.
        if (key.startsWith(u'_') || key.startsWith(u'$'))
            continue;
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            return where.isEmpty() ? fail(Tr::tr("Unknown key \"%1\" in the mapping.").arg(quoted(key)))
                                   : fail(Tr::tr("Unknown key \"%1\" in \"%2\".").arg(quoted(key), where));
    }
    return true;
}

bool ValueReader::string(const QJsonObject &o, const QString &key, const QString &where, QString *out, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return required ? fail(Tr::tr("\"%1\" is missing.").arg(where)) : true;
    if (!v.isString())
        return wrongType(where, Tr::tr("a string"), v);
    if (required && v.toString().trimmed().isEmpty())
        return fail(Tr::tr("\"%1\" is empty.").arg(where));
    *out = v.toString();
    return true;
}

bool ValueReader::path(const QJsonValue &v, const QString &where, QString *out, bool allowRoot)
{
    if (!v.isString())
        return wrongType(where, Tr::tr("a path string"), v);
    const QString written = v.toString();
    if (written.startsWith(u'/')) { // a JSON Pointer: taken as it is
        *out = written;
        return true;
    }
    // JSONPath spellings that people write from habit: "$.data.status", "videos[0].url", "errors[*]".
    QString p = written;
    if (p == u"$"_s || p == u"$."_s)
        p.clear();
    else if (p.startsWith(u"$."_s))
        p = p.mid(2);
    else if (p.startsWith(u"$["_s))
        p = p.mid(1);
    QString dotted;
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (p.at(i) != u'[') {
            dotted += p.at(i);
            continue;
        }
        const qsizetype close = p.indexOf(u']', i);
        if (close < 0)
            return fail(Tr::tr("\"%1\" has a \"[\" without \"]\" in \"%2\"; write an array index as \"[0]\" or \".0\".")
                            .arg(where, quoted(written)));
        QString inner = p.mid(i + 1, close - i - 1).trimmed();
        static const QRegularExpression index(u"^(-?[0-9]+|\\*)$"_s);
        const bool quotedKey = inner.size() >= 2 && (inner.front() == u'\'' || inner.front() == u'"') && inner.back() == inner.front();
        if (quotedKey)
            inner = inner.mid(1, inner.size() - 2);
        if ((!quotedKey && !index.match(inner).hasMatch()) || inner.isEmpty())
            return fail(Tr::tr("\"%1\": \"[%2]\" in \"%3\" is not an array index; write a number (\"[0]\", \"[-1]\" for the last "
                               "entry) or \"[*]\" for every entry.").arg(where, inner, quoted(written)));
        if (quotedKey && inner.contains(u'.'))
            return fail(Tr::tr("\"%1\": the key \"%2\" in \"%3\" contains a dot; write the path as a JSON Pointer "
                               "(\"/a/b.c\").").arg(where, quoted(inner), quoted(written)));
        if (!dotted.isEmpty() && !dotted.endsWith(u'.'))
            dotted += u'.';
        dotted += inner;
        i = close;
    }
    if (!dotted.isEmpty()) {
        const QStringList steps = dotted.split(u'.');
        if (steps.contains(QString())) {
            QStringList kept = steps;
            kept.removeAll(QString());
            return fail(Tr::tr("\"%1\": the path \"%2\" has an empty step; did you mean \"%3\"?")
                            .arg(where, quoted(written), quoted(kept.join(u'.'))));
        }
    }
    if (!allowRoot && dotted.isEmpty())
        return fail(written.isEmpty() ? Tr::tr("\"%1\" is an empty path.").arg(where)
                                      : Tr::tr("\"%1\": \"%2\" is the whole response; give the path of a value in it.")
                                            .arg(where, quoted(written)));
    *out = dotted;
    return true;
}

bool ValueReader::regex(const QJsonValue &v, const QString &where, QRegularExpression *out)
{
    if (!v.isString())
        return wrongType(where, Tr::tr("a regular expression string"), v);
    if (v.toString().isEmpty())
        return fail(Tr::tr("\"%1\" is an empty regular expression.").arg(where));
    QRegularExpression re(v.toString());
    if (!re.isValid())
        return fail(Tr::tr("\"%1\" is not a valid regular expression: %2 at offset %3.")
                        .arg(where, re.errorString())
                        .arg(re.patternErrorOffset()));
    re.optimize();
    *out = re;
    return true;
}

bool ValueReader::fieldRule(const QJsonValue &v, const QString &where, FieldRule *out)
{
    if (v.isString())
        return path(v, where, &out->path);
    if (!v.isObject())
        return wrongType(where, Tr::tr("a path string or an object with \"path\""), v);
    const QJsonObject o = v.toObject();
    if (!checkKeys(o, {"path"_L1, "match"_L1, "format"_L1, "when"_L1}, where))
        return false;
    if (!o.contains(u"path"_s))
        return fail(Tr::tr("\"%1.path\" is missing.").arg(where));
    if (!path(o.value(u"path"_s), where + u".path"_s, &out->path))
        return false;
    if (o.contains(u"match"_s) && !regex(o.value(u"match"_s), where + u".match"_s, &out->match))
        return false;
    if (!string(o, u"format"_s, where + u".format"_s, &out->format))
        return false;
    if (!out->format.isEmpty() && !out->format.contains(u"{value}"_s))
        return fail(Tr::tr("\"%1.format\" must contain {value}, which stands for the value read (e.g. \"Queue position {value}\").")
                        .arg(where));
    return states(o, where + u".when"_s, &out->when);
}

bool ValueReader::field(const QJsonObject &o, const QString &key, const QString &prefix, Field *out, bool required)
{
    const QString where = prefix + key;
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return required ? fail(Tr::tr("\"%1\" is missing: give the path of the %2 in the job JSON.").arg(where, key))
                        : true;
    if (!v.isArray()) {
        FieldRule rule;
        if (!fieldRule(v, where, &rule))
            return false;
        out->append(rule);
        return true;
    }
    const QJsonArray alternatives = v.toArray();
    if (alternatives.isEmpty())
        return fail(Tr::tr("\"%1\" is an empty list of alternatives.").arg(where));
    for (qsizetype i = 0; i < alternatives.size(); ++i) {
        FieldRule rule;
        if (!fieldRule(alternatives.at(i), where + u'[' + QString::number(i) + u']', &rule))
            return false;
        out->append(rule);
    }
    return true;
}

bool ValueReader::kind(const QJsonObject &o, const QString &where, std::optional<ArtifactKind> *out)
{
    QString name;
    if (!string(o, u"kind"_s, where, &name))
        return false;
    if (name.isNull())
        return true;
    *out = kindFromName(name);
    if (!*out)
        return fail(Tr::tr("\"%1\" must be video, image, audio, document, text or other (got \"%2\").")
                        .arg(where, quoted(name)));
    return true;
}

bool ValueReader::urlTemplate(const QString &templ, const QString &where, const QStringList &vars)
{
    QStringList known{u"id"_s};
    known += vars;
    const bool usesVar = std::any_of(known.cbegin(), known.cend(), [&](const QString &v) { return templ.contains(u'{' + v + u'}'); });
    if (!usesVar)
        return fail(vars.isEmpty() ? Tr::tr("\"%1\" must contain {id}.").arg(where)
                                   : Tr::tr("\"%1\" must contain {id} or one of the \"vars\" (%2).")
                                         .arg(where, u'{' + vars.join(u"}, {"_s) + u'}'));
    if (templ.indexOf(u"{base}"_s, 1) > 0)
        return fail(Tr::tr("\"%1\" may use {base} only at its start.").arg(where));
    QString rest = templ;
    rest.replace(u"{base}"_s, QString());
    for (const QString &v : std::as_const(known))
        rest.replace(u'{' + v + u'}', QString());
    if (rest.contains(u'{') || rest.contains(u'}')) {
        static const QRegularExpression placeholder(u"\\{([^{}]*)\\}"_s);
        const QString name = placeholder.match(rest).captured(1);
        return fail(vars.isEmpty()
            ? Tr::tr("\"%1\" has an unknown placeholder {%2}; only {base} and {id} are known here.").arg(where, quoted(name))
            : Tr::tr("\"%1\" has an unknown placeholder {%2}; known are {base}, {id} and the \"vars\" %3.")
                  .arg(where, quoted(name), u'{' + vars.join(u"}, {"_s) + u'}'));
    }
    if (!templ.startsWith(u"{base}"_s)) {
        QString probe = templ;
        for (const QString &v : std::as_const(known))
            probe.replace(u'{' + v + u'}', u"x"_s);
        if (!isHttpUrl(QUrl(probe, QUrl::StrictMode)))
            return fail(Tr::tr("\"%1\" must start with {base} or be an http or https URL (got \"%2\").")
                            .arg(where, quoted(templ)));
    }
    return true;
}

bool ValueReader::intIn(const QJsonObject &o, const QString &key, const QString &where, int lo, int hi,
                        std::optional<int> *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d < lo || d > hi || std::trunc(d) != d)
        return fail(Tr::tr("\"%1\" must be a whole number from %2 to %3.").arg(where).arg(lo).arg(hi));
    *out = static_cast<int>(d);
    return true;
}

bool ValueReader::states(const QJsonObject &o, const QString &where, QList<JobState> *out)
{
    QJsonArray list;
    const QJsonValue w = o.value(u"when"_s);
    if (w.isString())
        list.append(w);
    else if (w.isArray())
        list = w.toArray();
    else if (!w.isUndefined() && !w.isNull())
        return wrongType(where, Tr::tr("a state name or an array of them"), w);
    for (const QJsonValue &state : std::as_const(list)) {
        const auto s = stateFromWord(state.toString());
        if (!s)
            return fail(Tr::tr("\"%1\" must list queued, running, completed, failed, cancelled or unknown (got \"%2\").")
                            .arg(where, quoted(state.isString() ? state.toString() : typeName(state))));
        out->append(*s);
    }
    return true;
}

} // namespace jw::mapping
