#pragma once
// The history of one job's state as the engine saw it: "added", "queued", "running", "completed",
// "stopped", "timed out locally", ... with the local time of each transition. Observes a JobList and records an
// entry whenever a job's server state or local state changes; forgets a job when it is removed. Core only, so
// the CLI can print it too.
//
// Bounded: a status that flips forever must not grow it without end. A job keeps its first kHeadEntries
// entries (when it was added, queued, started) and its newest kTailEntries; the ones between are replaced by
// one Kind::Elided marker, "… N earlier changes", that counts them. The job store keeps the same entries.

#include "model/jobrecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace jw {

class JobList;
struct JobChange;

struct TimelineEntry {
    // Command: the run-on-finish program ran (detail: how it ended). Elided: `skipped` entries were dropped here.
    enum class Kind { Added, State, Local, Command, Elided };
    qint64 atMs = 0;                         // epoch ms when the engine saw the transition
    Kind kind = Kind::Added;
    JobState state = JobState::Unknown;      // the server state at that time
    LocalState local = LocalState::Watching; // the engine state at that time
    QString label;                           // translated, e.g. "running", "stopped"
    QString detail;                          // e.g. the raw status or the pause reason; may be empty
    qint64 skipped = 0;                      // Kind::Elided: how many entries it stands for
};

class JobTimeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTimeline)
public:
    using Clock = std::function<qint64()>; // epoch ms
    static constexpr int kHeadEntries = 10;
    static constexpr int kTailEntries = 40;
    static constexpr int kMaxEntries = kHeadEntries + 1 + kTailEntries; // with the marker

    // Drops the entries between the first kHeadEntries and the newest kTailEntries into one Kind::Elided marker
    // (adding to the one already there). Used on every append and on restored timelines.
    static void cap(QList<TimelineEntry> &entries);

    explicit JobTimeline(JobList *jobs, QObject *parent = nullptr);

    void setClock(Clock clock); // tests; default QDateTime::currentMSecsSinceEpoch
    QList<TimelineEntry> entries(const QString &key) const;

    // A stored timeline for a job about to be added to the list (a restored session): the job then starts with
    // these entries (capped, labels rebuilt in the current language) instead of a fresh "added", and later transitions
    // append to them. Ignored for a job that has a timeline already.
    void restore(const QString &key, QList<TimelineEntry> entries);
    // Appends an entry that is not a state transition (Kind::Command: the run-on-finish program's exit status and
    // the tail of its stderr in `detail`), at the clock's now. Ignored for a job that is not in the list.
    void note(const QString &key, TimelineEntry::Kind kind, const QString &detail);
    // The label an entry of this kind, state and local state shows ("added", "running", "watching again").
    static QString labelFor(const TimelineEntry &entry);

Q_SIGNALS:
    void timelineChanged(const QString &key);

private:
    void onAdded(const QStringList &keys);
    void onRemoved(const QStringList &keys);
    void onChanged(const QList<jw::JobChange> &changes);

    // One job's entries and the states its last entry saw (what a new transition is compared with).
    struct Track {
        bool hasState = false;
        JobState state = JobState::Unknown;
        LocalState local = LocalState::Watching;
        QList<TimelineEntry> entries;
    };
    void record(const QString &key, const JobRecord &rec, Track &track, qint64 now);
    // labelFor() for the kinds without a count, looked up once per (kind, state, local state): Stop all over
    // 10,000 jobs records 10,000 "stopped" entries. The translators are installed before any timeline exists.
    const QString &cachedLabel(const TimelineEntry &entry);

    JobList *m_jobs;
    Clock m_clock;
    QHash<QString, Track> m_tracks;
    QHash<int, QString> m_labels;
};

} // namespace jw
