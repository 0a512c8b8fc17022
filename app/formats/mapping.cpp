#include "formats/mapping.h"

#include "model/jsonread.h"
#include "model/normalize.h"
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
// ISO-8601 needs a four-digit year: 0001-01-01 to 9999-12-31, in ms since the epoch.
constexpr double kMinEpochMs = -62135596800000.0;
constexpr double kMaxEpochMs = 253402300799999.0;

// A string (not blank) or a number as text; anything else reads as absent.
QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed().isEmpty() ? QString() : v.toString();
    if (const auto i = json::integer(v))
        return QString::number(*i);
    if (const auto d = json::number(v))
        return QString::number(*d, 'g', 15);
    return {};
}

// Applies a rule's "match" and "format" to a value's text; null when the match fails.
QString applyRule(const FieldRule &rule, QString text)
{
    if (!rule.match.pattern().isEmpty()) {
        const QRegularExpressionMatch m = rule.match.match(text);
        if (!m.hasMatch())
            return {};
        text = m.captured(rule.match.captureCount() >= 1 ? 1 : 0);
        if (text.trimmed().isEmpty())
            return {};
    }
    if (!rule.format.isEmpty()) {
        QString formatted = rule.format;
        return formatted.replace(u"{value}"_s, text);
    }
    return text;
}

QString readText(const QJsonValue &root, const Field &field)
{
    for (const FieldRule &rule : field) {
        const QString text = scalarText(json::at(root, rule.path));
        if (text.isNull())
            continue;
        if (QString out = applyRule(rule, text); !out.isNull())
            return out;
    }
    return {};
}

// A JSON number, or a string read through the rule's "match" (e.g. "45%" with match "([0-9.]+)").
std::optional<double> readNumber(const QJsonValue &root, const Field &field)
{
    for (const FieldRule &rule : field) {
        const QJsonValue v = json::at(root, rule.path);
        if (const auto d = json::number(v))
            return d;
        if (v.isString() && !rule.match.pattern().isEmpty()) {
            bool ok = false;
            const double d = applyRule(FieldRule{QString(), rule.match, QString()}, v.toString()).trimmed().toDouble(&ok);
            if (ok && std::isfinite(d))
                return d;
        }
    }
    return std::nullopt;
}

std::optional<qint64> readInteger(const QJsonValue &root, const Field &field)
{
    const auto d = readNumber(root, field);
    if (!d)
        return std::nullopt;
    return json::integer(QJsonValue(*d));
}

