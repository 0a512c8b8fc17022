#include "formats/mapping.h"

#include "model/jsonread.h"
#include "model/normalize.h"
#include "formats/mappinginline.h"
#include "formats/mappingcost.h"
#include "formats/mappinginputs.h"
#include "formats/mappingread.h"
#include "formats/mappingspec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

using namespace mapping;

struct Tr { Q_DECLARE_TR_FUNCTIONS(Mapping) };

constexpr qsizetype kMaxLogTail = 64 * 1024; // regex progress looks at the end of the log only
constexpr qsizetype kMaxArtifacts = 500;      // per snapshot, however many URLs a scan finds

// The text a regex progress rule looks at: a string, or an array of strings / objects joined by lines.
QString logText(const QJsonValue &root, const ProgressRule &rule)
{
    for (const FieldRule &alt : rule.value) {
        const QJsonValue v = valueAt(root, alt.path);
        if (v.isString())
            return v.toString();
        if (!v.isArray())
            continue;
        QStringList lines;
        for (const QJsonArray items = v.toArray(); const QJsonValue &item : items) {
            const QJsonValue line = rule.itemPath.isEmpty() ? item : json::at(item, rule.itemPath);
            if (line.isString())
                lines.append(line.toString());
        }
        if (!lines.isEmpty())
            return lines.join(u'\n');
    }
    return {};
}

void readProgress(const QJsonValue &root, const ProgressRule &rule, JobSnapshot &out, Explanation *ex)
{
    const auto number = [&](const char *key, const Field &field) {
        if (!ex || field.isEmpty())
            return readNumber(root, field);
        Trace tried;
        const auto value = readNumber(root, field, &tried);
        ex->fields.append({QString::fromLatin1(key), tried});
        return value;
    };
    switch (rule.form) {
    case ProgressForm::None:
        return;
    case ProgressForm::Percent:
    case ProgressForm::Fraction:
        if (const auto d = number("progress.path", rule.value))
            out.progress = rule.form == ProgressForm::Fraction ? *d * 100.0 : *d;
        [[fallthrough]];
    case ProgressForm::DoneTotal:
        if (const auto d = number("progress.done", rule.done))
            out.done = json::integer(QJsonValue(*d));
        if (const auto d = number("progress.total", rule.total))
            out.total = json::integer(QJsonValue(*d));
        return;
    case ProgressForm::Regex:
        break;
    }
    const QString text = logText(root, rule);
    if (ex)
        ex->notes.append(text.isEmpty() ? Tr::tr("progress: the log at \"%1\" is empty or missing").arg(rule.value.first().path)
                                         : Tr::tr("progress: the regex reads the last %n character(s) of the log", nullptr,
                                                  int(std::min(text.size(), kMaxLogTail))));
    if (text.isEmpty())
        return;
    // The last match wins: logs grow, and the newest line is the current state.
    QRegularExpressionMatch last;
    auto it = rule.regex.globalMatch(QStringView(text).right(kMaxLogTail));
    while (it.hasNext())
        last = it.next();
    if (!last.hasMatch())
        return;
    const QStringList names = rule.regex.namedCaptureGroups();
    const bool hasDoneTotal = names.contains(u"done"_s);
    if (hasDoneTotal) {
        bool okDone = false;
        bool okTotal = false;
        const qint64 done = last.captured(u"done"_s).toLongLong(&okDone);
        const qint64 total = last.captured(u"total"_s).toLongLong(&okTotal);
        if (okDone && okTotal) {
            out.done = done;
            out.total = total;
        }
    }
    const QString percent = names.contains(u"percent"_s) ? last.captured(u"percent"_s)
                            : hasDoneTotal                ? QString()
                                                          : last.captured(1);
    bool ok = false;
    const double d = percent.toDouble(&ok);
    if (ok && std::isfinite(d))
        out.progress = d;
}

