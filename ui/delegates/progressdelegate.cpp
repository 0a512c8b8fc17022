#include "delegates/progressdelegate.h"

#include "models/jobtablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

using namespace Qt::StringLiterals;

namespace jw {

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background (selection, hover, alternate rows) first, without the text.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double value = index.data(JobTableModel::ProgressRole).toDouble();
    if (value <= -2.0)
        return; // finished without a number, or stopped before one: no bar

    QStyleOptionProgressBar bar;
    bar.initFrom(widget ? widget : nullptr);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.state &= ~QStyle::State_HasFocus;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    const int vmargin = std::max(2, (option.rect.height() - option.fontMetrics.height() - 6) / 2);
    bar.rect = option.rect.adjusted(3, vmargin, -3, -vmargin);
    bar.minimum = 0;
    const QString step = index.data(JobTableModel::StepRole).toString();
    QString text;
    if (value < 0) {
        bar.maximum = 100; // busy: drawn below as a sliding segment
        bar.progress = 0;
        text = step;
    } else {
        bar.maximum = 1000;
        bar.progress = qRound(value * 10.0);
        text = index.data(Qt::DisplayRole).toString();
        if (!step.isEmpty())
            text = tr("%1 · %2").arg(text, step);
    }
    bar.text = option.fontMetrics.elidedText(text, Qt::ElideRight, std::max(0, bar.rect.width() - 8));
    bar.textVisible = !bar.text.isEmpty();
    bar.textAlignment = Qt::AlignCenter;
    if (value >= 0) {
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
        return;
    }
    // Busy: the groove, a segment sliding back and forth, then the label. (A style draws a static busy
    // pattern without a live QProgressBar to animate, which reads as "100 %".)
    style->drawControl(QStyle::CE_ProgressBarGroove, &bar, painter, widget);
    QStyleOptionProgressBar chunk = bar;
    const int segment = std::max(12, bar.rect.width() / 4);
    const int travel = std::max(1, bar.rect.width() - segment);
    const int offset = (m_phase * 4) % (2 * travel);
    const int x = offset <= travel ? offset : 2 * travel - offset;
    chunk.rect = QRect(bar.rect.left() + x, bar.rect.top(), segment, bar.rect.height());
    chunk.maximum = 100;
    chunk.progress = 100;
    chunk.textVisible = false;
    style->drawControl(QStyle::CE_ProgressBarContents, &chunk, painter, widget);
    if (bar.textVisible) {
        QStyleOptionProgressBar label = bar;
        label.maximum = 100;
        label.progress = 0; // plain text colour over the groove
        style->drawControl(QStyle::CE_ProgressBarLabel, &label, painter, widget);
    }
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), preferredWidth(option.fontMetrics)));
    return size;
}

int ProgressDelegate::preferredWidth(const QFontMetrics &fm)
{
    return fm.horizontalAdvance(u"100% · rendering"_s) + 16;
}

int ProgressDelegate::minimumWidth(const QFontMetrics &fm)
{
    return fm.horizontalAdvance(u"100% · …"_s) + 16;
}

} // namespace jw
