#include "model/normalize.h"

#include "model/inlineresults.h"
#include "model/nametable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

constexpr NamedValue<JobState> kSynonyms[] = {
    {"queued"_L1, JobState::Queued},       {"pending"_L1, JobState::Queued},
    {"starting"_L1, JobState::Queued},     {"in_queue"_L1, JobState::Queued},
    {"active"_L1, JobState::Running},      {"processing"_L1, JobState::Running},
    {"running"_L1, JobState::Running},     {"in_progress"_L1, JobState::Running},
    {"completed"_L1, JobState::Completed}, {"succeeded"_L1, JobState::Completed},
    {"success"_L1, JobState::Completed},   {"done"_L1, JobState::Completed},
    {"failed"_L1, JobState::Failed},       {"error"_L1, JobState::Failed},
    {"cancelled"_L1, JobState::Cancelled}, {"canceled"_L1, JobState::Cancelled},
};

constexpr NamedValue<ArtifactKind> kExtensions[] = {
    {"mp4"_L1, ArtifactKind::Video},  {"webm"_L1, ArtifactKind::Video},  {"mov"_L1, ArtifactKind::Video},
    {"mkv"_L1, ArtifactKind::Video},  {"m4v"_L1, ArtifactKind::Video},   {"avi"_L1, ArtifactKind::Video},
    {"png"_L1, ArtifactKind::Image},  {"jpg"_L1, ArtifactKind::Image},   {"jpeg"_L1, ArtifactKind::Image},
    {"gif"_L1, ArtifactKind::Image},  {"webp"_L1, ArtifactKind::Image},  {"bmp"_L1, ArtifactKind::Image},
    {"svg"_L1, ArtifactKind::Image},  {"avif"_L1, ArtifactKind::Image},
    {"mp3"_L1, ArtifactKind::Audio},  {"wav"_L1, ArtifactKind::Audio},   {"ogg"_L1, ArtifactKind::Audio},
    {"oga"_L1, ArtifactKind::Audio},  {"m4a"_L1, ArtifactKind::Audio},   {"flac"_L1, ArtifactKind::Audio},
    {"aac"_L1, ArtifactKind::Audio},  {"opus"_L1, ArtifactKind::Audio},
    {"pdf"_L1, ArtifactKind::Document}, {"doc"_L1, ArtifactKind::Document}, {"docx"_L1, ArtifactKind::Document},
    {"odt"_L1, ArtifactKind::Document}, {"pptx"_L1, ArtifactKind::Document}, {"xlsx"_L1, ArtifactKind::Document},
    {"csv"_L1, ArtifactKind::Document}, {"zip"_L1, ArtifactKind::Document}, {"epub"_L1, ArtifactKind::Document},
    {"txt"_L1, ArtifactKind::Text},   {"md"_L1, ArtifactKind::Text},     {"srt"_L1, ArtifactKind::Text},
    {"vtt"_L1, ArtifactKind::Text},   {"json"_L1, ArtifactKind::Text},
};

// Words in a type or field name, checked in this order ("posterImage" of a video is still an image URL).
constexpr NamedValue<ArtifactKind> kWords[] = {
    {"video"_L1, ArtifactKind::Video},       {"image"_L1, ArtifactKind::Image},
    {"img"_L1, ArtifactKind::Image},         {"thumbnail"_L1, ArtifactKind::Image},
    {"poster"_L1, ArtifactKind::Image},      {"picture"_L1, ArtifactKind::Image},
    {"photo"_L1, ArtifactKind::Image},       {"audio"_L1, ArtifactKind::Audio},
    {"voice"_L1, ArtifactKind::Audio},       {"sound"_L1, ArtifactKind::Audio},
    {"music"_L1, ArtifactKind::Audio},       {"document"_L1, ArtifactKind::Document},
    {"pdf"_L1, ArtifactKind::Document},      {"text"_L1, ArtifactKind::Text},
    {"transcript"_L1, ArtifactKind::Text},   {"subtitle"_L1, ArtifactKind::Text},
};

// Words that only say "a file" (downloadUrl, fileUrl): weaker than the URL's extension, so the
// downloadUrl of an export ending in .mp4 is a video, and a bare downloadUrl is still a document.
constexpr QLatin1StringView kFileWords[] = {"download"_L1, "file"_L1};

bool hasFileWord(const QString &name)
{
    for (const QLatin1StringView w : kFileWords)
        if (name.contains(w, Qt::CaseInsensitive))
            return true;
    return false;
}

std::optional<ArtifactKind> kindFromWord(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    const QString lower = name.toLower();
    // Exact kind names first ("video", "image", ...), also MIME types ("video/mp4").
    if (const auto k = kindFromName(lower.section(u'/', 0, 0)))
        return k;
    for (const NamedValue<ArtifactKind> &w : kWords)
        if (lower.contains(w.name))
            return w.value;
    return std::nullopt;
}


QString siblingTypeHint(const QJsonObject &o)
{
    for (const auto key : {"type"_L1, "kind"_L1, "mimeType"_L1, "mime_type"_L1, "contentType"_L1, "content_type"_L1})
        if (const QJsonValue v = o.value(key); v.isString())
            return v.toString();
    return {};
}

struct UrlCollector {
    QList<Artifact> &out;
    int maxDepth;
    qsizetype maxCount;
    qsizetype found = 0;

