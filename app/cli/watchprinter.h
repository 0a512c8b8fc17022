#pragma once
// Output of `jobwatch-cli watch`: NDJSON events (--json) or a live one-line-per-job table, redrawn in place
// on a terminal and printed as plain lines otherwise.

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>

namespace jw {
class JobList;
struct JobChange;
struct JobRecord;
} // namespace jw

namespace jw::cli {

class WatchPrinter final
{
public:
    enum class Mode { Json, Table, Lines };
    WatchPrinter(const JobList &jobs, Mode mode);

    // Prints what the change batch means for the user.
    void print(const QList<JobChange> &changes);
    // Terminal lines: redraws the table a last time and leaves the cursor below it.
    void finish();

    static QString tableLine(const JobRecord &record);

private:
    void printJson(const QList<JobChange> &changes);
    void redraw();

    const JobList &m_jobs;
    Mode m_mode;
    int m_linesDrawn = 0;
    QHash<QString, QString> m_lastLine;
    QSet<QString> m_stalled; // jobs last reported stalled (an event when that changes)
    QHash<QString, QByteArray> m_jobJson; // each job's snapshot as last printed (compact JSON)
};

} // namespace jw::cli
