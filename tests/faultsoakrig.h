#pragma once
// The fault soak (tst_faultsoak runs a short one, tests/bench/bench_soak the long one): many jobs in four
// profiles (theo, vidocu, scenes, muvi) polled by the real Scheduler over real loopback HTTP from one
// SimulatedProvider that misbehaves on purpose: a seeded per-poll fault mix (429 and 503 with Retry-After, 500,
// slow answers, invalid JSON, truncated bodies, connection resets), an account-wide rate limit over all four
// profiles, and a restart on the same port half-way (same jobs; the port is closed meanwhile). Engine and
// provider share a clock running `scale` times faster than real time (ScaledClock, as the polling benchmark).
//
// What it checks (Figures::problems):
//  - every job ends Done in the state the provider knows to be true (0 lost, 0 wrong);
//  - Retry-After: a request the engine sent after it had read a 429/503 answer of a profile arrives at the
//    provider no earlier than that answer's time plus its Retry-After (the provider's request log; requests
//    carry a sequence header so each is tied to the moment the engine sent it);
//  - budget: in every window of every profile, the requests sent are at most burst + rate x window (the
//    profile's ceiling), on the engine's own send times (each job's lastPollAtMs when its request starts);
//  - memory: after the jobs are removed and connections closed, the QObjects alive in the process and the timers
//    registered on the main thread return to their count before the soak (liveobjects.h), no Poller or reply is
//    left, and the engine watches nothing. RSS is printed too, not compared: the allocator (and ASan's
//    quarantine) keeps freed pages.

#include "engine/engineclock.h"
#include "engine/poller.h"
#include "engine/scheduler.h"
#include "liveobjects.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "model/secretstore.h"
#include "sim/simulatedprovider.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>

namespace soak {

using namespace jw;
using namespace Qt::StringLiterals;
using Fault = SimulatedProvider::Fault;
using Outcome = SimulatedProvider::Outcome;

struct Settings {
    int jobs = 500;
    double scale = 20;                 // the shared clock runs this many times faster than real time
    qint64 queueMaxMs = 2000;          // each job queues 0..queueMaxMs, then runs runMinMs..runMaxMs (clock)
    qint64 runMinMs = 2000;
    qint64 runMaxMs = 12000;
    double ratePerSecond = 10;         // each profile's ceiling
    int burst = 10;
    int concurrency = 6;
    double accountRate = 4;            // the provider's limit over all four profiles together (429 + Retry-After)
    int accountBurst = 8;
    QHash<Fault, double> mix{{Fault::RateLimited429, 0.05}, {Fault::Unavailable503, 0.04}, {Fault::ServerError500, 0.05},
                             {Fault::Slow, 0.04},           {Fault::InvalidJson, 0.04},    {Fault::Truncated, 0.04},
                             {Fault::Reset, 0.04}};
    int retryAfterSeconds = 1;         // for the mix's 429 and 503
    int slowRealMs = 300;              // how long a slow answer is held back (real time)
    // Each profile's transfer timeout (real time, like the slow answers). After the restart, a request that the
    // network manager sends on a kept-alive connection the provider reset while it was idle gets no answer and
    // no error until this timeout: with the default 30 s it alone would take 30 s of real time.
    int transferTimeoutMs = 5000;
    double restartAt = 0.5;            // the provider restarts when this share of the jobs has been reported final
    qint64 downMs = 4000;              // clock time its port stays closed
    qint64 realLimitMs = 45000;        // give up after this much real time (the jobs not done count as lost)
    quint32 seed = 1;
};

struct Figures {
    int jobs = 0, completed = 0, failed = 0, cancelled = 0, lost = 0, wrong = 0;
    QStringList badJobs;                   // the first few lost or wrong ones, with their last error
    qint64 latencyP50Ms = 0, latencyP95Ms = 0, latencyMaxMs = 0; // provider's terminal time -> engine's report
    QMap<QString, int> injected;           // per fault, as the provider's log has it
    int accountLimited = 0;                // 429s from the account-wide limit
    int serverRequests = 0, sends = 0, answers = 0, answered429 = 0, answered503 = 0, networkErrors = 0, refused = 0;
    qint64 restartAtMs = -1, downMs = 0;   // clock ms after the start; how long the port was closed
    bool relistened = false;
    int throttles = 0;                     // answers with a Retry-After
    int checkedAfterThrottle = 0;          // requests sent while a Retry-After was known
    qint64 earliestVsRetryAfterMs = std::numeric_limits<qint64>::max(); // min (arrival - (answer + Retry-After))
    double worstExcess = -1e9;             // max over windows of sends - (burst + rate x window); must be <= 0
    QString worstWindow;
    int maxPerSecond = 0;                  // most sends of one profile in any 1 s window (clock)
    liveobjects::Count before, peak, after;
    int pollersAfter = -1, repliesAfter = -1, watchingAfter = -1;
    qint64 rssBeforeKiB = 0, rssPeakKiB = 0, rssAfterKiB = 0;
    qint64 heapBeforeKiB = -1, heapAfterKiB = -1; // malloc's bytes in use (not under a sanitizer's allocator)
    qint64 realMs = 0, clockMs = 0;
    QString setupError;

