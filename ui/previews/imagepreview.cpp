#include "previews/imagepreview.h"

#include "widgets/flowlayout.h"

#include "previews/zoomimageview.h"
#include "thumbnails/thumbnailer.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace jw {

ImagePreview::ImagePreview(const Artifact &artifact, Thumbnailer *thumbnailer, QWidget *parent)
    : ArtifactPreview(artifact, parent)
    , m_thumbnailer(thumbnailer ? thumbnailer : new Thumbnailer(this))
{
    m_view = new ZoomImageView(contentPage());
    contentLayout()->addWidget(m_view);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    m_fit = new QToolButton(contentPage());
    m_fit->setObjectName(u"zoomFit"_s);
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the image into the view"));
    m_fit->setCheckable(true);
    m_fit->setChecked(true);
    m_actual = new QToolButton(contentPage());
    m_actual->setObjectName(u"zoomActual"_s);
    m_actual->setText(tr("100%"));
    m_actual->setToolTip(tr("Show the image at its actual size"));
    m_zoomLabel = new QLabel(contentPage());
    m_zoomLabel->setObjectName(u"zoomLevel"_s);
    m_zoomLabel->setForegroundRole(QPalette::PlaceholderText);
    m_zoomLabel->setMinimumWidth(1); // may be cut in a narrow pane rather than widen it
    auto *copy = new QPushButton(tr("Copy image"), contentPage());
    copy->setObjectName(u"copyImage"_s);
    copy->setToolTip(tr("Copy the image to the clipboard"));
    row->addWidget(m_fit);
    row->addWidget(m_actual);
    row->addWidget(m_zoomLabel, 1);
    contentLayout()->addLayout(row);
    contentLayout()->addLayout(buttonRow({copy, makeSaveButton(contentPage())}));

    connect(m_fit, &QToolButton::clicked, m_view, &ZoomImageView::fitToView);
    connect(m_actual, &QToolButton::clicked, this, [this] { m_view->setZoom(1.0); });
    connect(copy, &QPushButton::clicked, this, &ImagePreview::copyImage);
    connect(m_view, &ZoomImageView::zoomChanged, this, [this](double zoom, bool fit) {
        m_fit->setChecked(fit);
        const QSize size = m_view->image().size();
        m_zoomLabel->setText(tr("%1% \u00b7 %2 \u00d7 %3 px").arg(std::lround(zoom * 100)).arg(size.width()).arg(size.height()));
    });
    connect(m_thumbnailer, &Thumbnailer::decoded, this, &ImagePreview::onDecoded);
}

ImagePreview::~ImagePreview() = default;

QImage ImagePreview::image() const
{
    return m_view->image();
}

void ImagePreview::copyImage()
{
    if (m_view->image().isNull())
        return;
    QApplication::clipboard()->setImage(m_view->image());
    showStatus(tr("Copied the image"));
}

void ImagePreview::loadFile(const QString &path)
{
    m_decodeId = m_thumbnailer->decode(path); // full size, on a worker thread
}

void ImagePreview::onDecoded(quint64 id, const DecodedImage &result)
{
    if (id != m_decodeId)
        return;
    m_decodeId = 0;
    if (!result.ok()) {
        // The headline already says "could not be decoded"; only a different, more specific reason is added.
        fail(PreviewProblem::Corrupt, result.error == Thumbnailer::corruptImageMessage() ? QString() : result.error);
        return;
    }
    m_view->setImage(result.image);
    markLoaded();
}

} // namespace jw
