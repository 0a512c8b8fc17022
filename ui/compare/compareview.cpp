#include "compare/compareview.h"

#include "compare/compareaction.h"
#include "compare/comparecaption.h"
#include "compare/comparepane.h"
#include "compare/imagesync.h"
#include "compare/videosync.h"
#include "model/joblist.h"
#include "model/profilelist.h"
#include "previews/imagepreview.h"
#include "previews/mediacontrols.h"
#include "previews/videopreview.h"
#include "thumbnails/thumbnailer.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

CompareView::CompareView(const JobList *jobs, const ProfileList *profiles, ArtifactFetcher *fetcher,
                         const QStringList &keys, QWidget *parent)
    : QDialog(parent)
    , m_thumbnailer(new Thumbnailer(this))
{
    setObjectName(u"compareView"_s);
    setWindowTitle(tr("Compare %n job(s)", nullptr, int(keys.size())));
    setSizeGripEnabled(true);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(16);
    const int columns = keys.size() == 4 ? 2 : int(keys.size());
    QList<VideoPreview *> videos;
    for (const QString &key : keys) {
        const JobRecord *record = jobs->find(key);
        if (!record)
            continue;
        const std::optional<Artifact> media = CompareAction::mediaOf(record->snapshot);
        if (!media)
            continue;
        auto *pane = new ComparePane(*record, *media, compareCaption(*record, profiles->displayName(record->profileId)),
                                     fetcher, m_thumbnailer, this);
        const int index = int(m_panes.size());
        grid->addWidget(pane, index / columns, index % columns);
        m_panes.append(pane);
        if (VideoPreview *video = pane->video())
            videos.append(video);
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    // Captions of different lengths: the same height for all, so the results line up.
    int captionHeight = 0;
    for (ComparePane *pane : std::as_const(m_panes))
        captionHeight = qMax(captionHeight, pane->caption()->sizeHint().height());
    for (ComparePane *pane : std::as_const(m_panes))
        pane->caption()->setMinimumHeight(captionHeight);
    layout->addLayout(grid, 1);

    if (!videos.isEmpty()) {
        m_videoSync = new VideoSync(this);
        m_videoSync->setVideos(videos);
    }
    for (ComparePane *pane : std::as_const(m_panes)) {
        if (ImagePreview *image = pane->image()) {
            if (!m_imageSync)
                m_imageSync = new ImageSync(this);
            m_imageSync->addView(image->view());
        }
    }
    buildBottomBar(layout);

    // Most of the screen: the point is to see the results large.
    const QRect screen = (parent && parent->screen() ? parent->screen() : QDialog::screen())->availableGeometry();
    resize(qMin(screen.width() * 9 / 10, 1400), qMin(screen.height() * 9 / 10, 900));
}

CompareView::~CompareView() = default;

void CompareView::buildBottomBar(QLayout *layout)
{
    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    if (m_videoSync) {
        // The leader's transport drives all; the leader swaps its poster for the video like in the details pane.
        VideoPreview *lead = m_videoSync->leader();
        m_transport = new MediaControls(lead->player(), this);
        m_transport->setObjectName(u"compareTransport"_s);
        m_transport->setToolTip(tr("Plays, pauses and seeks every video together"));
        connect(m_transport, &MediaControls::playRequested, lead, &VideoPreview::play);
        auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
        connect(space, &QShortcut::activated, m_transport->playButton(), &QToolButton::click);
        bar->addWidget(m_transport, 1);
    }
    if (m_imageSync) {
        auto *fit = new QPushButton(tr("Fit"), this);
        fit->setObjectName(u"compareFit"_s);
        fit->setToolTip(tr("Fit every image into its view"));
        auto *actual = new QPushButton(tr("100%"), this);
        actual->setObjectName(u"compareActual"_s);
        actual->setToolTip(tr("Show every image at its actual size"));
        connect(fit, &QPushButton::clicked, m_imageSync, &ImageSync::fitAll);
        connect(actual, &QPushButton::clicked, m_imageSync, &ImageSync::actualSizeAll);
        auto *hint = new QLabel(tr("Wheel to zoom, drag to move: all images follow."), this);
        hint->setForegroundRole(QPalette::PlaceholderText);
        hint->setWordWrap(true);
        bar->addWidget(fit);
        bar->addWidget(actual);
        bar->addWidget(hint, m_videoSync ? 0 : 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bar->addWidget(buttons);
    layout->addItem(bar);
}

} // namespace jw