    QStringList problems() const;
    void print(const Settings &s, FILE *out) const;
};

// Sanitizer builds run several times slower: real-time bounds are multiplied by this.
inline int slowdown()
{
#if defined(__SANITIZE_ADDRESS__) // GCC
    return 4;
#elif defined(__clang__)
    return __has_feature(address_sanitizer) ? 4 : 1;
#else
    return 1;
#endif
}

inline qint64 heapInUseKiB()
{
    if (slowdown() > 1)
        return -1;
    const struct mallinfo2 m = mallinfo2();
    return qint64((m.uordblks + m.hblkhd) / 1024);
}

inline qint64 rssKiB()
{
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024) : -1;
}

// The engine's network manager with a tap: every request gets an "X-Soak-Seq" header, and its start and its
// answer are logged in one event order (the answer's hook runs before the Poller's, so before the engine reads it).
class TapNam final : public QNetworkAccessManager
{
public:
    struct Send { quint64 order = 0; QString profile; qint64 decidedAtMs = -1; };
    struct Answer { quint64 order = 0; int status = 0; QNetworkReply::NetworkError error = QNetworkReply::NoError; };
    // The profile and the engine's send time (wall ms) of a request to `url`.
    std::function<std::pair<QString, qint64>(const QUrl &)> lookup;
    QHash<quint64, Send> sends;
    QHash<quint64, Answer> answers;
    quint64 order = 0;
    void clearLog() { sends.clear(); answers.clear(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original, QIODevice *data) override
    {
        QNetworkRequest request(original);
        const quint64 seq = ++m_seq;
        request.setRawHeader("X-Soak-Seq", QByteArray::number(seq));
        const auto [profile, decidedAt] = lookup ? lookup(original.url()) : std::pair<QString, qint64>();
        sends.insert(seq, {++order, profile, decidedAt});
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        connect(reply, &QNetworkReply::finished, this, [this, seq, reply] {
            answers.insert(seq, {++order, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error()});
        });
        return reply;
    }

private:
    quint64 m_seq = 0;
};

class Rig final : public QObject
{
public:
    explicit Rig(const Settings &settings) : m_s(settings) {}
    // Runs the soak on the event loop; `done` is called once with the figures.
    void start(std::function<void(const Figures &)> done);
    bool isDone() const { return m_phase == Phase::Done; }
    const Figures &figures() const { return m_f; }

private:
    enum class Phase { WarmUp, Settle, Soak, Drain, Done };
    static constexpr int kCheckRealMs = 50;
    static inline const QStringList kDialects{u"theo"_s, u"vidocu"_s, u"scenes"_s, u"muvi"_s};

    void fail(const QString &why);
    void check();
    void beginSoak();
    void restartProvider();
    void endSoak();
    void finish();
    void judgeJobs();
    void judgeRequests();
    void judgeBudget();
    QStringList watch(const QString &profile, const QList<SimulatedProvider::JobSpec> &specs);
    bool settled();

