#include "formats/mappingspec.h"
#include "model/normalize.h"

#include "formats/mappingcost.h"
#include "formats/mappinginputs.h"
#include "formats/valuereader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace jw::mapping {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Mapping) };

// RFC 9110 token characters, for header names.
bool isToken(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || QStringView(u"!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

QStringList varNamesOf(const QList<QPair<QString, Field>> &vars)
{
    QStringList names;
    for (const auto &[name, field] : vars)
        names.append(name);
    return names;
}

// Reads a mapping document into a Spec section by section, stopping at the first problem (kept in error()).
class SpecReader final : public ValueReader
{
public:
    std::optional<Spec> read(const QJsonObject &doc);

private:
    bool auth(const QJsonValue &v, AuthForm *out);
    bool headers(const QJsonValue &v, const AuthForm &auth, QList<QPair<QByteArray, QByteArray>> *out);
    bool recommended(const QJsonValue &v, Recommended *out);
    bool synonyms(const QJsonValue &v, QHash<QString, JobState> *out);
    bool progress(const QJsonValue &v, ProgressRule *out);
    bool artifacts(const QJsonValue &v, QList<ArtifactRule> *out);
    bool encoding(const QJsonObject &o, const QString &where, ArtifactRule *rule);
    bool derived(const QJsonValue &v, const QStringList &vars, QList<DerivedRule> *out);
    bool vars(const QJsonValue &v, QList<QPair<QString, Field>> *out);
    bool resolve(const QJsonValue &v, const QStringList &vars, std::optional<ResolveRule> *out);
    bool errorBody(const QJsonValue &v, ErrorBodyRule *out);
    bool stateFromFields(const QJsonValue &v, QList<PresenceRule> *out);
};

bool SpecReader::stateFromFields(const QJsonValue &v, QList<PresenceRule> *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return wrongType(u"stateFromFields"_s, Tr::tr("an array of {\"present\": PATH, \"state\": STATE} rules"), v);
    const QJsonArray rules = v.toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString where = u"stateFromFields["_s + QString::number(i) + u']';
        if (!rules.at(i).isObject())
            return wrongType(where, Tr::tr("an object {\"present\": PATH, \"state\": STATE}"), rules.at(i));
        const QJsonObject o = rules.at(i).toObject();
        if (!checkKeys(o, {"present"_L1, "match"_L1, "state"_L1}, where))
            return false;
        PresenceRule rule;
        QString state;
        if (!o.contains(u"present"_s))
            return fail(Tr::tr("\"%1.present\" is missing: give the path of the value whose presence decides the state.").arg(where));
        if (!path(o.value(u"present"_s), where + u".present"_s, &rule.path) || !string(o, u"state"_s, where + u".state"_s, &state, true))
            return false;
        if (o.contains(u"match"_s) && !regex(o.value(u"match"_s), where + u".match"_s, &rule.match))
            return false;
        const auto s = stateFromWord(state);
        if (!s || *s == JobState::Unknown)
            return fail(Tr::tr("\"%1.state\" must be queued, running, completed, failed or cancelled (got \"%2\").")
                            .arg(where, quoted(state)));
        rule.state = *s;
        out->append(rule);
    }
    return true;
}

bool SpecReader::auth(const QJsonValue &v, AuthForm *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    QString scheme;
    QJsonObject o;
    if (v.isString()) {
        scheme = v.toString();
    } else if (v.isObject()) {
        o = v.toObject();
        if (!checkKeys(o, {"scheme"_L1, "header"_L1}, u"auth"_s) || !string(o, u"scheme"_s, u"auth.scheme"_s, &scheme, true))
            return false;
    } else {
        return wrongType(u"auth"_s, Tr::tr("a scheme string or an object"), v);
    }
    const QString s = scheme.trimmed().toLower();
    if (s == u"bearer"_s) {
        out->scheme = AuthForm::Scheme::Bearer;
    } else if (s == u"key"_s) {
        out->scheme = AuthForm::Scheme::Key;
    } else if (s == u"jwt-hs256"_s) {
        out->scheme = AuthForm::Scheme::JwtHs256; // the stored key is "ACCESS_KEY:SECRET_KEY"
    } else if (s == u"header"_s) {
        out->scheme = AuthForm::Scheme::Header;
        if (!string(o, u"header"_s, u"auth.header"_s, &out->headerName, true))
            return false;
        if (!isToken(out->headerName) || out->headerName.compare(u"authorization"_s, Qt::CaseInsensitive) == 0)
            return fail(Tr::tr("\"auth.header\" must be a plain header name other than Authorization (got \"%1\").")
                            .arg(quoted(out->headerName)));
    } else {
        return fail(Tr::tr("\"auth.scheme\" must be bearer, key, jwt-hs256 or header (got \"%1\").").arg(quoted(scheme)));
    }
    return true;
}

bool SpecReader::headers(const QJsonValue &v, const AuthForm &authForm, QList<QPair<QByteArray, QByteArray>> *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return wrongType(u"headers"_s, Tr::tr("an object of header names and values"), v);
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString name = it.key();
        const QString where = u"headers."_s + quoted(name);
        if (!isToken(name))
            return fail(Tr::tr("\"%1\" is not a valid header name.").arg(where));
        // The key travels only in the auth header, which the poller sets and guards (DESIGN.md §5).
        if (name.compare(u"authorization"_s, Qt::CaseInsensitive) == 0
            || (authForm.scheme == AuthForm::Scheme::Header && name.compare(authForm.headerName, Qt::CaseInsensitive) == 0))
            return fail(Tr::tr("\"%1\" would replace the API key header; use \"auth\" instead.").arg(where));
        if (!it.value().isString())
            return wrongType(where, Tr::tr("a string"), it.value());
        const QString value = it.value().toString();
        if (value.contains(u'\r') || value.contains(u'\n') || value.contains(QChar(0)))
            return fail(Tr::tr("\"%1\" contains a line break.").arg(where));
        out->append({name.toLatin1(), value.toUtf8()});
    }
    return true;
}

