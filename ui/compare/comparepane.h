#pragma once
// One job in the compare view: its image or video result in the existing preview (downloaded through the
// ArtifactFetcher, so a result the details pane already fetched comes from the cache), and under it the
// job's caption (compareCaption: name or ID, profile, duration, inputs). A video's poster is fetched the same
// way. The video's own transport is hidden: the compare view has one for all.

#include "model/job.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

namespace jw {

class ArtifactFetcher;
class ArtifactPreview;
class FetchHandle;
class ImagePreview;
class Thumbnailer;
class VideoPreview;
struct CaptionLine;
struct DecodedImage;
struct JobRecord;

class ComparePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePane)
public:
    // `artifact` is the job's video or image; `fetcher` may be null (the preview then stays "not downloaded").
    ComparePane(const JobRecord &record, const Artifact &artifact, const QList<CaptionLine> &caption,
                ArtifactFetcher *fetcher, Thumbnailer *thumbnailer, QWidget *parent = nullptr);
    ~ComparePane() override;

    QString jobKey() const { return m_jobKey; }
    ArtifactPreview *preview() const { return m_preview; }
    VideoPreview *video() const; // null for an image
    ImagePreview *image() const; // null for a video
    QString captionText() const; // "Label: value" lines (tests, accessibility)
    QWidget *caption() const { return m_caption; }

private:
    void fetchPoster(const QString &url);
    void onDecoded(quint64 id, const DecodedImage &result);

    QString m_jobKey;
    ArtifactFetcher *m_fetcher;
    Thumbnailer *m_thumbnailer;
    ArtifactPreview *m_preview = nullptr;
    QWidget *m_caption = nullptr;
    quint64 m_posterDecode = 0;
    QList<QPointer<FetchHandle>> m_handles;
    QStringList m_captionLines;
};

} // namespace jw
