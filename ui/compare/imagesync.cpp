#include "compare/imagesync.h"

#include "previews/zoomimageview.h"

#include <QPointF>
#include <QScrollBar>

#include <cmath>

namespace jw {

namespace {

double fraction(const QScrollBar *bar)
{
    return bar->maximum() > bar->minimum() ? double(bar->value() - bar->minimum()) / (bar->maximum() - bar->minimum()) : 0.0;
}

void setFraction(QScrollBar *bar, double f)
{
    bar->setValue(bar->minimum() + int(std::lround(f * (bar->maximum() - bar->minimum()))));
}

} // namespace

ImageSync::ImageSync(QObject *parent)
    : QObject(parent)
{
}

void ImageSync::addView(ZoomImageView *view)
{
    m_views.append(view);
    view->setPlainWheelZooms(true);
    connect(view, &ZoomImageView::zoomChanged, this, [this, view](double zoom, bool fit) { onZoom(view, zoom, fit); });
    const auto panned = [this, view] { onPan(view); };
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, panned);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, panned);
}

QList<ZoomImageView *> ImageSync::views() const
{
    QList<ZoomImageView *> list;
    for (const QPointer<ZoomImageView> &view : m_views) {
        if (view)
            list.append(view);
    }
    return list;
}

QPointF ImageSync::panOf(const ZoomImageView *view)
{
    return {fraction(view->horizontalScrollBar()), fraction(view->verticalScrollBar())};
}

void ImageSync::setPan(ZoomImageView *view, QPointF pan)
{
    setFraction(view->horizontalScrollBar(), pan.x());
    setFraction(view->verticalScrollBar(), pan.y());
}

void ImageSync::fitAll()
{
    if (ZoomImageView *first = views().value(0))
        first->fitToView(); // the others follow
}

void ImageSync::actualSizeAll()
{
    if (ZoomImageView *first = views().value(0))
        first->setZoom(1.0);
}

void ImageSync::onZoom(ZoomImageView *source, double zoom, bool fit)
{
    if (m_syncing || source->image().isNull())
        return;
    m_syncing = true;
    for (ZoomImageView *view : views()) {
        if (view == source || view->image().isNull())
            continue;
        if (fit && !view->isFit())
            view->fitToView();
        else if (!fit && (view->isFit() || !qFuzzyCompare(view->zoom(), zoom)))
            view->setZoom(zoom);
    }
    m_syncing = false;
    onPan(source); // the new scroll ranges: the same place in each
}

void ImageSync::onPan(ZoomImageView *source)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QPointF pan = panOf(source);
    for (ZoomImageView *view : views()) {
        if (view != source)
            setPan(view, pan);
    }
    m_syncing = false;
}

} // namespace jw