bool SpecReader::recommended(const QJsonValue &v, Recommended *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return wrongType(u"recommended"_s, Tr::tr("an object"), v);
    const QJsonObject o = v.toObject();
    if (!checkKeys(o, {"intervalMs"_L1, "ratePerSecond"_L1, "burst"_L1, "concurrency"_L1}, u"recommended"_s))
        return false;
    if (!intIn(o, u"intervalMs"_s, u"recommended.intervalMs"_s, 1, 24 * 3600 * 1000, &out->intervalMs)
        || !intIn(o, u"burst"_s, u"recommended.burst"_s, 1, 1000, &out->burst)
        || !intIn(o, u"concurrency"_s, u"recommended.concurrency"_s, 1, 64, &out->concurrency))
        return false;
    const QJsonValue rate = o.value(u"ratePerSecond"_s);
    if (!rate.isUndefined() && !rate.isNull()) {
        if (!rate.isDouble() || !(rate.toDouble() > 0.0) || rate.toDouble() > 1000.0)
            return fail(Tr::tr("\"recommended.ratePerSecond\" must be a number above 0 and at most 1000."));
        out->ratePerSecond = rate.toDouble();
    }
    return true;
}

bool SpecReader::synonyms(const QJsonValue &v, QHash<QString, JobState> *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return wrongType(u"statusSynonyms"_s, Tr::tr("an object of status strings and states"), v);
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString where = u"statusSynonyms."_s + quoted(it.key());
        if (!it.value().isString())
            return wrongType(where, Tr::tr("a state name"), it.value());
        const auto state = stateFromWord(it.value().toString());
        if (!state)
            return fail(Tr::tr("\"%1\" must be queued, running, completed, failed, cancelled or unknown (got \"%2\").")
                            .arg(where, quoted(it.value().toString())));
        out->insert(it.key().trimmed().toLower(), *state);
    }
    return true;
}

