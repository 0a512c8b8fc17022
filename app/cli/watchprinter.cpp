#include "cli/watchprinter.h"

#include "cli/output.h"
#include "model/joblist.h"
#include "model/statelabels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

// `text` as a JSON string literal, quotes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact); // ["..."]
    return array.mid(1, array.size() - 2);
}

// jsonString() without the round trip through QJsonDocument for the usual job ID (printable ASCII that needs
// no escape).
QByteArray jsonId(const QString &id)
{
    for (const QChar c : id) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'"' || c == u'\\')
            return jsonString(id);
    }
    return '"' + id.toLatin1() + '"';
}

// A snapshot's compact JSON. One that holds nothing but its ID (no answer yet: most of 10,000 jobs stopped at
// once on the default budget) is the blank snapshot's JSON with the ID put in.
QByteArray snapshotJson(const JobSnapshot &snapshot)
{
    static const auto blank = [] {
        JobSnapshot s;
        s.id = u"@id@"_s;
        const QByteArray json = QJsonDocument(toJson(s)).toJson(QJsonDocument::Compact);
        const qsizetype at = json.indexOf(R"("@id@")");
        return std::pair{json.left(at), json.mid(at + 6)};
    }();
    JobSnapshot empty;
    empty.id = snapshot.id;
    if (snapshot == empty)
        return blank.first + jsonId(snapshot.id) + blank.second;
    return QJsonDocument(toJson(snapshot)).toJson(QJsonDocument::Compact);
}

bool isFinalLocal(LocalState s)
{
    return s != LocalState::Watching && s != LocalState::Paused;
}
} // namespace

WatchPrinter::WatchPrinter(const JobList &jobs, Mode mode)
    : m_jobs(jobs)
    , m_mode(mode)
{
}

QString WatchPrinter::tableLine(const JobRecord &r)
{
    const JobSnapshot &s = r.snapshot;
    QString state;
    if (r.engine.local == LocalState::Watching || r.engine.local == LocalState::Done)
        state = r.hasSnapshot ? stateLabel(s.state) : Tr::tr("waiting");
    else
        state = localStateLabel(r.engine.local);
    if (r.engine.stalled && r.engine.local == LocalState::Watching)
        state = Tr::tr("%1, stalled", "a running job whose progress has not moved for a long while").arg(state);
    const QString progress = s.progress ? QString::number(*s.progress, 'f', 0) + u'%' : u"-"_s;
    QString detail = r.engine.local == LocalState::Paused ? r.engine.pauseReason : r.engine.lastError;
    if (detail.isEmpty() && s.error)
        detail = s.error->message.isEmpty() ? s.error->code : s.error->message;
    if (detail.isEmpty() && s.state == JobState::Completed && !s.artifacts.isEmpty())
        detail = s.artifacts.constFirst().url;
    if (detail.isEmpty())
        detail = s.message.isEmpty() ? s.step : s.message;
    if (detail.isEmpty() && r.engine.etaMs > 0 && r.engine.local == LocalState::Watching) {
        const qint64 left = (r.engine.etaMs - QDateTime::currentMSecsSinceEpoch()) / 1000;
        if (left > 0)
            detail = Tr::tr("about %n s left", nullptr, int(left));
    }
    return r.jobId.leftJustified(28) + u' ' + state.leftJustified(17) + u' ' + progress.rightJustified(4) + u"  "_s + detail;
}

void WatchPrinter::print(const QList<JobChange> &changes)
{
    switch (m_mode) {
    case Mode::Json:
        printJson(changes);
        return;
    case Mode::Table:
        redraw();
        return;
    case Mode::Lines: {
        QByteArray out; // one write for the whole batch (10,000 jobs stopped at once are 10,000 lines)
        for (const JobChange &c : changes) {
            const JobRecord *r = m_jobs.find(c.key);
            if (!r)
                continue;
            if (!r->hasSnapshot && r->engine.lastError.isEmpty() && r->engine.local == LocalState::Watching)
                continue; // nothing to say before the first answer
            const QString line = tableLine(*r);
            if (m_lastLine.value(c.key) == line)
                continue; // only the next-poll time moved
            m_lastLine.insert(c.key, line);
            out += line.toUtf8() + '\n';
        }
        printLines(out);
        return;
    }
    }
}

void WatchPrinter::printJson(const QList<JobChange> &changes)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray out; // one write for the whole batch
    for (const JobChange &c : changes) {
        const JobRecord *r = m_jobs.find(c.key);
        if (!r)
            continue;
        const bool localChanged = c.fields.testFlag(JobField::Local);
        const bool stalledChanged = localChanged && r->engine.stalled != m_stalled.contains(c.key);
        if (stalledChanged) {
            if (r->engine.stalled)
                m_stalled.insert(c.key);
            else
                m_stalled.remove(c.key);
        }
        const bool final = localChanged && isFinalLocal(r->engine.local);
        const bool error = c.fields.testFlag(JobField::Error) && !r->engine.lastError.isEmpty();
        const bool paused = localChanged && r->engine.local == LocalState::Paused;
        if (!final && !error && !paused && !stalledChanged && !c.fields.testFlag(JobField::Snapshot))
            continue;
        // The snapshot's JSON is kept per job: Stop all (or Ctrl+C) over 10,000 jobs prints 10,000 final events
        // whose snapshots did not change since they were last printed.
        auto cached = m_jobJson.find(c.key);
        if (cached == m_jobJson.end() || c.fields.testFlag(JobField::Snapshot))
            cached = m_jobJson.insert(c.key, snapshotJson(r->snapshot));
        // Beyond the contract's three fields (event, at, job): the engine's view, for scripts that want it (a
        // machine word, never translated; `message` is for people and comes in their language). Keys in
        // QJsonDocument's order.
        const QString message = paused ? r->engine.pauseReason : r->engine.lastError;
        out += R"({"at":)" + QByteArray::number(now) + R"(,"event":")"
               + (final ? "final" : (error || paused) ? "error" : "update") + R"(","job":)" + *cached
               + R"(,"local":")" + localStateName(r->engine.local).toLatin1() + '"';
        if (!message.isEmpty())
            out += R"(,"message":)" + jsonString(message);
        if (r->engine.stalled)
            out += R"(,"stalled":true)";
        out += "}\n";
    }
    printLines(out);
}

void WatchPrinter::redraw()
{
    QByteArray out;
    for (int i = 0; i < m_linesDrawn; ++i)
        out += "\x1b[1A\x1b[2K"; // cursor up, clear line
    const QStringList keys = m_jobs.keys();
    for (const QString &key : keys) {
        const JobRecord *r = m_jobs.find(key);
        if (r)
            out += tableLine(*r).toUtf8() + '\n';
    }
    m_linesDrawn = int(keys.size());
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
}

void WatchPrinter::finish()
{
    if (m_mode == Mode::Table)
        redraw();
}

} // namespace jw::cli
