// Polling benchmark: the engine against a fixed 2 s loop under the SAME budget, in the same run, against the
// simulated provider. Every workload prints its budget, its job count and whether it runs on a sped-up clock.
//
// Each side (the engine, the fixed loop, and for one workload the fixed loop without any budget) has its own
// SimulatedProvider with jobs of identical timing, so a provider-side rate limit is each side's own account.
// The fixed loop is the same Scheduler with a fixed 2 s interval, first-come-first-served tokens and no rate
// adaptation: what an SDK's polling loop does under a token bucket.
//
// Figures per side: requests per job, mean / p95 detection latency (server terminal time -> the engine
// reporting it), the longest gap between two polls of a live job, the shortest gap (the 1 s floor), the share
// of 429 answers, and jobs lost (not reported in their true final state).
//
//   cmake --build build --target bench && build/tests/bench/bench_polling [workload-name-part ...]

#include "engine/engineclock.h"
#include "engine/scheduler.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "model/secretstore.h"
#include "sim/simulatedprovider.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

using namespace jw;
using namespace Qt::StringLiterals;
using Outcome = SimulatedProvider::Outcome;

namespace {

struct Budget { // the shipped defaults unless a workload says otherwise
    double rate = PollSettings{}.ratePerSecond;
    int burst = PollSettings{}.burst;
    int concurrency = PollSettings{}.concurrency;
    QString label() const
    {
        return rate >= 10000 ? u"none"_s : u"%1/s b%2 c%3"_s.arg(rate).arg(burst).arg(concurrency);
    }
};

struct Workload {
    QString name;
    QString dialect = u"theo"_s;
    QString shape;               // sim progress shape ("" linear)
    int jobs = 10;
    int rounds = 1;              // independent repetitions, run side by side (each its own engines and providers)
    int warmRounds = 0;          // rounds each engine sees first (its history learns), not measured
    qint64 runMinMs = 5000;
    qint64 runMaxMs = 20000;
    bool lognormal = false;      // runs log-normal with median (min+max)/2 and sigma 0.5, clamped to [min, max]
    double failShare = 0;        // this share of each round's jobs fails part-way
    qint64 arrivalSpreadMs = 0;  // 0: started together; else arrivals uniform over this span
    Budget budget;               // both sides
    double providerLimit = 0;    // account-wide 429 above this many requests/s (0: none)
    double scale = 1;            // clock speed-up (engine and provider share it)
    bool unbudgetedFixed = false; // also: the fixed loop with no budget, against this provider and an unlimited one
};

struct Side {
    QString label;
    Budget budget;
    double providerLimit = 0;
    bool adaptive = true;
    std::unique_ptr<SimulatedProvider> sim;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<MemorySecretStore> secrets;
    std::unique_ptr<JobList> jobs;
    std::unique_ptr<Scheduler> scheduler;
    QHash<QString, QString> idByKey;      // measured jobs
    QHash<QString, Outcome> outcomeOf;    // by sim ID
};

struct Figures {
    int jobs = 0;
    int lost = 0;
    double requestsPerJob = 0;
    double meanMs = 0;
    double p95Ms = 0;
    qint64 longestGapMs = 0;
    qint64 minGapMs = 0;
    double throttledShare = 0;
};

class Bench final : public QObject
{
public:
    explicit Bench(QStringList filters) : m_filters(std::move(filters)) {}
    void start();

private:
    struct Run {
        Workload w;
        std::unique_ptr<EngineClock> clock;
        std::vector<std::unique_ptr<Side>> sides; // per round: engine, fixed[, fixed no budget, fixed unlimited]
        int sidesPerRound = 0;
        int round = 0;   // current warm-up or measured round
        bool measuring = false;
        qint64 deadlineMs = 0;
    };

    void next();
    void begin(Run &run);
    void startRound(Run &run);
    void finishRun(Run &run);
    std::unique_ptr<Side> makeSide(Run &run, const QString &label, const Budget &budget, double limit, bool adaptive);
    QList<SimulatedProvider::JobSpec> specsFor(const Workload &w, quint32 seed) const;
    Figures figures(const Side &side) const;

