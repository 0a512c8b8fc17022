#include "previews/audiopreview.h"

#include "widgets/flowlayout.h"

#include "previews/mediacontrols.h"

#include <QAudioOutput>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
constexpr int kCoverSize = 72;
}

AudioPreview::AudioPreview(const Artifact &artifact, QWidget *parent)
    : ArtifactPreview(artifact, parent)
{
    m_player = new QMediaPlayer(this);
    // Always an output: the gstreamer backend (Qt 6.4's default) cannot even load an audio-only file without one.
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);

    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    m_cover = new QLabel(contentPage());
    m_cover->setObjectName(u"cover"_s);
    m_cover->setFixedSize(kCoverSize, kCoverSize);
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setVisible(false);
    row->addWidget(m_cover, 0, Qt::AlignVCenter);
    auto *right = new QVBoxLayout;
    right->setSpacing(6);
    m_controls = new MediaControls(m_player, contentPage());
    right->addWidget(m_controls);
    right->addLayout(buttonRow({makeSaveButton(contentPage()), makeOpenButton(contentPage())}));
    row->addLayout(right, 1);
    contentLayout()->addLayout(row);

    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (state() == State::Loading && (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia))
            markLoaded();
        else if (status == QMediaPlayer::InvalidMedia && state() != State::Failed)
            fail(PreviewProblem::Unsupported, m_player->errorString());
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString &text) {
        if (error == QMediaPlayer::NoError || state() == State::Failed)
            return;
        m_player->stop();
        fail(PreviewProblem::Unsupported, text.isEmpty() ? tr("The media backend could not open the file.") : text);
    });
}

AudioPreview::~AudioPreview()
{
    m_player->stop();
}

void AudioPreview::setCover(const QImage &cover)
{
    if (cover.isNull())
        return;
    m_cover->setPixmap(QPixmap::fromImage(cover.scaled(kCoverSize, kCoverSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_cover->setVisible(true);
}

void AudioPreview::loadFile(const QString &path)
{
    m_player->setSource(QUrl::fromLocalFile(path));
}

} // namespace jw
