#include "previews/videopreview.h"

#include "widgets/flowlayout.h"

#include "previews/mediacontrols.h"
#include "previews/mediaframe.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QLabel>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoWidget>

using namespace Qt::StringLiterals;

namespace jw {

VideoPreview::VideoPreview(const Artifact &artifact, QWidget *parent)
    : ArtifactPreview(artifact, parent)
{
    m_player = new QMediaPlayer(this);
    // Only with a sound device: some backends crash with an audio output and none (DESIGN.md §8).
    if (!QMediaDevices::defaultAudioOutput().isNull()) {
        m_audio = new QAudioOutput(this);
        m_player->setAudioOutput(m_audio);
    }

    m_frame = new MediaFrame(contentPage());
    m_frame->setObjectName(u"videoFrame"_s);
    m_posterLabel = new QLabel(m_frame);
    m_posterLabel->setObjectName(u"poster"_s);
    m_posterLabel->setAlignment(Qt::AlignCenter);
    m_posterLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_posterLabel->setAutoFillBackground(true);
    QPalette dark = m_posterLabel->palette();
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, QColor(0xcc, 0xcc, 0xcc));
    m_posterLabel->setPalette(dark);
    m_posterLabel->setText(tr("Press play"));
    m_video = new QVideoWidget(m_frame);
    m_video->setObjectName(u"video"_s);
    m_video->setAspectRatioMode(Qt::KeepAspectRatio);
    m_frame->addWidget(m_posterLabel);
    m_frame->addWidget(m_video);
    m_player->setVideoOutput(m_video);
    contentLayout()->addWidget(m_frame);

    // Transport under the picture, file actions on their own row: both fit a narrow details pane.
    m_controls = new MediaControls(m_player, contentPage());
    contentLayout()->addWidget(m_controls);
    contentLayout()->addLayout(buttonRow({makeSaveButton(contentPage()), makeOpenButton(contentPage())}));

    connect(m_controls, &MediaControls::playRequested, this, [this] { m_frame->setCurrentWidget(m_video); });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (state() == State::Loading && (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia)) {
            markLoaded();
            // Without a poster, prerolling (paused) finds a stream the decoder cannot handle before anyone
            // presses play. The frame keeps showing "Press play": a paused frame is not painted by every backend.
            if (m_poster.isNull() && m_player->playbackState() == QMediaPlayer::StoppedState)
                m_player->pause();
        }
        else if (status == QMediaPlayer::InvalidMedia && state() != State::Failed)
            fail(PreviewProblem::Unsupported, m_player->errorString());
        else if (status == QMediaPlayer::EndOfMedia)
            showPosterPage();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString &text) {
        if (error == QMediaPlayer::NoError || state() == State::Failed)
            return;
        m_player->stop();
        fail(error == QMediaPlayer::ResourceError && text.isEmpty() ? PreviewProblem::Corrupt : PreviewProblem::Unsupported,
             text.isEmpty() ? tr("The media backend could not open the file.") : text);
    });
}

VideoPreview::~VideoPreview()
{
    m_player->stop();
}

QVideoSink *VideoPreview::videoSink() const
{
    return m_video->videoSink();
}

void VideoPreview::setPoster(const QImage &poster)
{
    m_poster = poster;
    updatePosterPixmap();
    setFailureImage(poster);
}

void VideoPreview::play()
{
    m_frame->setCurrentWidget(m_video);
    m_player->play();
}

void VideoPreview::pause()
{
    m_player->pause();
}

void VideoPreview::loadFile(const QString &path)
{
    showPosterPage();
    m_player->setSource(QUrl::fromLocalFile(path));
}

void VideoPreview::showPosterPage()
{
    m_frame->setCurrentWidget(m_posterLabel);
}

void VideoPreview::updatePosterPixmap()
{
    if (m_poster.isNull())
        return;
    const QSize box = m_posterLabel->size().isEmpty() ? QSize(480, 270) : m_posterLabel->size();
    m_posterLabel->setPixmap(QPixmap::fromImage(m_poster.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void VideoPreview::resizeEvent(QResizeEvent *event)
{
    ArtifactPreview::resizeEvent(event);
    updatePosterPixmap();
}

} // namespace jw
