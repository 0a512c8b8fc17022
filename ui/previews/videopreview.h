#pragma once
// Video result: the poster before play, then QMediaPlayer + QVideoWidget with play/pause, seek, time
// and mute; Save as… and Open externally. A format the backend cannot play shows the poster, the reason and
// "Open externally". Tests read frames from videoSink() (offscreen grabs are blank).

#include "previews/artifactpreview.h"

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QVideoSink;
class QVideoWidget;

namespace jw {

class MediaControls;
class MediaFrame;

class VideoPreview final : public ArtifactPreview
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoPreview)
public:
    explicit VideoPreview(const Artifact &artifact, QWidget *parent = nullptr);
    ~VideoPreview() override;

    // The poster (or thumbnail) shown before play and on the "unsupported format" page.
    void setPoster(const QImage &poster);
    bool hasPoster() const { return !m_poster.isNull(); }

    QMediaPlayer *player() const { return m_player; }
    QVideoSink *videoSink() const;
    MediaControls *controls() const { return m_controls; }

public Q_SLOTS:
    void play();
    void pause();

protected:
    void loadFile(const QString &path) override;

private:
    void showPosterPage();
    void updatePosterPixmap();
    void resizeEvent(QResizeEvent *event) override;

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    MediaFrame *m_frame = nullptr;
    QLabel *m_posterLabel = nullptr;
    QVideoWidget *m_video = nullptr;
    MediaControls *m_controls = nullptr;
    QImage m_poster;
};

} // namespace jw