bool SpecReader::progress(const QJsonValue &v, ProgressRule *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return wrongType(u"progress"_s, Tr::tr("an object with \"form\""), v);
    const QJsonObject o = v.toObject();
    if (!checkKeys(o, {"form"_L1, "path"_L1, "done"_L1, "total"_L1, "regex"_L1, "itemPath"_L1}, u"progress"_s))
        return false;
    QString form;
    if (!string(o, u"form"_s, u"progress.form"_s, &form, true))
        return false;
    const QString p = u"progress."_s;
    if (form == u"percent"_s || form == u"fraction"_s) {
        out->form = form == u"percent"_s ? ProgressForm::Percent : ProgressForm::Fraction;
        return field(o, u"path"_s, p, &out->value, true) && field(o, u"done"_s, p, &out->done)
            && field(o, u"total"_s, p, &out->total);
    }
    if (form == u"doneTotal"_s) {
        out->form = ProgressForm::DoneTotal;
        return field(o, u"done"_s, p, &out->done, true) && field(o, u"total"_s, p, &out->total, true);
    }
    if (form == u"regex"_s) {
        out->form = ProgressForm::Regex;
        if (!field(o, u"path"_s, p, &out->value, true) || !string(o, u"itemPath"_s, u"progress.itemPath"_s, &out->itemPath))
            return false;
        if (!o.contains(u"regex"_s))
            return fail(Tr::tr("\"progress.regex\" is missing."));
        if (!regex(o.value(u"regex"_s), u"progress.regex"_s, &out->regex))
            return false;
        const QStringList names = out->regex.namedCaptureGroups();
        if (names.contains(u"done"_s) != names.contains(u"total"_s))
            return fail(Tr::tr("\"progress.regex\" must name both (?<done>…) and (?<total>…), or neither."));
        if (out->regex.captureCount() < 1)
            return fail(Tr::tr("\"progress.regex\" needs a capture group for the percentage, or (?<done>…) and (?<total>…)."));
        return true;
    }
    return fail(Tr::tr("\"progress.form\" must be percent, fraction, doneTotal or regex (got \"%1\").").arg(quoted(form)));
}

bool SpecReader::artifacts(const QJsonValue &v, QList<ArtifactRule> *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return wrongType(u"artifacts"_s, Tr::tr("an array of rules"), v);
    const QJsonArray rules = v.toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString where = u"artifacts["_s + QString::number(i) + u']';
        if (!rules.at(i).isObject())
            return wrongType(where, Tr::tr("an object"), rules.at(i));
        const QJsonObject o = rules.at(i).toObject();
        if (!checkKeys(o, {"path"_L1, "scan"_L1, "kind"_L1, "maxDepth"_L1, "url"_L1, "thumbnail"_L1, "poster"_L1,
                           "kindPath"_L1, "mimeType"_L1, "title"_L1, "size"_L1, "when"_L1, "encoding"_L1}, where))
            return false;
        ArtifactRule rule;
        if (o.contains(u"scan"_s) == o.contains(u"path"_s))
            return fail(Tr::tr("\"%1\" needs exactly one of \"path\" or \"scan\".").arg(where));
        rule.scan = o.contains(u"scan"_s);
        if (rule.scan) {
            std::optional<int> depth;
            if (!path(o.value(u"scan"_s), where + u".scan"_s, &rule.path, true)
                || !intIn(o, u"maxDepth"_s, where + u".maxDepth"_s, 1, 32, &depth))
                return false;
            rule.maxDepth = depth.value_or(rule.maxDepth);
            for (const auto key : {"url"_L1, "thumbnail"_L1, "poster"_L1, "kindPath"_L1, "mimeType"_L1, "title"_L1, "size"_L1})
                if (o.contains(key))
                    return fail(Tr::tr("\"%1.%2\" applies to \"path\" rules, not to \"scan\".").arg(where, key));
        } else {
            if (!path(o.value(u"path"_s), where + u".path"_s, &rule.path))
                return false;
            if (o.contains(u"maxDepth"_s))
                return fail(Tr::tr("\"%1.maxDepth\" applies to \"scan\" rules only.").arg(where));
            const std::pair<QString, QString *> subs[] = {
                {u"url"_s, &rule.url}, {u"thumbnail"_s, &rule.thumbnail}, {u"poster"_s, &rule.poster},
                {u"kindPath"_s, &rule.kindPath}, {u"mimeType"_s, &rule.mimeType}, {u"title"_s, &rule.title},
                {u"size"_s, &rule.size}};
            for (const auto &[key, target] : subs)
                if (o.contains(key) && !path(o.value(key), where + u'.' + key, target))
                    return false;
        }
        if (!kind(o, where + u".kind"_s, &rule.kind) || !states(o, where + u".when"_s, &rule.when)
            || !encoding(o, where, &rule))
            return false;
        out->append(rule);
    }
    return true;
}

