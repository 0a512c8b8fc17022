// Account balances (issue 16 item 3) against the real engine and the SimulatedProvider on 127.0.0.1:0: Runway's
// credits and Luma's cents are read with the profile's key and headers, at most once a minute on the engine's
// clock (a sped-up clock shared with the simulator), inside the profile's request budget; a balance endpoint
// that fails (404, 500, malformed JSON) gives a clear reason and the polls go on as before; the mapping's
// "balance" section is validated with specific messages.

#include "model/joblist.h"
#include "model/profile.h"
#include "model/secretstore.h"
#include "formats/mapping.h"
#include "formats/registry.h"
#include "engine/engineclock.h"
#include "engine/scheduler.h"
#include "sim/simulatedprovider.h"
#include "plurals.h"

#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"sk-balance-0123456789abcd"_s;
// Two requests a minute apart on a sped-up clock may arrive up to this much less than a minute apart (tens of
// real milliseconds of network and event-loop delay on a busy machine, times the clock's speed).
constexpr qint64 kSlackMs = 1500;
using Fault = SimulatedProvider::Fault;

// The engine over a simulator that share one clock, `scale` times faster than real time.
struct Rig {
    explicit Rig(double scale = 1) : clock(scale)
    {
        sim.setClock([this] { return clock.wallMs(); });
        sim.setToken(kKey);
        scheduler.setClock(&clock);
        scheduler.setRandomSeed(5);
    }
    bool start() { return sim.listen(); }
    bool addProfile(const QString &preset, PollSettings poll = {})
    {
        Profile p;
        p.id = preset;
        p.name = preset == u"runway"_s ? u"Runway"_s : u"Luma"_s;
        p.dialect = preset;
        p.baseUrl = sim.baseUrl(preset);
        p.poll = poll;
        secrets.setKey(p.id, kKey);
        QString error;
        const bool ok = scheduler.addProfile(p, &error);
        if (!ok)
            qWarning("addProfile: %s", qPrintable(error));
        return ok;
    }
    QList<SimulatedProvider::Request> balanceRequests(const QString &pathEnd) const
    {
        QList<SimulatedProvider::Request> out;
        for (const auto &r : sim.requests()) {
            if (r.path.endsWith(pathEnd))
                out.append(r);
        }
        return out;
    }
    QString createJob(const QString &dialect, qint64 runMs)
    {
        SimulatedProvider::JobSpec spec;
        spec.dialect = dialect;
        spec.queueMs = 0;
        spec.runMs = runMs;
        return sim.createJob(spec);
    }

    ScaledClock clock;
    SimulatedProvider sim;
    QNetworkAccessManager nam;
    MemorySecretStore secrets;
    JobList jobs;
    Scheduler scheduler{&jobs, &nam, &secrets};
};

std::unique_ptr<MappingDialect> mappingWith(const QJsonObject &balance, QString *error)
{
    QJsonObject doc{{u"name"_s, u"acme"_s}, {u"pollUrl"_s, u"{base}/jobs/{id}"_s}, {u"id"_s, u"id"_s}, {u"status"_s, u"status"_s},
                    {u"balance"_s, balance}};
    return MappingDialect::fromJson(QJsonDocument(doc).toJson(), error);
}

} // namespace

class BalanceTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void runwayCreditsAreReadWithTheKeyAndVersionHeader()
    {
        Rig rig;
        QVERIFY(rig.start());
        QSignalSpy changed(&rig.scheduler, &Scheduler::balanceChanged);
        QVERIFY(rig.addProfile(u"runway"_s));
        QVERIFY(rig.scheduler.balance(u"runway"_s).supported);
        QTRY_VERIFY(rig.scheduler.balance(u"runway"_s).known);
        const ProfileBalance b = rig.scheduler.balance(u"runway"_s);
        QCOMPARE(b.value.amount, 12500.0);
        QCOMPARE(b.value.unit, BalanceUnit::Credits);
        QVERIFY(b.error.isEmpty());
        QVERIFY(b.readAtMs > 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().toString(), u"runway"_s);
        const auto requests = rig.balanceRequests(u"/runway/v1/organization"_s);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.constFirst().authorization, QByteArray("Bearer " + kKey.toUtf8()));
        QByteArray version;
        for (auto it = requests.constFirst().headers.cbegin(); it != requests.constFirst().headers.cend(); ++it) {
            if (it.key().compare("x-runway-version", Qt::CaseInsensitive) == 0)
                version = it.value();
        }
        QCOMPARE(version, QByteArray("2024-11-06"));
        QCOMPARE(requests.constFirst().status, 200);
        // Counted in the profile's budget like a poll.
        QCOMPARE(rig.scheduler.budget(u"runway"_s).sent, 1);
        QVERIFY2(says(balanceLabel(b.value), u"12,500 credit(s)"_s), qPrintable(balanceLabel(b.value)));
    }

    void lumaCentsAreShownAsDollars()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.addProfile(u"luma"_s));
        QTRY_VERIFY(rig.scheduler.balance(u"luma"_s).known);
        const ProfileBalance b = rig.scheduler.balance(u"luma"_s);
        QCOMPARE(b.value.amount, 48250.0);
        QCOMPARE(b.value.unit, BalanceUnit::UsdCents);
        QCOMPARE(balanceLabel(b.value), u"$482.50"_s);
        QCOMPARE(rig.balanceRequests(u"/luma/dream-machine/v1/credits"_s).size(), 1);
    }

    void apiWithoutBalanceSendsNoBalanceRequest()
    {
        Rig rig;
        QVERIFY(rig.start());
        Profile p;
        p.id = u"theo"_s;
        p.name = u"Theo"_s;
        p.dialect = u"theo"_s;
        p.baseUrl = rig.sim.baseUrl(u"theo"_s);
        rig.secrets.setKey(p.id, kKey);
        QVERIFY(rig.scheduler.addProfile(p));
        QVERIFY(!rig.scheduler.balance(p.id).supported);
        SimulatedProvider::JobSpec spec;
        spec.queueMs = 0;
        spec.runMs = 500;
        const QString key = rig.scheduler.watch(p.id, rig.sim.createJob(spec));
        QTRY_COMPARE(rig.jobs.value(key).snapshot.state, JobState::Completed);
        for (const auto &r : rig.sim.requests())
            QVERIFY2(!r.jobId.isEmpty(), qPrintable(r.path)); // only polls went out
    }

    // On a clock 30 times faster than real time: a watched Runway task runs for eight minutes; the balance is
    // read when the profile is added and then once a minute, never sooner, and every request (polls and
    // balance) comes out of the profile's token bucket.
    void balanceIsReadAtMostOnceAMinuteWithinBudget()
    {
        Rig rig(30);
        QVERIFY(rig.start());
        PollSettings poll;
        poll.intervalMs = 5000;
        poll.ratePerSecond = 0.5;
        poll.burst = 1;
        poll.concurrency = 1;
        QVERIFY(rig.addProfile(u"runway"_s, poll));
        const qint64 startedAt = rig.clock.wallMs();
        const QString key = rig.scheduler.watch(u"runway"_s, rig.createJob(u"runway"_s, 8 * 60'000));
        QVERIFY(!key.isEmpty());
        // Five readings: at the start and after one, two, three and four minutes.
        QTRY_VERIFY_WITH_TIMEOUT(rig.balanceRequests(u"/v1/organization"_s).size() >= 5, 20000);
        const qint64 elapsed = rig.clock.wallMs() - startedAt;
        const auto readings = rig.balanceRequests(u"/v1/organization"_s);
        QVERIFY2(readings.size() <= elapsed / Scheduler::kBalanceIntervalMs + 1,
                 qPrintable(u"%1 readings in %2 ms"_s.arg(readings.size()).arg(elapsed)));
        for (qsizetype i = 1; i < readings.size(); ++i) {
            const qint64 gap = readings.at(i).atMs - readings.at(i - 1).atMs;
            QVERIFY2(gap >= Scheduler::kBalanceIntervalMs - kSlackMs, qPrintable(u"reading %1 came %2 ms after the one before"_s.arg(i).arg(gap)));
        }
        // The budget: every request to the simulator was one the engine counted, and they never outran the bucket.
        QTRY_COMPARE(rig.scheduler.budget(u"runway"_s).sent, int(rig.sim.requests().size()));
        const auto all = rig.sim.requests();
        const qint64 span = all.constLast().atMs - all.constFirst().atMs;
        QVERIFY2(all.size() <= 1 + poll.burst + span * poll.ratePerSecond / 1000.0,
                 qPrintable(u"%1 requests in %2 ms at 0.5/s"_s.arg(all.size()).arg(span)));
        QCOMPARE(rig.scheduler.inFlight(u"runway"_s) <= 1, true);
        QCOMPARE(rig.scheduler.maxInFlight(u"runway"_s), 1);
        // The balance follows the account: the simulator charges 25 credits per completed task (none yet).
        QCOMPARE(rig.scheduler.balance(u"runway"_s).value.amount, 12500.0);
        // The next reading is planned once the last one's answer is in (under ASan that may be a moment later).
        QTRY_VERIFY_WITH_TIMEOUT(rig.scheduler.balance(u"runway"_s).nextAtMs > rig.scheduler.balance(u"runway"_s).readAtMs, 10000);
    }

    // With no job watched there is one reading and no plan for another; Refresh asks for one, but not sooner
    // than a minute after the last.
    void idleProfileIsReadOnceAndRefreshKeepsTheMinute()
    {
        Rig rig(20); // slower than the others: a request's real latency counts 20 times on this clock
        QVERIFY(rig.start());
        QVERIFY(rig.addProfile(u"luma"_s));
        QTRY_VERIFY(rig.scheduler.balance(u"luma"_s).known);
        const ProfileBalance first = rig.scheduler.balance(u"luma"_s);
        QCOMPARE(first.nextAtMs, qint64(-1));
        const qint64 firstArrived = rig.balanceRequests(u"/credits"_s).constFirst().atMs;
        QSignalSpy changed(&rig.scheduler, &Scheduler::balanceChanged);
        rig.sim.setBalance(u"luma"_s, 1234);
        rig.scheduler.refreshBalance(u"luma"_s);
        // Planned a minute after the first request went out (which was before it arrived), not now.
        const qint64 planned = rig.scheduler.balance(u"luma"_s).nextAtMs;
        QVERIFY2(planned >= firstArrived + Scheduler::kBalanceIntervalMs - kSlackMs && planned <= firstArrived + Scheduler::kBalanceIntervalMs,
                 qPrintable(QString::number(planned - firstArrived)));
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 1, 15000);
        QCOMPARE(rig.scheduler.balance(u"luma"_s).value.amount, 1234.0);
        const auto readings = rig.balanceRequests(u"/credits"_s);
        QCOMPARE(readings.size(), 2);
        QVERIFY(readings.at(1).atMs - readings.at(0).atMs >= Scheduler::kBalanceIntervalMs - kSlackMs);
    }

    void failingBalanceSaysWhyAndPollsGoOn_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("404") << int(Fault::NotFound404)
                             << u"HTTP 404 from /runway/v1/organization: the API has no balance there (check the profile's base URL)"_s;
        QTest::newRow("500") << int(Fault::ServerError500) << u"HTTP 500 from /runway/v1/organization"_s;
        QTest::newRow("malformed JSON") << int(Fault::InvalidJson) << u"the answer from /runway/v1/organization is not valid JSON"_s;
    }
    void failingBalanceSaysWhyAndPollsGoOn()
    {
        QFETCH(int, fault);
        QFETCH(QString, expected);
        Rig rig(20);
        QVERIFY(rig.start());
        rig.sim.setBalanceFault(u"runway"_s, Fault(fault));
        PollSettings poll;
        poll.intervalMs = 1000;
        QVERIFY(rig.addProfile(u"runway"_s, poll));
        const QString id = rig.createJob(u"runway"_s, 90'000);
        const QString key = rig.scheduler.watch(u"runway"_s, id);
        QTRY_VERIFY(!rig.scheduler.balance(u"runway"_s).error.isEmpty());
        const ProfileBalance b = rig.scheduler.balance(u"runway"_s);
        QVERIFY(!b.known);
        QVERIFY2(b.error.startsWith(expected), qPrintable(b.error));
        QVERIFY(!b.error.contains(kKey));
        QVERIFY(b.errorAtMs > 0);
        // The polls are unaffected: the task runs to the end, nothing paused or blocked, no error on its row.
        QTRY_VERIFY_WITH_TIMEOUT(rig.jobs.value(key).snapshot.state == JobState::Completed, 20000);
        QVERIFY(!rig.scheduler.isProfilePaused(u"runway"_s));
        QCOMPARE(rig.scheduler.profileBlockedUntil(u"runway"_s), qint64(-1));
        QVERIFY2(rig.jobs.value(key).engine.lastError.isEmpty(), qPrintable(rig.jobs.value(key).engine.lastError));
        for (const auto &r : rig.sim.requests()) {
            if (r.jobId == id)
                QCOMPARE(r.status, 200);
        }
        // Mended: the next reading, a minute after the failed one, finds the amount and the reason goes.
        rig.sim.setBalanceFault(u"runway"_s, Fault::None);
        rig.scheduler.refreshBalance(u"runway"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rig.scheduler.balance(u"runway"_s).known, 10000);
        QVERIFY(rig.scheduler.balance(u"runway"_s).error.isEmpty());
        QCOMPARE(rig.scheduler.balance(u"runway"_s).value.amount, 12500.0 - 25.0); // the task was charged
    }

    void balanceRateLimitHoldsTheProfileLikeAPoll()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.sim.setRetryAfterSeconds(30);
        rig.sim.setBalanceFault(u"luma"_s, Fault::RateLimited429);
        QVERIFY(rig.addProfile(u"luma"_s));
        QTRY_VERIFY(!rig.scheduler.balance(u"luma"_s).error.isEmpty());
        QVERIFY2(rig.scheduler.balance(u"luma"_s).error.contains(u"HTTP 429"_s), qPrintable(rig.scheduler.balance(u"luma"_s).error));
        QVERIFY(rig.scheduler.profileBlockedUntil(u"luma"_s) > rig.clock.wallMs() + 25'000);
        QVERIFY(!rig.scheduler.isProfilePaused(u"luma"_s));
    }

    void mappingBalanceSectionIsValidated_data()
    {
        QTest::addColumn<QJsonObject>("balance");
        QTest::addColumn<QString>("error");
        QTest::newRow("unit") << QJsonObject{{u"url"_s, u"{base}/credits"_s}, {u"path"_s, u"left"_s}, {u"unit"_s, u"euro"_s}}
                              << u"\"balance.unit\" must be credits, usd or usd-cents (got \"euro\")."_s;
        QTest::newRow("job placeholder") << QJsonObject{{u"url"_s, u"{base}/credits/{id}"_s}, {u"path"_s, u"left"_s}}
                                         << u"\"balance.url\" knows only {base}, at its start (got \"{base}/credits/{id}\")."_s;
        QTest::newRow("no url") << QJsonObject{{u"path"_s, u"left"_s}} << u"balance.url"_s;
        QTest::newRow("extra key") << QJsonObject{{u"url"_s, u"{base}/c"_s}, {u"path"_s, u"a"_s}, {u"currency"_s, u"x"_s}}
                                   << u"currency"_s;
    }
    void mappingBalanceSectionIsValidated()
    {
        QFETCH(QJsonObject, balance);
        QFETCH(QString, error);
        QString problem;
        QVERIFY(!mappingWith(balance, &problem));
        QVERIFY2(problem.contains(error), qPrintable(problem));
    }

    void mappingReadsItsBalanceOrSaysWhereItLooked()
    {
        QString problem;
        const auto dialect = mappingWith({{u"url"_s, u"{base}/v2/account"_s}, {u"path"_s, u"account.credits_left"_s}, {u"unit"_s, u"usd"_s}}, &problem);
        QVERIFY2(dialect, qPrintable(problem));
        QCOMPARE(dialect->balanceUrl(QUrl(u"https://api.acme.test/"_s)), QUrl(u"https://api.acme.test/v2/account"_s));
        const auto read = dialect->readBalance(QJsonObject{{u"account"_s, QJsonObject{{u"credits_left"_s, 12.5}}}}, &problem);
        QVERIFY(read);
        QCOMPARE(read->amount, 12.5);
        QCOMPARE(balanceLabel(*read), u"$12.50"_s);
        QVERIFY(!dialect->readBalance(QJsonObject{{u"account"_s, QJsonObject{{u"credits"_s, 3}}}}, &problem));
        QCOMPARE(problem, u"the answer has no number at \"account.credits_left\" (balance.path)"_s);
    }
};

QTEST_GUILESS_MAIN(BalanceTest)
#include "tst_balance.moc"
