// bench_store: the job store's figures (README "Benchmarks"), with every setting printed next to them.
//
//   first paint    a cold start (a new process, offscreen) of the window over a store of N jobs: from main() to
//                  the first paint of the table with rows in it (the first restored page), and to the whole
//                  session restored
//   write cost     1,000 jobs each updating once a second (a new snapshot every time), written through StoreSync
//                  with the default 500 ms batches: CPU of the store thread plus the batching on the GUI thread,
//                  as a share of one core
//   search         full-text queries over the N jobs (SqliteJobStore::search), mean and worst per query
//   export         `jobwatch-cli history export --format csv` (and json) of the N jobs, output to /dev/null
//   kill -9        a writer killed mid-stream K times (tests/storecrashwriter.h): jobs lost, integrity_check
//
//   bench_store [--jobs N] [--kills K] [--seconds S]     defaults: 10000 jobs, 50 kills, 20 s of writing
// The same executable is the child for the cold starts (--first-paint DIR) and the writer (--crash-writer DIR P).

#include "../storecrashwriter.h"

#include "application/application.h"
#include "mainwindow.h"
#include "model/joblist.h"
#include "model/jobtimeline.h"
#include "models/jobtablemodel.h"
#include "store/sqlitejobstore.h"
#include "store/storesync.h"
#include "store/storethread.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <csignal>
#include <ctime>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {

qint64 cpuNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void out(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// A realistic stored job: mostly finished history, some of it signed results, errors and prompts.
JobWrite benchJob(int i, QRandomGenerator &random)
{
    static const QStringList profiles = {u"theo"_s, u"vidocu"_s, u"scenes"_s, u"muvi"_s, u"replicate"_s};
    static const QStringList types = {u"video"_s, u"image"_s, u"research"_s, u"document"_s, u"analysis"_s};
    static const QStringList words = {u"lighthouse"_s, u"harbour"_s, u"forest"_s, u"city"_s, u"night"_s, u"winter"_s,
                                      u"portrait"_s, u"river"_s, u"desert"_s, u"mountain"_s, u"garden"_s, u"storm"_s};
    JobRecord r;
    r.profileId = profiles.at(i % profiles.size());
    r.jobId = u"job_%1%2"_s.arg(i, 6, 10, QChar(u'0')).arg(random.generate() % 100000, 5, 36, QChar(u'x'));
    r.addedAtMs = 1'714'500'000'000 + qint64(i) * 60'000;
    r.hasSnapshot = true;
    JobSnapshot &s = r.snapshot;
    s.id = r.jobId;
    s.type = types.at(i % types.size());
    const int roll = int(random.bounded(100));
    s.state = roll < 75 ? JobState::Completed : roll < 92 ? JobState::Failed : roll < 97 ? JobState::Cancelled : JobState::Running;
    s.rawStatus = stateName(s.state);
    s.progress = s.state == JobState::Completed ? 100.0 : double(random.bounded(100));
    s.message = u"Rendering the %1 %2 scene"_s.arg(words.at(random.bounded(words.size())), words.at(random.bounded(words.size())));
    s.createdAt = QDateTime::fromMSecsSinceEpoch(r.addedAtMs, Qt::UTC).toString(Qt::ISODate);
    if (s.state == JobState::Completed) {
        for (int n = 0; n < 2; ++n) {
            Artifact a;
            a.kind = n == 0 ? ArtifactKind::Video : ArtifactKind::Image;
            a.url = u"https://storage.example.com/%1/%2-%3.%4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature=%5"_s
                        .arg(r.profileId, r.jobId).arg(n).arg(n == 0 ? u"mp4"_s : u"png"_s).arg(random.generate64(), 16, 16);
            a.title = words.at(random.bounded(words.size())) + u" take "_s + QString::number(n + 1);
            s.artifacts.append(a);
        }
        s.completedAt = QDateTime::fromMSecsSinceEpoch(r.addedAtMs + 40'000, Qt::UTC).toString(Qt::ISODate);
    } else if (s.state == JobState::Failed) {
        s.error = JobError{u"content_policy"_s, u"The prompt was rejected by the safety filter"_s};
    }
    r.engine.local = s.state == JobState::Running ? LocalState::Watching : LocalState::Done;
    r.engine.requestCount = 5 + int(random.bounded(30));
    r.engine.lastPollAtMs = r.addedAtMs + 40'000;
    r.engine.reportedAtMs = r.engine.lastPollAtMs;
    r.engine.lastHttpStatus = 200;
    if (i % 3 == 0)
        r.rawBody = R"({"input":{"prompt":"A )" + words.at(i % words.size()).toUtf8() + R"( at dawn, cinematic"}})";
    JobWrite w;
    w.record = r;
    w.profileName = r.profileId + u" account"_s;
    QList<TimelineEntry> timeline;
    TimelineEntry e;
    e.atMs = r.addedAtMs;
    e.kind = TimelineEntry::Kind::Added;
    timeline.append(e);
    for (const JobState state : {JobState::Queued, JobState::Running, s.state}) {
        e.atMs += 10'000;
        e.kind = TimelineEntry::Kind::State;
        e.state = state;
        timeline.append(e);
        if (state == s.state)
            break;
    }
    w.timeline = timeline;
    return w;
}

bool fill(const QString &dir, int jobs)
{
    SqliteJobStore store(SqliteJobStore::pathIn(dir));
    QRandomGenerator random(42);
    for (int from = 0; from < jobs; from += 1000) {
        StoreBatch batch;
        batch.atMs = 1'714'600'000'000 + from;
        for (int i = from; i < std::min(jobs, from + 1000); ++i)
            batch.jobs.append(benchJob(i, random));
        QString error;
        if (!store.write(batch, &error)) {
            out(u"filling the store failed: "_s + error);
            return false;
        }
    }
    return true;
}

// Child: a cold start of the window over `dir`; prints "paint <ms> <rows>" and "restored <ms> <rows>".
int firstPaintChild(int argc, char *argv[], const QString &dir, const QElapsedTimer &sinceMain)
{
    QApplication app(argc, argv);
    Application::Options options;
    options.dataDir = dir;
    Application core(options);
    MainWindow window(&core);
    struct Watcher : QObject {
        const QElapsedTimer *clock = nullptr;
        MainWindow *window = nullptr;
        qint64 paintedMs = -1;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && paintedMs < 0 && window->model()->rowCount() > 0) {
                paintedMs = clock->elapsed();
                out(u"paint %1 %2"_s.arg(paintedMs).arg(window->model()->rowCount()));
            }
            return QObject::eventFilter(watched, event);
        }
    } watcher;
    watcher.clock = &sinceMain;
    watcher.window = &window;
    window.view()->viewport()->installEventFilter(&watcher);
    bool restored = false;
    QObject::connect(core.history(), &StoreSync::restoreFinished, &app, [&](int rows) {
        out(u"restored %1 %2"_s.arg(sinceMain.elapsed()).arg(rows));
        restored = true;
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (restored && watcher.paintedMs >= 0)
            QCoreApplication::quit();
    });
    poll.start(10);
    window.show();
    return QApplication::exec();
}

