#include "widgets/fittedimage.h"

#include <QPainter>

namespace jw {

FittedImage::FittedImage(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

FittedImage::~FittedImage() = default;

void FittedImage::setImage(const QImage &image)
{
    m_image = image;
    updateGeometry();
    update();
}

void FittedImage::setMaximumImageWidth(int width)
{
    m_maxWidth = qMax(1, width);
    updateGeometry();
}

QSize FittedImage::naturalSize() const
{
    if (m_image.isNull())
        return {0, 0};
    const QSize size = m_image.size();
    return size.width() <= m_maxWidth ? size : size.scaled(m_maxWidth, size.height(), Qt::KeepAspectRatio);
}

bool FittedImage::hasHeightForWidth() const
{
    return true;
}

int FittedImage::heightForWidth(int width) const
{
    const QSize natural = naturalSize();
    if (natural.isEmpty())
        return 0;
    const int w = qMin(width, natural.width());
    return natural.height() * w / natural.width();
}

QSize FittedImage::sizeHint() const
{
    return naturalSize();
}

QSize FittedImage::minimumSizeHint() const
{
    const QSize natural = naturalSize();
    return natural.isEmpty() ? QSize(0, 0) : QSize(qMin(natural.width(), 48), qMin(natural.height(), 27));
}

QRect FittedImage::imageRect() const
{
    const QSize natural = naturalSize();
    if (natural.isEmpty())
        return {};
    const QSize fitted = natural.scaled(natural.boundedTo(size()), Qt::KeepAspectRatio);
    return {QPoint(0, 0), fitted}; // left-aligned, like the text under it
}

void FittedImage::paintEvent(QPaintEvent *)
{
    if (m_image.isNull())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(imageRect(), m_image);
}

} // namespace jw
