#pragma once
// Running totals over the JobList for the filter buttons and the status bar: how many jobs are in each status
// category, and how many requests were sent since the last look. Kept up to date from the list's change signals,
// so a refresh costs O(1) instead of a pass over every job (10,000 rows refreshed five times a second was a
// sixth of the window's CPU while polling). Requests already counted when a job arrives (a job restored from
// the history) are not counted again.

#include "models/jobtablemodel.h"

#include <QHash>
#include <QObject>

#include <array>

namespace jw {

class JobList;
struct JobChange;

class JobTally final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTally)
public:
    using Counts = std::array<int, 4>; // indexed by int(StatusCategory)

    explicit JobTally(JobList *jobs, QObject *parent = nullptr);

    const Counts &counts() const { return m_counts; }
    int total() const { return int(m_entries.size()); }
    // Requests sent since the last call (or since construction).
    int takeRequests();
    // "Active 3 · Completed 5 · Failed 2 · Stopped 1": the filter buttons' words (JobTableModel::categoryName)
    // and counts, for the status bar and the tray icon, so every place says the same.
    static QString summary(const Counts &counts);
    // What each category holds, for tooltips: "Failed: failed, cancelled, not found or configuration error".
    static QString categoryHelp(StatusCategory category);

private:
    struct Entry {
        StatusCategory category = StatusCategory::Active;
        int requests = 0;
    };
    void onAdded(const QStringList &keys);
    void onRemoved(const QStringList &keys);
    void onChanged(const QList<jw::JobChange> &changes);

    JobList *m_jobs;
    QHash<QString, Entry> m_entries;
    Counts m_counts{};
    int m_newRequests = 0;
};

} // namespace jw
