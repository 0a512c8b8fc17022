#pragma once
// The Actions column: Stop / Resume / Retry / Remove drawn as buttons by the view's style, shown while the
// row is hovered or selected, and handled in editorEvent. There is no widget per row. Everything comes from
// the index it is given (the key from the Job column of the same row), so it works behind any proxy.

#include "models/jobicons.h"

#include <QList>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace jw {

class ActionsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionsDelegate)
public:
    explicit ActionsDelegate(QObject *parent = nullptr);

    // The buttons a row with these RowAction flags shows, in order.
    static QList<RowAction> buttons(int actions);
    // Where button `which` is inside `cell` (invalid when the row has no such button).
    static QRect buttonRect(const QRect &cell, int actions, RowAction which);
    static QString actionText(RowAction action);
    static int preferredWidth(); // three buttons and margins

    // The row under the mouse (view's model row, -1 none), so the buttons show for the whole hovered row.
    void setHoveredRow(int row) { m_hoveredRow = row; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index) override;

Q_SIGNALS:
    void actionTriggered(jw::RowAction action, const QString &key);

private:
    static RowAction *hit(const QRect &cell, int actions, const QPoint &pos, RowAction *out);

    JobIcons m_icons;
    int m_hoveredRow = -1;
    QPersistentModelIndex m_pressedIndex;
    int m_pressedAction = 0;
};

} // namespace jw
