// VideoPreview with the simulated provider's real H.264 clip (320x180, 3 s): it loads, shows the poster
// before play, and playing delivers frames of the clip's size to the video sink (offscreen grabs are blank, so
// the sink is where frames are checked). A file the backend cannot play shows the poster with "Open
// externally"; an expired link offers "Poll again".

#include "previewtesthelpers.h"

#include "previews/mediacontrols.h"
#include "previews/videopreview.h"
#include "widgets/fittedimage.h"
#include "sim/artifacts.h"

#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>

using namespace jw;
using namespace Qt::StringLiterals;

class tst_PreviewsVideo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void loadsAndShowsThePosterBeforePlay();
    void playingDeliversFramesOfTheClipsSize();
    void unsupportedFileShowsPosterAndOpenExternally();
    void expiredLinkOffersPollAgain();
    void tooLargeSaysWhatToDo();

private:
    static Artifact videoArtifact()
    {
        Artifact a;
        a.kind = ArtifactKind::Video;
        a.url = u"http://127.0.0.1:9/artifacts/job_v/video.mp4"_s;
        a.posterUrl = u"http://127.0.0.1:9/artifacts/job_v/poster.jpg"_s;
        return a;
    }

    QTemporaryDir m_dir;
    sim::ArtifactStore m_store;
    QImage m_poster;
};

void tst_PreviewsVideo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto poster = m_store.content(u"job_v"_s, u"poster.jpg"_s);
    QVERIFY(poster);
    QVERIFY(m_poster.loadFromData(poster->data));
}

void tst_PreviewsVideo::loadsAndShowsThePosterBeforePlay()
{
    const auto clip = m_store.content(u"job_v"_s, u"video.mp4"_s);
    QVERIFY(clip);
    const QString path = previewtest::writeFile(m_dir, u"clip.mp4"_s, clip->data);
    VideoPreview preview(videoArtifact());
    preview.setPoster(m_poster);
    preview.resize(480, 360);
    preview.show();
    QSignalSpy states(&preview, &ArtifactPreview::stateChanged);
    preview.setLocalFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(preview.state(), ArtifactPreview::State::Loaded, 10000);
    QVERIFY(preview.hasPoster());
    const auto *poster = preview.findChild<QLabel *>(u"poster"_s);
    QVERIFY(poster && poster->isVisible());
    QVERIFY(!poster->pixmap().isNull());
    QTRY_COMPARE(preview.player()->duration() / 1000, qint64(3));
    QTRY_COMPARE(preview.controls()->timeText(), u"0:00 / 0:03"_s);
    QCOMPARE(preview.controls()->seekSlider()->maximum(), int(preview.player()->duration()));
}

void tst_PreviewsVideo::playingDeliversFramesOfTheClipsSize()
{
    const auto clip = m_store.content(u"job_v"_s, u"video.mp4"_s);
    const QString path = previewtest::writeFile(m_dir, u"clip2.mp4"_s, clip->data);
    VideoPreview preview(videoArtifact());
    preview.resize(480, 360);
    preview.show();
    preview.setLocalFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(preview.state(), ArtifactPreview::State::Loaded, 10000);

    QVideoSink *sink = preview.videoSink();
    QVERIFY(sink);
    QVideoFrame frame;
    connect(sink, &QVideoSink::videoFrameChanged, this, [&frame](const QVideoFrame &f) {
        if (f.isValid())
            frame = f;
    });
    preview.play();
    QTRY_VERIFY_WITH_TIMEOUT(frame.isValid(), 10000);
    QCOMPARE(frame.size(), QSize(320, 180));
    QCOMPARE(preview.player()->playbackState(), QMediaPlayer::PlayingState);
    QVERIFY(!preview.findChild<QLabel *>(u"poster"_s)->isVisible()); // the video replaced the poster
    QTRY_VERIFY_WITH_TIMEOUT(preview.player()->position() > 0, 5000);
    preview.pause();
    QTRY_COMPARE(preview.player()->playbackState(), QMediaPlayer::PausedState);
}

void tst_PreviewsVideo::unsupportedFileShowsPosterAndOpenExternally()
{
    // An MP4 name over bytes no demuxer understands.
    const QString path = previewtest::writeFile(m_dir, u"broken.mp4"_s, QByteArray(4096, '\x17'));
    VideoPreview preview(videoArtifact());
    preview.setPoster(m_poster);
    QList<QUrl> opened;
    preview.setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    preview.resize(480, 360);
    preview.show();
    preview.setLocalFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(preview.state(), ArtifactPreview::State::Failed, 10000);
    QCOMPARE(preview.problem(), PreviewProblem::Unsupported);
    QCOMPARE(preview.problemHeadline(), u"This video format cannot be played here"_s);
    QVERIFY(preview.problemDetail().contains(u"Open it externally"_s));
    const auto *image = preview.findChild<FittedImage *>(u"previewFailureImage"_s);
    QVERIFY(image && image->isVisible() && !image->image().isNull()); // the poster still shows
    QVERIFY(image->width() <= preview.width());
    auto *failure = preview.findChild<QWidget *>(u"previewFailure"_s);
    QPushButton *open = nullptr;
    for (auto *button : failure->findChildren<QPushButton *>(u"openExternally"_s))
        open = button;
    QVERIFY(open && open->isVisible());
    open->click();
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(path)}); // the downloaded file, checked as a local file
}

void tst_PreviewsVideo::expiredLinkOffersPollAgain()
{
    VideoPreview preview(videoArtifact());
    preview.show();
    FetchResult result;
    result.error = FetchError::Expired;
    result.httpStatus = 403;
    result.message = u"Link expired \u2014 poll again to refresh"_s;
    preview.setFetchResult(result);
    QCOMPARE(preview.state(), ArtifactPreview::State::Failed);
    QCOMPARE(preview.problemHeadline(), u"Link expired \u2014 poll again to refresh"_s);
    auto *pollAgain = preview.findChild<QPushButton *>(u"pollAgain"_s);
    QVERIFY(pollAgain && pollAgain->isVisible());
    QVERIFY(!preview.findChild<QPushButton *>(u"tryAgain"_s)->isVisible());
    QSignalSpy refresh(&preview, &ArtifactPreview::refreshRequested);
    pollAgain->click();
    QCOMPARE(refresh.size(), 1);
    QCOMPARE(preview.state(), ArtifactPreview::State::Loading);
}

void tst_PreviewsVideo::tooLargeSaysWhatToDo()
{
    VideoPreview preview(videoArtifact());
    preview.show();
    FetchResult result;
    result.error = FetchError::TooLarge;
    result.message = u"The file is 512 MB, over the 200 MB limit set in Settings."_s;
    preview.setFetchResult(result);
    QCOMPARE(preview.problem(), PreviewProblem::TooLarge);
    QCOMPARE(preview.problemHeadline(), u"Too big to preview"_s);
    QVERIFY(preview.problemDetail().startsWith(result.message));
    QVERIFY(preview.problemDetail().contains(u"raise the download limit"_s));
}

QTEST_MAIN(tst_PreviewsVideo)
#include "tst_previews_video.moc"
