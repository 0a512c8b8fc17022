#include "models/jobtablemodel.h"

#include "model/joblist.h"
#include "model/statelabels.h"
#include "thumbnails/thumbnailprovider.h"

#include <QBrush>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
void sortUnique(QList<int> &rows)
{
    std::sort(rows.begin(), rows.end());
    const auto last = std::unique(rows.begin(), rows.end());
    rows.resize(last - rows.begin());
}
} // namespace

JobTableModel::JobTableModel(JobList *jobs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_jobs(jobs)
    , m_cells(m_addedAt)
{
    connect(m_jobs, &JobList::jobsAdded, this, &JobTableModel::onAdded);
    connect(m_jobs, &JobList::jobsRemoved, this, &JobTableModel::onRemoved);
    connect(m_jobs, &JobList::jobsChanged, this, &JobTableModel::onChanged);
    m_keys = m_jobs->keys();
    const qint64 t = now();
    for (const QString &key : std::as_const(m_keys))
        m_addedAt.insert(key, addedAt(key, t));
    rebuildIndex(0);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &JobTableModel::tick);
    m_tick.start();
    m_changeThrottle.setSingleShot(true);
    connect(&m_changeThrottle, &QTimer::timeout, this, &JobTableModel::flushChanged);
}

void JobTableModel::setProfileNames(const QHash<QString, QString> &names)
{
    m_cells.setProfileNames(names);
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, Profile), index(int(m_keys.size()) - 1, Profile),
                           {Qt::DisplayRole, SortRole, SearchTextRole, CategoryRole});
}

void JobTableModel::setClock(Clock clock)
{
    m_cells.setClock(std::move(clock));
}

void JobTableModel::setThumbnailProvider(ThumbnailProvider *provider)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = provider;
    m_cells.setThumbnailProvider(provider);
    if (!m_thumbnails)
        return;
    connect(m_thumbnails, &ThumbnailProvider::thumbnailReady, this, [this](const QString &key) {
        const int row = rowOf(key);
        if (row < 0)
            return;
        const QModelIndex cell = index(row, Result);
        Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole});
    });
}

void JobTableModel::setTickInterval(int ms)
{
    if (ms <= 0) {
        m_tick.stop();
        return;
    }
    m_tick.start(ms);
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags JobTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Job: return tr("Job");
    case Profile: return tr("Profile");
    case Status: return tr("Status");
    case Progress: return tr("Progress");
    case Elapsed: return tr("Elapsed");
    case Eta: return tr("ETA");
    case LastUpdate: return tr("Last update");
    case Polls: return tr("Polls");
    case Result: return tr("Result");
    case Cost: return tr("Cost", "the table column with what a job cost");
    case Actions: return tr("Actions");
    default: return {};
    }
}

void JobTableModel::rebuildIndex(int from)
{
    for (int row = from; row < m_keys.size(); ++row)
        m_rowOf.insert(m_keys.at(row), row);
}

qint64 JobTableModel::addedAt(const QString &key, qint64 fallback) const
{
    const JobRecord *r = m_jobs->find(key);
    return r && r->addedAtMs >= 0 ? r->addedAtMs : fallback; // a restored job keeps the time it was first added
}

