// Polling benchmark: adaptive cadence vs a fixed 2 s loop, in the same run, against the simulated
// provider. 200 jobs of 5-20 s with linear progress (theo), then 200 with Muvi's coarse 0/50/100 progress.
// Jobs arrive over the first 40 s of each set (uniformly at random, as users enqueue them), so the engine can
// learn from the profile's finished jobs; each job has a twin with identical timing created at the same moment
// and watched by the fixed loop.
// Prints requests per job, mean and p95 detection latency (server terminal time -> engine report) and the
// smallest gap between two polls of one job (must stay >= the 1 s floor).
//
//   cmake --build build --target bench_polling && build/tests/bench/bench_polling [jobs-per-set]

#include "model/joblist.h"
#include "model/profile.h"
#include "model/secretstore.h"
#include "engine/scheduler.h"
#include "sim/simulatedprovider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {

constexpr int kArrivalSpreadMs = 40000;

struct Figures {
    double requestsPerJob = 0;
    double meanLatencyMs = 0;
    double p95LatencyMs = 0;
    qint64 minGapMs = 0;
    int jobs = 0;
};

struct Engine {
    QNetworkAccessManager nam;
    MemorySecretStore secrets;
    JobList jobs;
    Scheduler scheduler{&jobs, &nam, &secrets};
};

Profile makeProfile(const QString &id, const QString &dialect, const QUrl &base, bool adaptive)
{
    Profile p;
    p.id = id;
    p.dialect = dialect;
    p.baseUrl = base;
    p.poll.adaptive = adaptive;
    p.poll.intervalMs = 2000;
    // The benchmark measures cadence, not the budget: give both engines room for 200 jobs at once.
    p.poll.ratePerSecond = 2000;
    p.poll.burst = 400;
    p.poll.concurrency = 6;
    return p;
}

Figures figuresFor(const Engine &engine, const SimulatedProvider &sim, const QHash<QString, QString> &idByKey)
{
    Figures f;
    QList<qint64> latencies;
    qint64 requests = 0;
    for (auto it = idByKey.cbegin(); it != idByKey.cend(); ++it) {
        const JobRecord r = engine.jobs.value(it.key());
        requests += r.engine.requestCount;
        latencies.append(r.engine.reportedAtMs - sim.terminalAtMs(it.value()));
    }
    std::sort(latencies.begin(), latencies.end());
    f.jobs = int(latencies.size());
    if (f.jobs == 0)
        return f;
    double sum = 0;
    for (qint64 l : std::as_const(latencies))
        sum += double(l);
    f.meanLatencyMs = sum / f.jobs;
    f.p95LatencyMs = double(latencies[std::min<qsizetype>(latencies.size() - 1, qsizetype(0.95 * double(latencies.size())))]);
    f.requestsPerJob = double(requests) / f.jobs;

    QHash<QString, qint64> lastAt;
    QSet<QString> mine;
    for (const QString &id : idByKey)
        mine.insert(id);
    f.minGapMs = std::numeric_limits<qint64>::max();
    const auto log = sim.requests();
    for (const auto &req : log) {
        if (!mine.contains(req.jobId))
            continue;
        if (lastAt.contains(req.jobId))
            f.minGapMs = std::min(f.minGapMs, req.atMs - lastAt[req.jobId]);
        lastAt[req.jobId] = req.atMs;
    }
    return f;
}

void printRow(const char *set, const char *engine, const Figures &f)
{
    std::printf("%-22s %-14s %6d %12.2f %14.0f %13.0f %13lld\n", set, engine, f.jobs, f.requestsPerJob, f.meanLatencyMs,
                f.p95LatencyMs, static_cast<long long>(f.minGapMs));
}

// Runs one set: `count` job pairs with identical timing, one watched adaptively, its twin by the fixed loop.
void runSet(const QString &dialect, const char *label, int count, quint32 seed, const std::function<void()> &done)
{
    auto *sim = new SimulatedProvider;
    if (!sim->listen()) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(sim->errorString()));
        QCoreApplication::exit(1);
        return;
    }
    auto *adaptive = new Engine;
    auto *fixed = new Engine;
    adaptive->scheduler.addProfile(makeProfile(u"adaptive"_s, dialect, sim->baseUrl(dialect), true));
    fixed->scheduler.addProfile(makeProfile(u"fixed"_s, dialect, sim->baseUrl(dialect), false));
    auto *adaptiveIds = new QHash<QString, QString>;
    auto *fixedIds = new QHash<QString, QString>;
    auto *random = new QRandomGenerator(seed);
    auto *arrivals = new QList<qint64>; // ms after the set starts, ascending
    for (int i = 0; i < count; ++i)
        arrivals->append(random->bounded(kArrivalSpreadMs + 1));
    std::sort(arrivals->begin(), arrivals->end());
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    auto *arrive = new QTimer;
    arrive->setInterval(20);
    QObject::connect(arrive, &QTimer::timeout, arrive, [=] {
        const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - startedAt;
        while (!arrivals->isEmpty() && arrivals->first() <= elapsed) {
            arrivals->removeFirst();
            SimulatedProvider::JobSpec spec;
            spec.dialect = dialect;
            spec.queueMs = 200 + random->bounded(1300);
            spec.runMs = 5000 + random->bounded(15001);
            const QString a = sim->createJob(spec);
            const QString b = sim->createJob(spec);
            adaptiveIds->insert(adaptive->scheduler.watch(u"adaptive"_s, a), a);
            fixedIds->insert(fixed->scheduler.watch(u"fixed"_s, b), b);
        }
        if (arrivals->isEmpty()) {
            arrive->stop();
            arrive->deleteLater();
            delete arrivals;
            delete random;
        }
    });
    arrive->start();
    auto *check = new QTimer;
    check->setInterval(250);
    QObject::connect(check, &QTimer::timeout, check, [=] {
        if (adaptiveIds->size() < count)
            return; // still arriving
        for (const Engine *e : {adaptive, fixed}) {
            for (const QString &key : e->jobs.keys()) {
                if (e->jobs.find(key)->engine.local == LocalState::Watching)
                    return;
            }
        }
        check->stop();
        printRow(label, "adaptive", figuresFor(*adaptive, *sim, *adaptiveIds));
        printRow(label, "fixed 2 s", figuresFor(*fixed, *sim, *fixedIds));
        std::fflush(stdout);
        check->deleteLater();
        delete adaptive;
        delete fixed;
        delete adaptiveIds;
        delete fixedIds;
        sim->deleteLater();
        done();
    });
    check->start();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 200;
    std::printf("Polling benchmark: %d jobs per set arriving over %d s, each 5-20 s running after a 0.2-1.5 s queue;\n"
                "every job has a twin with identical timing watched by a fixed 2 s loop in the same run.\n\n",
                count, kArrivalSpreadMs / 1000);
    std::printf("%-22s %-14s %6s %12s %14s %13s %13s\n", "set", "engine", "jobs", "requests/job", "mean latency", "p95 latency",
                "min gap (ms)");
    std::fflush(stdout);
    runSet(u"theo"_s, "theo (linear %)", count, 4, [count] {
        runSet(u"muvi"_s, "muvi (coarse 0/50/100)", count, 5, [] { QCoreApplication::exit(0); });
    });
    return QCoreApplication::exec();
}
