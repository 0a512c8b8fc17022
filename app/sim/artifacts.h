#pragma once
// Real artifact content for the simulated provider: PNG images drawn in code (Qt Core only, a tiny PNG
// encoder), the embedded H.264 clip and its poster, a WAV chime, a one-page PDF, a markdown research report
// with numbered sources, and plain-text outputs. Content is derived from the job ID, so it is stable.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jw::sim {

struct ArtifactContent {
    QByteArray contentType;
    QByteArray data;
};

struct ResearchContent {
    QString title;
    QString markdown;
    QList<QPair<QString, QString>> sources; // title, url
    QStringList queries;
};

// A PNG of `width` x `height` 8-bit RGB pixels (`rgb` holds width*height*3 bytes, row by row).
QByteArray encodePng(int width, int height, const QByteArray &rgb);
// A colourful gradient (colours from `seed`) with `number` drawn large in the middle.
QByteArray numberedPng(quint32 seed, int number, int width, int height);
// A short mono 16-bit PCM WAV chime, its pitch from `seed`.
QByteArray chimeWav(quint32 seed);
// A valid one-page PDF with a title and some lines of text (ASCII).
QByteArray simplePdf(const QString &title, const QStringList &lines);
// The research report for a job: markdown with numbered citations, its sources and search queries.
ResearchContent researchReport(const QString &jobId);
// A stable 32-bit hash of a string (FNV-1a over UTF-8), used to vary content per job.
quint32 stableHash(const QString &text);

// Serves /artifacts/{jobId}/{file}; caches generated content (bounded).
class ArtifactStore final
{
public:
    ArtifactStore() = default;
    // The content for `file` of job `jobId`, or nothing when the file name is not one the simulator serves.
    std::optional<ArtifactContent> content(const QString &jobId, const QString &file);
    static bool isKnownFile(const QString &file);

private:
    std::optional<ArtifactContent> generate(const QString &jobId, const QString &file) const;
    QHash<QString, ArtifactContent> m_cache;
};

} // namespace jw::sim
