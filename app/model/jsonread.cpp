#include "model/jsonread.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace jw::json {

QString string(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

QString string(const QJsonObject &o, const QString &key)
{
    return string(o.value(key));
}

std::optional<double> number(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<double> number(const QJsonObject &o, const QString &key)
{
    return number(o.value(key));
}

std::optional<qint64> integer(const QJsonValue &v)
{
    const auto d = number(v);
    // 2^63 is exactly representable; anything at or beyond it does not fit.
    constexpr double limit = 9223372036854775808.0;
    if (!d || std::trunc(*d) != *d || *d >= limit || *d < -limit)
        return std::nullopt;
    return static_cast<qint64>(*d);
}

std::optional<qint64> integer(const QJsonObject &o, const QString &key)
{
    return integer(o.value(key));
}

QJsonObject object(const QJsonObject &o, const QString &key)
{
    return o.value(key).toObject();
}

QJsonArray array(const QJsonObject &o, const QString &key)
{
    return o.value(key).toArray();
}

QStringList stringList(const QJsonObject &o, const QString &key)
{
    QStringList out;
    for (const QJsonArray items = array(o, key); const QJsonValue &v : items)
        if (v.isString())
            out.append(v.toString());
    return out;
}

QJsonValue at(const QJsonValue &root, const QString &path)
{
    QStringList steps;
    if (path.startsWith(u'/')) {
        // RFC 6901: "~1" is "/", "~0" is "~".
        const QStringList raw = path.mid(1).split(u'/');
        for (QString s : raw)
            steps.append(s.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s));
    } else if (!path.isEmpty()) {
        steps = path.split(u'.');
    }
    QJsonValue cur = root;
    for (const QString &step : std::as_const(steps)) {
        if (cur.isObject()) {
            const QJsonObject o = cur.toObject();
            if (!o.contains(step))
                return QJsonValue(QJsonValue::Undefined);
            cur = o.value(step);
        } else if (cur.isArray()) {
            // A decimal index; a negative one counts from the end ("logs.-1.message" is the last log).
            bool ok = false;
            qsizetype i = step.toLongLong(&ok);
            const QJsonArray a = cur.toArray();
            if (ok && i < 0)
                i += a.size();
            if (!ok || step.startsWith(u'+') || i < 0 || i >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            cur = a.at(i);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return cur;
}

} // namespace jw::json
