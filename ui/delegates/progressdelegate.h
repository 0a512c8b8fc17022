#pragma once
// Paints the Progress column: the item background first, then a progress bar drawn by the *view's* style
// (QStyleOptionProgressBar) with the percentage and the provider's step as its text; a busy (indeterminate)
// bar (a segment sliding in the groove) while the job runs without a number. Reads only from the index it is given.

#include <QStyledItemDelegate>

namespace jw {

class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)
public:
    explicit ProgressDelegate(QObject *parent = nullptr);

    // Moves the busy segment of indeterminate bars one step (the window drives this while such bars show).
    void advanceBusyPhase() { m_phase = (m_phase + 1) % 10000; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Room for a percentage and a short step ("100% · rendering") in the bar; at least for the percentage.
    static int preferredWidth(const QFontMetrics &fm);
    static int minimumWidth(const QFontMetrics &fm);

private:
    int m_phase = 0;
};

} // namespace jw
