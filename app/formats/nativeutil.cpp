#include "formats/nativeutil.h"

#include "model/jsonread.h"
#include "model/normalize.h"

using namespace Qt::StringLiterals;

namespace jw::native {

QUrl jobUrl(const QUrl &base, QLatin1StringView path, const QString &id)
{
    QUrl url = base;
    QString full = base.path(QUrl::FullyEncoded);
    while (full.endsWith(u'/'))
        full.chop(1);
    full += path + QString::fromLatin1(QUrl::toPercentEncoding(id));
    // TolerantMode keeps the percent-encoding as is; DecodedMode would encode the '%' signs again.
    url.setPath(full, QUrl::TolerantMode);
    return url;
}

void readStatus(const QJsonObject &object, const QString &key, JobSnapshot &out)
{
    out.rawStatus = json::string(object, key);
    out.state = normalizeStatus(out.rawStatus);
}

std::optional<JobError> readJobError(const QJsonValue &value)
{
    if (value.isString()) {
        if (value.toString().trimmed().isEmpty())
            return std::nullopt;
        return JobError{QString(), value.toString()};
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        JobError e{json::string(o, u"code"_s), json::string(o, u"message"_s)};
        if (e.message.isNull())
            e.message = json::string(o, u"error"_s);
        if (e.code.isNull() && e.message.isNull())
            return std::nullopt;
        return e;
    }
    return std::nullopt;
}

} // namespace jw::native
