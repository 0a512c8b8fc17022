#include "widgets/flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace jw {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

// As narrow as the widest single item: everything else wraps.
QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

// Everything on one line.
QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    int visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = qMax(height, hint.height());
        ++visible;
    }
    width += qMax(0, visible - 1) * gap(QStyle::PM_LayoutHorizontalSpacing);
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::gap(QStyle::PixelMetric metric) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return qMax(0, parent ? parent->style()->pixelMetric(metric, nullptr, parent) : 6);
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int hGap = gap(QStyle::PM_LayoutHorizontalSpacing);
    const int vGap = gap(QStyle::PM_LayoutVerticalSpacing);

    // Break the items into lines first, so each line can be aligned as a whole.
    struct Line {
        QList<std::pair<QLayoutItem *, QSize>> items; // with its size, narrowed to the width at most
        int width = 0;
        int height = 0;
    };
    QList<Line> lines(1);
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
        Line *line = &lines.last();
        if (!line->items.isEmpty() && line->width + hGap + hint.width() > area.width()) {
            lines.append(Line{});
            line = &lines.last();
        }
        line->width += (line->items.isEmpty() ? 0 : hGap) + hint.width();
        line->height = qMax(line->height, hint.height());
        line->items.append({item, hint});
    }

    int y = area.y();
    for (const Line &line : std::as_const(lines)) {
        if (line.items.isEmpty())
            continue;
        int x = m_right ? area.right() + 1 - line.width : area.x();
        for (const auto &[item, hint] : line.items) {
            if (apply)
                item->setGeometry(QRect(QPoint(x, y + (line.height - hint.height()) / 2), hint));
            x += hint.width() + hGap;
        }
        y += line.height + vGap;
    }
    const int used = y - area.y() - (y > area.y() ? vGap : 0);
    const QMargins m = contentsMargins();
    return used + m.top() + m.bottom();
}

} // namespace jw
