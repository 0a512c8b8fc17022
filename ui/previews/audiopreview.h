#pragma once
// Audio result: a player with play/pause, a seek bar and the time, the cover image when the provider
// gives one, Save as… and Open externally.

#include "previews/artifactpreview.h"

class QAudioOutput;
class QLabel;
class QMediaPlayer;

namespace jw {

class MediaControls;

class AudioPreview final : public ArtifactPreview
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudioPreview)
public:
    explicit AudioPreview(const Artifact &artifact, QWidget *parent = nullptr);
    ~AudioPreview() override;

    void setCover(const QImage &cover);
    QMediaPlayer *player() const { return m_player; }
    MediaControls *controls() const { return m_controls; }

protected:
    void loadFile(const QString &path) override;

private:
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QLabel *m_cover = nullptr;
    MediaControls *m_controls = nullptr;
};

} // namespace jw
