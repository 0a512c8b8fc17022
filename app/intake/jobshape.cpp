#include "intake/jobshape.h"

#include "net/origin.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw::jobshape {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(IdExtractor) };

constexpr qsizetype kMaxUrlLength = 8192;

bool isLowerHex(QChar c) { return isAsciiDigit(c) || (c >= u'a' && c <= u'f'); }
bool isHex(QChar c) { return isLowerHex(c) || (c >= u'A' && c <= u'F'); }
template<typename Pred>
bool allOf(QStringView s, Pred pred)
{
    return std::all_of(s.begin(), s.end(), pred);
}
bool hasDigit(QStringView s) { return std::any_of(s.begin(), s.end(), isAsciiDigit); }

// A generated suffix rather than a word. Words in prose and code are one case (job_id, job_status, JOB_ID);
// random IDs hold a digit or mix cases (a 10-character ID over [A-Za-z0-9] lacks a digit 17% of the time).
bool looksGenerated(QStringView s)
{
    const bool upper = std::any_of(s.begin(), s.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    const bool lower = std::any_of(s.begin(), s.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
    return (s.size() >= 4 && hasDigit(s)) || (s.size() >= 6 && upper && lower) || s.size() >= 16;
}

// Words of ten letters or more that follow "job_" in code and API docs (job_description, JOB_PARAMETERS).
// They stay words; any other one-case run of ten letters or more is a generated ID (see theoSuffix).
bool isIdentifierWord(QStringView s)
{
    static const QLatin1StringView words[] = {
        "accounting"_L1, "allocation"_L1, "annotation"_L1, "annotations"_L1, "application"_L1,
        "assignment"_L1, "attachment"_L1, "attachments"_L1, "attributes"_L1, "cancellation"_L1,
        "categories"_L1, "classification"_L1, "collection"_L1, "completion"_L1, "configuration"_L1,
        "constraints"_L1, "controller"_L1, "coordinator"_L1, "credentials"_L1, "definition"_L1,
        "definitions"_L1, "dependencies"_L1, "dependency"_L1, "deployment"_L1, "description"_L1,
        "descriptions"_L1, "destination"_L1, "dispatcher"_L1, "environment"_L1, "executions"_L1,
        "expiration"_L1, "generation"_L1, "identifier"_L1, "identifiers"_L1, "information"_L1,
        "instructions"_L1, "invocation"_L1, "management"_L1, "monitoring"_L1, "notification"_L1,
        "notifications"_L1, "operations"_L1, "orchestrator"_L1, "parameters"_L1, "permissions"_L1,
        "persistence"_L1, "preferences"_L1, "preprocessing"_L1, "postprocessing"_L1, "processing"_L1,
        "processors"_L1, "properties"_L1, "registration"_L1, "repository"_L1, "requirements"_L1,
        "reservation"_L1, "resolution"_L1, "retention"_L1, "schedulers"_L1, "scheduling"_L1,
        "serialization"_L1, "specification"_L1, "statistics"_L1, "submission"_L1, "submissions"_L1,
        "subscription"_L1, "supervisor"_L1, "termination"_L1, "throughput"_L1, "timestamps"_L1,
        "transition"_L1, "transitions"_L1, "validation"_L1, "verification"_L1, "visibility"_L1,
    };
    return std::any_of(std::begin(words), std::end(words),
                       [s](QLatin1StringView w) { return s.compare(w, Qt::CaseInsensitive) == 0; });
}

// theo's "job_<alnum>" suffix: generated (a digit, mixed case or long), or one case of letters only at the
// length the providers issue (the simulator's theo IDs are 10 characters; job_ZAXUGYGRVU and job_knnvfmnjfq
// are IDs), unless it is one of the identifier words above (in any case: job_Description too). Shorter
// one-case words (job_status, job_queued, job_deadbeef) stay words.
bool theoSuffix(QStringView s)
{
    constexpr qsizetype kOneCaseLength = 10;
    if (isIdentifierWord(s))
        return false;
    if (looksGenerated(s))
        return true;
    const bool oneCase = std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'a' && c <= u'z'; })
        || std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    return oneCase && s.size() >= kOneCaseLength;
}

// Replicate's prediction IDs: 26 characters of [a-z0-9] (base32-like; letters only now and then), with at
// least one letter so that a long number is not taken for one.
bool isReplicateId(QStringView s)
{
    constexpr qsizetype kLength = 26;
    return s.size() == kLength && allOf(s, [](QChar c) { return isAsciiDigit(c) || (c >= u'a' && c <= u'z'); })
        && !allOf(s, isAsciiDigit);
}

const QStringList &allDialects()
{
    static const QStringList names = {u"theo"_s, u"vidocu"_s, u"scenes"_s, u"muvi"_s, u"replicate"_s,
                                      u"runway"_s, u"luma"_s, u"fal"_s, u"openai-videos"_s};
    return names;
}

