#pragma once
// "Compare": 2 to 4 completed jobs side by side (two or three in a row, four in a 2 × 2 grid), each with its
// image or video result and its caption under it. Videos play and seek together under one transport
// (VideoSync); images zoom and pan together (ImageSync: wheel to zoom, drag to move, Fit and 100%).
// A non-modal window of its own; it reads the jobs once, when it opens.

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QToolButton;

namespace jw {

class ArtifactFetcher;
class ComparePane;
class ImageSync;
class JobList;
class MediaControls;
class ProfileList;
class Thumbnailer;
class VideoSync;

class CompareView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)
public:
    static constexpr int kMinJobs = 2;
    static constexpr int kMaxJobs = 4;

    // `keys`: the jobs, in order (each must have a video or image result: CompareAction checks). `fetcher`
    // may be null (tests of the layout only).
    CompareView(const JobList *jobs, const ProfileList *profiles, ArtifactFetcher *fetcher, const QStringList &keys,
                QWidget *parent = nullptr);
    ~CompareView() override;

    QList<ComparePane *> panes() const { return m_panes; }
    VideoSync *videoSync() const { return m_videoSync; }
    ImageSync *imageSync() const { return m_imageSync; }
    MediaControls *transport() const { return m_transport; } // null without videos

private:
    void buildBottomBar(QLayout *layout);

    Thumbnailer *m_thumbnailer = nullptr;
    QList<ComparePane *> m_panes;
    VideoSync *m_videoSync = nullptr;
    ImageSync *m_imageSync = nullptr;
    MediaControls *m_transport = nullptr;
};

} // namespace jw