bool SpecReader::encoding(const QJsonObject &o, const QString &where, ArtifactRule *rule)
{
    const QJsonValue v = o.value(u"encoding"_s);
    if (v.isUndefined() || v == QJsonValue(u"url"_s))
        return true;
    if (!v.isString())
        return wrongType(where + u".encoding"_s, Tr::tr("\"url\" or \"base64\""), v);
    if (v.toString() != u"base64"_s)
        return fail(Tr::tr("\"%1.encoding\" must be \"url\" (the default) or \"base64\" (got \"%2\").").arg(where, quoted(v.toString())));
    if (rule->scan)
        return fail(Tr::tr("\"%1.encoding\": base64 results need a \"path\" rule; a \"scan\" finds URLs only.").arg(where));
    for (const auto key : {"thumbnail"_L1, "poster"_L1, "size"_L1})
        if (o.contains(key))
            return fail(Tr::tr("\"%1.%2\" does not apply to base64 results: they have no link of their own, and their size is "
                               "that of the data.").arg(where, key));
    rule->base64 = true;
    return true;
}

bool SpecReader::vars(const QJsonValue &v, QList<QPair<QString, Field>> *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return wrongType(u"vars"_s, Tr::tr("an object of names and fields"), v);
    const QJsonObject o = v.toObject();
    static const QRegularExpression namePattern(u"^[A-Za-z][A-Za-z0-9_]{0,31}$"_s);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!namePattern.match(it.key()).hasMatch() || it.key() == u"id"_s || it.key() == u"base"_s)
            return fail(Tr::tr("\"vars.%1\" needs a name of letters, digits and '_' that starts with a letter and is not "
                               "\"id\" or \"base\".").arg(quoted(it.key())));
        Field field;
        if (!this->field(o, it.key(), u"vars."_s, &field, true))
            return false;
        out->append({it.key(), field});
    }
    return true;
}

bool SpecReader::derived(const QJsonValue &v, const QStringList &varNames, QList<DerivedRule> *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return wrongType(u"derivedArtifacts"_s, Tr::tr("an array of rules"), v);
    const QJsonArray rules = v.toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString where = u"derivedArtifacts["_s + QString::number(i) + u']';
        if (!rules.at(i).isObject())
            return wrongType(where, Tr::tr("an object"), rules.at(i));
        const QJsonObject o = rules.at(i).toObject();
        if (!checkKeys(o, {"url"_L1, "thumbnail"_L1, "poster"_L1, "title"_L1, "kind"_L1, "when"_L1}, where))
            return false;
        DerivedRule rule;
        if (!string(o, u"url"_s, where + u".url"_s, &rule.url, true) || !urlTemplate(rule.url, where + u".url"_s, varNames)
            || !string(o, u"thumbnail"_s, where + u".thumbnail"_s, &rule.thumbnail)
            || !string(o, u"poster"_s, where + u".poster"_s, &rule.poster)
            || !string(o, u"title"_s, where + u".title"_s, &rule.title) || !kind(o, where + u".kind"_s, &rule.kind))
            return false;
        if (!rule.thumbnail.isEmpty() && !urlTemplate(rule.thumbnail, where + u".thumbnail"_s, varNames))
            return false;
        if (!rule.poster.isEmpty() && !urlTemplate(rule.poster, where + u".poster"_s, varNames))
            return false;
        if (!states(o, where + u".when"_s, &rule.when))
            return false;
        if (rule.when.isEmpty())
            rule.when.append(JobState::Completed);
        out->append(rule);
    }
    return true;
}

bool SpecReader::resolve(const QJsonValue &v, const QStringList &varNames, std::optional<ResolveRule> *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return wrongType(u"resolve"_s, Tr::tr("an object with \"url\" and \"path\""), v);
    const QJsonObject o = v.toObject();
    if (!checkKeys(o, {"url"_L1, "path"_L1, "title"_L1, "kind"_L1}, u"resolve"_s))
        return false;
    ResolveRule rule;
    if (!string(o, u"url"_s, u"resolve.url"_s, &rule.url, true) || !urlTemplate(rule.url, u"resolve.url"_s, varNames)
        || !field(o, u"path"_s, u"resolve."_s, &rule.path, true) || !string(o, u"title"_s, u"resolve.title"_s, &rule.title)
        || !kind(o, u"resolve.kind"_s, &rule.kind))
        return false;
    *out = rule;
    return true;
}

