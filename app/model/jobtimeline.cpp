#include "model/jobtimeline.h"

#include "model/joblist.h"
#include "model/statelabels.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Timeline) };
} // namespace

JobTimeline::JobTimeline(JobList *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(m_jobs, &JobList::jobsAdded, this, &JobTimeline::onAdded);
    connect(m_jobs, &JobList::jobsRemoved, this, &JobTimeline::onRemoved);
    connect(m_jobs, &JobList::jobsChanged, this, &JobTimeline::onChanged);
    onAdded(m_jobs->keys());
}

void JobTimeline::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QList<TimelineEntry> JobTimeline::entries(const QString &key) const
{
    const auto it = m_tracks.constFind(key);
    return it == m_tracks.constEnd() ? QList<TimelineEntry>() : it->entries;
}

void JobTimeline::restore(const QString &key, QList<TimelineEntry> entries)
{
    if (entries.isEmpty() || m_tracks.contains(key))
        return;
    cap(entries);
    Track track;
    for (TimelineEntry &entry : entries) {
        entry.label = labelFor(entry);
        if (entry.kind == TimelineEntry::Kind::Elided)
            continue;
        if (entry.kind == TimelineEntry::Kind::State) {
            track.hasState = true;
            track.state = entry.state;
        }
        track.local = entry.local;
    }
    track.entries = std::move(entries);
    m_tracks.insert(key, track);
}

const QString &JobTimeline::cachedLabel(const TimelineEntry &entry)
{
    const int id = (int(entry.kind) << 16) | (int(entry.state) << 8) | int(entry.local);
    auto it = m_labels.find(id);
    if (it == m_labels.end())
        it = m_labels.insert(id, labelFor(entry));
    return *it;
}

QString JobTimeline::labelFor(const TimelineEntry &entry)
{
    switch (entry.kind) {
    case TimelineEntry::Kind::Added: return Tr::tr("added");
    case TimelineEntry::Kind::State: return stateLabel(entry.state);
    case TimelineEntry::Kind::Local:
        return entry.local == LocalState::Watching ? Tr::tr("watching again") : localStateLabel(entry.local);
    case TimelineEntry::Kind::Command: return Tr::tr("finish command", "timeline: the program run when the job ended");
    case TimelineEntry::Kind::Elided:
        return Tr::tr("… %n earlier change(s)", "timeline: entries dropped to keep it short", int(std::min<qint64>(entry.skipped, INT_MAX)));
    }
    return {};
}

void JobTimeline::cap(QList<TimelineEntry> &entries)
{
    if (entries.size() <= kMaxEntries)
        return;
    const qsizetype drop = entries.size() - kMaxEntries; // a marker already at kHeadEntries is kept and grows
    const bool hasMarker = entries.at(kHeadEntries).kind == TimelineEntry::Kind::Elided;
    const qsizetype first = hasMarker ? kHeadEntries + 1 : kHeadEntries;
    const qsizetype count = hasMarker ? drop : drop + 1; // without a marker, one more makes room for it
    TimelineEntry marker = hasMarker ? entries.at(kHeadEntries) : TimelineEntry();
    marker.kind = TimelineEntry::Kind::Elided;
    for (qsizetype i = first; i < first + count; ++i) {
        const TimelineEntry &gone = entries.at(i);
        marker.skipped += gone.kind == TimelineEntry::Kind::Elided ? gone.skipped : 1;
        marker.atMs = gone.atMs; // the newest change it stands for
        marker.state = gone.state;
        marker.local = gone.local;
    }
    marker.detail.clear();
    marker.label = labelFor(marker);
    entries.remove(first, count);
    if (hasMarker)
        entries[kHeadEntries] = marker;
    else
        entries.insert(kHeadEntries, marker);
}

void JobTimeline::note(const QString &key, TimelineEntry::Kind kind, const QString &detail)
{
    const JobRecord *rec = m_jobs->find(key);
    const auto it = m_tracks.find(key);
    if (!rec || it == m_tracks.end())
        return;
    TimelineEntry entry;
    entry.atMs = m_clock();
    entry.kind = kind;
    entry.state = rec->snapshot.state;
    entry.local = rec->engine.local;
    entry.label = cachedLabel(entry);
    entry.detail = detail;
    it->entries.append(entry);
    cap(it->entries);
    Q_EMIT timelineChanged(key);
}

void JobTimeline::onAdded(const QStringList &keys)
{
    const qint64 now = m_clock();
    for (const QString &key : keys) {
        const JobRecord *rec = m_jobs->find(key);
        if (!rec)
            continue;
        auto it = m_tracks.find(key);
        if (it != m_tracks.end()) { // restored: catch up with the record as it was stored
            record(key, *rec, *it, now);
            continue;
        }
        TimelineEntry entry;
        entry.atMs = now;
        entry.kind = TimelineEntry::Kind::Added;
        entry.local = rec->engine.local;
        entry.label = cachedLabel(entry);
        Track track;
        track.local = rec->engine.local;
        track.entries = {entry};
        it = m_tracks.insert(key, track);
        if (rec->hasSnapshot)
            record(key, *rec, *it, now);
        Q_EMIT timelineChanged(key);
    }
}

void JobTimeline::onRemoved(const QStringList &keys)
{
    for (const QString &key : keys)
        m_tracks.remove(key);
}

void JobTimeline::onChanged(const QList<JobChange> &changes)
{
    const qint64 now = m_clock();
    for (const JobChange &change : changes) {
        if (!(change.fields & (JobField::Snapshot | JobField::Local)))
            continue;
        const auto it = m_tracks.find(change.key);
        const JobRecord *rec = it == m_tracks.end() ? nullptr : m_jobs->find(change.key);
        if (rec)
            record(change.key, *rec, *it, now);
    }
}

void JobTimeline::record(const QString &key, const JobRecord &rec, Track &track, qint64 now)
{
    QList<TimelineEntry> &list = track.entries;
    bool changed = false;
    if (rec.hasSnapshot && (!track.hasState || track.state != rec.snapshot.state)) {
        TimelineEntry entry;
        entry.atMs = now;
        entry.kind = TimelineEntry::Kind::State;
        entry.state = rec.snapshot.state;
        entry.local = rec.engine.local;
        entry.label = cachedLabel(entry);
        if (rec.snapshot.state == JobState::Unknown || rec.snapshot.rawStatus.compare(stateName(rec.snapshot.state), Qt::CaseInsensitive) != 0)
            entry.detail = rec.snapshot.rawStatus;
        list.append(entry);
        track.hasState = true;
        track.state = rec.snapshot.state;
        changed = true;
    }
    // Local transitions worth a line: leaving or re-entering "watching" (Done follows the terminal state).
    if (rec.engine.local != track.local) {
        if (rec.engine.local != LocalState::Done) {
            TimelineEntry entry;
            entry.atMs = now;
            entry.kind = TimelineEntry::Kind::Local;
            entry.state = rec.snapshot.state;
            entry.local = rec.engine.local;
            entry.label = cachedLabel(entry);
            entry.detail = rec.engine.pauseReason;
            list.append(entry);
            changed = true;
        }
        track.local = rec.engine.local;
    }
    if (changed) {
        cap(list);
        Q_EMIT timelineChanged(key);
    }
}

} // namespace jw