void JobTableModel::onAdded(const QStringList &keys)
{
    QStringList fresh;
    QSet<QString> seen;
    for (const QString &key : keys) {
        if (!m_rowOf.contains(key) && m_jobs->contains(key) && !seen.contains(key)) {
            fresh.append(key);
            seen.insert(key);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_keys.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    const qint64 t = now();
    for (const QString &key : std::as_const(fresh)) {
        m_keys.append(key);
        m_addedAt.insert(key, addedAt(key, t));
    }
    rebuildIndex(first);
    endInsertRows();
}

void JobTableModel::onRemoved(const QStringList &keys)
{
    QList<int> rows;
    for (const QString &key : keys) {
        const int row = m_rowOf.value(key, -1);
        if (row >= 0)
            rows.append(row);
    }
    sortUnique(rows);
    // Remove contiguous runs from the bottom up so earlier row numbers stay valid.
    int i = int(rows.size()) - 1;
    while (i >= 0) {
        int j = i;
        while (j > 0 && rows.at(j - 1) == rows.at(j) - 1)
            --j;
        const int first = rows.at(j);
        const int last = rows.at(i);
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            m_rowOf.remove(m_keys.at(row));
            m_addedAt.remove(m_keys.at(row));
        }
        m_keys.remove(first, last - first + 1);
        rebuildIndex(first);
        endRemoveRows();
        i = j - 1;
    }
}

QList<int> JobTableModel::columnsFor(JobFields fields)
{
    QList<int> cols;
    auto add = [&cols](std::initializer_list<int> list) {
        for (const int c : list) {
            if (!cols.contains(c))
                cols.append(c);
        }
    };
    if (fields & JobField::Snapshot)
        add({Job, Status, Progress, Elapsed, LastUpdate, Result, Cost, Actions});
    if (fields & JobField::Local)
        add({Status, Progress, Elapsed, Eta, Actions});
    if (fields & JobField::Requests)
        add({LastUpdate, Polls});
    if (fields & (JobField::HttpStatus | JobField::NextPoll | JobField::InFlight))
        add({Polls});
    if (fields & JobField::HttpStatus)
        add({Status});
    if (fields & JobField::Error)
        add({Status, Actions});
    if (fields & JobField::Eta)
        add({Eta});
    std::sort(cols.begin(), cols.end());
    return cols;
}

QList<int> JobTableModel::rolesFor(JobFields fields)
{
    QList<int> roles;
    auto add = [&roles](std::initializer_list<int> list) {
        for (const int r : list) {
            if (!roles.contains(r))
                roles.append(r);
        }
    };
    const std::initializer_list<int> visible = {Qt::DisplayRole, SortRole, Qt::ToolTipRole};
    if (fields & (JobField::Snapshot | JobField::Local | JobField::Error)) {
        add(visible);
        add({Qt::DecorationRole, Qt::ForegroundRole, StatusKindRole, CategoryRole, ProgressRole, ActionsRole});
    }
    if (fields & (JobField::Snapshot | JobField::Error))
        add({SearchTextRole});
    if (fields & JobField::Snapshot)
        add({StepRole, ResultUrlRole});
    if (fields & (JobField::Requests | JobField::Eta))
        add(visible);
    if (fields & (JobField::HttpStatus | JobField::NextPoll | JobField::InFlight))
        add({Qt::ToolTipRole});
    std::sort(roles.begin(), roles.end());
    return roles;
}

void JobTableModel::onChanged(const QList<JobChange> &changes)
{
    if (!m_changeThrottle.isActive()) {
        emitChanged(changes);
        m_changeThrottle.start(changeIntervalMs());
        return;
    }
    for (const JobChange &change : changes)
        m_pendingChanges[change.key] |= change.fields;
}

void JobTableModel::flushChanged()
{
    if (m_pendingChanges.isEmpty())
        return;
    QList<JobChange> changes;
    changes.reserve(m_pendingChanges.size());
    for (auto it = m_pendingChanges.cbegin(); it != m_pendingChanges.cend(); ++it)
        changes.append({it.key(), it.value()});
    m_pendingChanges.clear();
    emitChanged(changes);
    m_changeThrottle.start(changeIntervalMs());
}

int JobTableModel::changeIntervalMs() const
{
    return m_keys.size() > kLargeTableRows ? kLargeTableIntervalMs : kChangeIntervalMs;
}

void JobTableModel::emitChanged(const QList<JobChange> &changes)
{
    // Rows grouped by their change fields: the columns and roles follow from the fields.
    std::map<int, QList<int>> rowsByFields;
    for (const JobChange &change : changes) {
        const int row = m_rowOf.value(change.key, -1);
        if (row >= 0 && change.fields)
            rowsByFields[int(change.fields.toInt())].append(row);
    }
    const int total = rowCount();
    for (auto &[fieldBits, rows] : rowsByFields) {
        const JobFields fields = JobFields::fromInt(fieldBits);
        const QList<int> cols = columnsFor(fields);
        const QList<int> roles = rolesFor(fields);
        if (cols.isEmpty() || roles.isEmpty())
            continue;
        sortUnique(rows);
        QList<std::pair<int, int>> rowRuns;
        if (rows.size() > 8 && rows.size() * 2 > total) {
            rowRuns.append({rows.first(), rows.last()}); // most rows changed: one range
        } else {
            for (const int row : std::as_const(rows)) {
                if (!rowRuns.isEmpty() && rowRuns.last().second == row - 1)
                    rowRuns.last().second = row;
                else
                    rowRuns.append({row, row});
            }
        }
        QList<std::pair<int, int>> colRuns;
        for (const int col : cols) {
            if (!colRuns.isEmpty() && colRuns.last().second == col - 1)
                colRuns.last().second = col;
            else
                colRuns.append({col, col});
        }
        for (const auto &[r0, r1] : std::as_const(rowRuns)) {
            for (const auto &[c0, c1] : std::as_const(colRuns))
                Q_EMIT dataChanged(index(r0, c0), index(r1, c1), roles);
        }
    }
}

void JobTableModel::tick()
{
    if (m_keys.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, Elapsed), index(int(m_keys.size()) - 1, LastUpdate),
                       {Qt::DisplayRole, SortRole, Qt::ToolTipRole});
}

StatusKind JobTableModel::statusKind(const JobRecord &r)
{
    switch (r.engine.local) {
    case LocalState::Stopped: return StatusKind::Stopped;
    case LocalState::TimedOut: return StatusKind::TimedOut;
    case LocalState::Paused: return StatusKind::Paused;
    case LocalState::NotFound: return StatusKind::NotFound;
    case LocalState::ConfigError: return StatusKind::ConfigError;
    case LocalState::Done:
    case LocalState::Watching: break;
    }
    if (!r.hasSnapshot)
        return r.engine.lastError.isEmpty() ? StatusKind::Pending : StatusKind::Retrying;
    switch (r.snapshot.state) {
    case JobState::Completed: return StatusKind::Completed;
    case JobState::Failed: return StatusKind::Failed;
    case JobState::Cancelled: return StatusKind::Cancelled;
    case JobState::Queued:
    case JobState::Running:
    case JobState::Unknown:
        if (!r.engine.lastError.isEmpty() && r.engine.local == LocalState::Watching)
            return StatusKind::Retrying;
        break;
    }
    switch (r.snapshot.state) {
    case JobState::Queued: return StatusKind::Queued;
    case JobState::Running: return r.engine.stalled ? StatusKind::Stalled : StatusKind::Running;
    default: return StatusKind::Unknown;
    }
}