// Hosts of the public APIs (and their subdomains).
QString dialectForHost(const QString &host)
{
    static const std::pair<QLatin1StringView, QLatin1StringView> hosts[] = {
        {"hitheo.ai"_L1, "theo"_L1},          {"vidocu.ai"_L1, "vidocu"_L1},
        {"muvi.video"_L1, "muvi"_L1},         {"replicate.com"_L1, "replicate"_L1},
        {"runwayml.com"_L1, "runway"_L1},     {"lumalabs.ai"_L1, "luma"_L1},
        {"fal.run"_L1, "fal"_L1},             {"openai.com"_L1, "openai-videos"_L1},
    };
    for (const auto &[suffix, dialect] : hosts) {
        if (host == suffix || (host.endsWith(suffix) && host.at(host.size() - suffix.size() - 1) == u'.'))
            return dialect;
    }
    return {};
}

// The job paths of the dialects, longest first. An empty dialect means "by the ID's shape" (vidocu,
// scenes and muvi share {base}/v1/jobs/{id}).
struct JobPath {
    QLatin1StringView segments[3];
    int count;
    QLatin1StringView dialect;
};
constexpr JobPath kJobPaths[] = {
    {{"dream-machine"_L1, "v1"_L1, "generations"_L1}, 3, "luma"_L1},
    {{"api"_L1, "v1"_L1, "jobs"_L1}, 3, "theo"_L1},
    {{"v1"_L1, "jobs"_L1, {}}, 2, {}},
    {{"v1"_L1, "predictions"_L1, {}}, 2, "replicate"_L1},
    {{"v1"_L1, "tasks"_L1, {}}, 2, "runway"_L1},
    {{"v1"_L1, "videos"_L1, {}}, 2, "openai-videos"_L1},
    {{"requests"_L1, {}, {}}, 1, "fal"_L1},
};

QStringList dialectsOnJobsPath(const QString &id)
{
    QStringList out;
    for (const QString &d : dialectsForId(id)) {
        if (d == u"vidocu" || d == u"scenes" || d == u"muvi")
            out.append(d);
    }
    return out;
}

} // namespace

bool isUuid(QStringView s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != u'-' : !isHex(s[i]))
            return false;
    }
    return true;
}

bool isUsableId(QStringView id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength || id == u"." || id == u"..")
        return false;
    return allOf(id, [](QChar c) {
        return isAsciiAlnum(c) || c == u'-' || c == u'_' || c == u'.' || c == u'~' || c == u':' || c == u'+'
            || c == u'=';
    });
}

QString idKey(const QString &id)
{
    return isUuid(id) ? id.toLower() : id;
}

QString clip(QStringView s)
{
    if (s.size() <= kSnippetLength)
        return s.toString();
    return s.left(kSnippetLength - 1).toString() + QChar(0x2026);
}

// The text of a URL fit to show: user info and query (where keys sometimes hide) removed.
QString redactedUrlText(QStringView s)
{
    QString out = s.toString();
    const qsizetype authority = out.indexOf(u"://");
    if (authority >= 0) {
        qsizetype end = authority + 3;
        while (end < out.size() && out[end] != u'/' && out[end] != u'?' && out[end] != u'#')
            ++end;
        const qsizetype at = out.lastIndexOf(u'@', end - 1);
        if (at > authority + 2)
            out.remove(authority + 3, at - authority - 2);
    }
    const qsizetype query = out.indexOf(u'?');
    if (query >= 0)
        out = out.left(query) + u"?\u2026"_s;
    return clip(out);
}

QStringList knownDialects()
{
    return allDialects();
}

PathMatch matchJobPath(const QString &encodedPath)
{
    PathMatch m;
    QList<QStringView> segs;
    for (const QStringView seg : QStringView(encodedPath).tokenize(u'/'))
        segs.append(seg);
    while (!segs.isEmpty() && segs.constLast().isEmpty())
        segs.removeLast();
    qsizetype idIndex = segs.size() - 1;
    if (segs.size() >= 3 && segs.constLast() == u"status" && segs.at(segs.size() - 3) == u"requests")
        idIndex = segs.size() - 2; // fal: …/requests/{id}/status
    for (const JobPath &path : kJobPaths) {
        const auto matchesAt = [&](qsizetype end) { // segments [end - count, end) equal the path
            if (end - path.count < 0)
                return false;
            for (int k = 0; k < path.count; ++k) {
                if (segs.at(end - path.count + k).compare(path.segments[k], Qt::CaseInsensitive) != 0)
                    return false;
            }
            return true;
        };
        if (idIndex >= 0 && matchesAt(segs.size())) {
            m.reason = Tr::tr("the URL ends at /%1/ without a job ID").arg(path.segments[path.count - 1]);
            return m;
        }
        if (idIndex < 1 || !matchesAt(idIndex))
            continue;
        m.id = QUrl::fromPercentEncoding(segs.at(idIndex).toUtf8());
        QStringList base;
        for (qsizetype k = 0; k < idIndex - path.count; ++k)
            base.append(segs.at(k).toString());
        m.basePath = base.join(u'/');
        if (!path.dialect.isEmpty())
            m.dialects = QStringList{QString(path.dialect)};
        else
            m.dialects = dialectsOnJobsPath(m.id);
        m.found = true;
        return m;
    }
    m.reason = Tr::tr("the URL has no job path such as /v1/jobs/<id>");
    return m;
}

