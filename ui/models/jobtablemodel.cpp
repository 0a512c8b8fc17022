#include "models/jobtablemodel.h"

#include "core/joblist.h"
#include "thumbnails/thumbnailprovider.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
qint64 parseIso(const QString &text)
{
    if (text.isEmpty())
        return -1;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

QString clockTime(qint64 epochMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).time(), u"HH:mm:ss"_s);
}

// The kind shown for a job's type: research/report types get the report icon, others map to artifact kinds.
std::optional<ArtifactKind> kindForType(const QString &type)
{
    const QString t = type.toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t.contains("video"_L1) || t == "story"_L1 || t == "export"_L1 || t == "animation"_L1)
        return ArtifactKind::Video;
    if (t.contains("image"_L1) || t.contains("scene"_L1) || t == "photo"_L1)
        return ArtifactKind::Image;
    if (t.contains("audio"_L1) || t.contains("music"_L1) || t.contains("speech"_L1))
        return ArtifactKind::Audio;
    if (t.contains("document"_L1) || t.contains("pdf"_L1))
        return ArtifactKind::Document;
    if (t.contains("translation"_L1) || t.contains("analysis"_L1) || t.contains("text"_L1) || t.contains("tool"_L1))
        return ArtifactKind::Text;
    return std::nullopt;
}

bool isResearch(const QString &type)
{
    return type.compare("research"_L1, Qt::CaseInsensitive) == 0;
}

QString kindLabel(ArtifactKind kind, qsizetype count)
{
    const bool one = count == 1;
    const QString n = QString::number(count);
    switch (kind) {
    case ArtifactKind::Video: return one ? JobTableModel::tr("video") : JobTableModel::tr("%1 videos").arg(n);
    case ArtifactKind::Image: return one ? JobTableModel::tr("image") : JobTableModel::tr("%1 images").arg(n);
    case ArtifactKind::Audio: return one ? JobTableModel::tr("audio") : JobTableModel::tr("%1 audio", "number of audio clips").arg(n);
    case ArtifactKind::Document: return one ? JobTableModel::tr("document") : JobTableModel::tr("%1 documents").arg(n);
    case ArtifactKind::Text: return one ? JobTableModel::tr("text") : JobTableModel::tr("%1 text files").arg(n);
    case ArtifactKind::Other: return one ? JobTableModel::tr("file") : JobTableModel::tr("%1 files").arg(n);
    }
    return {};
}

} // namespace

JobTableModel::JobTableModel(JobList *jobs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_jobs(jobs)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(m_jobs, &JobList::jobsAdded, this, &JobTableModel::onAdded);
    connect(m_jobs, &JobList::jobsRemoved, this, &JobTableModel::onRemoved);
    connect(m_jobs, &JobList::jobsChanged, this, &JobTableModel::onChanged);
    m_keys = m_jobs->keys();
    const qint64 t = now();
    for (const QString &key : std::as_const(m_keys))
        m_addedAt.insert(key, t);
    rebuildIndex(0);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &JobTableModel::tick);
    m_tick.start();
}

void JobTableModel::setProfileNames(const QHash<QString, QString> &names)
{
    m_profileNames = names;
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, Profile), index(int(m_keys.size()) - 1, Profile),
                           {Qt::DisplayRole, SortRole, SearchTextRole, CategoryRole});
}

void JobTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void JobTableModel::setThumbnailProvider(ThumbnailProvider *provider)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = provider;
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

qint64 JobTableModel::now() const
{
    return m_clock();
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
    case Actions: return tr("Actions");
    default: return {};
    }
}

void JobTableModel::rebuildIndex(int from)
{
    for (int row = from; row < m_keys.size(); ++row)
        m_rowOf.insert(m_keys.at(row), row);
}

