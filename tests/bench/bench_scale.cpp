// Scale benchmark: 10,000 jobs in the window and in `jobwatch-cli watch`, with the shipped defaults (one theo
// profile; the rate ceiling, burst, concurrency and cadence of PollSettings, printed) against the simulated provider on loopback. The
// jobs run for 10 minutes, so all of them are being watched while it measures.
//
//   window (offscreen, a whole Application, the table sorted by progress):
//     watch start      Scheduler::watchMany of N jobs, and until every row is in the table and painted
//     polling          after the first 3 s: P seconds for the process CPU per status response, then P more
//                      for the GUI-thread stall (gaps between ticks of a 1 ms timer, p99 and max, measured
//                      apart because the ticker costs CPU itself). CPU per response = (process CPU minus the
//                      simulated provider's thread) / responses. Whole-process RSS (the provider included).
//     Stop all         the toolbar action, until the table shows the change and has painted; five times (Resume
//                      all and 2 s of polling between), the median and the range
//     Clear finished   over N restored finished jobs (history), until the table shows the change and painted;
//                      three times, the median and the range
//   jobwatch-cli watch (a child process, IDs on stdin, --json):
//     start            spawn -> the first NDJSON line
//     idle CPU         the child's CPU over P seconds of watching, as a share of one core
//     Ctrl+C           SIGINT -> the process has exited
//
//   cmake --build build --target bench_scale && build/tests/bench/bench_scale [N] [P] [R]
//   (N jobs, default 10000; P seconds per phase, default 10; R: the window profile's rate, default the shipped ceiling)

#include "application/application.h"
#include "engine/scheduler.h"
#include "mainwindow.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "sim/simulatedprovider.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <memory>

#include <signal.h>
#include <unistd.h>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"tok-bench-scale-0001"_s;

double processCpuMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// utime + stime of another process, from /proc (ms).
double childCpuMs(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 0, utime 11, stime 12 (clock ticks).
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) * 1000.0 / ticks;
}

double rssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double percentile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(q * double(values.size()))));
}

// Runs an event loop until `done` holds (checked every 5 ms) or `limitMs` passed; the loop sleeps while there
// is nothing to do. The gaps between ticks of a 1 ms timer go to `gaps`.
template<typename Done>
void runUntil(Done done, qint64 limitMs, QList<double> *gaps = nullptr)
{
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    limit.start(int(limitMs));
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(5);
    QTimer ticker;
    ticker.setInterval(1);
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps->append(double(now - last) / 1e6);
        last = now;
    });
    if (gaps) // the ticker itself costs CPU: only when stalls are measured
        ticker.start();
    if (!done())
        loop.exec();
}

void paint(MainWindow &window)
{
    window.view()->viewport()->repaint();
}

int countLocal(const Application &app, LocalState state)
{
    int n = 0;
    for (const QString &key : app.jobs()->keys())
        n += app.jobs()->find(key)->engine.local == state ? 1 : 0;
    return n;
}

