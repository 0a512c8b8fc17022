// The status bar's request-budget notice against the real engine and the SimulatedProvider on 127.0.0.1:0:
// a profile whose polls wait for budget is named with the number waiting, the "Raise budget…" button asks
// for that profile, and the notice goes once the budget suffices.

#include "engine/scheduler.h"
#include "jobstatusbar.h"
#include "models/jobtally.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "model/profilelist.h"
#include "model/secretstore.h"
#include "sim/simulatedprovider.h"

#include <QNetworkAccessManager>
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
};

QTEST_MAIN(JobStatusBarTest)
#include "tst_jobstatusbar.moc"
