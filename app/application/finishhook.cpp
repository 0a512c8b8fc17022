#include "application/finishhook.h"

#include "application/finishbatcher.h"
#include "model/joblist.h"
#include "model/jobtimeline.h"

#include <QProcess>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
constexpr qsizetype kStderrKeepBytes = 4096;

QString tailOf(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes).trimmed();
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\n', u" ⏎ "_s); // one line in the timeline
    if (text.size() > FinishRun::kStderrTail)
        text = u'…' + text.right(FinishRun::kStderrTail - 1);
    return text;
}
} // namespace

FinishHook::FinishHook(JobList *jobs, JobTimeline *timeline, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_timeline(timeline)
{
    qRegisterMetaType<FinishRun>();
    connect(m_jobs, &JobList::jobsAdded, this, &FinishHook::onAdded);
    connect(m_jobs, &JobList::jobsRemoved, this, &FinishHook::onRemoved);
    connect(m_jobs, &JobList::jobsChanged, this, &FinishHook::onChanged);
    onAdded(m_jobs->keys());
}

FinishHook::~FinishHook() = default;

void FinishHook::onAdded(const QStringList &keys)
{
    for (const QString &key : keys) {
        if (const JobRecord *record = m_jobs->find(key))
            m_ended.insert(key, FinishBatcher::outcomeOf(*record) != FinishBatcher::Outcome::None);
    }
}

void FinishHook::onRemoved(const QStringList &keys)
{
    const int before = busy();
    for (const QString &key : keys) {
        m_ended.remove(key);
        m_waiting.remove(key);
        delete m_waitTimers.take(key);
        m_queue.removeIf([&key](const Queued &q) { return q.key == key; });
    }
    if (before > 0 && busy() == 0)
        Q_EMIT idle();
}

void FinishHook::onChanged(const QList<JobChange> &changes)
{
    for (const JobChange &change : changes) {
        if (!(change.fields & (JobField::Snapshot | JobField::Local)))
            continue;
        const JobRecord *record = m_jobs->find(change.key);
        const auto seen = m_ended.find(change.key);
        if (!record || seen == m_ended.end())
            continue;
        const bool ended = FinishBatcher::outcomeOf(*record) != FinishBatcher::Outcome::None;
        if (ended == *seen)
            continue;
        *seen = ended;
        if (!ended || !m_commandFor)
            continue;
        const std::optional<FinishCommand> command = m_commandFor(*record);
        if (!command)
            continue;
        Pending pending{change.key, *command};
        std::optional<QString> path = QString();
        if (record->snapshot.state == JobState::Completed && m_resultPath && command->uses(u"result_path"_s))
            path = m_resultPath(*record);
        if (path) {
            enqueue(pending, *path);
            continue;
        }
        m_waiting.insert(change.key, pending);
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(kResultWaitMs);
        connect(timer, &QTimer::timeout, this, [this, key = change.key] {
            if (!m_waiting.contains(key))
                return;
            const Pending p = m_waiting.take(key);
            delete m_waitTimers.take(key);
            const JobRecord *r = m_jobs->find(key);
            enqueue(p, r && m_resultPath ? m_resultPath(*r).value_or(QString()) : QString());
        });
        delete m_waitTimers.take(change.key);
        m_waitTimers.insert(change.key, timer);
        timer->start();
    }
}

void FinishHook::recheck(const QString &key)
{
    const JobRecord *record = m_jobs->find(key);
    if (!m_waiting.contains(key) || !record || !m_resultPath)
        return;
    const std::optional<QString> path = m_resultPath(*record);
    if (!path)
        return;
    const Pending p = m_waiting.take(key);
    delete m_waitTimers.take(key);
    enqueue(p, *path);
}

void FinishHook::releaseWaiting()
{
    const QList<Pending> all = m_waiting.values();
    m_waiting.clear();
    qDeleteAll(m_waitTimers);
    m_waitTimers.clear();
    for (const Pending &p : all) {
        const JobRecord *record = m_jobs->find(p.key);
        enqueue(p, record && m_resultPath ? m_resultPath(*record).value_or(QString()) : QString());
    }
}

void FinishHook::enqueue(const Pending &pending, const QString &resultPath)
{
    const JobRecord *record = m_jobs->find(pending.key);
    if (!record)
        return;
    const QString profile = m_profileName ? m_profileName(record->profileId) : record->profileId;
    m_queue.append({pending.key, pending.command.expand(FinishCommand::valuesFor(*record, profile, resultPath))});
    startNext();
}

void FinishHook::startNext()
{
    while (m_running < kMaxRunning && !m_queue.isEmpty()) {
        const Queued next = m_queue.takeFirst();
        auto *process = new QProcess(this);
        process->setProgram(next.argv.constFirst());
        process->setArguments(next.argv.mid(1));
        process->setStandardInputFile(QProcess::nullDevice());
        process->setStandardOutputFile(QProcess::nullDevice());
        auto errBytes = std::make_shared<QByteArray>();
        auto timedOut = std::make_shared<bool>(false);
        const auto readErr = [process, errBytes] {
            errBytes->append(process->readAllStandardError());
            if (errBytes->size() > kStderrKeepBytes)
                errBytes->remove(0, errBytes->size() - kStderrKeepBytes);
        };
        connect(process, &QProcess::readyReadStandardError, this, readErr);
        auto *timer = new QTimer(process);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, process, [process, timedOut] {
            *timedOut = true;
            process->kill();
        });
        const QString key = next.key;
        const QString program = next.argv.constFirst();
        const int timeoutMs = m_timeoutMs;
        connect(process, &QProcess::finished, this, [=, this](int exitCode, QProcess::ExitStatus status) {
            readErr();
            FinishRun run;
            run.program = program;
            run.timeoutMs = timeoutMs;
            run.exitCode = exitCode;
            run.status = *timedOut ? FinishRun::Status::TimedOut
                : status == QProcess::CrashExit ? FinishRun::Status::Crashed
                                                : FinishRun::Status::Exited;
            run.stderrTail = tailOf(*errBytes);
            finish(process, key, run);
        });
        connect(process, &QProcess::errorOccurred, this, [=, this](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return; // a crash or a kill also ends in finished()
            FinishRun run;
            run.program = program;
            run.timeoutMs = timeoutMs;
            run.status = FinishRun::Status::FailedToStart;
            run.errorText = process->errorString();
            finish(process, key, run);
        });
        ++m_running;
        Q_EMIT started(key, next.argv);
        timer->start(m_timeoutMs);
        process->start();
    }
}

void FinishHook::finish(QProcess *process, const QString &key, const FinishRun &run)
{
    process->disconnect(this);
    process->deleteLater();
    --m_running;
    if (m_timeline)
        m_timeline->note(key, TimelineEntry::Kind::Command, run.summary());
    Q_EMIT ran(key, run);
    startNext();
    if (busy() == 0)
        Q_EMIT idle();
}

} // namespace jw
