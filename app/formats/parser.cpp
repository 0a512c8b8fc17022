#include "formats/parser.h"

#include "model/jsonread.h"
#include "model/normalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Parser) };

ParseError fail(ParseError::Kind kind, const QString &message)
{
    return ParseError{kind, message};
}

// QJsonDocument only takes an object or array at the top; a bare string, number, boolean or null is valid
// JSON all the same, and "not a job object" is the more useful reason. Empty when it is none of these.
QString scalarMessage(const QByteArray &bytes)
{
    const QByteArray t = bytes.trimmed();
    if (t.isEmpty() || t.startsWith('{') || t.startsWith('['))
        return {};
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + t + ']');
    if (!wrapped.isArray() || wrapped.array().size() != 1)
        return {};
    switch (wrapped.array().at(0).type()) {
    case QJsonValue::String: return Tr::tr("The response is a JSON string, not a job object.");
    case QJsonValue::Double: return Tr::tr("The response is a JSON number, not a job object.");
    case QJsonValue::Bool: return Tr::tr("The response is a JSON boolean, not a job object.");
    case QJsonValue::Null: return Tr::tr("The response is JSON null, not a job object.");
    default: return {};
    }
}
} // namespace

ApiError readCommonError(const QJsonObject &o)
{
    using namespace json;
    ApiError e;
    const QJsonValue error = o.value(u"error"_s);
    if (error.isObject()) {
        const QJsonObject eo = error.toObject();
        e.code = string(eo, u"code"_s);
        if (e.code.isNull())
            e.code = string(eo, u"type"_s);
        e.message = string(eo, u"message"_s);
        e.requestId = string(eo, u"request_id"_s);
    } else if (error.isString()) {
        // {error:"not_found", message:"..."} (scenes) or {error:"Invalid API key"} (theo, vidocu).
        if (o.value(u"message"_s).isString()) {
            e.code = error.toString();
            e.message = string(o, u"message"_s);
        } else {
            e.message = error.toString();
        }
    }
    if (e.message.isNull())
        e.message = string(o, u"message"_s);
    if (e.message.isNull())
        e.message = string(o, u"detail"_s);
    if (e.code.isNull())
        e.code = string(o, u"code"_s);
    if (e.requestId.isNull())
        e.requestId = string(o, u"request_id"_s);
    if (e.requestId.isNull())
        e.requestId = string(o, u"requestId"_s);
    return e;
}

ApiError Dialect::readError(const QJsonObject &object) const
{
    return readCommonError(object);
}

QString droppedLinksNote(const DroppedLinks &dropped)
{
    if (dropped.isEmpty())
        return {};
    if (dropped.schemes.isEmpty())
        return Tr::tr("dropped %n link(s) that are not http or https (relative or malformed)", nullptr, dropped.count);
    return Tr::tr("dropped %n link(s) that are not http or https: %1", nullptr, dropped.count)
        .arg(dropped.schemes.join(u":, "_s) + u':');
}

ParseResult parseJobObject(const QJsonObject &object, const Dialect &dialect, const QString &askedId, QString *note)
{
    JobSnapshot s;
    dialect.read(object, s);
    if (s.id.trimmed().isEmpty() && dialect.idMayBeMissing())
        s.id = askedId;
    if (s.id.trimmed().isEmpty())
        return fail(ParseError::Kind::MissingId,
                    dialect.idMayBeMissing()
                        ? Tr::tr("The response has no job ID, which the %1 mapping allows; give the ID it was asked for "
                                 "(inspect --id ID).").arg(dialect.name())
                        : Tr::tr("The response has no job ID that the %1 dialect recognises.").arg(dialect.name()));
    // Only http(s) links (and inline results) become artifacts or links (DESIGN.md §5); the rest is dropped
    // here, once for every dialect and mapping, with a note naming what was dropped.
    const DroppedLinks dropped = dropUnsafeLinks(s);
    if (note)
        *note = droppedLinksNote(dropped);
    finalizeSnapshot(s);
    return s;
}

ParseResult parseJob(const QByteArray &bytes, const Dialect &dialect, qsizetype maxBytes, const QString &askedId,
                     QJsonObject *object, QString *note)
{
    if (note)
        *note = QString();
    if (bytes.trimmed().isEmpty())
        return fail(ParseError::Kind::Empty, Tr::tr("The response body is empty."));
    if (bytes.size() > maxBytes)
        return fail(ParseError::Kind::TooLarge,
                    Tr::tr("The response body is %1 bytes, more than the %2-byte limit.").arg(bytes.size()).arg(maxBytes));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        if (const QString scalar = scalarMessage(bytes); !scalar.isEmpty())
            return fail(ParseError::Kind::NotObject, scalar);
        return fail(ParseError::Kind::InvalidJson,
                    Tr::tr("The response is not valid JSON (%1 at byte %2).").arg(err.errorString()).arg(err.offset));
    }
    if (!doc.isObject())
        return fail(ParseError::Kind::NotObject,
                    doc.isArray() ? Tr::tr("The response is a JSON array, not a job object.")
                                  : Tr::tr("The response is not a JSON object."));
    if (object)
        *object = doc.object();
    return parseJobObject(doc.object(), dialect, askedId, note);
}

namespace {
QJsonValue compactValue(const QJsonValue &v, qsizetype longest)
{
    if (v.isString()) {
        const QString s = v.toString();
        return s.size() <= longest ? v : QJsonValue(s.left(64) + Tr::tr("… (%1 characters not kept)").arg(s.size()));
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = compactValue(a.at(i), longest);
        return a;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = compactValue(*it, longest);
        return o;
    }
    return v;
}
} // namespace

QByteArray compactBody(const QJsonObject &object, qsizetype longest)
{
    return QJsonDocument(compactValue(object, longest).toObject()).toJson(QJsonDocument::Compact);
}

ApiError parseErrorBody(const QByteArray &bytes, const Dialect &dialect)
{
    if (bytes.size() > kMaxStatusBody)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return {};
    return dialect.readError(doc.object());
}

} // namespace jw