QString readTimestamp(const QJsonValue &root, const Field &field, Timestamps mode)
{
    for (const FieldRule &rule : field) {
        const QJsonValue v = json::at(root, rule.path);
        if (v.isString() && !v.toString().trimmed().isEmpty()) {
            if (QString out = applyRule(rule, v.toString()); !out.isNull())
                return out;
            continue;
        }
        const auto d = json::number(v);
        if (!d || mode == Timestamps::Iso)
            continue;
        const double ms = std::round(mode == Timestamps::UnixSeconds ? *d * 1000.0 : *d);
        if (ms < kMinEpochMs || ms > kMaxEpochMs)
            continue;
        const auto epochMs = static_cast<qint64>(ms);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
        return at.toString(epochMs % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
    }
    return {};
}

// The text a regex progress rule looks at: a string, or an array of strings / objects joined by lines.
QString logText(const QJsonValue &root, const ProgressRule &rule)
{
    for (const FieldRule &alt : rule.value) {
        const QJsonValue v = json::at(root, alt.path);
        if (v.isString())
            return v.toString();
        if (!v.isArray())
            continue;
        QStringList lines;
        for (const QJsonValue &item : v.toArray()) {
            const QJsonValue line = rule.itemPath.isEmpty() ? item : json::at(item, rule.itemPath);
            if (line.isString())
                lines.append(line.toString());
        }
        if (!lines.isEmpty())
            return lines.join(u'\n');
    }
    return {};
}

void readProgress(const QJsonValue &root, const ProgressRule &rule, JobSnapshot &out)
{
    switch (rule.form) {
    case ProgressForm::None:
        return;
    case ProgressForm::Percent:
    case ProgressForm::Fraction:
        if (const auto d = readNumber(root, rule.value))
            out.progress = rule.form == ProgressForm::Fraction ? *d * 100.0 : *d;
        [[fallthrough]];
    case ProgressForm::DoneTotal:
        out.done = readInteger(root, rule.done);
        out.total = readInteger(root, rule.total);
        return;
    case ProgressForm::Regex:
        break;
    }
    const QString text = logText(root, rule);
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
QString lastName(const QString &path)
{
    const QStringList steps = path.startsWith(u'/') ? path.mid(1).split(u'/') : path.split(u'.');
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        bool isIndex = false;
        it->toLongLong(&isIndex);
        if (!isIndex)
            return *it;
    }
    return {};
}

QString urlAt(const QJsonValue &root, const QString &path)
{
    if (path.isEmpty())
        return {};
    const QString text = json::string(json::at(root, path));
    return isHttpUrl(text) ? text : QString();
}

void addUrl(const QString &url, ArtifactKind kind, QList<Artifact> &out)
{
    if (out.size() >= kMaxArtifacts || !isHttpUrl(url))
        return;
    Artifact a;
    a.kind = kind;
    a.url = url;
    out.append(a);
}

void addObject(const QJsonObject &o, const ArtifactRule &rule, const QString &fieldName, QList<Artifact> &out)
{
    const QString url = urlAt(o, rule.url);
    if (url.isNull() || out.size() >= kMaxArtifacts)
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
        for (const QJsonValue &item : v.toArray()) {
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
        for (const QJsonValue &item : v.toArray())
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
    const Spec &s = *m_spec;
    const QJsonValue root(object);
    out.id = readText(root, s.id);
    out.type = readText(root, s.type);
    out.rawStatus = readText(root, s.status);
    out.state = out.rawStatus.isNull() ? JobState::Unknown : normalizeStatus(out.rawStatus, s.synonyms);
    out.step = readText(root, s.step);
    out.message = readText(root, s.message);
    out.requestId = readText(root, s.requestId);
    const QString code = readText(root, s.errorCode);
    const QString message = readText(root, s.errorMessage);
    if (!code.isNull() || !message.isNull())
        out.error = JobError{code, message};
    out.createdAt = readTimestamp(root, s.createdAt, s.timestamps);
    out.startedAt = readTimestamp(root, s.startedAt, s.timestamps);
    out.updatedAt = readTimestamp(root, s.updatedAt, s.timestamps);
    out.completedAt = readTimestamp(root, s.completedAt, s.timestamps);
    readProgress(root, s.progress, out);
    for (const ArtifactRule &rule : s.artifacts) {
        if (!rule.when.isEmpty() && !rule.when.contains(out.state))
            continue;
        const QJsonValue v = rule.path.isEmpty() ? root : json::at(root, rule.path);
        if (rule.scan)
            scan(v, lastName(rule.path), 0, rule, out.artifacts);
        else
            collect(v, rule, out.artifacts);
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

void MappingDialect::deriveArtifacts(const QUrl &base, JobSnapshot &out) const
{
    if (out.id.trimmed().isEmpty())
        return;
    const QUrl effective = effectiveBase(base);
    for (const DerivedRule &rule : m_spec->derived) {
        if (!rule.when.contains(out.state))
            continue;
        const QUrl url = expandTemplate(rule.url, effective, out.id);
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
            if (const QUrl t = expandTemplate(rule.thumbnail, effective, out.id); t.isValid())
                a.thumbnailUrl = t.toString(QUrl::FullyEncoded);
        if (!rule.poster.isEmpty())
            if (const QUrl p = expandTemplate(rule.poster, effective, out.id); p.isValid())
                a.posterUrl = p.toString(QUrl::FullyEncoded);
        if (!rule.title.isEmpty())
            a.title = rule.title;
        out.artifacts.append(a);
    }
}

} // namespace jw
