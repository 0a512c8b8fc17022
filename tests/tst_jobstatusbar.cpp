// The status bar's request-budget notice against the real engine and the SimulatedProvider on 127.0.0.1:0:
// a profile whose polls wait for budget is named with the number waiting, the "Raise budget…" button asks
// for that profile, and the notice goes once the budget suffices. The credits of profiles whose API reports a
// balance (Runway, Luma) show beside the counts, and one that cannot be read says why in the tooltip; the
// profile dialog's Balance row shows the same.

#include "engine/engineclock.h"
#include "engine/scheduler.h"
#include "jobstatusbar.h"
#include "models/jobtally.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "model/profilelist.h"
#include "model/secretstore.h"
#include "profiles/balancerow.h"
#include "sim/simulatedprovider.h"

#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {

// One theo profile polled by the real engine, its status bar, and the simulated provider it polls.
struct Rig {
    SimulatedProvider sim;
    QNetworkAccessManager nam;
    MemorySecretStore secrets;
    JobList jobs;
    JobTally tally{&jobs};
    ProfileList profiles;
    Scheduler scheduler{&jobs, &nam, &secrets};
    Profile profile;

    // Listens and adds the profile with `poll` (base URL and key filled in); false on any failure.
    bool start(PollSettings poll)
    {
        if (!sim.listen())
            return false;
        profile.id = u"theo"_s;
        profile.name = u"Theo work"_s;
        profile.dialect = u"theo"_s;
        profile.baseUrl = sim.baseUrl(profile.dialect);
        profile.poll = poll;
        secrets.setKey(profile.id, QString());
        QString error;
        if (!profiles.add(profile) || !scheduler.addProfile(profile, &error)) {
            qWarning("profile: %s", qPrintable(error));
            return false;
        }
        return true;
    }
};

} // namespace

class JobStatusBarTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortBudgetIsNamedAndEndsWhenRaised()
    {
        Rig rig;
        PollSettings poll;
        poll.intervalMs = 1000;
        poll.ratePerSecond = 0.5; // far less than 12 jobs polled every second need
        poll.burst = 1;
        poll.concurrency = 1;
        QVERIFY(rig.start(poll));
        SimulatedProvider &sim = rig.sim;
        JobList &jobs = rig.jobs;
        Scheduler &scheduler = rig.scheduler;
        Profile &p = rig.profile;
        QString error;
        JobStatusBar bar(&jobs, &rig.tally, &scheduler, &rig.profiles);
        bar.show();
        QCOMPARE(bar.budgetText(), QString());

        QList<Scheduler::Target> targets;
        for (int i = 0; i < 12; ++i) {
            SimulatedProvider::JobSpec spec;
            spec.runMs = 120'000;
            targets.append({sim.createJob(spec), {}});
        }
        QCOMPARE(scheduler.watchMany(p.id, targets).size(), 12);
        QTRY_VERIFY_WITH_TIMEOUT(bar.budgetText().startsWith(u"Theo work: request budget short, "_s), 10000);
        const QRegularExpression waiting(u"short, (\\d+) poll\\(s\\) waiting$"_s);
        const QRegularExpressionMatch m = waiting.match(bar.budgetText());
        QVERIFY2(m.hasMatch() && m.captured(1).toInt() > 0, qPrintable(bar.budgetText()));
        QCOMPARE(bar.shortProfileId(), p.id);
        QToolButton *raise = nullptr;
        for (QToolButton *button : bar.findChildren<QToolButton *>()) {
            if (button->text() == u"Raise budget…"_s)
                raise = button;
        }
        QVERIFY(raise);
        QSignalSpy asked(&bar, &JobStatusBar::raiseBudgetRequested);
        QTRY_VERIFY(raise->isVisible());
        raise->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.constFirst().constFirst().toString(), p.id);

        // Raised well above what 12 jobs need: the notice goes.
        p.poll.ratePerSecond = 100;
        p.poll.burst = 100;
        p.poll.concurrency = 6;
        QVERIFY2(scheduler.addProfile(p, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(bar.budgetText(), QString(), 15000);
        QCOMPARE(bar.shortProfileId(), QString());
    }

    // Jobs restored from the history bring their past request counts; "req/min" counts only new requests.
    void restoredRequestsAreNotThisMinutes()
    {
        Rig rig;
        PollSettings poll;
        poll.intervalMs = 1000;
        QVERIFY(rig.start(poll));
        SimulatedProvider &sim = rig.sim;
        JobList &jobs = rig.jobs;
        Scheduler &scheduler = rig.scheduler;
        Profile &p = rig.profile;
        JobStatusBar bar(&jobs, &rig.tally, &scheduler, &rig.profiles);

        JobRecord restored;
        restored.profileId = p.id;
        restored.jobId = u"job_restored01"_s;
        restored.engine.local = LocalState::Done;
        restored.engine.requestCount = 40;
        jobs.addMany({restored});
        SimulatedProvider::JobSpec spec;
        spec.runMs = 60'000;
        QVERIFY(!scheduler.watch(p.id, sim.createJob(spec)).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(bar.requestsPerMinute() >= 1, 10000);
        QVERIFY2(bar.requestsPerMinute() < 40, qPrintable(QString::number(bar.requestsPerMinute())));
    }


    // Runway and Luma profiles read by the real engine: the bar shows both amounts; a Luma balance endpoint that
    // answers 500 turns Luma's part into "balance unavailable" with the reason in the tooltip, while its job
    // is polled to the end.
    void creditsShowPerProfileAndAFailureSaysWhy()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ScaledClock clock(30); // a minute in two seconds, for the engine and the simulator alike
        SimulatedProvider sim;
        sim.setClock([&clock] { return clock.wallMs(); });
        QVERIFY(sim.listen());
        sim.setToken(u"sk-credits-0123456789"_s);
        QNetworkAccessManager nam;
        MemorySecretStore secrets;
        JobList jobs;
        JobTally tally{&jobs};
        ProfileList profiles;
        Scheduler scheduler{&jobs, &nam, &secrets};
        scheduler.setClock(&clock);
        for (const auto &[id, name] : {std::pair{u"runway"_s, u"Runway"_s}, std::pair{u"luma"_s, u"Luma"_s}}) {
            Profile p;
            p.id = id;
            p.name = name;
            p.dialect = id;
            p.baseUrl = sim.baseUrl(id);
            p.poll.intervalMs = 1000;
            secrets.setKey(id, u"sk-credits-0123456789"_s);
            QVERIFY(profiles.add(p));
            QVERIFY(scheduler.addProfile(p));
        }
        JobStatusBar bar(&jobs, &tally, &scheduler, &profiles);
        bar.resize(900, 30);
        bar.show();
        auto *indicator = bar.findChild<QLabel *>(u"creditsIndicator"_s);
        QVERIFY(indicator);
        QTRY_COMPARE(indicator->text(), u"Runway: 12,500 credit(s)  \u00b7  Luma: $482.50"_s);
        QVERIFY(indicator->isVisible());
        QVERIFY2(indicator->toolTip().contains(u"Luma: $482.50, read at "_s), qPrintable(indicator->toolTip()));

        // The profile dialog's row for Luma says the same; a Theo profile has none.
        BalanceRow row;
        QLabel rowLabel(u"Balance:"_s);
        row.setLabel(&rowLabel);
        row.setScheduler(&scheduler);
        row.setProfileId(u"luma"_s);
        QVERIFY(!row.isHidden());
        QVERIFY2(row.text().startsWith(u"$482.50 (read at "_s), qPrintable(row.text()));
        row.setProfileId(u"theo-unknown"_s);
        QVERIFY(row.isHidden() && rowLabel.isHidden());
        row.setProfileId(u"luma"_s);

        sim.setBalanceFault(u"luma"_s, SimulatedProvider::Fault::ServerError500);
        SimulatedProvider::JobSpec spec;
        spec.dialect = u"luma"_s;
        spec.queueMs = 0;
        spec.runMs = 10'000;
        const QString key = scheduler.watch(u"luma"_s, sim.createJob(spec));
        // The next reading comes a minute after the first; the job is polled to its end meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(jobs.value(key).snapshot.state, JobState::Completed, 10000);
        scheduler.refreshBalance(u"luma"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler.balance(u"luma"_s).error.isEmpty(), 10000);
        QTRY_COMPARE(indicator->text(), u"Runway: 12,500 credit(s)  \u00b7  Luma: $482.50 (not current)"_s);
        QVERIFY2(indicator->toolTip().contains(u"Luma: the balance could not be read at "_s)
                     && indicator->toolTip().contains(u"HTTP 500 from /luma/dream-machine/v1/credits"_s)
                     && indicator->toolTip().contains(u"Polling is not affected."_s),
                 qPrintable(indicator->toolTip()));
        QVERIFY2(row.text().contains(u"The balance could not be read at "_s), qPrintable(row.text()));
        QVERIFY(jobs.value(key).engine.lastError.isEmpty());
        QVERIFY(!scheduler.isProfilePaused(u"luma"_s));
    }
};

QTEST_MAIN(JobStatusBarTest)
#include "tst_jobstatusbar.moc"
