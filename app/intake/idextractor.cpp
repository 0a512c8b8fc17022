#include "intake/idextractor.h"

#include "intake/inputlines.h"
#include "intake/jobshape.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(IdExtractor) };

using Candidate = IdExtractor::Candidate;
using Rejected = IdExtractor::Rejected;
using namespace jobshape;

constexpr qsizetype kMaxSchemeLength = 32;
constexpr qsizetype kMaxJsonDepth = 256;

// ---- JSON ------------------------------------------------------------------------------------------------

struct Span {
    qsizetype begin;
    qsizetype end; // inclusive
};

// Every bracket-balanced span that may be JSON, found in one pass. Strings are honoured inside a span; a raw
// newline inside a string, a mismatched bracket or too deep a nesting abandons the open spans.
QList<Span> balancedSpans(QStringView text)
{
    QList<Span> closed;
    QVarLengthArray<qsizetype, 64> stack;
    bool inString = false;
    bool escape = false;
    const auto reset = [&] { stack.clear(); inString = false; escape = false; };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (stack.isEmpty()) {
            if (c == u'{' || c == u'[')
                stack.append(i);
            continue;
        }
        if (inString) {
            if (escape)
                escape = false;
            else if (c == u'\\')
                escape = true;
            else if (c == u'"')
                inString = false;
            else if (c == u'\n')
                reset();
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            if (stack.size() >= kMaxJsonDepth)
                reset();
            else
                stack.append(i);
        } else if (c == u'}' || c == u']') {
            const QChar open = text[stack.last()];
            if ((c == u'}') == (open == u'{')) {
                closed.append(Span{stack.last(), i});
                stack.removeLast();
            } else {
                reset();
            }
        }
    }
    std::sort(closed.begin(), closed.end(), [](const Span &a, const Span &b) { return a.begin < b.begin; });
    return closed;
}

bool containsObject(const QJsonValue &v)
{
    if (v.isObject())
        return true;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::any_of(a.begin(), a.end(), [](const QJsonValue &e) { return containsObject(e); });
    }
    return false;
}

QString idFromJson(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9007199254740992.0)
            return QString::number(static_cast<qint64>(d));
    }
    return {};
}

void putFirst(QStringList &list, const QString &name)
{
    list.removeAll(name);
    list.prepend(name);
}

struct Collector {
    QList<Candidate> candidates;
    QList<Rejected> rejected;
    QList<inputlines::Range> jobRanges;    // input that gave a candidate
    QList<inputlines::Range> wholeRejects; // JSON documents that gave none

    void reject(QString text, QString reason, qsizetype position)
    {
        rejected.append({std::move(text), std::move(reason), position});
    }

