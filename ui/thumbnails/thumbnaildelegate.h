#pragma once
// The Result column's delegate: draws a thumbnail pixmap at its own size (bounded by the cell)
// instead of the view's 16-px icon size; kind icons keep the view's icon size.

#include <QStyledItemDelegate>

namespace jw {

class ThumbnailDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace jw