    Settings m_s;
    Figures m_f;
    std::function<void(const Figures &)> m_done;
    Phase m_phase = Phase::WarmUp;
    std::unique_ptr<ScaledClock> m_clock;
    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<TapNam> m_nam;
    MemorySecretStore m_secrets;
    JobList m_jobs;
    std::unique_ptr<Scheduler> m_scheduler;
    QHash<QString, QString> m_keyByPath;     // poll URL path -> job key
    QHash<QString, QString> m_profileOfKey;
    QStringList m_keys;                      // the soak's jobs
    QTimer m_check;
    QElapsedTimer m_real;
    qint64 m_clockStart = 0;
    bool m_restarted = false;
    int m_settleChecks = 0;
    liveobjects::Count m_lastCount;
};

inline void Rig::start(std::function<void(const Figures &)> done)
{
    m_done = std::move(done);
    m_real.start();
    if (!liveobjects::install())
        return fail(u"cannot count live QObjects: this QtCore's hook table is not the known one"_s);
    m_clock = std::make_unique<ScaledClock>(m_s.scale);
    m_sim = std::make_unique<SimulatedProvider>();
    ScaledClock *clock = m_clock.get();
    m_sim->setClock([clock] { return clock->wallMs(); });
    if (!m_sim->listen())
        return fail(m_sim->errorString());
    m_nam = std::make_unique<TapNam>();
    m_nam->lookup = [this](const QUrl &url) {
        const QString key = m_keyByPath.value(url.path());
        const JobRecord *r = m_jobs.find(key);
        return std::pair<QString, qint64>(m_profileOfKey.value(key), r ? r->engine.lastPollAtMs : -1);
    };
    m_scheduler = std::make_unique<Scheduler>(&m_jobs, m_nam.get(), &m_secrets);
    m_scheduler->setClock(m_clock.get());
    m_scheduler->setRandomSeed(m_s.seed);
    for (const QString &dialect : kDialects) {
        Profile p;
        p.id = dialect;
        p.name = dialect;
        p.dialect = dialect;
        p.baseUrl = m_sim->baseUrl(dialect);
        p.poll.ratePerSecond = m_s.ratePerSecond;
        p.poll.burst = m_s.burst;
        p.poll.concurrency = m_s.concurrency;
        p.poll.transferTimeoutMs = m_s.transferTimeoutMs;
        m_secrets.setKey(dialect, u"sk-soak-"_s + dialect + u"-0123456789"_s);
        QString error;
        if (!m_scheduler->addProfile(p, &error))
            return fail(u"profile %1: %2"_s.arg(dialect, error));
    }
    // Warm-up: one clean job per profile, so the network manager's lazily made parts exist before the baseline.
    for (const QString &dialect : kDialects) {
        SimulatedProvider::JobSpec spec;
        spec.dialect = dialect;
        spec.queueMs = 0;
        spec.runMs = 500;
        watch(dialect, {spec});
    }
    connect(&m_check, &QTimer::timeout, this, [this] { check(); });
    m_check.start(kCheckRealMs);
}

inline void Rig::fail(const QString &why)
{
    m_f.setupError = why;
    m_check.stop();
    m_phase = Phase::Done;
    QTimer::singleShot(0, this, [this] { m_done(m_f); });
}

inline QStringList Rig::watch(const QString &profile, const QList<SimulatedProvider::JobSpec> &specs)
{
    QList<Scheduler::Target> targets;
    for (const auto &spec : specs) {
        const QString id = m_sim->createJob(spec);
        targets.append({id, {}});
        const QString key = jobKey(profile, id);
        m_keyByPath.insert(m_sim->pollUrl(id).path(), key);
        m_profileOfKey.insert(key, profile);
    }
    QStringList errors;
    const QStringList keys = m_scheduler->watchMany(profile, targets, &errors);
    if (!errors.isEmpty())
        fail(errors.join(u"; "_s));
    return keys;
}

// The live objects and timers have come back to the baseline, or stopped changing for a while.
inline bool Rig::settled()
{
    const liveobjects::Count c = liveobjects::count();
    const bool same = c.objects == m_lastCount.objects && c.timers == m_lastCount.timers;
    m_lastCount = c;
    m_settleChecks = same ? m_settleChecks + 1 : 0;
    const bool atBaseline = m_phase == Phase::Drain && c.objects <= m_f.before.objects && c.timers <= m_f.before.timers;
    return atBaseline || m_settleChecks >= 20; // 1 s of real time without a change
}

inline void Rig::check()
{
    switch (m_phase) {
    case Phase::WarmUp:
        if (m_scheduler->watchingCount() > 0)
            return;
        m_jobs.removeMany(m_jobs.keys());
        m_nam->clearConnectionCache();
        m_phase = Phase::Settle;
        return;
    case Phase::Settle:
        if (!settled())
            return;
        m_f.before = m_lastCount;
        m_f.rssBeforeKiB = rssKiB();
        m_f.heapBeforeKiB = heapInUseKiB();
        beginSoak();
        return;
    case Phase::Soak: {
        const liveobjects::Count c = liveobjects::count();
        m_f.peak.objects = std::max(m_f.peak.objects, c.objects);
        m_f.peak.timers = std::max(m_f.peak.timers, c.timers);
        m_f.rssPeakKiB = std::max(m_f.rssPeakKiB, rssKiB());
        const int final = m_s.jobs - m_scheduler->watchingCount();
        if (!m_restarted && final >= m_s.restartAt * m_s.jobs)
            restartProvider();
        const bool over = m_real.elapsed() > m_s.realLimitMs;
        if ((m_scheduler->watchingCount() == 0 && m_restarted && m_sim->isListening()) || over)
            endSoak();
        return;
    }
    case Phase::Drain:
        if (!settled() && m_real.elapsed() < m_s.realLimitMs + 10000)
            return;
        m_f.after = m_lastCount;
        m_f.rssAfterKiB = rssKiB();
        m_f.heapAfterKiB = heapInUseKiB();
        finish();
        return;
    case Phase::Done:
        return;
    }
}

inline void Rig::beginSoak()
{
    m_sim->clearRequests();
    m_nam->clearLog();
    m_sim->setFaultMix(m_s.mix, m_s.seed);
    m_sim->setRetryAfterSeconds(m_s.retryAfterSeconds);
    m_sim->setSlowDelayMs(m_s.slowRealMs);
    m_sim->setRateLimit(m_s.accountRate, m_s.accountBurst);
    QRandomGenerator random(m_s.seed);
    QHash<QString, QList<SimulatedProvider::JobSpec>> specs;
    for (int i = 0; i < m_s.jobs; ++i) {
        SimulatedProvider::JobSpec spec;
        spec.dialect = kDialects.at(i % kDialects.size());
        spec.queueMs = qint64(random.bounded(double(m_s.queueMaxMs + 1)));
        spec.runMs = m_s.runMinMs + qint64(random.bounded(double(m_s.runMaxMs - m_s.runMinMs + 1)));
        const double roll = random.generateDouble();
        spec.outcome = roll < 0.7 ? Outcome::Completed : Outcome::Failed;
        if (spec.dialect == u"muvi"_s && roll >= 0.9) // only muvi has a cancelled status
            spec.outcome = Outcome::Cancelled;
        specs[spec.dialect].append(spec);
    }
    m_clockStart = m_clock->wallMs();
    m_phase = Phase::Soak;
    for (const QString &dialect : kDialects) {
        if (m_phase == Phase::Soak)
            m_keys += watch(dialect, specs.value(dialect));
    }
    m_f.jobs = int(m_keys.size());
}

inline void Rig::restartProvider()
{
    m_restarted = true;
    const quint16 port = m_sim->port();
    m_f.restartAtMs = m_clock->wallMs() - m_clockStart;
    m_sim->stopListening();
    const qint64 downAt = m_clock->wallMs();
    QTimer::singleShot(int(m_clock->realDelayMs(m_s.downMs)), this, [this, port, downAt] {
        m_f.downMs = m_clock->wallMs() - downAt;
        m_f.relistened = m_sim->listen(port);
        if (!m_f.relistened)
            fail(u"the provider could not listen on port %1 again: %2"_s.arg(port).arg(m_sim->errorString()));
    });
}

inline void Rig::endSoak()
{
    m_f.realMs = m_real.elapsed();
    m_f.clockMs = m_clock->wallMs() - m_clockStart;
    judgeJobs();
    judgeRequests();
    judgeBudget();
    // The logs are judged: free them, so the heap figure after compares with the one before.
    m_sim->clearRequests();
    m_nam->clearLog();
    // What the window's "remove finished" does, then the idle connections go.
    m_jobs.removeMany(m_keys);
    m_nam->clearConnectionCache();
    m_phase = Phase::Drain;
    m_settleChecks = 0;
}

inline void Rig::finish()
{
    m_check.stop();
    m_f.pollersAfter = int(m_scheduler->findChildren<Poller *>().size());
    m_f.repliesAfter = int(m_nam->findChildren<QNetworkReply *>().size());
    m_f.watchingAfter = m_scheduler->watchingCount();
    m_phase = Phase::Done;
    m_done(m_f);
}

inline void Rig::judgeJobs()
{
    QList<qint64> latencies;
    for (const QString &key : std::as_const(m_keys)) {
        const JobRecord r = m_jobs.value(key);
        const std::optional<Outcome> truth = m_sim->outcomeOf(r.jobId);
        const JobState expected = !truth ? JobState::Unknown
            : *truth == Outcome::Completed ? JobState::Completed
            : *truth == Outcome::Failed    ? JobState::Failed
                                           : JobState::Cancelled;
        QString bad;
        if (r.engine.local != LocalState::Done) {
            ++m_f.lost;
            bad = u"lost (%1)"_s.arg(localStateName(r.engine.local));
        } else if (r.snapshot.state != expected) {
            ++m_f.wrong;
            bad = u"wrong (%1, true %2)"_s.arg(stateName(r.snapshot.state), stateName(expected));
        }
        if (!bad.isEmpty() && m_f.badJobs.size() < 10)
            m_f.badJobs << u"%1: %2: %3"_s.arg(key, bad, r.engine.lastError);
        if (bad.isEmpty()) {
            latencies.append(r.engine.reportedAtMs - m_sim->terminalAtMs(r.jobId));
            m_f.completed += r.snapshot.state == JobState::Completed;
            m_f.failed += r.snapshot.state == JobState::Failed;
            m_f.cancelled += r.snapshot.state == JobState::Cancelled;
        }
    }
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.isEmpty()) {
        m_f.latencyP50Ms = latencies.at(latencies.size() / 2);
        m_f.latencyP95Ms = latencies.at(std::min(latencies.size() - 1, latencies.size() * 95 / 100));
        m_f.latencyMaxMs = latencies.constLast();
    }
}