void benchFirstPaint(const QString &dir, int jobs)
{
    QList<double> paint, restored, wall;
    QString rows;
    for (int run = 0; run < 3; ++run) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(env);
        QElapsedTimer started;
        started.start();
        child.start(QCoreApplication::applicationFilePath(), {u"--first-paint"_s, dir});
        QByteArray text;
        qint64 paintSeenAt = -1;
        while (child.waitForReadyRead(60000) || child.state() == QProcess::Running) {
            text += child.readAllStandardOutput();
            if (paintSeenAt < 0 && text.contains("paint "))
                paintSeenAt = started.elapsed();
            if (text.contains("restored "))
                break;
        }
        child.waitForFinished(60000);
        text += child.readAllStandardOutput();
        for (const QByteArray &line : text.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "paint") {
                paint.append(parts.at(1).toDouble());
                rows = QString::fromLatin1(parts.at(2));
            } else if (parts.size() == 3 && parts.at(0) == "restored") {
                restored.append(parts.at(1).toDouble());
            }
        }
        wall.append(double(paintSeenAt));
    }
    out(u"first paint with %1 stored jobs (cold start, offscreen, median of 3): %2 ms from main(), %3 ms from process start "
        "(%4 rows in the first page); whole session restored after %5 ms  [target <= 1000 ms]"_s
            .arg(jobs).arg(median(paint)).arg(median(wall)).arg(rows).arg(median(restored)));
}

