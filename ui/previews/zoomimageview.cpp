#include "previews/zoomimageview.h"

#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace jw {

ZoomImageView::ZoomImageView(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(u"imageView"_s);
    m_canvas = new QLabel;
    m_canvas->setAlignment(Qt::AlignCenter);
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignCenter);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Dark);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setToolTip(tr("Ctrl+wheel to zoom"));
}

void ZoomImageView::setImage(const QImage &image)
{
    m_image = image;
    m_fit = true;
    updateGeometry();
    relayout();
}

int ZoomImageView::heightForWidth(int width) const
{
    if (m_image.isNull() || m_image.width() <= 0)
        return 160;
    const int inner = width - 2 * frameWidth();
    const int natural = qMin(m_image.height(), int(std::lround(double(inner) * m_image.height() / m_image.width())));
    return qBound(120, natural + 2 * frameWidth(), m_maxHeight);
}

QSize ZoomImageView::sizeHint() const
{
    return {400, m_fillsHeight ? 240 : heightForWidth(400)};
}

void ZoomImageView::setFillsHeight(bool on)
{
    m_fillsHeight = on;
    QSizePolicy policy(QSizePolicy::Expanding, on ? QSizePolicy::Expanding : QSizePolicy::Preferred);
    policy.setHeightForWidth(!on);
    setSizePolicy(policy);
    updateGeometry();
}

void ZoomImageView::fitToView()
{
    m_fit = true;
    relayout();
}

void ZoomImageView::setZoom(double zoom)
{
    m_fit = false;
    m_zoom = qBound(0.05, zoom, 8.0);
    relayout();
}

void ZoomImageView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void ZoomImageView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void ZoomImageView::setPlainWheelZooms(bool on)
{
    m_plainWheelZooms = on;
    setToolTip(on ? tr("Wheel to zoom, drag to move") : tr("Ctrl+wheel to zoom"));
}

void ZoomImageView::wheelEvent(QWheelEvent *event)
{
    if ((!m_plainWheelZooms && !(event->modifiers() & Qt::ControlModifier)) || m_image.isNull()) {
        event->ignore(); // let the page scroll
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0) {
        // The point under the pointer stays where it is.
        const QPoint at = event->position().toPoint();
        const QPoint onCanvas = m_canvas->mapFrom(viewport(), at);
        const double rx = m_canvas->width() > 0 ? double(onCanvas.x()) / m_canvas->width() : 0.5;
        const double ry = m_canvas->height() > 0 ? double(onCanvas.y()) / m_canvas->height() : 0.5;
        setZoom(m_zoom * std::pow(1.25, steps));
        horizontalScrollBar()->setValue(int(std::lround(rx * m_canvas->width())) - at.x());
        verticalScrollBar()->setValue(int(std::lround(ry * m_canvas->height())) - at.y());
    }
    event->accept();
}

bool ZoomImageView::canPan() const
{
    return horizontalScrollBar()->maximum() > 0 || verticalScrollBar()->maximum() > 0;
}

void ZoomImageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !canPan()) {
        QScrollArea::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_dragFrom = event->position().toPoint();
    m_scrollFrom = {horizontalScrollBar()->value(), verticalScrollBar()->value()};
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void ZoomImageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPoint moved = event->position().toPoint() - m_dragFrom;
    horizontalScrollBar()->setValue(m_scrollFrom.x() - moved.x());
    verticalScrollBar()->setValue(m_scrollFrom.y() - moved.y());
    event->accept();
}

void ZoomImageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    viewport()->setCursor(canPan() ? Qt::OpenHandCursor : Qt::ArrowCursor);
    event->accept();
}

void ZoomImageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_fit)
        relayout();
}

void ZoomImageView::relayout()
{
    if (m_image.isNull()) {
        m_canvas->clear();
        m_canvas->resize(0, 0);
        return;
    }
    if (m_fit) {
        const QSize box = viewport()->size();
        const double sx = double(box.width()) / m_image.width();
        const double sy = double(box.height()) / m_image.height();
        m_zoom = qMin(1.0, qMin(sx, sy)); // fit never enlarges
        if (m_zoom <= 0)
            m_zoom = 1.0;
    }
    const QSize shown(qMax(1, int(std::lround(m_image.width() * m_zoom))), qMax(1, int(std::lround(m_image.height() * m_zoom))));
    const Qt::TransformationMode mode = m_zoom >= 2.0 ? Qt::FastTransformation : Qt::SmoothTransformation;
    m_canvas->setPixmap(QPixmap::fromImage(shown == m_image.size() ? m_image : m_image.scaled(shown, Qt::IgnoreAspectRatio, mode)));
    m_canvas->resize(shown);
    viewport()->setCursor(canPan() ? Qt::OpenHandCursor : Qt::ArrowCursor);
    Q_EMIT zoomChanged(m_zoom, m_fit);
}

} // namespace jw