// The provider's log, tied to the engine's sends: faults injected, and requests after a Retry-After.
inline void Rig::judgeRequests()
{
    struct Throttle { quint64 readOrder; qint64 until; };
    QHash<QString, QList<Throttle>> throttles; // per profile, by the order in which the engine read them
    const QList<SimulatedProvider::Request> log = m_sim->requests();
    const auto seqOf = [](const SimulatedProvider::Request &r) {
        for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it) {
            if (it.key().compare("x-soak-seq", Qt::CaseInsensitive) == 0)
                return it.value().toULongLong();
        }
        return quint64(0);
    };
    const auto profileOf = [](const SimulatedProvider::Request &r) { return r.path.section(u'/', 1, 1); };
    m_f.serverRequests = int(log.size());
    for (const auto &r : log) {
        if (r.accountLimited)
            ++m_f.accountLimited;
        else if (r.fault != Fault::None)
            ++m_f.injected[SimulatedProvider::faultName(r.fault)];
        if (r.retryAfterSeconds < 0 || (r.status != 429 && r.status != 503))
            continue;
        const auto answer = m_nam->answers.constFind(seqOf(r));
        if (answer == m_nam->answers.cend() || answer->status != r.status)
            continue; // its connection broke before the engine read it (the restart)
        ++m_f.throttles;
        throttles[profileOf(r)].append({answer->order, r.atMs + 1000 * qint64(r.retryAfterSeconds)});
    }
    // Per profile, in the order the engine read them: the latest Retry-After end known so far (prefix max).
    struct Known { QList<quint64> order; QList<qint64> before; };
    QHash<QString, Known> known;
    for (auto it = throttles.begin(); it != throttles.end(); ++it) {
        QList<Throttle> &list = it.value();
        std::sort(list.begin(), list.end(), [](const Throttle &a, const Throttle &b) { return a.readOrder < b.readOrder; });
        Known &k = known[it.key()];
        qint64 most = std::numeric_limits<qint64>::min();
        for (const Throttle &t : std::as_const(list)) {
            k.order.append(t.readOrder);
            k.before.append(most = std::max(most, t.until));
        }
    }
    constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    for (const auto &r : log) {
        const auto k = known.constFind(profileOf(r));
        if (k == known.cend())
            continue;
        const quint64 sentOrder = m_nam->sends.value(seqOf(r)).order;
        const qsizetype read = std::lower_bound(k->order.cbegin(), k->order.cend(), sentOrder) - k->order.cbegin();
        const qint64 until = read > 0 ? k->before.at(read - 1) : kNone; // the latest end the engine knew when it sent this
        if (until != kNone) {
            ++m_f.checkedAfterThrottle;
            m_f.earliestVsRetryAfterMs = std::min(m_f.earliestVsRetryAfterMs, r.atMs - until);
        }
    }
    for (auto it = m_nam->answers.cbegin(); it != m_nam->answers.cend(); ++it) {
        ++m_f.answers;
        m_f.answered429 += it->status == 429;
        m_f.answered503 += it->status == 503;
        m_f.networkErrors += it->status == 0;
        m_f.refused += it->error == QNetworkReply::ConnectionRefusedError;
    }
    m_f.sends = int(m_nam->sends.size());
}

