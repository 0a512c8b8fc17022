#include "job/normalize.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

struct Synonym { QLatin1StringView word; JobState state; };
constexpr Synonym kSynonyms[] = {
    {"queued"_L1, JobState::Queued},       {"pending"_L1, JobState::Queued},
    {"starting"_L1, JobState::Queued},     {"in_queue"_L1, JobState::Queued},
    {"active"_L1, JobState::Running},      {"processing"_L1, JobState::Running},
    {"running"_L1, JobState::Running},     {"in_progress"_L1, JobState::Running},
    {"completed"_L1, JobState::Completed}, {"succeeded"_L1, JobState::Completed},
    {"success"_L1, JobState::Completed},   {"done"_L1, JobState::Completed},
    {"failed"_L1, JobState::Failed},       {"error"_L1, JobState::Failed},
    {"cancelled"_L1, JobState::Cancelled}, {"canceled"_L1, JobState::Cancelled},
};

struct Ext { QLatin1StringView ext; ArtifactKind kind; };
constexpr Ext kExtensions[] = {
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
struct Word { QLatin1StringView word; ArtifactKind kind; };
constexpr Word kWords[] = {
    {"video"_L1, ArtifactKind::Video},       {"image"_L1, ArtifactKind::Image},
    {"img"_L1, ArtifactKind::Image},         {"thumbnail"_L1, ArtifactKind::Image},
    {"poster"_L1, ArtifactKind::Image},      {"picture"_L1, ArtifactKind::Image},
    {"photo"_L1, ArtifactKind::Image},       {"audio"_L1, ArtifactKind::Audio},
    {"voice"_L1, ArtifactKind::Audio},       {"sound"_L1, ArtifactKind::Audio},
    {"music"_L1, ArtifactKind::Audio},       {"document"_L1, ArtifactKind::Document},
    {"download"_L1, ArtifactKind::Document}, {"pdf"_L1, ArtifactKind::Document},
    {"file"_L1, ArtifactKind::Document},     {"text"_L1, ArtifactKind::Text},
    {"transcript"_L1, ArtifactKind::Text},   {"subtitle"_L1, ArtifactKind::Text},
};

std::optional<ArtifactKind> kindFromWord(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    const QString lower = name.toLower();
    // Exact kind names first ("video", "image", ...), also MIME types ("video/mp4").
    if (const auto k = kindFromName(lower.section(u'/', 0, 0)))
        return k;
    for (const Word &w : kWords)
        if (lower.contains(w.word))
            return w.kind;
    return std::nullopt;
}

} // namespace

JobState normalizeStatus(const QString &raw, const QHash<QString, JobState> &extra)
{
    const QString key = raw.trimmed().toLower();
    if (const auto it = extra.constFind(key); it != extra.constEnd())
        return *it;
    for (const Synonym &s : kSynonyms)
        if (key == s.word)
            return s.state;
    return JobState::Unknown;
}

std::optional<ArtifactKind> kindFromExtension(const QString &url)
{
    const QString path = QUrl(url).path();
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot < 0 || dot < path.lastIndexOf(u'/'))
        return std::nullopt;
    const QString ext = path.mid(dot + 1).toLower();
    for (const Ext &e : kExtensions)
        if (ext == e.ext)
            return e.kind;
    return std::nullopt;
}

ArtifactKind inferKind(const QString &typeHint, const QString &fieldName, const QString &url)
{
    if (const auto k = kindFromWord(typeHint))
        return *k;
    if (const auto k = kindFromWord(fieldName))
        return *k;
    if (const auto k = kindFromExtension(url))
        return *k;
    return ArtifactKind::Other;
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

} // namespace jw
