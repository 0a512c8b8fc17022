// AudioPreview with the simulated provider's WAV chime: it loads (duration, time text, seek range), plays and
// pauses; mute silences the audio output.

#include "previews/audiopreview.h"
#include "previews/mediacontrols.h"
#include "sim/artifacts.h"

#include <QAudioOutput>
#include <QLabel>
#include <QMediaPlayer>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace jw;
using namespace Qt::StringLiterals;

class tst_PreviewsAudio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsWithDurationAndSeekRange();
    void playAndPauseFromTheButton();
    void coverIsShownWhenGiven();
    void timeFormat_data();
    void timeFormat();

private:
    QString chimeFile();
    QTemporaryDir m_dir;
};

QString tst_PreviewsAudio::chimeFile()
{
    const QString path = m_dir.filePath(u"audio.wav"_s);
    if (!QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(sim::chimeWav(42));
    }
    return path;
}

static Artifact audioArtifact()
{
    Artifact a;
    a.kind = ArtifactKind::Audio;
    a.url = u"http://127.0.0.1:9/artifacts/job_a/audio.wav"_s;
    return a;
}

void tst_PreviewsAudio::loadsWithDurationAndSeekRange()
{
    AudioPreview preview(audioArtifact());
    preview.show();
    preview.setLocalFile(chimeFile());
    QTRY_VERIFY_WITH_TIMEOUT(preview.state() != ArtifactPreview::State::Loading, 10000);
    QVERIFY2(preview.state() == ArtifactPreview::State::Loaded, qPrintable(preview.problemDetail()));
    QTRY_VERIFY(preview.player()->duration() > 0);
    QCOMPARE(preview.controls()->seekSlider()->maximum(), int(preview.player()->duration()));
    QVERIFY(preview.controls()->timeText().startsWith(u"0:00 / "_s));
    // Mute drives the audio output (gstreamer needs one to play audio at all, with or without a device).
    QToolButton *mute = preview.controls()->muteButton();
    QVERIFY(preview.player()->audioOutput());
    QVERIFY(mute->isEnabled());
    mute->click();
    QVERIFY(preview.player()->audioOutput()->isMuted());
    QCOMPARE(mute->toolTip(), u"Unmute"_s);
}

void tst_PreviewsAudio::playAndPauseFromTheButton()
{
    AudioPreview preview(audioArtifact());
    preview.show();
    preview.setLocalFile(chimeFile());
    QTRY_COMPARE_WITH_TIMEOUT(preview.state(), ArtifactPreview::State::Loaded, 10000);
    QToolButton *play = preview.controls()->playButton();
    QCOMPARE(play->toolTip(), u"Play"_s);
    play->click();
    QTRY_COMPARE(preview.player()->playbackState(), QMediaPlayer::PlayingState);
    QCOMPARE(play->toolTip(), u"Pause"_s);
    play->click();
    QTRY_COMPARE(preview.player()->playbackState(), QMediaPlayer::PausedState);
}

void tst_PreviewsAudio::coverIsShownWhenGiven()
{
    AudioPreview preview(audioArtifact());
    preview.show();
    auto *cover = preview.findChild<QLabel *>(u"cover"_s);
    QVERIFY(cover && cover->isHidden());
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    preview.setCover(image);
    QVERIFY(!cover->isHidden());
    QVERIFY(cover->pixmap().width() <= 72);
}

void tst_PreviewsAudio::timeFormat_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0:00"_s;
    QTest::newRow("seconds round down") << qint64(2999) << u"0:02"_s;
    QTest::newRow("minutes") << qint64(754000) << u"12:34"_s;
    QTest::newRow("hours") << qint64(3723000) << u"1:02:03"_s;
    QTest::newRow("negative clamps") << qint64(-5) << u"0:00"_s;
}

void tst_PreviewsAudio::timeFormat()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(MediaControls::formatTime(ms), text);
}

QTEST_MAIN(tst_PreviewsAudio)
#include "tst_previews_audio.moc"
