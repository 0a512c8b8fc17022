// A mapping's "list" section (docs/mapping.md "Listing an account's jobs"): reading it, and reading the pages of
// an account's job list through it. The next page's URL is built here for all three ways of paging (a URL in
// the answer, a cursor put into the query, an offset), so the engine only follows URLs.

#include "formats/mapping.h"
#include "formats/mappingread.h"
#include "formats/mappingspec.h"
#include "formats/valuereader.h"
#include "model/normalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace jw {

namespace mapping {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Mapping) };

class ListReader final : public ValueReader
{
public:
    bool read(const QJsonValue &v, ListRule *out);

private:
    bool next(const QJsonValue &v, ListRule *out);
    bool queryItems(const QJsonValue &v, ListRule *out);
    bool paramName(const QJsonObject &o, const QString &key, const QString &where, QString *out, bool required);
};

bool ListReader::paramName(const QJsonObject &o, const QString &key, const QString &where, QString *out, bool required)
{
    if (!string(o, key, where, out, required))
        return false;
    static const QRegularExpression name(u"^[A-Za-z0-9._~\\[\\]-]{1,64}$"_s);
    if (!out->isNull() && !name.match(*out).hasMatch())
        return fail(Tr::tr("\"%1\" must be a plain query parameter name (got \"%2\").").arg(where, quoted(*out)));
    return true;
}

bool ListReader::queryItems(const QJsonValue &v, ListRule *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return wrongType(u"list.query"_s, Tr::tr("an object of query parameters and values"), v);
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString where = u"list.query."_s + quoted(it.key());
        QString name;
        if (!paramName(QJsonObject{{u"n"_s, it.key()}}, u"n"_s, where, &name, true))
            return false;
        if (!it.value().isString())
            return wrongType(where, Tr::tr("a string"), it.value());
        out->query.append({name, it.value().toString()});
    }
    return true;
}

bool ListReader::next(const QJsonValue &v, ListRule *out)
{
    if (!v.isObject())
        return wrongType(u"list.next"_s, Tr::tr("an object: {\"url\": PATH}, {\"cursor\": PATH, \"param\": NAME} or {\"offset\": NAME}"), v);
    const QJsonObject o = v.toObject();
    if (!checkKeys(o, {"url"_L1, "cursor"_L1, "param"_L1, "offset"_L1, "more"_L1}, u"list.next"_s))
        return false;
    const int forms = int(o.contains(u"url"_s)) + int(o.contains(u"cursor"_s)) + int(o.contains(u"offset"_s));
    if (forms != 1)
        return fail(Tr::tr("\"list.next\" needs exactly one of \"url\" (the path of the next page's URL), \"cursor\" (the path "
                           "of the next cursor, with \"param\") or \"offset\" (the offset parameter's name)."));
    if (o.contains(u"more"_s) && !path(o.value(u"more"_s), u"list.next.more"_s, &out->more))
        return false;
    if (o.contains(u"url"_s)) {
        out->next = ListRule::Next::Url;
        if (o.contains(u"param"_s))
            return fail(Tr::tr("\"list.next.param\" belongs to a \"cursor\"; a \"url\" is followed as it is."));
        return path(o.value(u"url"_s), u"list.next.url"_s, &out->nextPath);
    }
    if (o.contains(u"cursor"_s)) {
        out->next = ListRule::Next::Cursor;
        return path(o.value(u"cursor"_s), u"list.next.cursor"_s, &out->nextPath)
            && paramName(o, u"param"_s, u"list.next.param"_s, &out->param, true);
    }
    out->next = ListRule::Next::Offset;
    if (o.contains(u"param"_s))
        return fail(Tr::tr("\"list.next.param\" belongs to a \"cursor\"; \"offset\" names its parameter itself."));
    if (!paramName(o, u"offset"_s, u"list.next.offset"_s, &out->param, true))
        return false;
    if (out->limitParam.isEmpty())
        return fail(Tr::tr("\"list.next.offset\" needs \"list.limitParam\" and \"list.pageSize\", to know where a page ends."));
    return true;
}

