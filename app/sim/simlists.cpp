// The presets' account lists in the simulated provider (see SimulatedProvider::setListPageSize): the jobs of one
// API, newest first, each rendered as its status poll would render it now, paged the way that API pages.

#include "sim/simulatedprovider_p.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

// Replicate's cursors are opaque; these hold the offset.
QString cursorFor(qsizetype offset)
{
    return QString::fromLatin1(QByteArray("o" + QByteArray::number(offset)).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qsizetype> offsetOfCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    bool ok = false;
    const qsizetype offset = decoded && decoded.decoded.startsWith('o') ? decoded.decoded.mid(1).toLongLong(&ok) : -1;
    return ok && offset >= 0 ? std::optional(offset) : std::nullopt;
}

} // namespace

void SimulatedProvider::setListPageSize(int jobs) { d->listPageSize = qMax(0, jobs); }
void SimulatedProvider::queueListFaults(const QList<Fault> &faults) { d->listFaults += faults; }
void SimulatedProvider::setListCursorLoop(bool on) { d->listCursorLoop = on; }

SimulatedProvider::Private::Action SimulatedProvider::Private::list(const QString &dialect, const QHttpServerRequest &request)
{
    if (const auto failure = authFailure(request, dialect))
        return json(sim::statusFor(*failure), sim::errorBody(dialect, *failure, retryAfterSeconds));
    const Fault fault = listFaults.isEmpty() ? Fault::None : listFaults.takeFirst();
    if (fault != Fault::None && fault != Fault::Slow && fault != Fault::Truncated && fault != Fault::Reset)
        return faultReply(fault, dialect, request);

    const QUrlQuery query(request.url());
    const auto badRequest = [&](const QString &message) {
        QJsonObject body = sim::errorBody(dialect, sim::ErrorKind::BadRequest, retryAfterSeconds);
        if (dialect == u"openai-videos"_s)
            body.insert(u"error"_s, QJsonObject{{u"message"_s, message}, {u"type"_s, u"invalid_request_error"_s}, {u"code"_s, QJsonValue::Null}});
        else
            body.insert(u"detail"_s, message);
        return json(400, body);
    };
    // This API's jobs, newest first.
    QStringList ids;
    for (auto it = order.crbegin(); it != order.crend(); ++it)
        if (jobs.value(*it).spec.dialect == dialect)
            ids.append(*it);
    if (dialect == u"openai-videos"_s && query.queryItemValue(u"order"_s) == u"asc"_s)
        std::reverse(ids.begin(), ids.end());

    const bool replicate = dialect == u"replicate"_s;
    qsizetype offset = 0;
    qsizetype size = replicate ? 100 : dialect == u"luma"_s ? 10 : 20;
    if (!replicate && query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        size = query.queryItemValue(u"limit"_s).toLongLong(&ok);
        if (!ok || size < 1 || size > 100)
            return badRequest(u"limit must be a whole number from 1 to 100"_s);
    }
    if (listPageSize > 0)
        size = qMin<qsizetype>(size, listPageSize);
    QString askedCursor;
    if (replicate && query.hasQueryItem(u"cursor"_s)) {
        askedCursor = query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
        const auto at = offsetOfCursor(askedCursor);
        if (!at)
            return badRequest(u"Invalid cursor"_s);
        offset = *at;
    } else if (dialect == u"openai-videos"_s && query.hasQueryItem(u"after"_s)) {
        askedCursor = query.queryItemValue(u"after"_s, QUrl::FullyDecoded);
        const qsizetype at = ids.indexOf(askedCursor);
        if (at < 0)
            return json(404, sim::errorBody(dialect, sim::ErrorKind::NotFound, retryAfterSeconds));
        offset = at + 1;
    } else if (dialect == u"luma"_s && query.hasQueryItem(u"offset"_s)) {
        bool ok = false;
        offset = query.queryItemValue(u"offset"_s).toLongLong(&ok);
        if (!ok || offset < 0)
            return badRequest(u"offset must be a whole number, 0 or more"_s);
    }

    const qint64 t = now();
    const sim::RenderContext context = renderContext(t);
    QJsonArray items;
    for (qsizetype i = offset; i < qMin(ids.size(), offset + size); ++i)
        items.append(sim::renderPreset(jobs.value(ids.at(i)), context));
    const bool more = offset + items.size() < ids.size();
    const bool loop = listCursorLoop && !askedCursor.isEmpty(); // every page after the first names itself again

    QJsonObject body;
    if (replicate) {
        QUrl next = request.url();
        QUrlQuery nextQuery;
        nextQuery.addQueryItem(u"cursor"_s, loop ? askedCursor : cursorFor(offset + items.size()));
        next.setQuery(nextQuery);
        QUrl previous = request.url();
        QUrlQuery previousQuery;
        previousQuery.addQueryItem(u"cursor"_s, cursorFor(qMax<qsizetype>(0, offset - size)));
        previous.setQuery(previousQuery);
        body = {{u"next"_s, more || loop ? QJsonValue(next.toString(QUrl::FullyEncoded)) : QJsonValue::Null},
                {u"previous"_s, offset > 0 ? QJsonValue(previous.toString(QUrl::FullyEncoded)) : QJsonValue::Null},
                {u"results"_s, items}};
    } else if (dialect == u"openai-videos"_s) {
        const auto idAt = [&](qsizetype i) { return items.isEmpty() ? QJsonValue::Null : items.at(i).toObject().value(u"id"_s); };
        body = {{u"object"_s, u"list"_s}, {u"data"_s, items}, {u"first_id"_s, idAt(0)},
                {u"last_id"_s, loop ? QJsonValue(askedCursor) : idAt(items.size() - 1)}, {u"has_more"_s, more || loop}};
    } else {
        body = {{u"generations"_s, items}, {u"has_more"_s, more}, {u"count"_s, ids.size()}, {u"limit"_s, size}, {u"offset"_s, offset}};
    }
    Action a = json(200, body);
    a.transport = fault;
    return a;
}

} // namespace jw
