#pragma once
// The job table's columns: default widths measured with the view's style and font from the header
// and the widest text each column is expected to show in the current language (JobCellFormatter::widestSamples),
// the header's Columns menu (show, hide, reset), the columns that step aside when the layout is narrow or the
// view too small for them, and the header state for QSettings without those temporary hides.

#include <QList>
#include <QMap>
#include <QObject>
#include <QSize>
#include <QStringList>

#include <array>

class QHeaderView;
class QTableView;

namespace jw {

class JobTableColumns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableColumns)
public:
    // Sets up the view's horizontal header (movable sections, context menu); call applyDefaults() next.
    explicit JobTableColumns(QTableView *view, QObject *parent = nullptr);

    // The box the Result column's thumbnails are drawn in (its default width makes room for it).
    void setThumbnailSize(const QSize &size) { m_thumbnailSize = size; }
    // The profiles' names (the Profile column's default width fits the longest, within reason). While the widths
    // are fitted to the view, the Profile column follows at once (names of past profiles arrive with the history).
    void setProfileNames(const QStringList &names);

    // Every column shown but the optional ones (kHiddenByDefault: Cost), each at its default width (what "Reset columns" does after restoring the order).
    // Until the user sets a width (or restoreState), the ID and progress columns follow the view's width: they
    // give way when the columns are wider than the view, and get it back when it grows.
    void applyDefaults();
    int defaultWidth(int column) const;

    // Columns that step aside (their information stays in the tooltips and the details pane): Polls, then
    // Last update, then ETA. In the narrow layout all three; in the wide one as many as it takes for the
    // columns to fit the view with the ID column no narrower than a short ID. They come back, in reverse
    // order, once they fit with some room to spare (the view's width, not the window's: the splitter counts).
    // Never the user's choice, never saved; columns the user hid stay hidden, and columns the user resized or
    // showed with the Columns menu do not step aside.
    void setNarrow(bool narrow);
    bool isAutoHidden(int column) const { return m_autoHidden.contains(column); }
    // The user's choice (the Columns menu): hides, or shows and keeps showing, `column`.
    void setColumnShown(int column, bool shown);

    // The header's state (sizes, order, hidden columns, sort) without the columns that stepped aside, and
    // whether the widths are still fitted to the view and which columns the user resized or showed.
    QByteArray saveState() const;
    // Restores sizes (measured anew if they were fitted), order, hidden columns and the sort; the Job column
    // always shows. Reads QHeaderView::saveState() too (its widths count as the user's). False if unreadable.
    bool restoreState(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitToView();
    void stepAside(int available); // hides or brings back the columns that step aside; -1: width unknown
    int giveWayWidth(int column) const; // how narrow the ID, progress and profile columns may get (else: none)
    int leastWidth(int column) const; // the narrowest fitToView() makes a shown column
    void showMenu(const QPoint &pos);
    int contentWidth(const QString &text, const QSize &decoration) const;
    int headerWidth(int column) const;
    int profileWidth(bool shortest) const; // the longest (or shortest) profile name's cell
    QHeaderView *header() const;

    QTableView *m_view;
    QSize m_thumbnailSize;
    QStringList m_profileNames;
    QMap<int, int> m_autoHidden; // columns stepped aside (not the user's choice) -> their width when shown
    QList<int> m_pinned;         // columns the user resized or showed: they do not step aside
    bool m_narrow = false;
    std::array<int, 11> m_defaults{}; // by column
    bool m_autoFit = false;           // the widths are the defaults, fitted to the view
    mutable bool m_adjusting = false; // this class resizes or hides sections
};

} // namespace jw