bool ListReader::read(const QJsonValue &v, ListRule *out)
{
    if (!v.isObject())
        return wrongType(u"list"_s, Tr::tr("an object with \"url\", \"items\" and \"next\""), v);
    const QJsonObject o = v.toObject();
    if (!checkKeys(o, {"url"_L1, "query"_L1, "items"_L1, "id"_L1, "status"_L1, "pageSize"_L1, "limitParam"_L1, "next"_L1}, u"list"_s))
        return false;
    if (!string(o, u"url"_s, u"list.url"_s, &out->url, true))
        return false;
    // Like pollUrl, but without {id}: {base} at the start, or an absolute http(s) URL.
    QString probe = out->url;
    if (probe.startsWith(u"{base}"_s))
        probe.replace(0, 6, u"https://x.invalid"_s);
    if (probe.contains(u'{') || probe.contains(u'}'))
        return fail(Tr::tr("\"list.url\" may use only {base}, at its start (got \"%1\").").arg(quoted(out->url)));
    if (!isHttpUrl(QUrl(probe, QUrl::StrictMode)))
        return fail(Tr::tr("\"list.url\" must start with {base} or be an http or https URL (got \"%1\").").arg(quoted(out->url)));
    if (!o.contains(u"items"_s))
        return fail(Tr::tr("\"list.items\" is missing: give the path of the array of jobs in a list answer."));
    if (!path(o.value(u"items"_s), u"list.items"_s, &out->items) || !field(o, u"id"_s, u"list."_s, &out->id)
        || !field(o, u"status"_s, u"list."_s, &out->status) || !queryItems(o.value(u"query"_s), out)
        || !intIn(o, u"pageSize"_s, u"list.pageSize"_s, 1, 1000, &out->pageSize)
        || !paramName(o, u"limitParam"_s, u"list.limitParam"_s, &out->limitParam, false))
        return false;
    if (out->limitParam.isEmpty() != !out->pageSize.has_value())
        return fail(Tr::tr("\"list.pageSize\" and \"list.limitParam\" go together: the page size and the parameter that asks for it."));
    if (!o.contains(u"next"_s))
        return fail(Tr::tr("\"list.next\" is missing: say how the next page is found."));
    return next(o.value(u"next"_s), out);
}

// The page's own offset (its query item), 0 when it has none.
qint64 offsetOf(const QUrl &pageUrl, const QString &param)
{
    bool ok = false;
    const qint64 offset = QUrlQuery(pageUrl).queryItemValue(param).toLongLong(&ok);
    return ok && offset >= 0 ? offset : 0;
}

QUrl withQueryItem(QUrl url, const QString &name, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(name);
    query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url;
}

} // namespace

bool parseListRule(const QJsonValue &value, std::optional<ListRule> *out, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    ListReader reader;
    ListRule rule;
    if (!reader.read(value, &rule)) {
        *error = reader.error();
        return false;
    }
    *out = rule;
    return true;
}

} // namespace mapping

using namespace mapping;

QUrl MappingDialect::listUrl(const QUrl &base) const
{
    if (!m_spec->list)
        return {};
    const ListRule &rule = *m_spec->list;
    QUrl url = expandTemplate(rule.url, effectiveBase(base), QString());
    if (!url.isValid())
        return {};
    for (const auto &[name, value] : rule.query)
        url = withQueryItem(url, name, value);
    if (rule.pageSize)
        url = withQueryItem(url, rule.limitParam, QString::number(*rule.pageSize));
    return url;
}

ListPage MappingDialect::readListPage(const QJsonObject &body, const QUrl &pageUrl) const
{
    ListPage page;
    if (!m_spec->list)
        return page;
    const ListRule &rule = *m_spec->list;
    const QJsonValue root(body);
    const QJsonValue items = valueAt(root, rule.items);
    if (!items.isArray()) {
        page.error = items.isUndefined() || items.isNull()
            ? Tr::tr("the list answer has nothing at \"%1\"%2").arg(rule.items, didYouMean(suggestPath(root, rule.items)))
            : Tr::tr("the list answer's \"%1\" is not an array").arg(rule.items);
        return page;
    }
    const QJsonArray array = items.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        JobSnapshot job;
        readExplained(object, job, nullptr);
        if (!rule.id.isEmpty())
            job.id = readText(item, rule.id);
        if (!rule.status.isEmpty()) {
            job.rawStatus = readText(item, rule.status);
            job.state = job.rawStatus.isNull() ? JobState::Unknown : normalizeStatus(job.rawStatus, m_spec->synonyms);
        }
        if (job.id.trimmed().isEmpty()) {
            ++page.skipped;
            continue;
        }
        finalizeSnapshot(job);
        page.jobs.append(job);
    }

    // Where the list ends: an empty page, a "more" that is false, no next URL or cursor, or a short offset page.
    const QJsonValue more = rule.more.isEmpty() ? QJsonValue() : valueAt(root, rule.more);
    if (array.isEmpty() || (more.isBool() && !more.toBool()))
        return page;
    switch (rule.next) {
    case ListRule::Next::Url: {
        const QString next = scalarText(valueAt(root, rule.nextPath));
        if (next.isEmpty())
            return page;
        page.next = pageUrl.resolved(QUrl(next, QUrl::StrictMode));
        if (!isHttpUrl(page.next)) {
            page.error = Tr::tr("the list answer's next page \"%1\" is not an http(s) URL").arg(ValueReader::quoted(next));
            page.next.clear();
        }
        return page;
    }
    case ListRule::Next::Cursor: {
        const QString cursor = scalarText(valueAt(root, rule.nextPath));
        if (!cursor.isEmpty())
            page.next = withQueryItem(pageUrl, rule.param, cursor);
        return page;
    }
    case ListRule::Next::Offset:
        if (!more.isBool() && array.size() < rule.pageSize.value_or(0))
            return page; // a short page without a "more" flag is the last one
        page.next = withQueryItem(pageUrl, rule.param, QString::number(offsetOf(pageUrl, rule.param) + array.size()));
        return page;
    }
    return page;
}

} // namespace jw