StatusCategory JobTableModel::category(const JobRecord &r)
{
    switch (statusKind(r)) {
    case StatusKind::Completed: return StatusCategory::Completed;
    case StatusKind::Failed:
    case StatusKind::Cancelled:
    case StatusKind::NotFound:
    case StatusKind::ConfigError: return StatusCategory::Failed;
    case StatusKind::Stopped:
    case StatusKind::TimedOut: return StatusCategory::Stopped;
    default: return StatusCategory::Active;
    }
}

QString JobTableModel::categoryName(StatusCategory c)
{
    switch (c) {
    // A group of jobs, not one job's status: French and German inflect it apart from the status column's word.
    case StatusCategory::Active: return tr("Active", "jobs in this status category");
    case StatusCategory::Completed: return tr("Completed", "jobs in this status category");
    case StatusCategory::Failed: return tr("Failed", "jobs in this status category");
    case StatusCategory::Stopped: return tr("Stopped", "jobs in this status category");
    }
    return {};
}

QString JobTableModel::statusText(const JobRecord &r)
{
    // Why a queued job waits, and a cancellation the provider made on its own, in place of the plain word.
    switch (const StatusKind kind = statusKind(r)) {
    case StatusKind::Queued:
        if (isThrottled(r.snapshot))
            return tr("Throttled by provider");
        if (r.engine.queuePosition > 0)
            return tr("#%1 in queue", "place in the provider's queue").arg(r.engine.queuePosition);
        if (r.engine.queuePosition == 0)
            return tr("Next in queue");
        return JobCellFormatter::statusText(kind, r.snapshot.rawStatus);
    case StatusKind::Cancelled:
        return isAborted(r.snapshot) ? tr("Aborted", "the provider gave up on the job before it started")
                                     : JobCellFormatter::statusText(kind, r.snapshot.rawStatus);
    default: return JobCellFormatter::statusText(kind, r.snapshot.rawStatus);
    }
}

QString JobTableModel::stepText(const JobRecord &r)
{
    const QString text = r.snapshot.step.isEmpty() ? r.snapshot.message : r.snapshot.step;
    // The Status column says "#12 in queue": not again as fal's "Queue position 12".
    if (r.snapshot.state == JobState::Queued && r.engine.queuePosition >= 0 && text.contains(QString::number(r.engine.queuePosition)))
        return {};
    return text;
}

int JobTableModel::availableActions(const JobRecord &r)
{
    int actions = int(RowAction::Remove);
    switch (r.engine.local) {
    case LocalState::Watching:
        actions |= int(RowAction::Stop);
        break;
    case LocalState::Paused:
        actions |= int(RowAction::Stop) | int(RowAction::Resume);
        break;
    case LocalState::Stopped:
    case LocalState::TimedOut:
        actions |= int(RowAction::Resume);
        break;
    case LocalState::NotFound:
    case LocalState::ConfigError:
        actions |= int(RowAction::Retry);
        break;
    case LocalState::Done:
        if (r.snapshot.state != JobState::Completed)
            actions |= int(RowAction::Retry);
        break;
    }
    return actions;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord *r = m_jobs->find(m_keys.at(index.row()));
    if (!r)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return m_cells.display(*r, column);
    case SortRole: return m_cells.sortValue(*r, column);
    case Qt::ToolTipRole: return m_cells.toolTip(*r, column);
    case Qt::DecorationRole: return m_cells.decoration(*r, column);
    case Qt::ForegroundRole:
        if (column == Status)
            return QBrush(JobIcons::statusColor(statusKind(*r)));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Polls || column == Elapsed || column == Eta || column == Cost)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole: return r->key;
    case ProfileIdRole: return r->profileId;
    case CategoryRole: return int(category(*r));
    case StatusKindRole: return int(statusKind(*r));
    case SearchTextRole: return m_cells.searchText(*r);
    case ProgressRole: {
        if (r->snapshot.progress)
            return *r->snapshot.progress;
        const bool live = r->engine.local == LocalState::Watching && !isTerminal(r->snapshot.state);
        return live ? -1.0 : -2.0;
    }
    case StepRole: return stepText(*r);
    case ActionsRole: return availableActions(*r);
    case ResultUrlRole: {
        if (r->snapshot.artifacts.isEmpty())
            return {};
        const QUrl url(r->snapshot.artifacts.first().url);
        return url.scheme() == "http"_L1 || url.scheme() == "https"_L1 ? QVariant(url) : QVariant();
    }
    default: return {};
    }
}

} // namespace jw