    // One object that may be an enqueue response. Returns false when it has neither an ID nor a poll URL.
    bool fromObject(const QJsonObject &o, qsizetype position)
    {
        QString idField;
        QString id;
        for (const auto key : {"job_id"_L1, "jobId"_L1, "id"_L1, "request_id"_L1}) {
            if (key == "request_id"_L1 && o.contains("error"_L1))
                continue; // an error body's request_id is a support ticket, not a job
            id = idFromJson(o.value(key));
            if (!id.isEmpty()) {
                idField = key;
                break;
            }
        }
        QString url;
        for (const auto key : {"poll_url"_L1, "pollUrl"_L1, "status_url"_L1, "statusUrl"_L1}) {
            url = o.value(key).toString();
            if (!url.isEmpty())
                break;
        }
        if (url.isEmpty())
            url = o.value("urls"_L1).toObject().value("get"_L1).toString();
        if (id.isEmpty() && url.isEmpty())
            return false;

        const QString snippet = clip(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        Candidate c;
        c.source = Candidate::Source::EnqueueJson;
        c.snippet = snippet;
        c.position = position;
        bool haveUrl = false;
        if (!url.isEmpty()) {
            const QUrl parsed(url);
            if (!parsed.scheme().isEmpty()) {
                const UrlMatch v = matchPollUrl(url);
                if (v.ok) {
                    c.id = v.id; // the URL is what gets polled, so its ID wins
                    c.pollUrl = v.pollUrl;
                    c.base = v.base;
                    c.dialects = v.dialects;
                    haveUrl = true;
                } else {
                    reject(redactedUrlText(url), v.reason, position);
                }
            } else { // a relative poll URL: the path still tells the dialect
                const PathMatch m = matchJobPath(parsed.path(QUrl::FullyEncoded));
                if (m.found && isUsableId(m.id)) {
                    c.id = id.isEmpty() ? m.id : id;
                    c.dialects = m.dialects;
                }
            }
        }
        if (!haveUrl) {
            if (c.id.isEmpty())
                c.id = id;
            if (c.id.isEmpty())
                return true; // the URL was rejected above
            if (!isUsableId(c.id)) {
                reject(snippet, Tr::tr("the job ID is empty, too long or has unexpected characters"), position);
                return true;
            }
            if (c.dialects.isEmpty())
                c.dialects = dialectsForId(c.id);
            // Field names that only one API uses decide between look-alike IDs.
            if (o.value("object"_L1).toString() == u"video")
                putFirst(c.dialects, u"openai-videos"_s);
            else if (o.value("urls"_L1).isObject())
                putFirst(c.dialects, u"replicate"_s);
            else if (idField == "request_id"_L1 && o.contains("status_url"_L1))
                putFirst(c.dialects, u"fal"_s);
            else if (idField == "jobId"_L1 && c.dialects.contains(u"muvi"))
                c.dialects = QStringList{u"muvi"_s};
            else if (idField == "job_id"_L1 && o.contains("id"_L1) && c.dialects.contains(u"theo"))
                c.dialects = QStringList{u"theo"_s};
        }
        candidates.append(std::move(c));
        return true;
    }

    bool visit(const QJsonValue &v, qsizetype position)
    {
        bool found = false;
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (const QJsonValue &e : a)
                found = visit(e, position) || found;
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (fromObject(o, position))
                return true;
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.value().isObject() || it.value().isArray())
                    found = visit(it.value(), position) || found;
            }
        }
        return found;
    }

    // ---- plain text ---------------------------------------------------------------------------------------

    void scanTokens(QStringView text, qsizetype from, qsizetype to)
    {
        qsizetype i = from;
        while (i < to) {
            if (!isTokenChar(text[i])) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < to && isTokenChar(text[end]))
                ++end;
            qsizetype b = i;
            qsizetype e = end;
            while (b < e && text[b] == u'-')
                ++b;
            while (e > b && text[e - 1] == u'-')
                --e;
            const QStringView token = text.sliced(b, e - b);
            if (token.size() <= kMaxIdLength) {
                QStringList dialects = dialectsForId(token);
                if (!dialects.isEmpty()) {
                    Candidate c;
                    c.id = token.toString();
                    c.dialects = std::move(dialects);
                    c.source = Candidate::Source::BareId;
                    c.snippet = clip(token); // IDs may be up to kMaxIdLength, longer than a snippet
                    c.position = b;
                    candidates.append(std::move(c));
                    jobRanges.append({b, e});
                }
            }
            i = end;
        }
    }

    // The first URL-like start in [from, to): "scheme://" or a dangerous scheme without slashes.
    // Returns the scheme's start, or -1; *colon receives the colon's index.
    static qsizetype findUrlStart(QStringView text, qsizetype from, qsizetype to, qsizetype *colon)
    {
        for (qsizetype i = from; i < to; ++i) {
            if (text[i] != u':')
                continue;
            qsizetype s = i;
            while (s > from && i - s <= kMaxSchemeLength && isSchemeChar(text[s - 1]))
                --s;
            if (i - s > kMaxSchemeLength)
                continue;
            while (s < i && !isAsciiLetter(text[s]))
                ++s;
            if (s == i)
                continue;
            *colon = i;
            if (i + 2 < to && text[i + 1] == u'/' && text[i + 2] == u'/')
                return s;
            const QStringView scheme = text.sliced(s, i - s);
            if (i + 1 < to && !isUrlStop(text[i + 1])) {
                for (const auto bad : {"javascript"_L1, "vbscript"_L1, "data"_L1, "file"_L1}) {
                    if (scheme.compare(bad, Qt::CaseInsensitive) == 0)
                        return s;
                }
            }
        }
        return -1;
    }

    void scanWord(QStringView text, qsizetype from, qsizetype to)
    {
        qsizetype pos = from;
        while (pos < to) {
            qsizetype colon = -1;
            const qsizetype start = findUrlStart(text, pos, to, &colon);
            if (start < 0) {
                scanTokens(text, pos, to);
                return;
            }
            scanTokens(text, pos, start);
            qsizetype end = colon + 1;
            while (end < to && !isUrlStop(text[end]))
                ++end;
            qsizetype parens = 0;
            qsizetype brackets = 0;
            for (qsizetype k = start; k < end; ++k) {
                parens += text[k] == u'(' ? 1 : text[k] == u')' ? -1 : 0;
                brackets += text[k] == u'[' ? 1 : text[k] == u']' ? -1 : 0;
            }
            while (end > colon + 1) {
                const QChar last = text[end - 1];
                if (last == u')' && parens < 0)
                    ++parens;
                else if (last == u']' && brackets < 0)
                    ++brackets;
                else if (!QStringView(u".,;:!?").contains(last))
                    break;
                --end;
            }
            const QStringView urlText = text.sliced(start, end - start);
            const UrlMatch v = matchPollUrl(urlText);
            if (v.ok) {
                Candidate c;
                c.id = v.id;
                c.pollUrl = v.pollUrl;
                c.base = v.base;
                c.dialects = v.dialects;
                c.source = Candidate::Source::PollUrl;
                c.snippet = clip(urlText);
                c.position = start;
                candidates.append(std::move(c));
                jobRanges.append({start, end});
            } else {
                reject(redactedUrlText(urlText), v.reason, start);
            }
            pos = std::max(end, colon + 1);
        }
    }

    void scanPlain(QStringView text, qsizetype from, qsizetype to)
    {
        qsizetype i = from;
        while (i < to) {
            while (i < to && text[i].isSpace())
                ++i;
            qsizetype end = i;
            while (end < to && !text[end].isSpace())
                ++end;
            if (end > i)
                scanWord(text, i, end);
            i = end;
        }
    }
};

