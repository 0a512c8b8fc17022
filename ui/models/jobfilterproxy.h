#pragma once
// Sorting and filtering of the job table: sorts on JobTableModel::SortRole; filters by status category
// (All / Active / Completed / Failed / Stopped), by a text search, and by profile. The text search matches the
// row's ID, profile, type and error as substrings; setStoreMatches() adds the jobs the job store's full-text
// search found for the same text (status message, result titles, prompt too). Until that answer is there (or when
// the store failed) the substring match alone decides. counts() gives the number of jobs per category under the text and profile filters, for the filter
// buttons.

#include "models/jobtablemodel.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <array>

namespace jw {

class JobTally;

class JobFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterProxy)
public:
    enum class StatusFilter { All = 0, Active, Completed, Failed, Stopped };
    static constexpr int kFilterCount = 5;
    using Counts = std::array<int, kFilterCount>; // indexed by int(StatusFilter)

    explicit JobFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // The keys the job store's full-text search found for `text` (ignored unless it is the current search text;
    // cleared when the text changes).
    void setStoreMatches(const QString &text, const QSet<QString> &keys);
    bool hasStoreMatches() const { return m_hasStoreMatches; }
    void setProfileFilter(const QString &profileId); // empty = every profile
    QString profileFilter() const { return m_profile; }

    // Running totals to read the counts from while no text or profile filter applies (O(1) then, else O(rows)).
    void setTally(const JobTally *tally) { m_tally = tally; }
    Counts counts() const;
    static QString filterName(StatusFilter filter);

Q_SIGNALS:
    void countsChanged(); // coalesced: at most once per event-loop pass

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsOthers(const QModelIndex &sourceIndex) const; // text + profile
    void scheduleCounts();

    StatusFilter m_status = StatusFilter::All;
    QString m_search;
    QSet<QString> m_storeMatches;
    bool m_hasStoreMatches = false;
    QString m_profile;
    QTimer m_countsTimer;
    const JobTally *m_tally = nullptr;
};

} // namespace jw