UrlMatch matchPollUrl(QStringView text)
{
    UrlMatch v;
    if (text.size() > kMaxUrlLength) {
        v.reason = Tr::tr("the URL is too long");
        return v;
    }
    const QUrl url(text.toString(), QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https") {
        v.reason = Tr::tr("only http and https URLs are supported");
        return v;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        v.reason = Tr::tr("the URL has no valid host");
        return v;
    }
    if (!url.userInfo().isEmpty()) {
        v.reason = Tr::tr("URLs with a user name or password are not accepted");
        return v;
    }
    if (checkUrl(url) == UrlCheck::PlainHttpOffLoopback) {
        v.reason = Tr::tr("plain http is only allowed for loopback addresses; use https");
        return v;
    }
    const PathMatch m = matchJobPath(url.path(QUrl::FullyEncoded));
    if (!m.found) {
        v.reason = m.reason;
        return v;
    }
    if (!isUsableId(m.id)) {
        v.reason = Tr::tr("the job ID in the URL is empty, too long or has unexpected characters");
        return v;
    }
    UrlMatch &c = v;
    c.id = m.id;
    c.pollUrl = url.adjusted(QUrl::RemoveFragment);
    c.base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    c.base.setPath(m.basePath, QUrl::TolerantMode);
    // The host of a public API decides; then a base ending in a dialect's name (the simulated provider's
    // http://127.0.0.1:PORT/theo); then the job path; then the ID's shape.
    const QString byHost = dialectForHost(url.host().toLower());
    const QString lastBaseSegment = m.basePath.section(u'/', -1).toLower();
    if (!byHost.isEmpty())
        c.dialects = QStringList{byHost};
    else if (allDialects().contains(lastBaseSegment))
        c.dialects = QStringList{lastBaseSegment};
    else
        c.dialects = m.dialects;
    v.ok = true;
    return v;
}

QStringList dialectsForId(QStringView id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength)
        return {};
    if (isUuid(id))
        return {u"scenes"_s, u"runway"_s, u"luma"_s, u"fal"_s};
    if (id.startsWith(u"job_")) {
        const QStringView suffix = id.sliced(4);
        if (!allOf(suffix, isAsciiAlnum))
            return {};
        // Lower-case hex is muvi's shape (job_ + 12 hex digits), and theo's IDs can look the same.
        const bool hex = allOf(suffix, isLowerHex);
        if (hex && (suffix.size() >= 12 || (suffix.size() >= 6 && looksGenerated(suffix))))
            return {u"muvi"_s, u"theo"_s};
        return theoSuffix(suffix) ? QStringList{u"theo"_s} : QStringList{};
    }
    for (const auto prefix : {"analysis_"_L1, "export_"_L1, "translation_"_L1, "tool_"_L1}) {
        if (!id.startsWith(prefix))
            continue;
        const QStringView suffix = id.sliced(prefix.size());
        // analysis_<ms>_<alnum> as documented, or one generated alphanumeric run.
        const qsizetype underscore = suffix.indexOf(u'_');
        const QStringView ms = underscore < 0 ? suffix : suffix.first(underscore);
        const QStringView rest = underscore < 0 ? QStringView() : suffix.sliced(underscore + 1);
        const bool documented = ms.size() >= 8 && allOf(ms, isAsciiDigit)
            && (underscore < 0 || (!rest.isEmpty() && allOf(rest, isAsciiAlnum)));
        const bool generated = underscore < 0 && suffix.size() >= 8 && allOf(suffix, isAsciiAlnum)
            && looksGenerated(suffix);
        return documented || generated ? QStringList{u"vidocu"_s} : QStringList{};
    }
    if (id.startsWith(u"video_")) {
        const QStringView suffix = id.sliced(6);
        const bool hex = suffix.size() >= 16 && allOf(suffix, isLowerHex);
        if (hex || (suffix.size() >= 20 && allOf(suffix, isAsciiAlnum) && hasDigit(suffix)))
            return {u"openai-videos"_s};
    }
    if (isReplicateId(id))
        return {u"replicate"_s};
    return {};
}

} // namespace jw::jobshape
