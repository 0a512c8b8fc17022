#include "models/jobfilterproxy.h"

#include "models/jobtally.h"

namespace jw {

JobFilterProxy::JobFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    // Refilter when a row's category changes (dataChanged with role lists only refilters for this role).
    setFilterRole(JobTableModel::CategoryRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Counting walks every row: at most five times a second, however many responses arrive (10,000 jobs
    // answering 200 times a second would otherwise spend the GUI thread on counting).
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(200);
    connect(&m_countsTimer, &QTimer::timeout, this, &JobFilterProxy::countsChanged);
}

void JobFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &JobFilterProxy::scheduleCounts);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &JobFilterProxy::scheduleCounts);
    connect(model, &QAbstractItemModel::modelReset, this, &JobFilterProxy::scheduleCounts);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(JobTableModel::CategoryRole) || roles.contains(JobTableModel::SearchTextRole))
                    scheduleCounts();
            });
    scheduleCounts();
}

void JobFilterProxy::scheduleCounts()
{
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
}

void JobFilterProxy::setStatusFilter(StatusFilter filter)
{
    if (m_status == filter)
        return;
    m_status = filter;
    invalidateRowsFilter();
}

void JobFilterProxy::setSearchText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (m_search == t)
        return;
    m_search = t;
    m_storeMatches.clear();
    m_hasStoreMatches = false;
    invalidateRowsFilter();
    scheduleCounts();
}

void JobFilterProxy::setStoreMatches(const QString &text, const QSet<QString> &keys)
{
    if (text.trimmed().toLower() != m_search || m_search.isEmpty())
        return;
    if (m_hasStoreMatches && m_storeMatches == keys)
        return;
    m_storeMatches = keys;
    m_hasStoreMatches = true;
    invalidateRowsFilter();
    scheduleCounts();
}

void JobFilterProxy::setProfileFilter(const QString &profileId)
{
    if (m_profile == profileId)
        return;
    m_profile = profileId;
    invalidateRowsFilter();
    scheduleCounts();
}

bool JobFilterProxy::acceptsOthers(const QModelIndex &index) const
{
    if (!m_profile.isEmpty() && index.data(JobTableModel::ProfileIdRole).toString() != m_profile)
        return false;
    if (m_search.isEmpty())
        return true;
    if (m_hasStoreMatches && m_storeMatches.contains(index.data(JobTableModel::KeyRole).toString()))
        return true;
    const QString haystack = index.data(JobTableModel::SearchTextRole).toString();
    // Every word of the search must appear somewhere.
    const auto words = QStringView(m_search).split(u' ', Qt::SkipEmptyParts);
    for (const QStringView word : words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!acceptsOthers(index))
        return false;
    if (m_status == StatusFilter::All)
        return true;
    return index.data(JobTableModel::CategoryRole).toInt() + 1 == int(m_status);
}

JobFilterProxy::Counts JobFilterProxy::counts() const
{
    Counts counts{};
    if (m_tally && m_profile.isEmpty() && m_search.isEmpty()) {
        counts[0] = m_tally->total();
        for (size_t c = 0; c < m_tally->counts().size(); ++c)
            counts[c + 1] = m_tally->counts()[c];
        return counts;
    }
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return counts;
    const int rows = model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (!acceptsOthers(index))
            continue;
        ++counts[0];
        const int category = index.data(JobTableModel::CategoryRole).toInt();
        if (category >= 0 && category + 1 < kFilterCount)
            ++counts[size_t(category) + 1];
    }
    return counts;
}

QString JobFilterProxy::filterName(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::All: return tr("All");
    case StatusFilter::Active: return JobTableModel::categoryName(StatusCategory::Active);
    case StatusFilter::Completed: return JobTableModel::categoryName(StatusCategory::Completed);
    case StatusFilter::Failed: return JobTableModel::categoryName(StatusCategory::Failed);
    case StatusFilter::Stopped: return JobTableModel::categoryName(StatusCategory::Stopped);
    }
    return {};
}

} // namespace jw
