#include "delegates/actionsdelegate.h"

#include "models/jobtablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionButton>
#include <QToolTip>

namespace jw {

namespace {
constexpr int kButtonWidth = 26;
constexpr int kButtonHeight = 22;
constexpr int kSpacing = 3;
constexpr int kMargin = 4;
} // namespace

ActionsDelegate::ActionsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QList<RowAction> ActionsDelegate::buttons(int actions)
{
    QList<RowAction> out;
    for (const RowAction a : {RowAction::Stop, RowAction::Resume, RowAction::Retry, RowAction::Remove}) {
        if (actions & int(a))
            out.append(a);
    }
    return out;
}

QRect ActionsDelegate::buttonRect(const QRect &cell, int actions, RowAction which)
{
    const QList<RowAction> list = buttons(actions);
    const int i = int(list.indexOf(which));
    if (i < 0)
        return {};
    const int height = std::min(kButtonHeight, cell.height() - 2);
    const int top = cell.top() + (cell.height() - height) / 2;
    return QRect(cell.left() + kMargin + i * (kButtonWidth + kSpacing), top, kButtonWidth, height);
}

int ActionsDelegate::preferredWidth()
{
    return 2 * kMargin + 3 * kButtonWidth + 2 * kSpacing;
}

QString ActionsDelegate::actionText(RowAction action)
{
    switch (action) {
    case RowAction::Stop: return tr("Stop watching (the server job is not touched)");
    case RowAction::Resume: return tr("Resume watching from now");
    case RowAction::Retry: return tr("Retry: poll again from now");
    case RowAction::Remove: return tr("Remove from the list");
    }
    return {};
}

RowAction *ActionsDelegate::hit(const QRect &cell, int actions, const QPoint &pos, RowAction *out)
{
    for (const RowAction a : buttons(actions)) {
        if (buttonRect(cell, actions, a).contains(pos)) {
            *out = a;
            return out;
        }
    }
    return nullptr;
}

void ActionsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool show = (option.state & (QStyle::State_MouseOver | QStyle::State_Selected)) || index.row() == m_hoveredRow;
    if (!show)
        return;
    const int actions = index.data(JobTableModel::ActionsRole).toInt();
    for (const RowAction a : buttons(actions)) {
        QStyleOptionButton button;
        button.initFrom(widget);
        button.rect = buttonRect(option.rect, actions, a);
        button.state = QStyle::State_Enabled | QStyle::State_Raised;
        if (m_pressedIndex == index && m_pressedAction == int(a))
            button.state |= QStyle::State_Sunken;
        button.icon = m_icons.action(a);
        button.iconSize = QSize(14, 14);
        button.palette = option.palette;
        style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
    }
}

QSize ActionsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(preferredWidth());
    size.setHeight(std::max(size.height(), kButtonHeight + 4));
    return size;
}

bool ActionsDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    const auto type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease && type != QEvent::MouseButtonDblClick)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const int actions = index.data(JobTableModel::ActionsRole).toInt();
    RowAction action{};
    if (!hit(option.rect, actions, mouse->position().toPoint(), &action)) {
        m_pressedIndex = QPersistentModelIndex();
        return false;
    }
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick) {
        m_pressedIndex = index;
        m_pressedAction = int(action);
        return true;
    }
    // Release: fire when it ends on the pressed button (or when no press was seen, e.g. synthesized clicks).
    const bool samePress = !m_pressedIndex.isValid() || (m_pressedIndex == index && m_pressedAction == int(action));
    m_pressedIndex = QPersistentModelIndex();
    m_pressedAction = 0;
    if (!samePress)
        return true;
    const QString key = index.siblingAtColumn(JobTableModel::Job).data(JobTableModel::KeyRole).toString();
    if (!key.isEmpty())
        Q_EMIT actionTriggered(action, key);
    return true;
}

bool ActionsDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip) {
        RowAction action{};
        if (hit(option.rect, index.data(JobTableModel::ActionsRole).toInt(), event->pos(), &action)) {
            QToolTip::showText(event->globalPos(), actionText(action), view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace jw