bool compatible(const Candidate &a, const Candidate &b)
{
    if (a.dialects.isEmpty() || b.dialects.isEmpty())
        return true;
    return std::any_of(a.dialects.begin(), a.dialects.end(), [&](const QString &d) { return b.dialects.contains(d); });
}

// One entry per job: the same ID under the same base is one job, and a bare ID (or an ID without a URL)
// is the same job as a poll URL with that ID whose dialect fits. A later URL upgrades an earlier bare ID in
// place. Hash lookups keep this linear even for thousands of hosts sharing one ID.
void deduplicate(IdExtractor::Result &result, QList<Candidate> &&all)
{
    QHash<QString, qsizetype> byIdAndBase;             // id key + base → index, for entries with a base
    QHash<QString, QList<qsizetype>> withBase;         // id key → indexes of entries with a base
    QHash<QString, QList<qsizetype>> withoutBase;      // id key → indexes of entries without one (a few)
    for (Candidate &c : all) {
        const QString key = idKey(c.id);
        const QString base = c.base.toString(QUrl::StripTrailingSlash);
        if (!base.isEmpty()) {
            const QString fullKey = key + u'\n' + base;
            if (byIdAndBase.contains(fullKey)) {
                ++result.duplicates;
                continue;
            }
            QList<qsizetype> &bare = withoutBase[key];
            const auto it = std::find_if(bare.cbegin(), bare.cend(),
                                         [&](qsizetype i) { return compatible(result.candidates.at(i), c); });
            qsizetype index = result.candidates.size();
            if (it != bare.cend()) { // the URL tells more: it replaces the earlier bare ID, in place
                index = *it;
                bare.erase(it);
                c.position = result.candidates.at(index).position;
                result.candidates[index] = std::move(c);
                ++result.duplicates;
            } else {
                result.candidates.append(std::move(c));
            }
            byIdAndBase.insert(fullKey, index);
            withBase[key].append(index);
            continue;
        }
        QList<qsizetype> &bare = withoutBase[key];
        const auto sameBare = std::find_if(bare.begin(), bare.end(),
                                           [&](qsizetype i) { return compatible(result.candidates.at(i), c); });
        if (sameBare != bare.end()) {
            Candidate &existing = result.candidates[*sameBare];
            if (!c.dialects.isEmpty() && existing.dialects.size() > c.dialects.size())
                existing.dialects = c.dialects; // the narrower context (e.g. a JSON key) wins
            ++result.duplicates;
            continue;
        }
        const QList<qsizetype> &urls = withBase[key];
        const auto fits = [&](qsizetype i) { return compatible(result.candidates.at(i), c); };
        if (std::any_of(urls.begin(), urls.end(), fits)) {
            ++result.duplicates;
            continue;
        }
        bare.append(result.candidates.size());
        result.candidates.append(std::move(c));
    }
}

} // namespace

