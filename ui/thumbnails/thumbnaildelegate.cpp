#include "thumbnails/thumbnaildelegate.h"

#include <QPixmap>

namespace jw {

void ThumbnailDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.userType() != QMetaType::QPixmap)
        return;
    const QPixmap pixmap = decoration.value<QPixmap>();
    QSize size = pixmap.deviceIndependentSize().toSize();
    const int maxHeight = option->rect.height() > 4 ? option->rect.height() - 4 : size.height();
    if (size.height() > maxHeight)
        size = size.scaled(size.width(), maxHeight, Qt::KeepAspectRatio);
    option->decorationSize = size;
}

} // namespace jw