    QStringList m_filters;
    QList<Workload> m_queue;
    std::unique_ptr<Run> m_run;
    QTimer m_check;
};

QList<Workload> workloads()
{
    QList<Workload> out;
    Workload w;
    w.name = u"linear, 10 jobs of 5-20 s, default budget"_s;
    w.rounds = 5;
    out << w;
    w.name = u"linear, 10 jobs of 5-20 s, default budget, warm history"_s;
    w.warmRounds = 1;
    out << w;
    w = {};
    w.name = u"linear, 50 jobs of 60-180 s, default budget"_s;
    w.jobs = 50;
    w.runMinMs = 60000;
    w.runMaxMs = 180000;
    w.scale = 4;
    out << w;
    w.name = u"linear, 50 jobs of 60-180 s, default budget, warm history"_s;
    w.warmRounds = 1;
    out << w;
    w = {};
    w.name = u"linear, 10 jobs, 10 % fail at random progress"_s;
    w.rounds = 5;
    w.failShare = 0.1;
    out << w;
    w = {};
    w.name = u"linear, 200 jobs, budget matched to the fixed loop (100/s)"_s;
    w.jobs = 200;
    w.budget = {100, 100, 6};
    out << w;
    w = {};
    w.name = u"linear, 100 jobs of 30-120 s, fixed 5/s budget"_s;
    w.budget = {5, 10, 6};
    w.jobs = 100;
    w.runMinMs = 30000;
    w.runMaxMs = 120000;
    w.scale = 4;
    out << w;
    w = {};
    w.name = u"replicate preset defaults, 200 jobs of 30-120 s, provider limited to 20/s"_s;
    w.dialect = u"replicate"_s;
    w.jobs = 200;
    w.runMinMs = 30000;
    w.runMaxMs = 120000;
    w.budget = {50, 50, 6}; // the preset's documented ceiling (3000 reads/min)
    w.providerLimit = 20;
    w.scale = 4;
    w.unbudgetedFixed = true;
    out << w;
    w = {};
    w.name = u"theo defaults, 200 jobs of 30-120 s, provider limited to 20/s"_s;
    w.jobs = 200;
    w.runMinMs = 30000;
    w.runMaxMs = 120000;
    w.providerLimit = 20;
    w.scale = 4;
    w.unbudgetedFixed = true;
    out << w;
    w = {};
    w.name = u"coarse (muvi 0/50/100), 100 jobs arriving over 40 s"_s;
    w.dialect = u"muvi"_s;
    w.jobs = 100;
    w.arrivalSpreadMs = 40000;
    out << w;
    w.name = u"no progress (theo 0 % until done), 100 jobs arriving over 40 s"_s;
    w.dialect = u"theo"_s;
    w.shape = u"none"_s;
    out << w;
    w = {};
    w.name = u"stepped (20 % steps), 50 jobs of 5-20 s"_s;
    w.shape = u"stepped"_s;
    w.jobs = 50;
    out << w;
    w.name = u"jumpy (four stretches at different speeds), 50 jobs of 5-20 s"_s;
    w.shape = u"jumpy"_s;
    out << w;
    w = {};
    w.name = u"linear, 50 jobs, log-normal 5-60 s (median 32 s)"_s;
    w.jobs = 50;
    w.lognormal = true;
    w.runMaxMs = 60000;
    w.scale = 2;
    out << w;
    return out;
}

void Bench::start()
{
    for (const Workload &w : workloads()) {
        bool wanted = m_filters.isEmpty();
        for (const QString &f : std::as_const(m_filters))
            wanted = wanted || w.name.contains(f, Qt::CaseInsensitive);
        if (wanted)
            m_queue << w;
    }
    std::printf("%-64s | %-22s | %-15s | %5s | %5s | %8s | %7s | %7s | %8s | %7s | %5s | %4s\n", "workload", "side", "budget", "N",
                "clock", "req/job", "mean ms", "p95 ms", "max gap", "min gap", "429 %", "lost");
    std::fflush(stdout);
    m_check.setInterval(200);
    connect(&m_check, &QTimer::timeout, this, [this] {
        Run &run = *m_run;
        bool done = true;
        for (const auto &side : run.sides)
            done = done && side->scheduler->watchingCount() == 0 && side->idByKey.size() > 0;
        if (run.w.arrivalSpreadMs > 0) {
            for (const auto &side : run.sides)
                done = done && side->idByKey.size() == run.w.jobs;
        }
        if (!done && run.clock->steadyMs() < run.deadlineMs)
            return;
        if (run.measuring)
            finishRun(run);
        else
            startRound(run);
    });
    next();
}

void Bench::next()
{
    m_check.stop();
    m_run.reset();
    if (m_queue.isEmpty()) {
        QCoreApplication::exit(0);
        return;
    }
    m_run = std::make_unique<Run>();
    m_run->w = m_queue.takeFirst();
    begin(*m_run);
}

std::unique_ptr<Side> Bench::makeSide(Run &run, const QString &label, const Budget &budget, double limit, bool adaptive)
{
    auto side = std::make_unique<Side>();
    side->label = label;
    side->budget = budget;
    side->providerLimit = limit;
    side->adaptive = adaptive;
    side->sim = std::make_unique<SimulatedProvider>();
    EngineClock *clock = run.clock.get();
    side->sim->setClock([clock] { return clock->wallMs(); });
    if (!side->sim->listen())
        qFatal("cannot listen: %s", qPrintable(side->sim->errorString()));
    side->sim->setRateLimit(limit);
    side->nam = std::make_unique<QNetworkAccessManager>();
    side->secrets = std::make_unique<MemorySecretStore>();
    side->jobs = std::make_unique<JobList>();
    side->scheduler = std::make_unique<Scheduler>(side->jobs.get(), side->nam.get(), side->secrets.get());
    side->scheduler->setClock(clock);
    side->scheduler->setRandomSeed(7);
    if (!adaptive)
        side->scheduler->setStrategy({false, false, 0});
    Profile p;
    p.id = u"bench"_s;
    p.name = run.w.dialect;
    p.dialect = run.w.dialect;
    p.baseUrl = side->sim->baseUrl(run.w.dialect);
    p.poll.adaptive = adaptive;
    p.poll.intervalMs = 2000;
    p.poll.ratePerSecond = budget.rate;
    p.poll.burst = budget.burst;
    p.poll.concurrency = budget.concurrency;
    p.poll.maxWaitMs = 30 * 60 * 1000;
    side->secrets->setKey(p.id, QString());
    QString error;
    if (!side->scheduler->addProfile(p, &error))
        qFatal("profile: %s", qPrintable(error));
    return side;
}

void Bench::begin(Run &run)
{
    const Workload &w = run.w;
    if (w.scale > 1)
        run.clock = std::make_unique<ScaledClock>(w.scale);
    else
        run.clock = std::make_unique<SystemClock>();
    for (int r = 0; r < w.rounds; ++r) {
        run.sides.push_back(makeSide(run, u"engine"_s, w.budget, w.providerLimit, true));
        run.sides.push_back(makeSide(run, u"fixed 2 s, same budget"_s, w.budget, w.providerLimit, false));
        if (w.unbudgetedFixed) {
            const Budget none{100000, 100000, w.budget.concurrency};
            run.sides.push_back(makeSide(run, u"fixed 2 s, no budget"_s, none, w.providerLimit, false));
            run.sides.push_back(makeSide(run, u"fixed, no budget, no limit"_s, none, 0, false));
        }
    }
    run.sidesPerRound = int(run.sides.size()) / w.rounds;
    run.round = 0;
    m_check.start();
    startRound(run);
}

QList<SimulatedProvider::JobSpec> Bench::specsFor(const Workload &w, quint32 seed) const
{
    QRandomGenerator random(seed);
    QList<SimulatedProvider::JobSpec> specs;
    for (int i = 0; i < w.jobs; ++i) {
        SimulatedProvider::JobSpec s;
        s.dialect = w.dialect;
        s.progressShape = w.shape;
        s.queueMs = 200 + random.bounded(1301);
        if (w.lognormal) {
            // Box-Muller: a normal with sigma 0.5 around log(median).
            const double u1 = std::max(1e-9, random.generateDouble()), u2 = random.generateDouble();
            const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
            const double median = double(w.runMinMs + w.runMaxMs) / 2.0;
            s.runMs = std::clamp<qint64>(qint64(median * std::exp(0.5 * z)), w.runMinMs, w.runMaxMs);
        } else {
            s.runMs = w.runMinMs + random.bounded(int(w.runMaxMs - w.runMinMs + 1));
        }
        specs << s;
    }
    const int failing = int(std::lround(w.failShare * w.jobs));
    for (int n = 0; n < failing;) {
        const int i = int(random.bounded(w.jobs));
        if (specs[i].outcome == Outcome::Completed) {
            specs[i].outcome = Outcome::Failed;
            ++n;
        }
    }
    return specs;
}

void Bench::startRound(Run &run)
{
    const Workload &w = run.w;
    if (run.round > w.warmRounds) { // defensive: never more rounds than asked
        finishRun(run);
        return;
    }
    run.measuring = run.round == w.warmRounds;
    const qint64 now = run.clock->steadyMs();
    run.deadlineMs = now + w.arrivalSpreadMs + w.runMaxMs + 1500 + 120000;
    for (std::size_t i = 0; i < run.sides.size(); ++i) {
        run.sides[i]->idByKey.clear();
        run.sides[i]->outcomeOf.clear();
        run.sides[i]->sim->clearRequests();
    }
    for (int r = 0; r < w.rounds; ++r) {
        const QList<SimulatedProvider::JobSpec> specs = specsFor(w, quint32(1000 + 97 * r + 13 * run.round));
        QList<qint64> arrivals;
        QRandomGenerator random(quint32(5000 + r));
        for (int i = 0; i < specs.size(); ++i)
            arrivals << (w.arrivalSpreadMs > 0 ? qint64(random.bounded(int(w.arrivalSpreadMs + 1))) : 0);
        for (int s = 0; s < run.sidesPerRound; ++s) {
            Side *side = run.sides[std::size_t(r * run.sidesPerRound + s)].get();
            for (int i = 0; i < specs.size(); ++i) {
                const auto arrive = [side, spec = specs[i]] {
                    const QString id = side->sim->createJob(spec);
                    side->outcomeOf.insert(id, spec.outcome);
                    side->idByKey.insert(side->scheduler->watch(u"bench"_s, id), id);
                };
                if (arrivals[i] == 0)
                    arrive();
                else
                    QTimer::singleShot(int(run.clock->realDelayMs(arrivals[i])), side->scheduler.get(), arrive);
            }
        }
    }
    ++run.round;
}

Figures Bench::figures(const Side &side) const
{
    Figures f;
    QList<qint64> latencies;
    qint64 requests = 0;
    for (auto it = side.idByKey.cbegin(); it != side.idByKey.cend(); ++it) {
        const JobRecord r = side.jobs->value(it.key());
        requests += r.engine.requestCount;
        ++f.jobs;
        const Outcome o = side.outcomeOf.value(it.value());
        const JobState expected = o == Outcome::Completed ? JobState::Completed : JobState::Failed;
        if (r.engine.local != LocalState::Done || r.snapshot.state != expected) {
            ++f.lost;
            continue;
        }
        latencies << r.engine.reportedAtMs - side.sim->terminalAtMs(it.value());
    }
    if (f.jobs == 0)
        return f;
    f.requestsPerJob = double(requests) / f.jobs;
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.isEmpty()) {
        double sum = 0;
        for (qint64 l : std::as_const(latencies))
            sum += double(l);
        f.meanMs = sum / double(latencies.size());
        f.p95Ms = double(latencies[std::min<qsizetype>(latencies.size() - 1, qsizetype(0.95 * double(latencies.size())))]);
    }
    // Gaps between polls of one job while it was live, from the provider's log.
    QHash<QString, qint64> lastAt;
    f.minGapMs = std::numeric_limits<qint64>::max();
    int throttled = 0, total = 0;
    const auto log = side.sim->requests();
    for (const auto &req : log) {
        if (req.jobId.isEmpty())
            continue;
        ++total;
        if (req.status == 429)
            ++throttled;
        const qint64 end = side.sim->terminalAtMs(req.jobId);
        if (const auto it = lastAt.constFind(req.jobId); it != lastAt.cend()) {
            const qint64 gap = req.atMs - *it;
            f.minGapMs = std::min(f.minGapMs, gap);
            if (*it < end)
                f.longestGapMs = std::max(f.longestGapMs, std::min(req.atMs, end) - *it);
        }
        lastAt.insert(req.jobId, req.atMs);
    }
    if (f.minGapMs == std::numeric_limits<qint64>::max())
        f.minGapMs = 0;
    f.throttledShare = total > 0 ? 100.0 * throttled / total : 0;
    return f;
}