IdExtractor::Result IdExtractor::extract(const QStringList &arguments)
{
    return extract(arguments.join(u'\n'));
}

IdExtractor::Result IdExtractor::extract(QStringView text)
{
    Result result;
    result.inputEmpty = std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
    Collector collector;

    // JSON first: spans read as JSON are taken from their fields only. The parse budget keeps pathological
    // nesting of failing spans linear.
    const QList<Span> spans = balancedSpans(text);
    qsizetype budget = 4 * text.size() + 65536;
    qsizetype pos = 0;
    for (const Span &span : spans) {
        if (span.begin < pos)
            continue; // inside a span already read as JSON
        const qsizetype length = span.end - span.begin + 1;
        if (length > budget)
            continue;
        const QStringView slice = text.sliced(span.begin, length);
        if (!slice.contains(u'"') && slice != u"{}")
            continue;
        budget -= length;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(slice.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        if (!containsObject(root))
            continue; // "[1]" in prose is not an enqueue response
        collector.scanPlain(text, pos, span.begin);
        const qsizetype rejectedBefore = collector.rejected.size();
        const bool empty = doc.isObject() && doc.object().isEmpty();
        const qsizetype found = collector.candidates.size();
        if (!collector.visit(root, span.begin) && !empty) {
            // No job object (e.g. {"ids": ["job_…", …]}): read its text as plain text instead.
            collector.scanPlain(text, span.begin, span.end + 1);
        }
        if (collector.candidates.size() == found && !empty && collector.rejected.size() == rejectedBefore) {
            collector.reject(clip(QString::fromUtf8(doc.toJson(QJsonDocument::Compact))),
                             Tr::tr("the JSON has no job ID or poll URL (id, job_id, jobId, request_id, poll_url, "
                                    "status_url or urls.get)"),
                             span.begin);
        }
        if (collector.candidates.size() == found) {
            collector.wholeRejects.append({span.begin, span.end + 1});
        } else if (collector.jobRanges.isEmpty() || collector.jobRanges.constLast().begin < span.begin) {
            collector.jobRanges.append({span.begin, span.end + 1}); // read as JSON (not as text): it is one job source
        }
        pos = span.end + 1;
    }
    collector.scanPlain(text, pos, text.size());

    result.rejected = std::move(collector.rejected);
    deduplicate(result, std::move(collector.candidates));
    inputlines::account(text, std::move(collector.jobRanges), std::move(collector.wholeRejects), &result);
    return result;
}

QString IdExtractor::summary(const Result &result)
{
    const int count = int(result.candidates.size());
    if (count == 0) {
        QString reason;
        if (result.inputEmpty) {
            reason = Tr::tr("the text is empty");
        } else if (!result.rejected.isEmpty()) {
            const Rejected &first = result.rejected.constFirst();
            reason = Tr::tr("%1 (%2)", "reason (rejected text)").arg(first.reason, first.text);
            if (result.rejected.size() > 1)
                reason = Tr::tr("%1, and %n more item(s) not usable", nullptr, int(result.rejected.size() - 1))
                             .arg(reason);
        } else {
            reason = Tr::tr("no job ID, poll URL or enqueue response found");
        }
        return Tr::tr("Nothing recognised: %1").arg(reason);
    }
    QString text = Tr::tr("%n job(s) recognised", nullptr, count);
    if (result.duplicates > 0)
        text = Tr::tr("%1, %2", "list of summary parts")
                   .arg(text, Tr::tr("%n duplicate(s) ignored", nullptr, result.duplicates));
    if (!result.rejected.isEmpty()) {
        text = Tr::tr("%1, %2", "list of summary parts")
                   .arg(text, Tr::tr("%n item(s) not usable", nullptr, int(result.rejected.size())));
    }
    if (result.unrecognisedLines > 0) {
        text = Tr::tr("%1, %2", "list of summary parts")
                   .arg(text, Tr::tr("%n line(s) not recognised", nullptr, result.unrecognisedLines));
    }
    return text;
}

QStringList IdExtractor::dialectsForIdShape(QStringView id)
{
    return dialectsForId(id);
}

QStringList IdExtractor::knownDialects()
{
    return jobshape::knownDialects();
}

} // namespace jw