    void visit(const QJsonValue &v, const QString &field, const QString &typeHint, int depth)
    {
        if (found >= maxCount)
            return;
        if (v.isString()) {
            const QString url = v.toString();
            if (!isHttpUrl(url))
                return;
            // A sibling type describes the object's main URL, not its "thumbnailUrl".
            const bool nameSaysNothing = kindFromWord(field) == std::nullopt;
            Artifact a;
            a.kind = inferKind(nameSaysNothing ? typeHint : QString(), field, url);
            a.url = url;
            out.append(a);
            ++found;
        } else if (v.isArray()) {
            if (depth >= maxDepth)
                return;
            const QJsonArray a = v.toArray();
            for (const QJsonValue &item : a)
                visit(item, field, typeHint, depth + 1);
        } else if (v.isObject()) {
            if (depth >= maxDepth)
                return;
            const QJsonObject o = v.toObject();
            const QString hint = siblingTypeHint(o);
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                visit(it.value(), it.key(), hint, depth + 1);
        }
    }
};

} // namespace

JobState normalizeStatus(const QString &raw, const QHash<QString, JobState> &extra)
{
    const QString key = raw.trimmed().toLower();
    if (const auto it = extra.constFind(key); it != extra.constEnd())
        return *it;
    return valueNamed(kSynonyms, key).value_or(JobState::Unknown);
}

std::optional<ArtifactKind> kindFromExtension(const QString &url)
{
    const QString path = QUrl(url).path();
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot < 0 || dot < path.lastIndexOf(u'/'))
        return std::nullopt;
    const QString ext = path.mid(dot + 1).toLower();
    return valueNamed(kExtensions, ext);
}

ArtifactKind inferKind(const QString &typeHint, const QString &fieldName, const QString &url)
{
    if (const auto k = kindFromWord(typeHint))
        return *k;
    if (const auto k = kindFromWord(fieldName))
        return *k;
    if (const auto k = kindFromExtension(url))
        return *k;
    if (hasFileWord(fieldName))
        return ArtifactKind::Document;
    return ArtifactKind::Other;
}

void collectUrlArtifacts(const QJsonValue &value, QList<Artifact> &out, int maxDepth, qsizetype maxCount)
{
    UrlCollector collector{out, maxDepth, maxCount};
    collector.visit(value, QString(), QString(), 0);
}

void finalizeSnapshot(JobSnapshot &s)
{
    if (s.progress && !std::isfinite(*s.progress))
        s.progress.reset();
    if (!s.progress && s.done && s.total && *s.total > 0)
        s.progress = 100.0 * double(*s.done) / double(*s.total);
    if (s.progress)
        s.progress = std::clamp(*s.progress, 0.0, 100.0);
    if (s.state == JobState::Completed)
        s.progress = 100.0;

    // De-duplicate by URL, keeping the first position; a later duplicate fills in what the first lacks
    // (muvi's `output` string repeats `outputs[0]`, which carries the thumbnail and poster).
    QHash<QString, qsizetype> seen;
    QList<Artifact> kept;
    for (const Artifact &a : std::as_const(s.artifacts)) {
        if (a.url.isEmpty())
            continue;
        if (const auto it = seen.constFind(a.url); it != seen.constEnd()) {
            Artifact &first = kept[*it];
            if (first.kind == ArtifactKind::Other)
                first.kind = a.kind;
            for (auto field : {&Artifact::thumbnailUrl, &Artifact::posterUrl, &Artifact::mimeType, &Artifact::title})
                if ((first.*field).isNull())
                    first.*field = a.*field;
            if (!first.sizeBytes)
                first.sizeBytes = a.sizeBytes;
            continue;
        }
        seen.insert(a.url, kept.size());
        kept.append(a);
    }
    s.artifacts = kept;
}

DroppedLinks dropUnsafeLinks(JobSnapshot &s)
{
    DroppedLinks dropped;
    // Empty stays empty (JSON null is no link); anything else must be a link Jobwatch may open or fetch.
    const auto unsafe = [&dropped](const QString &link) {
        // An http(s) link with a host that is not strictly valid ("https://..." in a provider's example) is kept:
        // fetching it fails with a network error, and it can run or read nothing. Without a host ("https:///x"),
        // with another scheme or none, it is dropped.
        if (link.isEmpty() || isInlineUrl(link))
            return false;
        const QString text = link.trimmed();
        for (const QLatin1StringView prefix : {"http://"_L1, "https://"_L1}) {
            if (text.startsWith(prefix, Qt::CaseInsensitive) && text.size() > prefix.size() && text.at(prefix.size()) != u'/')
                return false;
        }
        const QString scheme = QUrl(text).scheme().toLower();
        ++dropped.count;
        if (!scheme.isEmpty() && scheme != u"http"_s && scheme != u"https"_s && !dropped.schemes.contains(scheme))
            dropped.schemes.append(scheme);
        return true;
    };
    QList<Artifact> kept;
    for (Artifact a : std::as_const(s.artifacts)) { // each link in document order, so the note names them that way
        const bool drop = unsafe(a.url);
        if (unsafe(a.thumbnailUrl))
            a.thumbnailUrl = QString();
        if (unsafe(a.posterUrl))
            a.posterUrl = QString();
        if (!drop)
            kept.append(a);
    }
    s.artifacts = kept;
    if (s.report) // a source without a link is not one the user can follow
        s.report->sources.removeIf([&unsafe](const Source &source) { return unsafe(source.url); });
    return dropped;
}

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty();
}

bool isHttpUrl(const QString &text)
{
    return !text.isEmpty() && isHttpUrl(QUrl(text, QUrl::StrictMode));
}

} // namespace jw