// The last step of a path that is not an array index: "result.videos.0" -> "videos".
QString urlAt(const QJsonValue &root, const QString &path)
{
    if (path.isEmpty())
        return {};
    // Any string: what is not an http(s) link is dropped by parseJobObject (dropUnsafeLinks), with a note.
    const QString text = json::string(json::at(root, path));
    return text.isEmpty() ? QString() : text;
}

void addUrl(const QString &url, ArtifactKind kind, QList<Artifact> &out)
{
    if (out.size() >= kMaxArtifacts || url.isEmpty())
        return;
    Artifact a;
    a.kind = kind;
    a.url = url;
    out.append(a);
}

void addObject(const QJsonObject &o, const ArtifactRule &rule, const QString &fieldName, QList<Artifact> &out)
{
    const QString url = urlAt(o, rule.url);
    if (url.isEmpty() || out.size() >= kMaxArtifacts)
        return;
    Artifact a;
    a.url = url;
    a.thumbnailUrl = urlAt(o, rule.thumbnail);
    a.posterUrl = urlAt(o, rule.poster);
    if (!rule.mimeType.isEmpty())
        a.mimeType = json::string(json::at(o, rule.mimeType));
    if (!rule.title.isEmpty())
        a.title = json::string(json::at(o, rule.title));
    if (!rule.size.isEmpty())
        if (const auto size = json::integer(json::at(o, rule.size)); size && *size >= 0)
            a.sizeBytes = size;
    QString typeHint = rule.kindPath.isEmpty() ? QString() : json::string(json::at(o, rule.kindPath));
    if (typeHint.isEmpty())
        typeHint = a.mimeType; // "audio/mpeg" names its kind too

    a.kind = rule.kind ? *rule.kind : inferKind(typeHint, lastName(rule.url) + u' ' + fieldName, url);
    out.append(a);
}

void collect(const QJsonValue &v, const ArtifactRule &rule, QList<Artifact> &out)
{
    const QString fieldName = lastName(rule.path);
    const auto kindOf = [&](const QString &url) { return rule.kind ? *rule.kind : inferKind({}, fieldName, url); };
    if (v.isString()) {
        addUrl(v.toString(), kindOf(v.toString()), out);
    } else if (v.isObject()) {
        addObject(v.toObject(), rule, fieldName, out);
    } else if (v.isArray()) {
        for (const QJsonArray items = v.toArray(); const QJsonValue &item : items) {
            if (item.isString())
                addUrl(item.toString(), kindOf(item.toString()), out);
            else if (item.isObject())
                addObject(item.toObject(), rule, fieldName, out);
        }
    }
}

// Every http(s) URL under `v`, arrays in order and objects in key order, to a bounded depth.
void scan(const QJsonValue &v, const QString &key, int depth, const ArtifactRule &rule, QList<Artifact> &out)
{
    if (out.size() >= kMaxArtifacts)
        return;
    if (v.isString()) {
        const QString url = v.toString();
        if (isHttpUrl(url))
            addUrl(url, rule.kind ? *rule.kind : inferKind({}, key, url), out);
        return;
    }
    if (depth >= rule.maxDepth)
        return;
    if (v.isArray()) {
        for (const QJsonArray items = v.toArray(); const QJsonValue &item : items)
            scan(item, key, depth + 1, rule, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            scan(it.value(), it.key(), depth + 1, rule, out);
    }
}

} // namespace

MappingDialect::MappingDialect() : m_spec(std::make_unique<Spec>()) {}
MappingDialect::~MappingDialect() = default;

