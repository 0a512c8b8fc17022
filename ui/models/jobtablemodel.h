#pragma once
// The job table: a QAbstractTableModel over the JobList. DisplayRole gives formatted text, SortRole
// the raw value the proxy sorts on. JobList change batches become one dataChanged per contiguous row range,
// column range and role set (no resets per poll); additions and removals use begin/endInsert/RemoveRows.
// The time-based columns (Elapsed, ETA, Last update) are refreshed by one 1-s timer for all rows. What a cell
// shows comes from the JobCellFormatter.

#include "model/jobrecord.h"
#include "models/jobcellformatter.h"
#include "models/jobicons.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QTimer>

namespace jw {

class JobList;
class ThumbnailProvider;

// The user's view of a job's state, as the status filter groups it.
enum class StatusCategory { Active = 0, Completed, Failed, Stopped };

class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)
public:
    enum Column { Job, Profile, Status, Progress, Elapsed, Eta, LastUpdate, Polls, Result, Actions, Cost, ColumnCount }; // Cost: optional, shown before Actions
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: QString, qint64 or double
        KeyRole,                     // JobList key
        ProfileIdRole,
        CategoryRole,                // int(StatusCategory)
        StatusKindRole,              // int(StatusKind)
        SearchTextRole,              // ID, profile, type and error, lower-case, for the text filter
        ProgressRole,                // double 0–100, or -1 when indeterminate (busy), -2 when no bar at all
        StepRole,                    // step / message for the progress bar's second line
        ActionsRole,                 // int: RowAction flags available for the row
        ResultUrlRole,               // QUrl of the first artifact (http/https only), or invalid
    };
    using Clock = JobCellFormatter::Clock; // epoch ms

    explicit JobTableModel(JobList *jobs, QObject *parent = nullptr);

    // Names shown in the Profile column (id → name); ids without a name are shown as they are.
    void setProfileNames(const QHash<QString, QString> &names);
    void setClock(Clock clock); // tests
    void setTickInterval(int ms); // 0 stops the 1-s refresh of the time-based columns
    // The Result column's DecorationRole shows the provider's thumbnail when it has one, else the kind icon;
    // each ready thumbnail is one dataChanged for that cell and Qt::DecorationRole only.
    void setThumbnailProvider(ThumbnailProvider *provider);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QString keyAt(int row) const { return row >= 0 && row < m_keys.size() ? m_keys.at(row) : QString(); }
    int rowOf(const QString &key) const { return m_rowOf.value(key, -1); }
    // Columns and roles a change of `fields` touches (also used by the tests to state what they expect).
    static QList<int> columnsFor(JobFields fields);
    static QList<int> rolesFor(JobFields fields);

    static StatusKind statusKind(const JobRecord &record);
    static StatusCategory category(const JobRecord &record);
    static QString statusText(const JobRecord &record);
    // The text in the progress bar: the provider's step or message, but not a message that only repeats the place
    // in the queue the Status column shows (fal's "Queue position 12").
    static QString stepText(const JobRecord &record);
    static int availableActions(const JobRecord &record);
    static QString categoryName(StatusCategory category);
    static QString formatDuration(qint64 ms) { return JobCellFormatter::formatDuration(ms); } // "42s", "3m 05s"

private:
    void onAdded(const QStringList &keys);
    void onRemoved(const QStringList &keys);
    void onChanged(const QList<jw::JobChange> &changes);
    void emitChanged(const QList<jw::JobChange> &changes);
    void flushChanged();
    void tick();
    void rebuildIndex(int from);
    qint64 addedAt(const QString &key, qint64 fallback) const;
    qint64 now() const { return m_cells.now(); }

    JobList *m_jobs;
    QStringList m_keys;            // row order = JobList insertion order
    QHash<QString, int> m_rowOf;
    QHash<QString, qint64> m_addedAt; // before m_cells, which reads it
    JobCellFormatter m_cells;
    QTimer m_tick;
    // Changes reach the view at most every kChangeIntervalMs: the first at once, the rest merged (at 200
    // responses a second, a repaint per response would keep the GUI thread busy). A table of more than
    // kLargeTableRows rows is repainted at most every kLargeTableIntervalMs: sorted by progress, each change
    // moves rows and repaints the whole view, and at 20 responses a second that was most of the CPU.
    static constexpr int kChangeIntervalMs = 50;
    static constexpr int kLargeTableRows = 1000;
    static constexpr int kLargeTableIntervalMs = 250;
    int changeIntervalMs() const;
    QTimer m_changeThrottle;
    QHash<QString, JobFields> m_pendingChanges;
    ThumbnailProvider *m_thumbnails = nullptr;
};

} // namespace jw
