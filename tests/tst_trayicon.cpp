// The tray icon over a real Application and MainWindow (offscreen: no system tray, so tests pretend there is
// one with setTrayAvailable): its tooltip and badge follow the job counts in the filter buttons' words; a
// batch from the FinishBatcher becomes one notification, and clicking it shows the window with those jobs
// selected, lifting a filter that hid them; notifications and the icon can be turned off; closing the window
// with jobs still active asks once and remembers the answer. The filter buttons and the status bar say the same
// words and counts, cancelled jobs included, also under a profile filter.

#include "application/application.h"
#include "application/jobendings.h"
#include "mainwindow.h"
#include "model/joblist.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "models/jobtally.h"
#include "jobstatusbar.h"
#include "trayicon.h"
#include "engine/scheduler.h"
#include "model/profile.h"
#include "sim/simulatedprovider.h"

#include "plurals.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
JobRecord job(const QString &profile, const QString &id, JobState state)
{
    JobRecord r;
    r.profileId = profile;
    r.jobId = id;
    r.hasSnapshot = true;
    r.snapshot.id = id;
    r.snapshot.state = state;
    r.engine.local = LocalState::Done;
    return r;
}

// Two profiles on the simulated provider: p1 polls two long jobs (active) and has a completed one; p2 has a failed,
// a cancelled and a stopped job. Ended jobs go straight into the list, as the history restores them.
struct Rig {
    SimulatedProvider sim;
    Application app;
    MainWindow window{&app};
    TrayIcon *tray = window.tray();
    QStringList active;

    Rig()
    {
        [this] { QVERIFY(sim.listen()); }();
        for (const QString &id : {u"p1"_s, u"p2"_s}) {
            Profile p;
            p.id = id;
            p.name = id;
            p.dialect = u"theo"_s;
            p.baseUrl = sim.baseUrl(p.dialect);
            QString error;
            [&] { QVERIFY2(app.addProfile(p, u"sk-tray-test"_s, &error), qPrintable(error)); }();
        }
        SimulatedProvider::JobSpec spec;
        spec.queueMs = 0;
        spec.runMs = 600000;
        for (const QString &profile : {u"p1"_s, u"p1"_s, u"p2"_s})
            active << app.scheduler()->watch(profile, sim.createJob(spec));
        app.scheduler()->stop(active.takeLast());
        app.jobs()->add(job(u"p1"_s, u"done_1"_s, JobState::Completed));
        app.jobs()->add(job(u"p2"_s, u"fail_1"_s, JobState::Failed));
        app.jobs()->add(job(u"p2"_s, u"cancel_1"_s, JobState::Cancelled));
        app.jobs()->flush();
        tray->setTrayAvailable(true);
    }
    QStringList selected() const
    {
        QStringList keys = window.selectedKeys();
        keys.sort();
        return keys;
    }
};
} // namespace

class tst_TrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tooltipAndBadgeFollowTheCounts();
    void menuHasShowStopAllQuit();
    void batchBecomesOneNotificationAndClickSelectsItsJobs();
    void notificationsCanBeTurnedOff();
    void closingWithActiveJobsAsksOnceAndRemembers();
    void closingWithoutActiveJobsJustCloses();
    void withoutATrayClosingCloses();
    void filterButtonsAndStatusBarSayTheSame();
};

void tst_TrayIcon::tooltipAndBadgeFollowTheCounts()
{
    Rig rig;
    QTRY_COMPARE(rig.tray->toolTipText(), u"Jobwatch: Active 2 · Completed 1 · Failed 2 · Stopped 1"_s);
    QCOMPARE(rig.tray->badgeCount(), 2);
    rig.app.scheduler()->stop(rig.active.constFirst());
    QTRY_COMPARE(rig.tray->toolTipText(), u"Jobwatch: Active 1 · Completed 1 · Failed 2 · Stopped 2"_s);
    QTRY_COMPARE(rig.tray->icon()->toolTip(), rig.tray->toolTipText());
    QCOMPARE(rig.tray->badgeCount(), 1);
    QVERIFY(!rig.tray->icon()->icon().isNull());
}

void tst_TrayIcon::menuHasShowStopAllQuit()
{
    Rig rig;
    QStringList texts;
    for (QAction *a : rig.tray->menu()->actions()) {
        if (!a->isSeparator())
            texts << a->text().remove(u'&');
    }
    QCOMPARE(texts, (QStringList{u"Show Jobwatch"_s, u"Stop all"_s, u"Quit"_s}));
    rig.tray->menu()->actions().at(1)->trigger(); // Stop all
    for (const QString &key : rig.app.jobs()->keys())
        QVERIFY2(rig.app.jobs()->value(key).engine.local != LocalState::Watching, qPrintable(key));
    QTRY_COMPARE(rig.tray->badgeCount(), 0);
}