std::unique_ptr<MappingDialect> MappingDialect::fromJson(const QByteArray &json, QString *error)
{
    QString reason;
    const auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(Tr::tr("The mapping is not valid JSON (%1 at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    if (!doc.isObject())
        return failWith(doc.isArray() ? Tr::tr("The mapping is a JSON array, not an object.")
                                      : Tr::tr("The mapping is not a JSON object."));
    std::optional<Spec> spec = parseSpec(doc.object(), &reason);
    if (!spec)
        return failWith(reason);
    std::unique_ptr<MappingDialect> dialect(new MappingDialect);
    *dialect->m_spec = std::move(*spec);
    return dialect;
}

QString MappingDialect::name() const { return m_spec->name; }
QString MappingDialect::title() const { return m_spec->title; }
QString MappingDialect::notes() const { return m_spec->notes; }
QUrl MappingDialect::defaultBaseUrl() const { return m_spec->baseUrl; }
QString MappingDialect::idPattern() const { return m_spec->idPattern; }
MappingDialect::Recommended MappingDialect::recommended() const { return m_spec->recommended; }
std::optional<int> MappingDialect::resultLifetimeSeconds() const { return m_spec->resultLifetimeSeconds; }
AuthForm MappingDialect::auth() const { return m_spec->auth; }
bool MappingDialect::idMayBeMissing() const { return m_spec->idOptional; }
QList<QPair<QByteArray, QByteArray>> MappingDialect::extraHeaders() const { return m_spec->headers; }

QUrl MappingDialect::effectiveBase(const QUrl &base) const
{
    return base.isValid() && !base.host().isEmpty() ? base : m_spec->baseUrl;
}

QUrl MappingDialect::pollUrl(const QUrl &base, const QString &id) const
{
    return expandTemplate(m_spec->pollUrl, effectiveBase(base), id);
}

void MappingDialect::read(const QJsonObject &object, JobSnapshot &out) const
{
    readExplained(object, out, nullptr);
}

QString MappingDialect::decideState(const QJsonObject &object, JobSnapshot &out, Explanation *ex) const
{
    const Spec &s = *m_spec;
    Trace tried;
    out.rawStatus = readText(QJsonValue(object), s.status, ex ? &tried : nullptr);
    if (ex) {
        ex->fields.append({u"status"_s, tried});
        ex->statusFound = !out.rawStatus.isNull();
    }
    const QString word = out.rawStatus.trimmed().toLower();
    out.state = out.rawStatus.isNull() ? JobState::Unknown : normalizeStatus(out.rawStatus, s.synonyms);
    if (!out.rawStatus.isNull() && s.synonyms.contains(word))
        return Tr::tr("\"statusSynonyms\" maps \"%1\" to %2").arg(word, stateName(out.state));
    if (out.state != JobState::Unknown)
        return Tr::tr("\"%1\" is a built-in status word for %2").arg(word, stateName(out.state));
    // No known status: a value's presence may still tell ("errors" present -> failed).
    for (const PresenceRule &rule : s.stateFromFields) {
        if (!isPresent(QJsonValue(object), rule.path))
            continue;
        const bool byValue = !rule.match.pattern().isEmpty();
        const QString text = byValue ? scalarText(valueAt(QJsonValue(object), rule.path)) : QString();
        if (byValue && !rule.match.match(text).hasMatch())
            continue;
        out.state = rule.state;
        if (ex)
            ex->statusFound = true;
        if (byValue)
            return Tr::tr("\"stateFromFields\": \"%1\" is \"%2\", which matches \"%3\"").arg(rule.path, text, rule.match.pattern());
        return Tr::tr("\"stateFromFields\": \"%1\" is present").arg(rule.path);
    }
    if (out.rawStatus.isNull())
        return Tr::tr("the status path matched nothing, so the state is unknown and polling goes on");
    return Tr::tr("\"%1\" is neither a built-in status word nor in \"statusSynonyms\", so the state is unknown "
                  "and polling goes on").arg(word);
}

void MappingDialect::readExplained(const QJsonObject &object, JobSnapshot &out, Explanation *ex) const
{
    const Spec &s = *m_spec;
    const QJsonValue root(object);
    // Rules with a "when" that does not name the state are left out (recorded as skipped).
    const auto text = [&](const QString &key, const Field &all) {
        Trace tried;
        Field field;
        for (const FieldRule &rule : all) {
            if (rule.when.isEmpty() || rule.when.contains(out.state))
                field.append(rule);
            else if (ex)
                tried.append(Attempt{rule.path, {}, {}, true});
        }
        if (!ex || all.isEmpty())
            return readText(root, field);
        QString value = readText(root, field, &tried);
        ex->fields.append({key, tried});
        return value;
    };
    const auto timestamp = [&](const QString &key, const Field &field) {
        if (!ex || field.isEmpty())
            return readTimestamp(root, field, s.timestamps);
        Trace tried;
        QString value = readTimestamp(root, field, s.timestamps, &tried);
        ex->fields.append({key, tried});
        return value;
    };
    out.id = text(u"id"_s, s.id);
    const QString stateRule = decideState(object, out, ex);
    if (ex)
        ex->stateRule = stateRule;
    out.type = text(u"type"_s, s.type);
    out.step = text(u"step"_s, s.step);
    out.message = text(u"message"_s, s.message);
    out.requestId = text(u"requestId"_s, s.requestId);
    const QString code = text(u"errorCode"_s, s.errorCode);
    const QString message = text(u"errorMessage"_s, s.errorMessage);
    if (!code.isNull() || !message.isNull())
        out.error = JobError{code, message};
    else if (out.state == JobState::Failed)
        out.error = JobError{{}, out.rawStatus.isNull() ? Tr::tr("The job failed (%1) and gave no message.").arg(stateRule)
                                                        : Tr::tr("The job failed with status \"%1\" and gave no message.").arg(out.rawStatus)};
    out.createdAt = timestamp(u"createdAt"_s, s.createdAt);
    out.startedAt = timestamp(u"startedAt"_s, s.startedAt);
    out.updatedAt = timestamp(u"updatedAt"_s, s.updatedAt);
    out.completedAt = timestamp(u"completedAt"_s, s.completedAt);
    readProgress(root, s.progress, out, ex);
    out.inputs = readInputs(root, s.input, ex);
    out.cost = readCost(root, s.cost, ex);
    for (qsizetype i = 0; i < s.artifacts.size(); ++i) {
        const ArtifactRule &rule = s.artifacts.at(i);
        const QString where = u"artifacts["_s + QString::number(i) + u']';
        if (!rule.when.isEmpty() && !rule.when.contains(out.state)) {
            if (ex)
                ex->notes.append(Tr::tr("%1: skipped, it applies only in other states than %2").arg(where, stateName(out.state)));
            continue;
        }
        const QJsonValue v = rule.path.isEmpty() ? root : valueAt(root, rule.path);
        const qsizetype before = out.artifacts.size();
        if (rule.base64) {
            const InlineFound found = decodeInline(v, rule, where, kMaxArtifacts - out.artifacts.size());
            for (const InlineResult &r : found.results)
                out.artifacts.append(inlineArtifact(r, rule));
            if (ex) {
                ex->notes.append(v.isUndefined()
                    ? Tr::tr("%1: \"%2\" matched nothing%3").arg(where, rule.path, didYouMean(suggestPath(root, rule.path)))
                    : Tr::tr("%1: \"%2\" gave %n base64 result(s)", nullptr, int(found.results.size())).arg(where, rule.path));
                ex->notes.append(found.problems);
            }
            continue;
        }
        if (rule.scan)
            scan(v, lastName(rule.path), 0, rule, out.artifacts);
        else
            collect(v, rule, out.artifacts);
        if (ex) {
            const qsizetype found = out.artifacts.size() - before;
            const QString suggestion = v.isUndefined() ? suggestPath(root, rule.path) : QString();
            ex->notes.append(v.isUndefined()
                ? Tr::tr("%1: \"%2\" matched nothing%3").arg(where, rule.path, didYouMean(suggestion))
                : Tr::tr("%1: \"%2\" gave %n URL(s)", nullptr, int(found)).arg(where, rule.path));
        }
    }
    // A URL that is another artifact's thumbnail or poster is not a result of its own (Luma's assets.image
    // of a video generation is the video's thumbnail).
    QSet<QString> previews;
    for (const Artifact &a : std::as_const(out.artifacts)) {
        if (!a.thumbnailUrl.isEmpty() && a.thumbnailUrl != a.url)
            previews.insert(a.thumbnailUrl);
        if (!a.posterUrl.isEmpty() && a.posterUrl != a.url)
            previews.insert(a.posterUrl);
    }
    if (!previews.isEmpty())
        out.artifacts.removeIf([&](const Artifact &a) { return previews.contains(a.url); });
}

QList<InlineResult> MappingDialect::inlineResults(const QJsonObject &body, const JobSnapshot &snapshot, QStringList *problems) const
{
    QList<InlineResult> results;
    const QJsonValue root(body);
    for (qsizetype i = 0; i < m_spec->artifacts.size(); ++i) {
        const ArtifactRule &rule = m_spec->artifacts.at(i);
        if (!rule.base64 || (!rule.when.isEmpty() && !rule.when.contains(snapshot.state)))
            continue;
        InlineFound found = decodeInline(valueAt(root, rule.path), rule, u"artifacts["_s + QString::number(i) + u']',
                                         kMaxArtifacts - results.size());
        results.append(std::move(found.results));
        if (problems)
            problems->append(found.problems);
    }
    return results;
}

ApiError MappingDialect::readError(const QJsonObject &object) const
{
    const ApiError common = readCommonError(object);
    const ErrorBodyRule &rule = m_spec->errorBody;
    if (!rule.present)
        return common;
    const QJsonValue root(object);
    ApiError e{readText(root, rule.code), readText(root, rule.message), readText(root, rule.requestId)};
    // What the description does not find, the common shapes may still supply.
    if (e.code.isNull())
        e.code = common.code;
    if (e.message.isNull())
        e.message = common.message;
    if (e.requestId.isNull())
        e.requestId = common.requestId;
    return e;
}

QHash<QString, QString> MappingDialect::varsOf(const QJsonObject &body) const
{
    QHash<QString, QString> vars;
    for (const auto &[name, field] : m_spec->vars)
        if (const QString value = readText(QJsonValue(body), field); !value.isNull())
            vars.insert(name, value);
    return vars;
}

QUrl MappingDialect::resolveUrl(const QUrl &base, const QJsonObject &body, const JobSnapshot &snapshot) const
{
    if (!m_spec->resolve || snapshot.state != JobState::Completed || snapshot.id.trimmed().isEmpty())
        return {};
    return expandTemplate(m_spec->resolve->url, effectiveBase(base), snapshot.id, varsOf(body));
}

QUrl MappingDialect::balanceUrl(const QUrl &base) const
{
    return m_spec->balance ? expandTemplate(m_spec->balance->url, effectiveBase(base), QString()) : QUrl();
}

std::optional<Balance> MappingDialect::readBalance(const QJsonObject &answer, QString *problem) const
{
    if (!m_spec->balance)
        return std::nullopt;
    const BalanceRule &rule = *m_spec->balance;
    const std::optional<double> amount = readNumber(QJsonValue(answer), rule.path);
    if (!amount || !std::isfinite(*amount)) {
        if (problem)
            *problem = Tr::tr("the answer has no number at \"%1\" (balance.path)").arg(rule.path.constFirst().path);
        return std::nullopt;
    }
    return Balance{*amount, rule.unit};
}

QString MappingDialect::readResolved(const QJsonObject &answer, JobSnapshot &out) const
{
    if (!m_spec->resolve)
        return {};
    const ResolveRule &rule = *m_spec->resolve;
    const QString text = readText(QJsonValue(answer), rule.path);
    const QString path = rule.path.constFirst().path;
    if (text.isEmpty())
        return Tr::tr("the answer has no value at \"%1\" (resolve.path)").arg(path);
    if (!isHttpUrl(text))
        return Tr::tr("the value at \"%1\" is not an http(s) URL: %2").arg(path, text.left(120));
    Artifact a;
    a.url = text;
    a.kind = rule.kind ? *rule.kind : inferKind({}, {}, a.url);
    a.title = rule.title;
    const bool known = std::any_of(out.artifacts.cbegin(), out.artifacts.cend(), [&](const Artifact &o) { return o.url == a.url; });
    if (!known)
        out.artifacts.append(a);
    return {};
}

void MappingDialect::deriveArtifacts(const QUrl &base, const QJsonObject &body, JobSnapshot &out) const
{
    if (out.id.trimmed().isEmpty())
        return;
    const QUrl effective = effectiveBase(base);
    const QHash<QString, QString> vars = varsOf(body);
    for (const DerivedRule &rule : m_spec->derived) {
        if (!rule.when.contains(out.state))
            continue;
        const QUrl url = expandTemplate(rule.url, effective, out.id, vars);
        if (!url.isValid())
            continue;
        const QString text = url.toString(QUrl::FullyEncoded);
        const bool known = std::any_of(out.artifacts.cbegin(), out.artifacts.cend(),
                                       [&](const Artifact &a) { return a.url == text; });
        if (known)
            continue;
        Artifact a;
        a.url = text;
        a.kind = rule.kind ? *rule.kind : inferKind({}, {}, text);
        if (!rule.thumbnail.isEmpty())
            if (const QUrl t = expandTemplate(rule.thumbnail, effective, out.id, vars); t.isValid())
                a.thumbnailUrl = t.toString(QUrl::FullyEncoded);
        if (!rule.poster.isEmpty())
            if (const QUrl p = expandTemplate(rule.poster, effective, out.id, vars); p.isValid())
                a.posterUrl = p.toString(QUrl::FullyEncoded);
        if (!rule.title.isEmpty())
            a.title = rule.title;
        out.artifacts.append(a);
    }
}

} // namespace jw

namespace jw {

QStringList MappingDialect::explain(const QJsonObject &object) const
{
    Explanation ex;
    JobSnapshot snapshot;
    readExplained(object, snapshot, &ex);
    const QJsonValue root(object);
    QStringList lines;
    for (const Explanation::Entry &entry : std::as_const(ex.fields)) {
        for (const Attempt &a : entry.tried) {
            if (a.skipped)
                lines.append(Tr::tr("%1: \"%2\" skipped, its \"when\" does not include %3").arg(entry.key, a.path, stateName(snapshot.state)));
            else if (a.found.isNull())
                lines.append(Tr::tr("%1: \"%2\" matched nothing%3").arg(entry.key, a.path, didYouMean(suggestPath(root, a.path))));
            else if (a.result.isNull())
                lines.append(Tr::tr("%1: \"%2\" found %3, which gives no value (blank, not a string or number, or \"match\" failed)")
                                 .arg(entry.key, a.path, a.found));
            else
                lines.append(Tr::tr("%1: \"%2\" found %3 and reads \"%4\"").arg(entry.key, a.path, a.found, a.result));
        }
        if (entry.key == u"status"_s)
            lines.append(Tr::tr("state: %1, because %2").arg(stateName(snapshot.state), ex.stateRule));
    }
    lines += ex.notes;
    return lines;
}

QString MappingDialect::statusWarning(const QJsonObject &object) const
{
    Explanation ex;
    JobSnapshot snapshot;
    readExplained(object, snapshot, &ex);
    if (ex.statusFound || snapshot.state != JobState::Unknown)
        return {};
    const QJsonValue root(object);
    const QString path = m_spec->status.first().path;
    return Tr::tr("the status path \"%1\" matched nothing in this response, so the state is unknown%2")
        .arg(path, didYouMean(suggestPath(root, path)));
}

} // namespace jw