void benchWriteCost(int seconds)
{
    QTemporaryDir dir;
    constexpr int kJobs = 1000;
    constexpr int kSlices = 10; // a tenth of the jobs every 100 ms: each job once a second
    JobList jobs;
    JobTimeline timeline(&jobs);
    StoreThread thread([path = SqliteJobStore::pathIn(dir.path())] { return std::make_unique<SqliteJobStore>(path); });
    StoreSync sync(&jobs, &timeline, &thread); // default options: 500 ms batches
    int batches = 0;
    QObject::connect(&sync, &StoreSync::written, &jobs, [&batches](int) { ++batches; });
    QObject::connect(&sync, &StoreSync::writeFailed, &jobs, [](const QString &e) { out(u"write failed: "_s + e); });
    QRandomGenerator random(7);
    QList<JobRecord> records;
    for (int i = 0; i < kJobs; ++i) {
        JobRecord r = benchJob(i, random).record;
        r.snapshot.state = JobState::Running;
        r.snapshot.artifacts.clear();
        r.snapshot.error.reset();
        r.engine.local = LocalState::Watching;
        records.append(r);
    }
    jobs.addMany(records);
    const QStringList keys = jobs.keys();
    int tick = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &jobs, [&] {
        const int slice = tick++ % kSlices;
        for (int i = slice; i < kJobs; i += kSlices) {
            jobs.modify(keys.at(i), [&](JobRecord &r) {
                r.snapshot.progress = std::fmod(r.snapshot.progress.value_or(0) + 1.7, 100.0);
                r.snapshot.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
                if (tick % 20 == 0)
                    r.snapshot.message = u"Step %1 of 20"_s.arg(tick / 20 % 20 + 1);
                ++r.engine.requestCount;
                r.engine.lastPollAtMs = QDateTime::currentMSecsSinceEpoch();
                r.engine.nextPollAtMs = r.engine.lastPollAtMs + 1000;
            });
        }
    });
    timer.start(100);
    // Warm up (the first write of each job is a full insert), then measure.
    QTimer::singleShot(3000, &jobs, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    const qint64 storeStart = thread.busyNs();
    const qint64 syncStart = sync.busyNs();
    const int batchesStart = batches;
    const qint64 processStart = cpuNs(CLOCK_PROCESS_CPUTIME_ID);
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(seconds * 1000, &jobs, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    const double ns = double(wall.nsecsElapsed());
    timer.stop();
    const double storeShare = 100.0 * double(thread.busyNs() - storeStart) / ns;
    const double syncShare = 100.0 * double(sync.busyNs() - syncStart) / ns;
    const double processShare = 100.0 * double(cpuNs(CLOCK_PROCESS_CPUTIME_ID) - processStart) / ns;
    out(u"store write cost, %1 jobs each updating once a second (new snapshot each time), 500 ms batches, %2 s: "
        "%3 % of one core (store thread %4 %, batching on the GUI thread %5 %; %6 batches); the whole process "
        "including the simulated updates and the timeline: %7 %  [target <= 5 %]"_s
            .arg(kJobs).arg(seconds).arg(storeShare + syncShare, 0, 'f', 2).arg(storeShare, 0, 'f', 2)
            .arg(syncShare, 0, 'f', 2).arg(batches - batchesStart).arg(processShare, 0, 'f', 2));
}

void benchSearch(const QString &dir, int jobs)
{
    SqliteJobStore store(SqliteJobStore::pathIn(dir));
    const QStringList queries = {u"lighthouse"_s, u"000123"_s, u"job_0042"_s, u"content_policy"_s, u"harbour dawn"_s,
                                 u"safety filter"_s, u"take 2"_s, u"replicate account"_s, u"zz"_s, u"nothing-like-this"_s};
    constexpr int kRounds = 20;
    double worst = 0;
    double total = 0;
    QStringList perQuery;
    for (const QString &q : queries) {
        QElapsedTimer t;
        double sum = 0;
        qsizetype hits = 0;
        for (int round = 0; round < kRounds; ++round) {
            t.start();
            hits = store.search(q).size();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            sum += ms;
            worst = std::max(worst, ms);
        }
        total += sum;
        perQuery.append(u"\"%1\" %2 hits %3 ms"_s.arg(q).arg(hits).arg(sum / kRounds, 0, 'f', 1));
    }
    out(u"full-text search over %1 jobs (%2 queries x %3, all hits): mean %4 ms, worst %5 ms  [target <= 50 ms]"_s
            .arg(jobs).arg(queries.size()).arg(kRounds).arg(total / (kRounds * queries.size()), 0, 'f', 1).arg(worst, 0, 'f', 1));
    out(u"  "_s + perQuery.join(u"; "_s));
}

void benchExport(const QString &dir, int jobs)
{
    for (const QString &format : {u"csv"_s, u"json"_s}) {
        QList<double> seconds;
        qint64 bytes = 0;
        for (int run = 0; run < 3; ++run) {
            QTemporaryDir outDir;
            const QString file = outDir.filePath(u"export"_s);
            QProcess cli;
            cli.setStandardOutputFile(file);
            QElapsedTimer t;
            t.start();
            cli.start(QStringLiteral(JOBWATCH_CLI), {u"history"_s, u"export"_s, u"--format"_s, format, u"--data-dir"_s, dir});
            cli.waitForFinished(120000);
            seconds.append(double(t.elapsed()) / 1000.0);
            bytes = QFileInfo(file).size();
            if (cli.exitCode() != 0)
                out(u"export failed: "_s + QString::fromUtf8(cli.readAllStandardError()));
        }
        out(u"history export --format %1 of %2 jobs: %3 s (median of 3, %4 MB)%5"_s.arg(format).arg(jobs)
                .arg(median(seconds), 0, 'f', 2).arg(double(bytes) / 1e6, 0, 'f', 1)
                .arg(format == u"csv"_s ? u"  [target <= 1 s]"_s : QString()));
    }
}

void benchKills(int kills)
{
    QTemporaryDir dir;
    QList<int> committed;
    int lost = 0;
    int integrityOk = 0;
    int expected = 0;
    QString firstProblem;
    for (int run = 0; run < kills; ++run) {
        const QString prefix = u"run%1"_s.arg(run);
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {u"--crash-writer"_s, dir.path(), prefix});
        writer.waitForStarted();
        const int killAfter = 1 + run % 4;
        QByteArray text;
        while (text.count("committed ") < killAfter && writer.waitForReadyRead(30000))
            text += writer.readAllStandardOutput();
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished(10000);
        text += writer.readAllStandardOutput();
        int last = -1;
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith("committed "))
                last = line.mid(10).toInt();
        }
        committed.append(last);
        const storecrash::CrashCheck check = storecrash::checkCrashStore(dir.path(), prefix, last);
        integrityOk += check.integrityOk ? 1 : 0;
    }
    // After the last restart: every run's committed jobs, all at once.
    for (int run = 0; run < kills; ++run) {
        const storecrash::CrashCheck check = storecrash::checkCrashStore(dir.path(), u"run%1"_s.arg(run), committed.at(run));
        lost += check.lost;
        expected += check.expected;
        if (firstProblem.isEmpty())
            firstProblem = check.firstProblem;
    }
    out(u"jobs lost across %1 kill -9 restarts (writer of %2 jobs updating every 2 ms, killed after its 1st-4th commit): %3 "
        "of %4 committed jobs; integrity_check ok after %5 of %1 kills  [target 0]%6"_s
            .arg(kills).arg(storecrash::kJobs).arg(lost).arg(expected).arg(integrityOk)
            .arg(firstProblem.isEmpty() ? QString() : u" first: "_s + firstProblem));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (argc == 3 && std::strcmp(argv[1], "--first-paint") == 0)
        return firstPaintChild(argc, argv, QString::fromLocal8Bit(argv[2]), sinceMain);
    if (argc == 4 && std::strcmp(argv[1], "--crash-writer") == 0) {
        QCoreApplication app(argc, argv);
        return storecrash::runCrashWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    int jobs = 10000;
    int kills = 50;
    int seconds = 20;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--jobs"_s)
            jobs = args.at(i + 1).toInt();
        else if (args.at(i) == u"--kills"_s)
            kills = args.at(i + 1).toInt();
        else if (args.at(i) == u"--seconds"_s)
            seconds = args.at(i + 1).toInt();
    }
    out(u"bench_store: %1 stored jobs, %2 kills, %3 s of writing; SQLite %4 in WAL mode, synchronous=NORMAL"_s
            .arg(jobs).arg(kills).arg(seconds).arg(u"3.40"_s));
    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    if (!fill(dir.path(), jobs))
        return 1;
    out(u"(filling the store with %1 jobs in batches of 1,000 took %2 s; %3 MB)"_s.arg(jobs).arg(double(t.elapsed()) / 1000.0, 0, 'f', 2)
            .arg(double(QFileInfo(SqliteJobStore::pathIn(dir.path())).size() + QFileInfo(SqliteJobStore::pathIn(dir.path()) + u"-wal"_s).size()) / 1e6, 0, 'f', 1));
    benchFirstPaint(dir.path(), jobs);
    benchSearch(dir.path(), jobs);
    benchExport(dir.path(), jobs);
    benchWriteCost(seconds);
    benchKills(kills);
    return 0;
}