void tst_TrayIcon::batchBecomesOneNotificationAndClickSelectsItsJobs()
{
    Rig rig;
    rig.window.show();
    QSignalSpy notified(rig.tray, &TrayIcon::notified);
    rig.window.setStatusFilter(int(JobFilterProxy::StatusFilter::Active)); // hides the batch's jobs
    FinishBatch batch;
    batch.completed = {jobKey(u"p1"_s, u"done_1"_s)};
    batch.failed = {jobKey(u"p2"_s, u"fail_1"_s), jobKey(u"p2"_s, u"cancel_1"_s)};
    Q_EMIT rig.app.endings()->batcher()->batchReady(batch); // as the batcher announces it
    QCOMPARE(notified.count(), 1);
    QVERIFY2(says(rig.tray->lastTitle(), u"1 job(s) finished, 2 failed"_s), qPrintable(rig.tray->lastTitle()));
    QCOMPARE(rig.tray->lastBody().count(u'\n'), 2);
    QVERIFY(rig.tray->lastBody().contains(u"p2: fail_1 failed"_s));

    rig.window.hide();
    Q_EMIT rig.tray->icon()->messageClicked();
    QVERIFY(rig.window.isVisible());
    QCOMPARE(rig.window.proxy()->statusFilter(), JobFilterProxy::StatusFilter::All);
    QStringList expected = batch.keys();
    expected.sort();
    QCOMPARE(rig.selected(), expected);
}

void tst_TrayIcon::notificationsCanBeTurnedOff()
{
    Rig rig;
    QSignalSpy notified(rig.tray, &TrayIcon::notified);
    rig.app.endings()->setNotifications(false);
    FinishBatch batch;
    batch.completed = {jobKey(u"p1"_s, u"done_1"_s)};
    rig.tray->announce(batch);
    QCOMPARE(notified.count(), 0);
    rig.app.endings()->setNotifications(true);
    rig.tray->announce(batch);
    QCOMPARE(notified.count(), 1);
    QCOMPARE(rig.tray->lastTitle(), u"Job finished"_s);

    QVERIFY(rig.tray->isShown());
    rig.app.endings()->setTrayIcon(false);
    QVERIFY(!rig.tray->isShown());
}

void tst_TrayIcon::closingWithActiveJobsAsksOnceAndRemembers()
{
    Rig rig;
    rig.window.show();
    QCOMPARE(rig.app.endings()->closeAction(), JobEndings::CloseAction::Ask);
    rig.window.close();
    QVERIFY(rig.window.isVisible()); // not closed: asked first
    QMessageBox *question = rig.tray->closeQuestion();
    QVERIFY(question);
    QVERIFY2(says(question->text(), u"2 job(s) still being watched"_s), qPrintable(question->text()));
    // Cancel: nothing remembered, the window stays.
    question->button(QMessageBox::Cancel)->click();
    QVERIFY(rig.window.isVisible());
    QCOMPARE(rig.app.endings()->closeAction(), JobEndings::CloseAction::Ask);
    QTRY_VERIFY(!rig.tray->closeQuestion());

    rig.window.close();
    QTRY_VERIFY(rig.tray->closeQuestion());
    rig.tray->closeQuestion()->findChild<QPushButton *>(u"keepInTray"_s)->click();
    QVERIFY(rig.window.isHidden());
    QCOMPARE(rig.app.endings()->closeAction(), JobEndings::CloseAction::KeepInTray);

    // Remembered: the next close goes to the tray without asking.
    rig.tray->showWindow();
    QVERIFY(rig.window.isVisible());
    rig.window.close();
    QVERIFY(rig.window.isHidden());
    QTRY_VERIFY(!rig.tray->closeQuestion());
    rig.tray->showWindow();

    // "Quit" remembered too (Settings changes it back).
    rig.app.endings()->setCloseAction(JobEndings::CloseAction::Ask);
    rig.window.close();
    QTRY_VERIFY(rig.tray->closeQuestion());
    rig.tray->closeQuestion()->findChild<QPushButton *>(u"quitNow"_s)->click();
    QCOMPARE(rig.app.endings()->closeAction(), JobEndings::CloseAction::Quit);
    QTRY_VERIFY(rig.window.isHidden());
}

void tst_TrayIcon::closingWithoutActiveJobsJustCloses()
{
    Rig rig;
    rig.window.show();
    rig.window.stopAll();
    QTRY_COMPARE(rig.tray->badgeCount(), 0);
    rig.window.close();
    QVERIFY(rig.window.isHidden());
    QVERIFY(!rig.tray->closeQuestion());
}

void tst_TrayIcon::withoutATrayClosingCloses()
{
    Rig rig;
    rig.tray->setTrayAvailable(false);
    rig.window.show();
    rig.window.close();
    QVERIFY(rig.window.isHidden());
    QVERIFY(!rig.tray->closeQuestion());
}

void tst_TrayIcon::filterButtonsAndStatusBarSayTheSame()
{
    Rig rig;
    const auto chips = [&rig] {
        QStringList parts;
        for (int f = 1; f < JobFilterProxy::kFilterCount; ++f) // "Failed (2)" -> "Failed 2"
            parts << rig.window.filterButton(f)->text().replace(u" ("_s, u" "_s).remove(u')');
        return parts.join(u" · "_s);
    };
    QTRY_COMPARE(chips(), u"Active 2 · Completed 1 · Failed 2 · Stopped 1"_s);
    QCOMPARE(rig.window.jobStatusBar()->countsText(), chips()); // cancelled counts as failed in both
    QVERIFY(rig.window.filterButton(int(JobFilterProxy::StatusFilter::Failed))->toolTip().contains(u"cancelled"_s));

    rig.window.profileFilter()->setCurrentIndex(rig.window.profileFilter()->findData(u"p2"_s));
    QTRY_COMPARE(chips(), u"Active 0 · Completed 0 · Failed 2 · Stopped 1"_s);
    QTRY_VERIFY2(rig.window.jobStatusBar()->countsText().startsWith(chips() + u" (showing 3 of 6 "_s),
                 qPrintable(rig.window.jobStatusBar()->countsText()));
}

QTEST_MAIN(tst_TrayIcon)
#include "tst_trayicon.moc"
