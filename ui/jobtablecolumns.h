#pragma once
// The job table's columns (issue 5): default widths measured with the view's style and font from the header
// and the widest text each column is expected to show in the current language (JobCellFormatter::widestSamples),
// the header's Columns menu (show, hide, reset), the columns that step aside in the narrow layout, and the
// header state for QSettings without those temporary hides.

#include <QList>
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
    // The profiles' names (the Profile column's default width fits the longest, within reason).
    void setProfileNames(const QStringList &names) { m_profileNames = names; }

    // Every column shown, each at its default width (what "Reset columns" does after restoring the order).
    // Until the user sets a width (or restoreState), the ID and progress columns follow the view's width: they
    // give way when the columns are wider than the view, and get it back when it grows.
    void applyDefaults();
    int defaultWidth(int column) const;

    // Narrow layout: ETA, Last update and Polls step aside (their information stays in the tooltips and the
    // details pane); wide again: the columns hidden that way come back. Not the user's choice, never saved.
    void setNarrow(bool narrow);

    QByteArray saveState() const;
    // Restores sizes, order, hidden columns and the sort; the Job column always shows. False if unreadable.
    bool restoreState(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitToView();
    void showMenu(const QPoint &pos);
    int contentWidth(const QString &text, const QSize &decoration) const;
    int headerWidth(int column) const;
    int profileWidth(bool shortest) const; // the longest (or shortest) profile name's cell
    QHeaderView *header() const;

    QTableView *m_view;
    QSize m_thumbnailSize;
    QStringList m_profileNames;
    QList<int> m_autoHidden; // columns hidden only because the window is narrow
    std::array<int, 10> m_defaults{}; // by column
    bool m_autoFit = false;           // the widths are the defaults, fitted to the view
    mutable bool m_adjusting = false; // this class resizes or hides sections
};

} // namespace jw
