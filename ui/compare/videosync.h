#pragma once
// Keeps the compare view's videos together. The first video leads: one transport drives it, and the others
// follow its play, pause and stop, and its position whenever they drift more than kToleranceMs from it (a seek
// of the leader, or decoders running at slightly different speeds). A follower that loads late catches up
// when it is ready. Followers are muted, so one sound track plays. A shorter follower waits at its end.

#include <QList>
#include <QObject>
#include <QPointer>

namespace jw {

class VideoPreview;

class VideoSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoSync)
public:
    static constexpr qint64 kToleranceMs = 250;

    explicit VideoSync(QObject *parent = nullptr);

    // The first one leads. Call once.
    void setVideos(const QList<VideoPreview *> &videos);
    VideoPreview *leader() const;
    QList<VideoPreview *> followers() const;

    // The transport's actions (the leader's player; the followers follow).
    void play();
    void pause();
    void seek(qint64 positionMs);

private:
    void followState();
    void followPosition(qint64 leaderMs);
    void align(VideoPreview *follower, qint64 leaderMs);

    QList<QPointer<VideoPreview>> m_videos;
};

} // namespace jw