// Every window of every profile: sends <= burst + rate x length. With g_k = k - rate x t_k over the sends in
// time order, the worst window ending at j is g_j - min(g_i, i <= j) + 1 sends against burst.
inline void Rig::judgeBudget()
{
    QHash<QString, QList<qint64>> times;
    for (const TapNam::Send &s : std::as_const(m_nam->sends))
        times[s.profile].append(s.decidedAtMs);
    for (auto it = times.begin(); it != times.end(); ++it) {
        QList<qint64> &t = it.value();
        std::sort(t.begin(), t.end());
        double minG = std::numeric_limits<double>::max();
        qsizetype minAt = 0, first = 0;
        for (qsizetype j = 0; j < t.size(); ++j) {
            const double g = double(j) - m_s.ratePerSecond * double(t[j]) / 1000.0;
            if (g < minG) {
                minG = g;
                minAt = j;
            }
            const double excess = g - minG + 1 - m_s.burst;
            if (excess > m_f.worstExcess) {
                m_f.worstExcess = excess;
                m_f.worstWindow = u"%1: %2 sends in %3 ms"_s.arg(it.key()).arg(j - minAt + 1).arg(t[j] - t[minAt]);
            }
            while (t[j] - t[first] >= 1000)
                ++first;
            m_f.maxPerSecond = std::max(m_f.maxPerSecond, int(j - first + 1));
        }
    }
}

