#include "previews/mediacontrols.h"

#include <QAudioOutput>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace jw {

MediaControls::MediaControls(QMediaPlayer *player, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_play = new QToolButton(this);
    m_play->setObjectName(u"playPause"_s);
    m_play->setAutoRaise(true);
    m_seek = new QSlider(Qt::Horizontal, this);
    m_seek->setObjectName(u"seek"_s);
    m_seek->setRange(0, 0);
    m_seek->setToolTip(tr("Seek"));
    m_time = new QLabel(this);
    m_time->setObjectName(u"time"_s);
    m_time->setTextFormat(Qt::PlainText);
    // Tabular width so the slider does not jump while the time changes.
    QFont mono = m_time->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(u"DejaVu Sans Mono"_s);
    m_time->setFont(mono);
    m_mute = new QToolButton(this);
    m_mute->setObjectName(u"mute"_s);
    m_mute->setAutoRaise(true);
    m_mute->setCheckable(true);
    layout->addWidget(m_play);
    layout->addWidget(m_seek, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_mute);

    connect(m_play, &QToolButton::clicked, this, &MediaControls::togglePlay);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &MediaControls::updateButtons);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_seek->setRange(0, int(duration));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_dragging)
            m_seek->setValue(int(position));
        updateTime();
    });
    connect(m_seek, &QSlider::sliderPressed, this, [this] { m_dragging = true; });
    connect(m_seek, &QSlider::sliderReleased, this, [this] {
        m_dragging = false;
        m_player->setPosition(m_seek->value());
    });
    // Clicks and keys on the slider (not drags) seek at once.
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && !m_dragging)
            m_player->setPosition(m_seek->sliderPosition());
    });
    connect(m_mute, &QToolButton::toggled, this, [this](bool muted) {
        if (QAudioOutput *out = m_player->audioOutput())
            out->setMuted(muted);
        updateButtons();
    });
    connect(m_player, &QMediaPlayer::audioOutputChanged, this, &MediaControls::updateButtons);
    updateButtons();
    updateTime();
}

QString MediaControls::formatTime(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString MediaControls::timeText() const
{
    return m_time->text();
}

void MediaControls::togglePlay()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
        return;
    }
    Q_EMIT playRequested();
    m_player->play();
}

void MediaControls::updateTime()
{
    m_time->setText(tr("%1 / %2", "position / duration").arg(formatTime(m_player->position()), formatTime(m_player->duration())));
}

void MediaControls::updateButtons()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause") : tr("Play"));
    QAudioOutput *out = m_player->audioOutput();
    m_mute->setEnabled(out != nullptr);
    const bool muted = !out || out->isMuted();
    m_mute->setIcon(style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    m_mute->setToolTip(!out ? tr("No sound device") : (muted ? tr("Unmute") : tr("Mute")));
}

} // namespace jw
