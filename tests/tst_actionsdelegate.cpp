// The painted row actions: QTest::mouseClick on the visual rect of Stop / Resume / Remove, also
// behind a sorted proxy, and "Stop from the UI" checked on the real SimulatedProvider: the row shows
// "Stopped" at once and the server sees no further request for that job while a witness job keeps polling.

#include "application/application.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "delegates/actionsdelegate.h"
#include "mainwindow.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "engine/scheduler.h"
#include "sim/simulatedprovider.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kToken = u"tok-actions-0123456789"_s;

int requestsFor(const SimulatedProvider &sim, const QString &jobId)
{
    int n = 0;
    const auto all = sim.requests();
    for (const auto &r : all)
        n += r.jobId == jobId ? 1 : 0;
    return n;
}

struct Fixture {
    SimulatedProvider sim;
    Application app;
    std::unique_ptr<MainWindow> window;
    QStringList ids;  // job ids in insertion order
    QStringList keys;

    bool start(int jobs, qint64 runMs)
    {
        if (!sim.listen())
            return false;
        sim.setToken(kToken);
        Profile p;
        p.id = u"theo"_s;
        p.name = u"Theo"_s;
        p.dialect = u"theo"_s;
        p.baseUrl = sim.baseUrl(u"theo"_s);
        p.poll.intervalMs = 1000;
        p.poll.adaptive = false;
        QString error;
        if (!app.addProfile(p, kToken, &error)) {
            qWarning("addProfile: %s", qPrintable(error));
            return false;
        }
        for (int i = 0; i < jobs; ++i) {
            SimulatedProvider::JobSpec spec;
            spec.dialect = u"theo"_s;
            spec.id = u"job_row%1x"_s.arg(QChar(u'a' + i)); // job_rowax, job_rowbx, ...
            spec.queueMs = 0;
            spec.runMs = runMs;
            ids << sim.createJob(spec);
            keys << app.scheduler()->watch(p.id, ids.last());
        }
        window = std::make_unique<MainWindow>(&app);
        window->resize(1200, 600);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    QModelIndex actionsIndexOf(const QString &key) const
    {
        const int row = window->model()->rowOf(key);
        const QModelIndex source = window->model()->index(row, JobTableModel::Actions);
        return window->proxy()->mapFromSource(source);
    }

    // Clicks the button `action` of the row of `key`, where the view shows it.
    bool click(const QString &key, RowAction action) const
    {
        QTableView *view = window->view();
        const QModelIndex index = actionsIndexOf(key);
        view->scrollTo(index);
        const QRect cell = view->visualRect(index);
        const QRect button = ActionsDelegate::buttonRect(cell, index.data(JobTableModel::ActionsRole).toInt(), action);
        if (!button.isValid())
            return false;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, button.center());
        return true;
    }
    QString status(const QString &key) const
    {
        return window->model()->index(window->model()->rowOf(key), JobTableModel::Status).data().toString();
    }
};
} // namespace

class ActionsDelegateTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buttonsFollowTheAvailableActions()
    {
        const int running = int(RowAction::Stop) | int(RowAction::Remove);
        const QRect cell(100, 40, ActionsDelegate::preferredWidth(), 30);
        QVERIFY(ActionsDelegate::buttonRect(cell, running, RowAction::Stop).isValid());
        QVERIFY(!ActionsDelegate::buttonRect(cell, running, RowAction::Resume).isValid());
        const QRect stop = ActionsDelegate::buttonRect(cell, running, RowAction::Stop);
        const QRect remove = ActionsDelegate::buttonRect(cell, running, RowAction::Remove);
        QVERIFY(cell.contains(stop));
        QVERIFY(cell.contains(remove));
        QVERIFY(!stop.intersects(remove));
        const int all = running | int(RowAction::Resume) | int(RowAction::Retry);
        QCOMPARE(ActionsDelegate::buttons(all).size(), 4);
    }

    void stopClickSendsNoFurtherRequest_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("order");
        QTest::newRow("insertion order") << -1 << int(Qt::AscendingOrder);
        QTest::newRow("sorted by job, descending") << int(JobTableModel::Job) << int(Qt::DescendingOrder);
    }
    void stopClickSendsNoFurtherRequest()
    {
        QFETCH(int, sortColumn);
        QFETCH(int, order);
        Fixture f;
        QVERIFY(f.start(4, 60'000));
        f.window->view()->sortByColumn(sortColumn, Qt::SortOrder(order));
        const QString target = f.keys.at(1);
        const QString witness = f.keys.at(3);
        QTRY_VERIFY(requestsFor(f.sim, f.ids.at(1)) >= 1);
        if (sortColumn >= 0)
            QCOMPARE(f.actionsIndexOf(target).row(), 2); // rowdx, rowcx, rowbx, rowax

        QVERIFY(f.click(target, RowAction::Stop));
        QCOMPARE(f.status(target), u"Stopped"_s); // at once, not on the next poll
        QCOMPARE(f.app.jobs()->value(target).engine.local, LocalState::Stopped);
        for (const QString &other : {f.keys.at(0), f.keys.at(2), witness})
            QCOMPARE(f.app.jobs()->value(other).engine.local, LocalState::Watching);

        const int seen = requestsFor(f.sim, f.ids.at(1));
        const int witnessSeen = requestsFor(f.sim, f.ids.at(3));
        QTRY_VERIFY_WITH_TIMEOUT(requestsFor(f.sim, f.ids.at(3)) >= witnessSeen + 2, 10000);
        QCOMPARE(requestsFor(f.sim, f.ids.at(1)), seen);
    }

    void resumeClickPollsAgain()
    {
        Fixture f;
        QVERIFY(f.start(2, 60'000));
        f.window->view()->sortByColumn(JobTableModel::Job, Qt::DescendingOrder);
        const QString target = f.keys.at(0);
        QTRY_VERIFY(requestsFor(f.sim, f.ids.at(0)) >= 1);
        QVERIFY(f.click(target, RowAction::Stop));
        QVERIFY(!f.click(target, RowAction::Stop)); // a stopped row has no Stop button
        const int seen = requestsFor(f.sim, f.ids.at(0));
        QVERIFY(f.click(target, RowAction::Resume));
        QCOMPARE(f.app.jobs()->value(target).engine.local, LocalState::Watching);
        QTRY_VERIFY_WITH_TIMEOUT(requestsFor(f.sim, f.ids.at(0)) > seen, 5000);
        QCOMPARE(f.status(target), u"Running"_s);
    }

    void removeClickBehindSortedProxyRemovesThatRow()
    {
        Fixture f;
        QVERIFY(f.start(4, 60'000));
        f.window->view()->sortByColumn(JobTableModel::Job, Qt::DescendingOrder);
        const QString target = f.keys.at(2); // job_rowcx: proxy row 1, source row 2
        QCOMPARE(f.actionsIndexOf(target).row(), 1);
        QVERIFY(f.click(target, RowAction::Remove));
        QVERIFY(!f.app.jobs()->contains(target));
        QCOMPARE(f.app.jobs()->size(), 3);
        for (const QString &other : {f.keys.at(0), f.keys.at(1), f.keys.at(3)})
            QVERIFY(f.app.jobs()->contains(other));
        QCOMPARE(f.window->proxy()->rowCount(), 3);
    }

    void clickOutsideButtonsSelectsTheRowOnly()
    {
        Fixture f;
        QVERIFY(f.start(2, 60'000));
        QSignalSpy triggered(f.window->actionsDelegate(), &ActionsDelegate::actionTriggered);
        const QModelIndex index = f.actionsIndexOf(f.keys.at(0));
        const QRect cell = f.window->view()->visualRect(index);
        QTest::mouseClick(f.window->view()->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(cell.right() - 2, cell.center().y()));
        QCOMPARE(triggered.count(), 0);
        QCOMPARE(f.window->selectedKeys(), QStringList{f.keys.at(0)});
        QCOMPARE(f.app.jobs()->value(f.keys.at(0)).engine.local, LocalState::Watching);
    }

    void shortcutsActOnTheSelection()
    {
        Fixture f;
        QVERIFY(f.start(3, 60'000));
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QTableView *view = f.window->view();
        view->setFocus();
        view->selectionModel()->select(f.window->proxy()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(f.window->proxy()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_Period, Qt::ControlModifier);
        QCOMPARE(f.app.jobs()->value(f.keys.at(0)).engine.local, LocalState::Stopped);
        QCOMPARE(f.app.jobs()->value(f.keys.at(1)).engine.local, LocalState::Watching);
        QCOMPARE(f.app.jobs()->value(f.keys.at(2)).engine.local, LocalState::Stopped);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(f.app.jobs()->keys(), QStringList{f.keys.at(1)});
    }
};

QTEST_MAIN(ActionsDelegateTest)
#include "tst_actionsdelegate.moc"