inline QStringList Figures::problems() const
{
    QStringList out;
    if (!setupError.isEmpty())
        return {setupError};
    if (lost > 0 || wrong > 0)
        out << u"%1 jobs lost and %2 wrong: %3"_s.arg(lost).arg(wrong).arg(badJobs.join(u" | "_s));
    if (!relistened)
        out << u"the provider did not restart"_s;
    if (checkedAfterThrottle > 0 && earliestVsRetryAfterMs < 0)
        out << u"a request arrived %1 ms before the Retry-After the engine had read"_s.arg(-earliestVsRetryAfterMs);
    // Send times are wall readings (steady + an offset the engine re-reads): allow a tenth of a token for that.
    if (worstExcess > 0.1)
        out << u"budget exceeded by %1 requests (%2)"_s.arg(worstExcess, 0, 'f', 2).arg(worstWindow);
    if (after.objects != before.objects || after.timers != before.timers)
        out << u"live QObjects %1 -> %2, timers %3 -> %4"_s.arg(before.objects).arg(after.objects).arg(before.timers).arg(after.timers);
    if (pollersAfter != 0 || repliesAfter != 0 || watchingAfter != 0)
        out << u"left behind: %1 pollers, %2 replies, %3 watched jobs"_s.arg(pollersAfter).arg(repliesAfter).arg(watchingAfter);
    if (throttles == 0 || accountLimited == 0 || refused == 0)
        out << u"the mix did not bite (throttles %1, account 429s %2, refused %3)"_s.arg(throttles).arg(accountLimited).arg(refused);
    return out;
}

