#pragma once
// Transport controls for a QMediaPlayer: play/pause, a seek slider, "0:01 / 0:03" and mute. The mute
// button is disabled when the player has no audio output (no sound device). Shared by the video and audio
// previews.

#include <QWidget>

class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;

namespace jw {

class MediaControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaControls)
public:
    explicit MediaControls(QMediaPlayer *player, QWidget *parent = nullptr);

    QToolButton *playButton() const { return m_play; }
    QSlider *seekSlider() const { return m_seek; }
    QToolButton *muteButton() const { return m_mute; }
    QString timeText() const;

    static QString formatTime(qint64 ms);

Q_SIGNALS:
    void playRequested(); // before play starts (the video preview swaps the poster for the video)

private:
    void togglePlay();
    void updateTime();
    void updateButtons();

    QMediaPlayer *m_player;
    QToolButton *m_play = nullptr;
    QSlider *m_seek = nullptr;
    QLabel *m_time = nullptr;
    QToolButton *m_mute = nullptr;
    bool m_dragging = false;
};

} // namespace jw