void Bench::finishRun(Run &run)
{
    m_check.stop();
    const Workload &w = run.w;
    // Sum the rounds per side label.
    for (int s = 0; s < run.sidesPerRound; ++s) {
        Figures sum;
        double weightedMean = 0, p95 = 0, requests = 0, throttled = 0;
        int measured = 0;
        for (int r = 0; r < w.rounds; ++r) {
            const Figures f = figures(*run.sides[std::size_t(r * run.sidesPerRound + s)]);
            const int ok = f.jobs - f.lost;
            sum.jobs += f.jobs;
            sum.lost += f.lost;
            weightedMean += f.meanMs * ok;
            measured += ok;
            p95 = std::max(p95, f.p95Ms);
            requests += f.requestsPerJob * f.jobs;
            throttled += f.throttledShare;
            sum.longestGapMs = std::max(sum.longestGapMs, f.longestGapMs);
            sum.minGapMs = r == 0 ? f.minGapMs : std::min(sum.minGapMs, f.minGapMs);
        }
        const Side &first = *run.sides[std::size_t(s)];
        QString clock = w.scale > 1 ? u"x%1"_s.arg(w.scale) : u"real"_s;
        if (w.warmRounds > 0)
            clock += u"+warm"_s;
        QString budget = first.budget.label();
        if (first.providerLimit > 0)
            budget += u", 429>%1/s"_s.arg(first.providerLimit);
        std::printf("%-64s | %-22s | %-15s | %5d | %5s | %8.2f | %7.0f | %7.0f | %8lld | %7lld | %5.1f | %4d\n",
                    qPrintable(s == 0 ? w.name : QString()), qPrintable(first.label), qPrintable(budget), sum.jobs,
                    qPrintable(clock), sum.jobs ? requests / sum.jobs : 0.0, measured ? weightedMean / measured : 0.0, p95,
                    static_cast<long long>(sum.longestGapMs), static_cast<long long>(sum.minGapMs), throttled / w.rounds, sum.lost);
    }
    std::fflush(stdout);
    QTimer::singleShot(0, this, [this] { next(); });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList filters;
    for (int i = 1; i < argc; ++i)
        filters << QString::fromLocal8Bit(argv[i]);
    std::printf("Polling benchmark: the engine vs a fixed 2 s loop under the same budget, same run, simulated provider on\n"
                "loopback. Budget = rate/s, burst, concurrency; \"429>R/s\": the provider answers 429 + Retry-After above R\n"
                "requests/s. clock xK: engine and provider share a clock K times faster than real time (every time below is\n"
                "on that clock). warm: each engine first watched one identical round, so its duration history is learned.\n"
                "Jobs queue 0.2-1.5 s, then run; N = jobs x rounds. Latency: provider terminal time -> engine report.\n"
                "Shipped default budget: %g/s (a ceiling; the engine lowers it on 429/503, the fixed loop never), burst %d,\n"
                "concurrency %d.\n\n",
                PollSettings{}.ratePerSecond, PollSettings{}.burst, PollSettings{}.concurrency);
    Bench bench(filters);
    QTimer::singleShot(0, &bench, [&bench] { bench.start(); });
    return QCoreApplication::exec();
}