inline void Figures::print(const Settings &s, FILE *out) const
{
    std::fprintf(out, "fault soak: %d jobs in 4 profiles (theo vidocu scenes muvi), clock x%g, per-profile budget %g/s burst %d "
                      "concurrency %d, account limit %g/s burst %d, seed %u\n",
                 s.jobs, s.scale, s.ratePerSecond, s.burst, s.concurrency, s.accountRate, s.accountBurst, s.seed);
    std::fprintf(out, "  time: %.1f s real, %.1f s on the soak clock\n", double(realMs) / 1000, double(clockMs) / 1000);
    std::fprintf(out, "  jobs: %d = %d completed + %d failed + %d cancelled; lost %d, wrong %d; reported %.1f / %.1f / %.1f s "
                      "(p50 / p95 / max) after the provider's end\n",
                 jobs, completed, failed, cancelled, lost, wrong, double(latencyP50Ms) / 1000, double(latencyP95Ms) / 1000,
                 double(latencyMaxMs) / 1000);
    QStringList kinds;
    for (auto it = injected.cbegin(); it != injected.cend(); ++it)
        kinds << u"%1 %2"_s.arg(it.key()).arg(it.value());
    std::fprintf(out, "  faults injected: %s; account-limit 429 %d; restart at %.1f s, port closed %.1f s, %d connections refused\n",
                 qPrintable(kinds.join(u", "_s)), accountLimited, double(restartAtMs) / 1000, double(downMs) / 1000, refused);
    std::fprintf(out, "  requests: %d sent by the engine, %d reached the provider; answers %d: 429 %d, 503 %d, no HTTP answer %d\n",
                 sends, serverRequests, answers, answered429, answered503, networkErrors);
    std::fprintf(out, "  Retry-After: %d throttling answers read by the engine; %d requests sent after one, the earliest "
                      "arrived %+lld ms after the latest Retry-After end the engine knew (>= 0 required)\n",
                 throttles, checkedAfterThrottle, static_cast<long long>(checkedAfterThrottle ? earliestVsRetryAfterMs : 0));
    std::fprintf(out, "  budget: worst window %s, excess %+.2f requests (<= 0 required); max %d sends in any 1 s vs %g + %d\n",
                 qPrintable(worstWindow), worstExcess, maxPerSecond, s.ratePerSecond, s.burst);
    std::fprintf(out, "  memory: live QObjects %d before, %d peak, %d after; main-thread timers %d, %d, %d; pollers %d, "
                      "replies %d, watched %d after; RSS %lld / %lld / %lld KiB, heap in use %lld -> %lld KiB (not "
                      "compared: the provider keeps its jobs)\n",
                 before.objects, peak.objects, after.objects, before.timers, peak.timers, after.timers, pollersAfter, repliesAfter,
                 watchingAfter, static_cast<long long>(rssBeforeKiB), static_cast<long long>(rssPeakKiB),
                 static_cast<long long>(rssAfterKiB), static_cast<long long>(heapBeforeKiB), static_cast<long long>(heapAfterKiB));
    std::fflush(out);
}

} // namespace soak