void JobTableModel::onAdded(const QStringList &keys)
{
    QStringList fresh;
    for (const QString &key : keys) {
        if (!m_rowOf.contains(key) && m_jobs->contains(key) && !fresh.contains(key))
            fresh.append(key);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_keys.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    const qint64 t = now();
    for (const QString &key : std::as_const(fresh)) {
        m_keys.append(key);
        m_addedAt.insert(key, t);
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
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
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
        add({Job, Status, Progress, Elapsed, LastUpdate, Result, Actions});
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
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
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
    case JobState::Running: return StatusKind::Running;
    default: return StatusKind::Unknown;
    }
}

StatusCategory JobTableModel::category(const JobRecord &r)
{
    switch (statusKind(r)) {
    case StatusKind::Completed: return StatusCategory::Completed;
    case StatusKind::Failed:
    case StatusKind::Cancelled:
    case StatusKind::NotFound: return StatusCategory::Failed;
    case StatusKind::Stopped:
    case StatusKind::TimedOut: return StatusCategory::Stopped;
    default: return StatusCategory::Active;
    }
}

QString JobTableModel::categoryName(StatusCategory c)
{
    switch (c) {
    case StatusCategory::Active: return tr("Active");
    case StatusCategory::Completed: return tr("Completed");
    case StatusCategory::Failed: return tr("Failed");
    case StatusCategory::Stopped: return tr("Stopped");
    }
    return {};
}

QString JobTableModel::statusText(const JobRecord &r)
{
    switch (statusKind(r)) {
    case StatusKind::Pending: return tr("Waiting for first poll");
    case StatusKind::Queued: return tr("Queued");
    case StatusKind::Running: return tr("Running");
    case StatusKind::Retrying: return tr("Retrying");
    case StatusKind::Completed: return tr("Completed");
    case StatusKind::Failed: return tr("Failed");
    case StatusKind::Cancelled: return tr("Cancelled");
    case StatusKind::Stopped: return tr("Stopped");
    case StatusKind::TimedOut: return tr("Timed out locally");
    case StatusKind::Paused: return tr("Paused");
    case StatusKind::NotFound: return tr("Not found");
    case StatusKind::Unknown:
        return r.snapshot.rawStatus.isEmpty() ? tr("Unknown") : tr("Unknown (%1)").arg(r.snapshot.rawStatus);
    }
    return {};
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
        actions |= int(RowAction::Retry);
        break;
    case LocalState::Done:
        if (r.snapshot.state != JobState::Completed)
            actions |= int(RowAction::Retry);
        break;
    }
    return actions;
}

QString JobTableModel::formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1s", "duration in seconds").arg(s);
    if (s < 3600)
        return tr("%1m %2s", "duration: minutes, seconds").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1h %2m", "duration: hours, minutes").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

qint64 JobTableModel::elapsedMs(const JobRecord &r) const
{
    const QString key = r.key;
    qint64 start = parseIso(r.snapshot.createdAt);
    if (start < 0)
        start = parseIso(r.snapshot.startedAt);
    if (start < 0)
        start = m_addedAt.value(key, -1);
    if (start < 0)
        return -1;
    qint64 end = now();
    if (r.engine.local == LocalState::Done) {
        end = parseIso(r.snapshot.completedAt);
        if (end < 0)
            end = parseIso(r.snapshot.updatedAt);
        if (end < 0)
            end = r.engine.reportedAtMs;
    } else if (r.engine.local != LocalState::Watching && r.engine.local != LocalState::Paused) {
        end = r.engine.lastPollAtMs >= 0 ? r.engine.lastPollAtMs : r.engine.reportedAtMs;
    }
    return end >= start ? end - start : 0;
}

QVariant JobTableModel::displayData(const JobRecord &r, int column) const
{
    switch (column) {
    case Job: return r.jobId;
    case Profile: return m_profileNames.value(r.profileId, r.profileId);
    case Status: return statusText(r);
    case Progress: {
        if (r.snapshot.progress)
            return QString(QLocale().toString(*r.snapshot.progress, 'f', 0) + u'%');
        return QString();
    }
    case Elapsed: return formatDuration(elapsedMs(r));
    case Eta: {
        if (r.engine.local != LocalState::Watching || r.engine.etaMs < 0)
            return QStringLiteral("—");
        const qint64 left = r.engine.etaMs - now();
        return left <= 0 ? tr("any moment") : formatDuration(left);
    }
    case LastUpdate: {
        const qint64 at = r.engine.reportedAtMs >= 0 ? r.engine.reportedAtMs : r.engine.lastPollAtMs;
        if (at < 0)
            return tr("never");
        const qint64 ago = std::max<qint64>(0, now() - at);
        return ago < 1000 ? tr("just now") : tr("%1 ago").arg(formatDuration(ago));
    }
    case Polls: return r.engine.requestCount;
    case Result: {
        if (r.snapshot.report && r.snapshot.artifacts.isEmpty())
            return tr("Report");
        if (r.snapshot.artifacts.isEmpty())
            return QString();
        return kindLabel(r.snapshot.artifacts.first().kind, r.snapshot.artifacts.size());
    }
    default: return {};
    }
}

QVariant JobTableModel::sortData(const JobRecord &r, int column) const
{
    switch (column) {
    case Job: return r.jobId;
    case Profile: return m_profileNames.value(r.profileId, r.profileId);
    case Status: return int(statusKind(r));
    case Progress: return r.snapshot.progress ? *r.snapshot.progress : -1.0;
    case Elapsed: return elapsedMs(r);
    case Eta: return r.engine.local == LocalState::Watching && r.engine.etaMs >= 0 ? r.engine.etaMs : std::numeric_limits<qint64>::max();
    case LastUpdate: return r.engine.reportedAtMs >= 0 ? r.engine.reportedAtMs : r.engine.lastPollAtMs;
    case Polls: return qint64(r.engine.requestCount);
    case Result: return qint64(r.snapshot.artifacts.size()) + (r.snapshot.report ? 1 : 0);
    case Actions: return availableActions(r);
    default: return {};
    }
}