// The simulated provider on its own thread, so the process's CPU figures can leave out the serving: the
// provider's thread CPU is read on that thread and subtracted.
class ProviderThread
{
public:
    ProviderThread(SimulatedProvider *sim) : m_sim(sim)
    {
        m_base = sim->baseUrl(u"theo"_s);
        m_thread.start();
        sim->moveToThread(&m_thread);
    }
    ~ProviderThread()
    {
        QMetaObject::invokeMethod(m_sim, [this] { delete m_sim; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl baseUrl() const { return m_base; }
    int requests() const
    {
        int n = 0;
        QMetaObject::invokeMethod(m_sim, [&] { n = int(m_sim->requests().size()); }, Qt::BlockingQueuedConnection);
        return n;
    }
    double cpuMs() const
    {
        double ms = 0;
        QMetaObject::invokeMethod(m_sim, [&] {
            timespec ts{};
            ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
            ms = double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
        }, Qt::BlockingQueuedConnection);
        return ms;
    }

private:
    SimulatedProvider *m_sim;
    QThread m_thread;
    QUrl m_base;
};

QStringList createJobs(SimulatedProvider &sim, int n)
{
    QStringList ids;
    ids.reserve(n);
    for (int i = 0; i < n; ++i) {
        SimulatedProvider::JobSpec spec;
        spec.dialect = u"theo"_s;
        spec.queueMs = 200;
        spec.runMs = 600'000;
        ids.append(sim.createJob(spec));
    }
    return ids;
}

void windowFigures(const ProviderThread &sim, const QStringList &ids, int pollSeconds, double rate)
{
    Application app;
    Profile p;
    p.id = u"theo"_s;
    p.name = u"Theo"_s;
    p.dialect = u"theo"_s;
    p.baseUrl = sim.baseUrl(); // default poll settings, but for the rate when one is given
    if (rate > 0) {
        p.poll.ratePerSecond = rate;
        p.poll.burst = int(rate);
    }
    QString error;
    if (!app.addProfile(p, kToken, &error))
        qFatal("profile: %s", qPrintable(error));
    MainWindow window(&app);
    window.resize(1280, 800);
    window.show();
    window.view()->sortByColumn(JobTableModel::Progress, Qt::DescendingOrder);
    runUntil([] { return false; }, 200);

    QList<Scheduler::Target> targets;
    for (const QString &id : ids)
        targets.append({id, {}});
    QElapsedTimer t;
    t.start();
    const QStringList keys = app.scheduler()->watchMany(p.id, targets);
    const double watchMs = double(t.nsecsElapsed()) / 1e6;
    runUntil([&] { return window.proxy()->rowCount() >= keys.size(); }, 60'000);
    paint(window);
    const double rowsMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("window  watch start   watchMany(%lld) %.1f ms; every row in the table and painted %.0f ms\n",
                static_cast<long long>(keys.size()), watchMs, rowsMs);

    runUntil([] { return false; }, 3000); // past the first writes of 10,000 new jobs to the job store
    const int before = sim.requests();
    const double cpuBefore = processCpuMs() - sim.cpuMs();
    runUntil([] { return false; }, qint64(pollSeconds) * 1000);
    const int responses = sim.requests() - before;
    const double cpu = processCpuMs() - sim.cpuMs() - cpuBefore;
    QList<double> gaps;
    runUntil([] { return false; }, qint64(pollSeconds) * 1000, &gaps);
    std::printf("window  polling %d s  %d responses; GUI stall p99 %.1f ms, max %.1f ms; CPU %.0f us per response "
                "(process without the provider's thread: receive, parse, model, store, paint); RSS %.0f MB\n",
                pollSeconds, responses, percentile(gaps, 0.99), percentile(gaps, 1.0),
                responses > 0 ? cpu * 1000.0 / responses : 0.0, rssMb());

    // Stop all, five times (Resume all and 2 s of polling between): the median and the spread, since one
    // figure on a shared 2-core machine varies by half.
    constexpr int kStops = 5;
    QList<double> stops, engines, handlers;
    int requestsAfterStop = 0;
    for (int i = 0; i < kStops; ++i) {
        if (i > 0) {
            window.resumeAll();
            runUntil([] { return false; }, 2000);
        }
        t.restart();
        window.stopAll();
        const double engineMs = double(t.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents();
        const double viewsMs = double(t.nsecsElapsed()) / 1e6 - engineMs;
        paint(window);
        stops << double(t.nsecsElapsed()) / 1e6;
        engines << engineMs;
        handlers << viewsMs;
        requestsAfterStop = sim.requests();
    }
    std::printf("window  Stop all      median %.1f ms until painted (%.1f-%.1f over %d; engine %.1f, change handlers %.1f); "
                "%d of %lld jobs stopped\n", percentile(stops, 0.5), percentile(stops, 0.0), percentile(stops, 1.0), kStops,
                percentile(engines, 0.5), percentile(handlers, 0.5), countLocal(app, LocalState::Stopped),
                static_cast<long long>(keys.size()));

    // A history of N finished jobs (as the job store restores it), then Clear finished.
    QList<JobRecord> history;
    history.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        JobRecord r;
        r.profileId = p.id;
        r.jobId = u"job_done%1"_s.arg(i, 6, 10, QChar(u'0'));
        r.hasSnapshot = true;
        r.snapshot.id = r.jobId;
        r.snapshot.state = JobState::Completed;
        r.snapshot.progress = 100;
        r.engine.local = LocalState::Done;
        history.append(r);
    }
    constexpr int kClears = 3;
    QList<double> clears;
    for (int i = 0; i < kClears; ++i) {
        app.jobs()->addMany(history);
        runUntil([&] { return window.proxy()->rowCount() >= 2 * keys.size(); }, 60'000);
        runUntil([] { return false; }, 1000); // the store writes the new history first
        t.restart();
        window.clearFinished();
        QCoreApplication::processEvents();
        paint(window);
        clears << double(t.nsecsElapsed()) / 1e6;
    }
    std::printf("window  Clear finished median %.1f ms until painted (%.1f-%.1f over %d; %lld finished jobs removed, %d "
                "rows left)\n", percentile(clears, 0.5), percentile(clears, 0.0), percentile(clears, 1.0), kClears,
                static_cast<long long>(history.size()), window.proxy()->rowCount());
    runUntil([] { return false; }, 500);
    if (sim.requests() != requestsAfterStop)
        std::printf("window  WARNING: %d requests after Stop all\n", sim.requests() - requestsAfterStop);
}

void cliFigures(const ProviderThread &sim, const QStringList &ids, int pollSeconds)
{
    QTemporaryDir home;
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "JOBWATCH_DATA_DIR"})
        env.insert(QString::fromLatin1(var), home.path() + u'/' + QString::fromLatin1(var));
    env.insert(u"BENCH_KEY"_s, kToken);
    cli.setProcessEnvironment(env);
    bool firstLine = false;
    QObject::connect(&cli, &QProcess::readyReadStandardOutput, &cli, [&] {
        firstLine = firstLine || cli.canReadLine();
        cli.readAllStandardOutput();
    });
    QObject::connect(&cli, &QProcess::readyReadStandardError, &cli, [&] { const QByteArray e = cli.readAllStandardError(); if (qEnvironmentVariableIsSet("BENCH_TRACE")) std::fwrite(e.constData(), 1, size_t(e.size()), stderr); });
    QElapsedTimer t;
    t.start();
    cli.start(QStringLiteral(JOBWATCH_CLI), QStringList{u"watch"_s, u"--json"_s, u"--dialect"_s, u"theo"_s, u"--base-url"_s,
                                            sim.baseUrl().toString(), u"--key-env"_s, u"BENCH_KEY"_s, u"-"_s});
    if (!cli.waitForStarted())
        qFatal("cannot start %s", JOBWATCH_CLI);
    cli.write(ids.join(u'\n').toUtf8() + '\n');
    cli.closeWriteChannel();
    runUntil([&] { return firstLine || cli.state() == QProcess::NotRunning; }, 60'000);
    std::printf("cli     watch start   %.0f ms from spawn to the first NDJSON line (%lld IDs on stdin)\n",
                double(t.nsecsElapsed()) / 1e6, static_cast<long long>(ids.size()));

    runUntil([] { return false; }, 1000); // past the start burst
    const double cpuBefore = childCpuMs(cli.processId());
    t.restart();
    runUntil([] { return false; }, qint64(pollSeconds) * 1000);
    const double cpu = childCpuMs(cli.processId()) - cpuBefore;
    std::printf("cli     watching %d s CPU %.1f %% of one core (%lld jobs waiting on the default budget)\n", pollSeconds,
                100.0 * cpu / double(t.elapsed()), static_cast<long long>(ids.size()));

    bool exited = false;
    QObject::connect(&cli, &QProcess::finished, &cli, [&] { exited = true; });
    t.restart();
    ::kill(pid_t(cli.processId()), SIGINT);
    runUntil([&] { return exited; }, 60'000);
    std::printf("cli     Ctrl+C        %.1f ms from SIGINT to exit (exit code %d)\n", double(t.nsecsElapsed()) / 1e6,
                cli.exitCode());
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication qapp(argc, argv);
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
    const int pollSeconds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 10;
    const double rate = argc > 3 ? std::atof(argv[3]) : 0; // the window's profile; 0: the shipped ceiling
    auto *provider = new SimulatedProvider;
    if (!provider->listen())
        qFatal("cannot listen: %s", qPrintable(provider->errorString()));
    provider->setToken(kToken);
    const PollSettings shipped;
    std::printf("Scale benchmark: N = %d theo jobs of 10 min, shipped defaults (%g req/s, burst %d, concurrency %d, %lld ms "
                "cadence), simulated provider on loopback, %d s of polling per phase, platform %s\n",
                n, shipped.ratePerSecond, shipped.burst, shipped.concurrency,
                static_cast<long long>(shipped.intervalMs), pollSeconds, qPrintable(QGuiApplication::platformName()));
    if (rate > 0)
        std::printf("The window's profile: %g req/s, burst %d (changed from the defaults)\n", rate, int(rate));
    std::printf("\n");
    const QStringList ids = createJobs(*provider, n);
    const ProviderThread sim(provider);
    windowFigures(sim, ids, pollSeconds, rate);
    cliFigures(sim, ids, pollSeconds);
    return 0;
}
