// The simulated provider's result files: GET /artifacts/{id}/{file}, with signed URLs (scene images) checked
// and expired, single byte ranges (206, 416), and the job's ArtifactFault (corrupt, expired, oversized, reset).

#include "sim/simulatedprovider_p.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

// A single "bytes=a-b" range of a body of `size` bytes; false when absent or unsatisfiable.
bool parseRange(const QByteArray &header, qsizetype size, qsizetype *from, qsizetype *to)
{
    if (!header.startsWith("bytes=") || header.contains(','))
        return false;
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0 || size == 0)
        return false;
    bool ok1 = true, ok2 = true;
    const QByteArray a = spec.left(dash), b = spec.mid(dash + 1);
    if (a.isEmpty()) { // suffix: the last N bytes
        const qsizetype n = b.toLongLong(&ok2);
        if (!ok2 || n <= 0)
            return false;
        *from = qMax<qsizetype>(0, size - n);
        *to = size - 1;
        return true;
    }
    *from = a.toLongLong(&ok1);
    *to = b.isEmpty() ? size - 1 : qMin<qsizetype>(b.toLongLong(&ok2), size - 1);
    return ok1 && ok2 && *from >= 0 && *from <= *to && *from < size;
}

} // namespace

SimulatedProvider::Private::Action SimulatedProvider::Private::artifact(const QString &jobId, const QString &file,
                                                                        const QHttpServerRequest &request)
{
    if (file.startsWith(u"scene_"_s)) { // signed URLs: /artifacts/{id}/scene_N.png?expires=<s>&sig=<hex>
        const QUrlQuery query = request.query();
        bool ok = false;
        const qint64 expires = query.queryItemValue(u"expires"_s).toLongLong(&ok);
        const QString path = u"/artifacts/"_s + QString::fromLatin1(QUrl::toPercentEncoding(jobId)) + u'/' + file;
        if (!ok || query.queryItemValue(u"sig"_s).toLatin1() != sim::urlSignature(signingKey, path, expires))
            return json(403, {{u"error"_s, u"invalid_signature"_s}, {u"message"_s, u"The URL signature does not match."_s}});
        if (now() / 1000 > expires)
            return json(403, {{u"error"_s, u"expired"_s}, {u"message"_s, u"Request has expired."_s}});
    }
    const auto content = artifacts.content(jobId, file);
    if (!content)
        return json(404, {{u"error"_s, u"not_found"_s}, {u"message"_s, u"No such artifact."_s}});
    if (std::optional<Action> broken = artifactFault(jobId, file)) {
        if (broken->reply.contentType.isEmpty()) // junk under the file's own type
            broken->reply.contentType = content->contentType;
        return *broken;
    }
    Action a{{200, content->contentType, content->data, {{"Accept-Ranges", "bytes"}, {"Cache-Control", "max-age=3600"}}}, Fault::None, false};
    const QByteArray range = request.value("range");
    if (!range.isEmpty()) {
        qsizetype from = 0, to = 0;
        const qsizetype size = content->data.size();
        if (!parseRange(range, size, &from, &to)) {
            a.reply.status = 416;
            a.reply.body.clear();
            a.reply.headers.append({"Content-Range", "bytes */" + QByteArray::number(size)});
            return a;
        }
        a.reply.status = 206;
        a.reply.body = content->data.mid(from, to - from + 1);
        a.reply.headers.append({"Content-Range", "bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/'
                                                     + QByteArray::number(size)});
    }
    return a;
}

// The job's ArtifactFault, for the files it breaks: the result files; with Expired, every file.
std::optional<SimulatedProvider::Private::Action> SimulatedProvider::Private::artifactFault(const QString &jobId,
                                                                                         const QString &file) const
{
    const auto it = jobs.constFind(jobId);
    const ArtifactFault fault = it == jobs.cend() ? ArtifactFault::None : it->spec.artifactFault;
    const bool preview = file == u"thumb.png"_s || file == u"poster.jpg"_s;
    if (fault == ArtifactFault::None || (preview && fault != ArtifactFault::Expired))
        return std::nullopt;
    switch (fault) {
    case ArtifactFault::Expired:
        return json(403, {{u"error"_s, u"expired"_s}, {u"message"_s, u"Request has expired."_s}});
    case ArtifactFault::Corrupt: {
        QByteArray junk;
        while (junk.size() < 4096)
            junk += "JWSIM: deliberately corrupt result file. ";
        return Action{{200, {}, junk, {}}, Fault::None, false};
    }
    case ArtifactFault::Oversized: {
        constexpr qint64 kAnnounced = 6LL * 1024 * 1024 * 1024;
        return Action{{200, {}, QByteArray(64 * 1024, '\0'), {}}, Fault::None, false, kAnnounced};
    }
    case ArtifactFault::Reset:
        return Action{{}, Fault::Reset, false};
    case ArtifactFault::None:
        break;
    }
    return std::nullopt;
}

} // namespace jw
