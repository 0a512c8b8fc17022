#include "compare/videosync.h"

#include "previews/videopreview.h"

#include <QAudioOutput>
#include <QMediaPlayer>

namespace jw {

namespace {

bool ready(const QMediaPlayer *player)
{
    const QMediaPlayer::MediaStatus status = player->mediaStatus();
    return status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia
           || status == QMediaPlayer::BufferingMedia || status == QMediaPlayer::EndOfMedia;
}

} // namespace

VideoSync::VideoSync(QObject *parent)
    : QObject(parent)
{
}

void VideoSync::setVideos(const QList<VideoPreview *> &videos)
{
    for (VideoPreview *video : videos)
        m_videos.append(video);
    VideoPreview *lead = leader();
    if (!lead)
        return;
    QMediaPlayer *leadPlayer = lead->player();
    connect(leadPlayer, &QMediaPlayer::playbackStateChanged, this, &VideoSync::followState);
    connect(leadPlayer, &QMediaPlayer::positionChanged, this, &VideoSync::followPosition);
    for (VideoPreview *follower : followers()) {
        QMediaPlayer *player = follower->player();
        if (QAudioOutput *out = player->audioOutput())
            out->setMuted(true);
        // Ready later than the leader: take its place and its state then.
        connect(player, &QMediaPlayer::mediaStatusChanged, this, [this, guarded = QPointer<VideoPreview>(follower)](QMediaPlayer::MediaStatus status) {
            if (!guarded || !leader() || (status != QMediaPlayer::LoadedMedia && status != QMediaPlayer::BufferedMedia))
                return;
            align(guarded, leader()->player()->position());
            if (leader()->player()->playbackState() == QMediaPlayer::PlayingState
                && guarded->player()->playbackState() != QMediaPlayer::PlayingState)
                guarded->play();
        });
    }
}

VideoPreview *VideoSync::leader() const
{
    return m_videos.isEmpty() ? nullptr : m_videos.first().data();
}

QList<VideoPreview *> VideoSync::followers() const
{
    QList<VideoPreview *> list;
    for (qsizetype i = 1; i < m_videos.size(); ++i) {
        if (m_videos.at(i))
            list.append(m_videos.at(i));
    }
    return list;
}

void VideoSync::play()
{
    if (VideoPreview *lead = leader())
        lead->play();
}

void VideoSync::pause()
{
    if (VideoPreview *lead = leader())
        lead->pause();
}

void VideoSync::seek(qint64 positionMs)
{
    if (VideoPreview *lead = leader())
        lead->player()->setPosition(positionMs);
}

void VideoSync::followState()
{
    VideoPreview *lead = leader();
    if (!lead)
        return;
    const QMediaPlayer::PlaybackState state = lead->player()->playbackState();
    for (VideoPreview *follower : followers()) {
        QMediaPlayer *player = follower->player();
        if (player->playbackState() == state)
            continue;
        switch (state) {
        case QMediaPlayer::PlayingState:
            align(follower, lead->player()->position());
            follower->play(); // shows the video in place of the poster, like the leader's
            break;
        case QMediaPlayer::PausedState:
            follower->pause();
            align(follower, lead->player()->position());
            break;
        case QMediaPlayer::StoppedState:
            player->pause(); // the leader ended or stopped; all stand still on their current frame
            break;
        }
    }
}

void VideoSync::followPosition(qint64 leaderMs)
{
    for (VideoPreview *follower : followers())
        align(follower, leaderMs);
}

void VideoSync::align(VideoPreview *follower, qint64 leaderMs)
{
    QMediaPlayer *player = follower->player();
    if (!ready(player))
        return;
    const qint64 duration = player->duration();
    const qint64 target = duration > 0 ? qMin(leaderMs, duration) : leaderMs;
    if (qAbs(player->position() - target) > kToleranceMs)
        player->setPosition(target);
}

} // namespace jw