QVariant JobTableModel::toolTip(const JobRecord &r, int column) const
{
    switch (column) {
    case Job:
        return r.snapshot.type.isEmpty() ? r.jobId : tr("%1\nType: %2").arg(r.jobId, r.snapshot.type);
    case Status: {
        QStringList lines{statusText(r)};
        if (!r.snapshot.rawStatus.isEmpty())
            lines << tr("Server status: %1").arg(r.snapshot.rawStatus);
        if (!r.engine.pauseReason.isEmpty())
            lines << r.engine.pauseReason;
        if (r.snapshot.error)
            lines << (r.snapshot.error->code.isEmpty() ? r.snapshot.error->message
                                                       : tr("%1: %2").arg(r.snapshot.error->code, r.snapshot.error->message));
        if (!r.engine.lastError.isEmpty())
            lines << r.engine.lastError;
        if (r.engine.lastHttpStatus > 0)
            lines << tr("Last HTTP status: %1").arg(r.engine.lastHttpStatus);
        return lines.join(u'\n');
    }
    case Progress: {
        QStringList parts;
        if (!r.snapshot.step.isEmpty())
            parts << r.snapshot.step;
        if (!r.snapshot.message.isEmpty())
            parts << r.snapshot.message;
        if (r.snapshot.done && r.snapshot.total)
            parts << tr("%1 of %2").arg(*r.snapshot.done).arg(*r.snapshot.total);
        return parts.isEmpty() ? QVariant() : QVariant(parts.join(u'\n'));
    }
    case Eta:
        return r.engine.local == LocalState::Watching && r.engine.etaMs >= 0 ? tr("Predicted end at %1").arg(clockTime(r.engine.etaMs)) : QVariant();
    case LastUpdate: {
        const qint64 at = r.engine.reportedAtMs >= 0 ? r.engine.reportedAtMs : r.engine.lastPollAtMs;
        return at >= 0 ? tr("Last answer at %1").arg(clockTime(at)) : QVariant();
    }
    case Polls: {
        QStringList lines{tr("%n request(s) sent", nullptr, r.engine.requestCount)};
        if (r.engine.lastHttpStatus > 0)
            lines << tr("Last HTTP status: %1").arg(r.engine.lastHttpStatus);
        if (r.engine.inFlight)
            lines << tr("A request is in flight");
        else if (r.engine.nextPollAtMs >= 0)
            lines << tr("Next poll at %1").arg(clockTime(r.engine.nextPollAtMs));
        return lines.join(u'\n');
    }
    case Result:
        if (!r.snapshot.artifacts.isEmpty())
            return r.snapshot.artifacts.first().url;
        return {};
    default: return {};
    }
}

QVariant JobTableModel::decoration(const JobRecord &r, int column) const
{
    switch (column) {
    case Job:
        if (isResearch(r.snapshot.type))
            return m_icons.report();
        // Every row gets an icon so the IDs line up; a neutral one while the type is unknown.
        return m_icons.kind(kindForType(r.snapshot.type).value_or(ArtifactKind::Other));
    case Status: return m_icons.status(statusKind(r));
    case Result:
        if (m_thumbnails) {
            if (const QPixmap thumbnail = m_thumbnails->thumbnail(r.key); !thumbnail.isNull())
                return thumbnail;
        }
        if (!r.snapshot.artifacts.isEmpty())
            return m_icons.kind(r.snapshot.artifacts.first().kind);
        if (r.snapshot.report)
            return m_icons.report();
        return {};
    default: return {};
    }
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
    case Qt::DisplayRole: return displayData(*r, column);
    case SortRole: return sortData(*r, column);
    case Qt::ToolTipRole: return toolTip(*r, column);
    case Qt::DecorationRole: return decoration(*r, column);
    case Qt::ForegroundRole:
        if (column == Status)
            return QBrush(JobIcons::statusColor(statusKind(*r)));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Polls || column == Elapsed || column == Eta)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole: return r->key;
    case ProfileIdRole: return r->profileId;
    case CategoryRole: return int(category(*r));
    case StatusKindRole: return int(statusKind(*r));
    case SearchTextRole: {
        QString text = r->jobId + u'\n' + r->profileId + u'\n' + m_profileNames.value(r->profileId) + u'\n'
            + r->snapshot.type + u'\n' + r->engine.lastError;
        if (r->snapshot.error)
            text += u'\n' + r->snapshot.error->code + u'\n' + r->snapshot.error->message;
        return text.toLower();
    }
    case ProgressRole: {
        if (r->snapshot.progress)
            return *r->snapshot.progress;
        const bool live = r->engine.local == LocalState::Watching && !isTerminal(r->snapshot.state);
        return live ? -1.0 : -2.0;
    }
    case StepRole: return r->snapshot.step.isEmpty() ? r->snapshot.message : r->snapshot.step;
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
