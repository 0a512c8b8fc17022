// The main window (issue 5): drag-and-drop and Ctrl+V paste of mixed input (IDs of every dialect, poll URLs,
// enqueue JSON, dropped files) into watched jobs, garbage that adds nothing and says why, the header/sort/
// filter state round trip through QSettings, and the details pane following the current row.

#include "core/application.h"
#include "core/joblist.h"
#include "core/profile.h"
#include "details/detailspane.h"
#include "mainwindow.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "poll/scheduler.h"
#include "profiles/profiledialog.h"
#include "sim/simulatedprovider.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kToken = u"tok-window-0123456789"_s;
const QString kUuid = u"3f1c2a4e-8b7d-4c21-9e55-0a1b2c3d4e5f"_s;

struct Fixture {
    SimulatedProvider sim;
    Application app;
    std::unique_ptr<MainWindow> window;

    bool start()
    {
        if (!sim.listen())
            return false;
        sim.setToken(kToken);
        for (const char *d : {"theo", "vidocu", "scenes", "muvi"}) {
            Profile p;
            p.id = QString::fromLatin1(d);
            p.name = p.id.at(0).toUpper() + p.id.mid(1);
            p.dialect = p.id;
            p.baseUrl = sim.baseUrl(p.id);
            QString error;
            if (!app.addProfile(p, kToken, &error)) {
                qWarning("addProfile: %s", qPrintable(error));
                return false;
            }
        }
        window = std::make_unique<MainWindow>(&app);
        window->resize(1200, 700);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    QString simJob(const QString &dialect, const QString &id)
    {
        SimulatedProvider::JobSpec spec;
        spec.dialect = dialect;
        spec.id = id;
        spec.runMs = 60'000;
        return sim.createJob(spec);
    }

    // Every dialect in one text: bare IDs, a poll URL and a theo enqueue response, plus a line of noise.
    QString mixedText()
    {
        simJob(u"theo"_s, u"job_MixedCase12"_s);
        simJob(u"vidocu"_s, u"analysis_1732000000_abc123"_s);
        simJob(u"scenes"_s, kUuid);
        const QString muvi = simJob(u"muvi"_s, u"job_0123456789ab"_s);
        const QString enqueued = simJob(u"theo"_s, u"job_EnqueueAbc1"_s);
        const QString enqueueJson = uR"({"id":"%1","job_id":"%1","status":"queued","poll_url":"%2"})"_s
                                        .arg(enqueued, sim.pollUrl(enqueued).toString());
        return u"My jobs: job_MixedCase12, analysis_1732000000_abc123 and %1\nsee %2\n%3\nthanks!"_s
            .arg(kUuid, sim.pollUrl(muvi).toString(), enqueueJson);
    }
    static QStringList mixedKeys()
    {
        return {jobKey(u"theo"_s, u"job_MixedCase12"_s), jobKey(u"vidocu"_s, u"analysis_1732000000_abc123"_s),
                jobKey(u"scenes"_s, kUuid), jobKey(u"muvi"_s, u"job_0123456789ab"_s),
                jobKey(u"theo"_s, u"job_EnqueueAbc1"_s)};
    }

    bool drop(QMimeData *mime)
    {
        const QPoint at = window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &drop);
        return drop.isAccepted();
    }
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class MainWindowTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rejectedKeyOffersSetKeyThatOpensTheProfile()
    {
        Fixture f;
        QVERIFY(f.start());
        f.sim.setToken(u"rotated-token-000000"_s); // the saved key is now rejected: 401
        const QString id = f.simJob(u"theo"_s, u"job_Rejected123"_s);
        QString error;
        QVERIFY2(!f.app.scheduler()->watch(u"theo"_s, id, {}, &error).isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(f.app.scheduler()->isProfilePaused(u"theo"_s), 5000);
        auto *setKey = f.window->findChild<QToolButton *>(u"setKeyButton"_s);
        QVERIFY(setKey);
        QTRY_VERIFY_WITH_TIMEOUT(setKey->isVisible(), 3000);
        setKey->click();
        ProfileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f.window->findChild<ProfileDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->currentProfileId(), u"theo"_s);
        dialog->close();
    }

    void dropOfMixedTextWatchesEveryDialect()
    {
        Fixture f;
        QVERIFY(f.start());
        QMimeData mime;
        mime.setText(f.mixedText());
        QVERIFY(f.drop(&mime));
        QCOMPARE(sorted(f.app.jobs()->keys()), sorted(Fixture::mixedKeys()));
        QVERIFY2(f.window->lastNotice().contains(u"5 job"_s), qPrintable(f.window->lastNotice()));
        QCOMPARE(f.window->model()->rowCount(), 5);
        // They are really watched: the server sees a poll for each.
        for (const QString &key : Fixture::mixedKeys())
            QTRY_VERIFY_WITH_TIMEOUT(f.app.jobs()->value(key).engine.requestCount >= 1, 5000);
    }

