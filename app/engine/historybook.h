#pragma once
// The cadence's memory (DESIGN.md §4): one DurationHistory per (profile, job type), kept across profile edits.
// The book itself lives in memory. Whoever owns the engine keeps it across restarts: every finished job's
// duration is announced by recorded(), and restore() puts back what earlier runs recorded (the Application and
// `watch --record` keep them in the job store, application/learneddurations.h).

#include "engine/durationhistory.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace jw {

// One finished job's duration, as recorded and as restored.
struct LearnedDuration {
    QString profileId;
    QString jobType;
    qint64 durationMs = 0;
    bool showedProgress = false;
    bool failed = false;
    bool progressMayRound = false; // the history's rounding note when the job ended
};

class HistoryBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryBook)
public:
    explicit HistoryBook(QObject *parent = nullptr);

    static QString keyFor(const QString &profileId, const QString &jobType);

    // The history for (profile, type); created empty on first use. The reference stays valid, also across
    // restore(); change it only through record() and noteRounding().
    const DurationHistory &at(const QString &profileId, const QString &jobType);
    const DurationHistory *find(const QString &profileId, const QString &jobType) const;

    // A job ended after `durationMs`: added to its history and announced by recorded().
    void record(const QString &profileId, const QString &jobType, qint64 durationMs, bool showedProgress,
                DurationHistory::End end);
    // The provider rounds its percentages for this kind of job (kept with the next recorded duration).
    void noteRounding(const QString &profileId, const QString &jobType);
    // Puts back durations recorded in earlier runs (oldest first), before any recorded in this run.
    void restore(const QList<LearnedDuration> &samples);

Q_SIGNALS:
    void recorded(const jw::LearnedDuration &sample);

private:
    DurationHistory &slot(const QString &key);
    QHash<QString, std::shared_ptr<DurationHistory>> m_histories;
};

} // namespace jw
