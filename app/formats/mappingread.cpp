#include "formats/mappingread.h"

#include "model/jsonread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace jw::mapping {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Mapping) };

constexpr qsizetype kMaxWildcardValues = 1000; // a "*" path reads at most this many values
// ISO-8601 needs a four-digit year: 0001-01-01 to 9999-12-31, in ms since the epoch.
constexpr double kMinEpochMs = -62135596800000.0;
constexpr double kMaxEpochMs = 253402300799999.0;

bool hasWildcard(const QString &path)
{
    return !path.startsWith(u'/') && path.split(u'.').contains(u"*"_s);
}

// One step into an object member or array entry, spelled as a one-step JSON Pointer so that any key works.
QJsonValue stepInto(const QJsonValue &v, QString step)
{
    return json::at(v, u'/' + step.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s));
}

void expand(const QJsonValue &cur, const QStringList &steps, qsizetype i, QJsonArray &out)
{
    if (cur.isUndefined() || out.size() >= kMaxWildcardValues)
        return;
    if (i == steps.size()) {
        out.append(cur);
        return;
    }
    if (steps.at(i) != u"*"_s) {
        expand(stepInto(cur, steps.at(i)), steps, i + 1, out);
    } else if (cur.isArray()) {
        for (const QJsonArray items = cur.toArray(); const QJsonValue &item : items)
            expand(item, steps, i + 1, out);
    } else if (cur.isObject()) {
        const QJsonObject o = cur.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            expand(it.value(), steps, i + 1, out);
    }
}

QString compact(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2);
    return text.size() > 80 ? text.left(77) + u"..."_s : text;
}

// The text at a path: a scalar, or the readable entries a "*" path reached, joined.
QString textAt(const QJsonValue &root, const QString &path, QJsonValue *raw)
{
    *raw = valueAt(root, path);
    if (!raw->isArray() || !hasWildcard(path))
        return scalarText(*raw);
    QStringList parts;
    for (const QJsonArray items = raw->toArray(); const QJsonValue &item : items)
        if (const QString t = scalarText(item); !t.isNull())
            parts.append(t);
    return parts.isEmpty() ? QString() : parts.join(u"; "_s);
}

void note(Trace *trace, const QString &path, const QJsonValue &found, const QString &result)
{
    if (trace)
        trace->append(Attempt{path, compact(found), result});
}

QString squashed(const QString &key)
{
    QString k = key.toLower();
    k.remove(u'_').remove(u'-');
    return k;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

QString closestKey(const QJsonObject &o, const QString &step)
{
    QString best;
    int bestDistance = step.size() >= 4 ? 3 : 1;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const int d = squashed(it.key()) == squashed(step) ? 0 : editDistance(it.key().toLower(), step.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = it.key();
        }
    }
    return best;
}

} // namespace

QString didYouMean(const QString &suggestion)
{
    if (suggestion.isEmpty())
        return {};
    // The suggestion comes from a response's keys: control characters are shown escaped, so the message
    // stays one line.
    QString shown;
    for (const QChar c : QStringView(suggestion).left(120))
        shown += c.unicode() < 0x20 || c.unicode() == 0x7f ? u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')) : QString(c);
    return Tr::tr("; did you mean \"%1\"?").arg(shown);
}

QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    if (!hasWildcard(path))
        return json::at(root, path);
    QJsonArray out;
    expand(root, path.split(u'.'), 0, out);
    return out.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(out);
}

bool isPresent(const QJsonValue &root, const QString &path)
{
    const QJsonValue v = valueAt(root, path);
    if (v.isUndefined() || v.isNull())
        return false;
    if (v.isString())
        return !v.toString().trimmed().isEmpty();
    if (v.isArray())
        return !v.toArray().isEmpty();
    if (v.isObject())
        return !v.toObject().isEmpty();
    return true;
}

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

QString readText(const QJsonValue &root, const Field &field, Trace *trace)
{
    for (const FieldRule &rule : field) {
        QJsonValue raw;
        const QString text = textAt(root, rule.path, &raw);
        const QString out = text.isNull() ? QString() : applyRule(rule, text);
        note(trace, rule.path, raw, out);
        if (!out.isNull())
            return out;
    }
    return {};
}

std::optional<double> readNumber(const QJsonValue &root, const Field &field, Trace *trace)
{
    for (const FieldRule &rule : field) {
        const QJsonValue v = valueAt(root, rule.path);
        std::optional<double> d = json::number(v);
        if (!d && v.isString() && !rule.match.pattern().isEmpty()) {
            bool ok = false;
            const double parsed = applyRule(FieldRule{QString(), rule.match, QString(), {}}, v.toString()).trimmed().toDouble(&ok);
            if (ok && std::isfinite(parsed))
                d = parsed;
        }
        note(trace, rule.path, v, d ? QString::number(*d, 'g', 15) : QString());
        if (d)
            return d;
    }
    return std::nullopt;
}

QString readTimestamp(const QJsonValue &root, const Field &field, Timestamps mode, Trace *trace)
{
    for (const FieldRule &rule : field) {
        const QJsonValue v = valueAt(root, rule.path);
        QString out;
        if (v.isString() && !v.toString().trimmed().isEmpty()) {
            out = applyRule(rule, v.toString());
        } else if (const auto d = json::number(v); d && mode != Timestamps::Iso) {
            const double ms = std::round(mode == Timestamps::UnixSeconds ? *d * 1000.0 : *d);
            if (ms >= kMinEpochMs && ms <= kMaxEpochMs) {
                const auto epochMs = static_cast<qint64>(ms);
                const QDateTime at = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
                out = at.toString(epochMs % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
            }
        }
        note(trace, rule.path, v, out);
        if (!out.isNull())
            return out;
    }
    return {};
}

QString suggestPath(const QJsonValue &root, const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/'))
        return {};
    QStringList steps = path.split(u'.');
    QJsonValue cur = root;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString &step = steps.at(i);
        if (cur.isArray() && step != u"*"_s) {
            bool isIndex = false;
            step.toLongLong(&isIndex);
            if (!isIndex && !cur.toArray().isEmpty()) {
                steps.insert(i, u"0"_s); // "videos.url" where videos is an array: "videos.0.url"
                return steps.join(u'.');
            }
        }
        if (cur.isObject() && !cur.toObject().contains(step) && step != u"*"_s) {
            const QString key = closestKey(cur.toObject(), step);
            if (key.isEmpty())
                return {};
            steps[i] = key;
            return steps.join(u'.');
        }
        if (step == u"*"_s)
            cur = cur.isArray() && !cur.toArray().isEmpty() ? cur.toArray().first() : QJsonValue(QJsonValue::Undefined);
        else
            cur = stepInto(cur, step);
        if (cur.isUndefined())
            return {};
    }
    return {};
}

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

} // namespace jw::mapping