bool SpecReader::errorBody(const QJsonValue &v, ErrorBodyRule *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return wrongType(u"errorBody"_s, Tr::tr("an object"), v);
    const QJsonObject o = v.toObject();
    const QString p = u"errorBody."_s;
    if (!checkKeys(o, {"code"_L1, "message"_L1, "requestId"_L1}, u"errorBody"_s) || !field(o, u"code"_s, p, &out->code)
        || !field(o, u"message"_s, p, &out->message) || !field(o, u"requestId"_s, p, &out->requestId))
        return false;
    if (out->code.isEmpty() && out->message.isEmpty() && out->requestId.isEmpty())
        return fail(Tr::tr("\"errorBody\" needs at least one of \"code\", \"message\" or \"requestId\"."));
    out->present = true;
    return true;
}

std::optional<Spec> SpecReader::read(const QJsonObject &doc)
{
    Spec spec;
    if (!checkKeys(doc,
                   {"formatVersion"_L1, "name"_L1, "title"_L1, "notes"_L1, "baseUrl"_L1, "pollUrl"_L1, "auth"_L1,
                    "headers"_L1, "recommended"_L1, "idPattern"_L1, "idOptional"_L1, "id"_L1, "type"_L1, "status"_L1,
                    "statusSynonyms"_L1, "stateFromFields"_L1, "progress"_L1, "step"_L1, "message"_L1, "errorCode"_L1, "errorMessage"_L1,
                    "requestId"_L1, "createdAt"_L1, "startedAt"_L1, "updatedAt"_L1, "completedAt"_L1,
                    "timestamps"_L1, "artifacts"_L1, "derivedArtifacts"_L1, "vars"_L1, "resolve"_L1, "errorBody"_L1,
                    "resultLifetimeSeconds"_L1, "input"_L1, "cost"_L1},
                   QString()))
        return std::nullopt;

    if (const QJsonValue version = doc.value(u"formatVersion"_s); !version.isUndefined() && version.toInt(-1) != 1)
        return fail(Tr::tr("\"formatVersion\" must be 1.")), std::nullopt;

    if (!string(doc, u"name"_s, u"name"_s, &spec.name, true))
        return std::nullopt;
    static const QRegularExpression namePattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    if (!namePattern.match(spec.name).hasMatch())
        return fail(Tr::tr("\"name\" must be up to 64 letters, digits, '.', '_' or '-' (got \"%1\").")
                        .arg(quoted(spec.name))),
               std::nullopt;
    if (!string(doc, u"title"_s, u"title"_s, &spec.title) || !string(doc, u"notes"_s, u"notes"_s, &spec.notes))
        return std::nullopt;
    if (spec.title.isEmpty())
        spec.title = spec.name;

    QString base;
    if (!string(doc, u"baseUrl"_s, u"baseUrl"_s, &base))
        return std::nullopt;
    if (!base.isNull()) {
        spec.baseUrl = QUrl(base, QUrl::StrictMode);
        if (!isHttpUrl(spec.baseUrl))
            return fail(Tr::tr("\"baseUrl\" must be an http or https URL (got \"%1\").").arg(quoted(base))), std::nullopt;
    }
    if (!string(doc, u"pollUrl"_s, u"pollUrl"_s, &spec.pollUrl, true) || !urlTemplate(spec.pollUrl, u"pollUrl"_s))
        return std::nullopt;

    if (!auth(doc.value(u"auth"_s), &spec.auth) || !headers(doc.value(u"headers"_s), spec.auth, &spec.headers)
        || !recommended(doc.value(u"recommended"_s), &spec.recommended))
        return std::nullopt;
    // How long the provider keeps result links after the job completes, as its documentation says (1 min … 30 days).
    if (!intIn(doc, u"resultLifetimeSeconds"_s, u"resultLifetimeSeconds"_s, 60, 30 * 24 * 3600, &spec.resultLifetimeSeconds))
        return std::nullopt;
    if (const QJsonValue optional = doc.value(u"idOptional"_s); !optional.isUndefined()) {
        if (!optional.isBool())
            return wrongType(u"idOptional"_s, Tr::tr("true or false"), optional), std::nullopt;
        spec.idOptional = optional.toBool();
    }
    if (doc.contains(u"idPattern"_s)) {
        QRegularExpression re;
        if (!regex(doc.value(u"idPattern"_s), u"idPattern"_s, &re))
            return std::nullopt;
        spec.idPattern = re.pattern();
    }

    const std::pair<QString, Field *> fields[] = {
        {u"type"_s, &spec.type}, {u"step"_s, &spec.step}, {u"message"_s, &spec.message},
        {u"errorCode"_s, &spec.errorCode}, {u"errorMessage"_s, &spec.errorMessage},
        {u"requestId"_s, &spec.requestId}, {u"createdAt"_s, &spec.createdAt}, {u"startedAt"_s, &spec.startedAt},
        {u"updatedAt"_s, &spec.updatedAt}, {u"completedAt"_s, &spec.completedAt}};
    if (!field(doc, u"id"_s, QString(), &spec.id, true) || !field(doc, u"status"_s, QString(), &spec.status, true))
        return std::nullopt;
    for (const auto &[key, target] : fields)
        if (!field(doc, key, QString(), target))
            return std::nullopt;
    for (const auto &[key, target] : {std::pair{u"id"_s, &spec.id}, std::pair{u"status"_s, &spec.status}})
        for (const FieldRule &rule : std::as_const(*target))
            if (!rule.when.isEmpty())
                return fail(Tr::tr("\"%1\" cannot have \"when\", because the state is read after it; remove \"when\".").arg(key)),
                       std::nullopt;

    QString timestamps;
    if (!string(doc, u"timestamps"_s, u"timestamps"_s, &timestamps))
        return std::nullopt;
    if (timestamps == u"unix-seconds"_s)
        spec.timestamps = Timestamps::UnixSeconds;
    else if (timestamps == u"unix-ms"_s)
        spec.timestamps = Timestamps::UnixMillis;
    else if (!timestamps.isNull() && timestamps != u"iso"_s)
        return fail(Tr::tr("\"timestamps\" must be iso, unix-seconds or unix-ms (got \"%1\").").arg(quoted(timestamps))),
               std::nullopt;

    if (!synonyms(doc.value(u"statusSynonyms"_s), &spec.synonyms)
        || !stateFromFields(doc.value(u"stateFromFields"_s), &spec.stateFromFields) || !progress(doc.value(u"progress"_s), &spec.progress)
        || !artifacts(doc.value(u"artifacts"_s), &spec.artifacts)
        || !vars(doc.value(u"vars"_s), &spec.vars)
        || !derived(doc.value(u"derivedArtifacts"_s), varNamesOf(spec.vars), &spec.derived)
        || !resolve(doc.value(u"resolve"_s), varNamesOf(spec.vars), &spec.resolve)
        || !errorBody(doc.value(u"errorBody"_s), &spec.errorBody))
        return std::nullopt;
    if (QString reason; !parseInputSpec(doc.value(u"input"_s), &spec.input, &reason))
        return fail(reason), std::nullopt;
    if (QString reason; !parseCostRule(doc.value(u"cost"_s), &spec.cost, &reason))
        return fail(reason), std::nullopt;
    return spec;
}

} // namespace

std::optional<Spec> parseSpec(const QJsonObject &document, QString *error)
{
    SpecReader reader;
    std::optional<Spec> spec = reader.read(document);
    if (!spec && error)
        *error = reader.error();
    return spec;
}

QUrl expandTemplate(const QString &templ, const QUrl &base, const QString &id, const QHash<QString, QString> &vars)
{
    QString baseText = base.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (baseText.endsWith(u'/'))
        baseText.chop(1);
    QString text = templ;
    if (text.startsWith(u"{base}"_s))
        text.replace(0, 6, baseText);
    text.replace(u"{id}"_s, QString::fromLatin1(QUrl::toPercentEncoding(id)));
    for (auto it = vars.constBegin(); it != vars.constEnd(); ++it)
        text.replace(u'{' + it.key() + u'}', QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    if (text.contains(u'{'))
        return {}; // a var this response does not have
    const QUrl url = QUrl::fromEncoded(text.toUtf8(), QUrl::StrictMode);
    return isHttpUrl(url) ? url : QUrl();
}

} // namespace jw::mapping