    void dropOfFilesAndUrls()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString enqueued = f.simJob(u"theo"_s, u"job_FromFileJson"_s);
        const QString listed = f.simJob(u"vidocu"_s, u"export_1732000000_zz9"_s);
        const QString linked = f.simJob(u"muvi"_s, u"job_00aa11bb22cc"_s);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile json(dir.filePath(u"enqueue.json"_s));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(uR"({"id":"%1","job_id":"%1","status":"queued","poll_url":"%2"})"_s
                       .arg(enqueued, f.sim.pollUrl(enqueued).toString()).toUtf8());
        json.close();
        QFile txt(dir.filePath(u"ids.txt"_s));
        QVERIFY(txt.open(QIODevice::WriteOnly));
        txt.write(listed.toUtf8() + "\n");
        txt.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(json.fileName()), QUrl::fromLocalFile(txt.fileName()), f.sim.pollUrl(linked)});
        QVERIFY(f.drop(&mime));
        QCOMPARE(sorted(f.app.jobs()->keys()),
                 sorted({jobKey(u"theo"_s, enqueued), jobKey(u"vidocu"_s, listed), jobKey(u"muvi"_s, linked)}));
    }

    void ctrlVPastesMixedInputAndIgnoresDuplicates()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        f.window->view()->setFocus();
        QApplication::clipboard()->setText(f.mixedText());
        QTest::keyClick(f.window->view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(sorted(f.app.jobs()->keys()), sorted(Fixture::mixedKeys()));
        // The same again: nothing new, and the notice says they were duplicates.
        QTest::keyClick(f.window->view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(f.app.jobs()->size(), 5);
        QVERIFY2(f.window->lastNotice().contains(u"duplicate"_s), qPrintable(f.window->lastNotice()));
    }

    void garbageAddsNothingWithASpecificMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // part of the notice
        QTest::newRow("prose") << u"hello there, nothing to see here"_s << u"Nothing recognised"_s;
        QTest::newRow("empty") << u"   \n  "_s << u"Nothing"_s;
        QTest::newRow("non-job URL") << u"https://example.com/pricing"_s << u"Nothing recognised"_s;
    }
    void garbageAddsNothingWithASpecificMessage()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Fixture f;
        QVERIFY(f.start());
        QMimeData mime;
        mime.setText(text);
        f.drop(&mime);
        QCOMPARE(f.app.jobs()->size(), 0);
        QVERIFY2(f.window->lastNotice().contains(expected), qPrintable(f.window->lastNotice()));
        QVERIFY(!f.window->lastNotice().contains(u'\n'));
    }

    void headerStateRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"jobwatch.ini"_s), QSettings::IniFormat);
        Fixture f;
        QVERIFY(f.start());
        QHeaderView *header = f.window->view()->horizontalHeader();
        header->setSectionHidden(JobTableModel::Result, true);
        header->moveSection(header->visualIndex(JobTableModel::Polls), 1);
        header->resizeSection(JobTableModel::Status, 211);
        f.window->view()->sortByColumn(JobTableModel::Polls, Qt::DescendingOrder);
        f.window->filterButton(int(JobFilterProxy::StatusFilter::Failed))->click();
        f.window->saveSettings(settings);
        settings.sync();

        Fixture g;
        QVERIFY(g.start());
        QHeaderView *restored = g.window->view()->horizontalHeader();
        QVERIFY(!restored->isSectionHidden(JobTableModel::Result));
        g.window->restoreSettings(settings);
        QVERIFY(restored->isSectionHidden(JobTableModel::Result));
        QCOMPARE(restored->visualIndex(JobTableModel::Polls), 1);
        QCOMPARE(restored->sectionSize(JobTableModel::Status), 211);
        QCOMPARE(restored->sortIndicatorSection(), int(JobTableModel::Polls));
        QCOMPARE(restored->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(g.window->proxy()->sortColumn(), int(JobTableModel::Polls));
        QCOMPARE(g.window->proxy()->statusFilter(), JobFilterProxy::StatusFilter::Failed);
        QVERIFY(g.window->filterButton(int(JobFilterProxy::StatusFilter::Failed))->isChecked());
    }

    void narrowLayoutIsNotSavedAsTheUsersColumns()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"jobwatch.ini"_s), QSettings::IniFormat);
        Fixture f;
        QVERIFY(f.start());
        f.window->resize(800, 700);
        QTRY_VERIFY(f.window->view()->isColumnHidden(JobTableModel::Eta)); // steps aside when narrow
        f.window->saveSettings(settings);
        settings.sync();
        Fixture g;
        QVERIFY(g.start());
        g.window->restoreSettings(settings); // restored at 800 px: hidden again, but only for now
        g.window->resize(1200, 700);
        QTRY_VERIFY(!g.window->view()->isColumnHidden(JobTableModel::Eta));
        QVERIFY(!g.window->view()->isColumnHidden(JobTableModel::LastUpdate));
    }

    void detailsPaneFollowsTheSelection()
    {
        Fixture f;
        QVERIFY(f.start());
        QStringList keys;
        for (const QString &id : {u"job_Alpha1x"_s, u"job_Bravo2x"_s, u"job_Charl3x"_s})
            keys << f.app.scheduler()->watch(u"theo"_s, f.simJob(u"theo"_s, id));
        QTableView *view = f.window->view();
        view->sortByColumn(JobTableModel::Job, Qt::DescendingOrder); // Charlie, Bravo, Alpha
        QTRY_VERIFY(f.window->details()->jobKey() == keys.at(0) || !f.window->details()->jobKey().isEmpty());

        const auto clickRow = [&](int row) {
            const QRect cell = view->visualRect(f.window->proxy()->index(row, JobTableModel::Job));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        };
        clickRow(0);
        QCOMPARE(f.window->details()->jobKey(), keys.at(2));
        clickRow(2);
        QCOMPARE(f.window->details()->jobKey(), keys.at(0));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(f.window->details()->jobKey(), keys.at(1));
        // Removing the shown job moves the pane to another row instead of leaving it stale.
        f.window->applyAction(RowAction::Remove, {keys.at(1)});
        QTRY_VERIFY(!f.window->details()->jobKey().isEmpty());
        QVERIFY(f.window->details()->jobKey() != keys.at(1));
        QVERIFY(f.app.jobs()->contains(f.window->details()->jobKey()));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
