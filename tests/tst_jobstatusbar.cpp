// The status bar's request-budget notice against the real engine and the SimulatedProvider on 127.0.0.1:0:
// a profile whose polls wait for budget is named with the number waiting, the "Raise budget…" button asks
// for that profile, and the notice goes once the budget suffices.

#include "engine/scheduler.h"
#include "jobstatusbar.h"
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

class JobStatusBarTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortBudgetIsNamedAndEndsWhenRaised()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        QNetworkAccessManager nam;
        MemorySecretStore secrets;
        JobList jobs;
        ProfileList profiles;
        Scheduler scheduler(&jobs, &nam, &secrets);
        Profile p;
        p.id = u"theo"_s;
        p.name = u"Theo work"_s;
        p.dialect = u"theo"_s;
        p.baseUrl = sim.baseUrl(p.dialect);
        p.poll.intervalMs = 1000;
        p.poll.ratePerSecond = 0.5; // far less than 12 jobs polled every second need
        p.poll.burst = 1;
        p.poll.concurrency = 1;
        secrets.setKey(p.id, QString());
        QVERIFY(profiles.add(p));
        QString error;
        QVERIFY2(scheduler.addProfile(p, &error), qPrintable(error));
        JobStatusBar bar(&jobs, &scheduler, &profiles);
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
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        QNetworkAccessManager nam;
        MemorySecretStore secrets;
        JobList jobs;
        ProfileList profiles;
        Scheduler scheduler(&jobs, &nam, &secrets);
        Profile p;
        p.id = u"theo"_s;
        p.name = u"Theo work"_s;
        p.dialect = u"theo"_s;
        p.baseUrl = sim.baseUrl(p.dialect);
        p.poll.intervalMs = 1000;
        secrets.setKey(p.id, QString());
        QVERIFY(profiles.add(p));
        QString error;
        QVERIFY2(scheduler.addProfile(p, &error), qPrintable(error));
        JobStatusBar bar(&jobs, &scheduler, &profiles);

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
