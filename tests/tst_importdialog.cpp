// "Import running jobs…" offscreen against the SimulatedProvider over loopback HTTP: only profiles whose API
// can list are offered; the first page loads on open, pages follow by themselves to the age filter's cut-off, and
// "Load more" follows the provider's cursor to the end;
// the state and age filters hide rows; jobs already watched cannot be picked; "Watch N jobs" watches the ticked
// ones under the profile; the list's requests count in the scheduler's budget; a 404 and malformed JSON show
// one clear line. With JOBWATCH_IMPORT_SCREENSHOT=en|de, showForScreenshot() keeps a paginated list on screen
// (for /work/shared/tools/screenshot.sh); otherwise it is skipped.

#include "application/application.h"
#include "application/translations.h"
#include "dialogs/importdialog.h"
#include "mainwindow.h"
#include "engine/scheduler.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "model/profilelist.h"
#include "sim/simulatedprovider.h"

#include <QComboBox>
#include <QDateTime>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "plurals.h"

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
// A request to one of the account lists (not a poll, a balance or a control request).
bool isListPath(const QString &path)
{
    return path.endsWith(u"/v1/predictions"_s) || path.endsWith(u"/v1/videos"_s) || path.endsWith(u"/v1/generations"_s);
}
const QString kKey = u"r8_import-dialog-key-0042"_s;
} // namespace

class tst_ImportDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<Application> m_app;

    // Jobs of `dialect`, newest first.
    QStringList jobs(const QString &dialect, int count, qint64 runMs = 600000)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            SimulatedProvider::JobSpec s;
            s.dialect = dialect;
            s.queueMs = 0;
            s.runMs = runMs;
            ids.prepend(m_sim->createJob(s));
        }
        return ids;
    }

    static QStringList shownIds(const ImportDialog &dialog)
    {
        QStringList ids;
        for (int i = 0; i < dialog.listView()->topLevelItemCount(); ++i)
            if (!dialog.listView()->topLevelItem(i)->isHidden())
                ids.append(dialog.listView()->topLevelItem(i)->text(ImportDialog::IdColumn));
        return ids;
    }

    qsizetype listRequestCount() const
    {
        qsizetype n = 0;
        for (const auto &r : m_sim->requests())
            n += isListPath(r.path) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<SimulatedProvider>();
        QVERIFY2(m_sim->listen(0), qPrintable(m_sim->errorString()));
        m_sim->setToken(kKey);
        m_app = std::make_unique<Application>();
        for (const QString &dialect : {u"replicate"_s, u"luma"_s, u"theo"_s}) {
            Profile p;
            p.id = dialect;
            p.name = dialect.at(0).toUpper() + dialect.mid(1) + u" account"_s;
            p.dialect = dialect;
            p.baseUrl = m_sim->baseUrl(dialect);
            p.poll.intervalMs = 1000;
            QString error;
            QVERIFY2(m_app->addProfile(p, kKey, &error), qPrintable(error));
        }
    }
    void cleanup()
    {
        m_app.reset();
        m_sim.reset();
    }

    void pagesFiltersAndWatches()
    {
        m_sim->setListPageSize(3);
        QStringList ids = jobs(u"replicate"_s, 7);
        QVERIFY(m_sim->finishJob(ids.at(1)));
        const QString watched = ids.at(2);
        QVERIFY(!m_app->scheduler()->watch(u"replicate"_s, watched).isEmpty());

        ImportDialog dialog(m_app.get());
        QComboBox *profiles = dialog.findChild<QComboBox *>();
        QVERIFY(profiles);
        QCOMPARE(profiles->count(), 2); // Replicate and Luma; Theo's API has no list
        QCOMPARE(profiles->findData(u"theo"_s), -1);
        dialog.setProfileId(u"replicate"_s);
        dialog.setStateFilter(ImportDialog::StateFilter::All);
        dialog.setMaxAgeHours(0); // any age: a page at a time (autoPagesToTheAgeCutOff pages on by itself)
        dialog.show();
        QTRY_COMPARE(dialog.listView()->topLevelItemCount(), 3);
        QTRY_VERIFY(dialog.loadMoreButton()->isEnabled());
        QVERIFY2(says(dialog.messageText(), u"3 job(s) read · 3 shown · 1 page(s) · the account has more"_s), qPrintable(dialog.messageText()));
        QTest::mouseClick(dialog.loadMoreButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.listView()->topLevelItemCount(), 6);
        QTRY_VERIFY(dialog.loadMoreButton()->isEnabled());
        QTest::mouseClick(dialog.loadMoreButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.listView()->topLevelItemCount(), 7);
        QTRY_VERIFY(!dialog.isLoading());
        QVERIFY(!dialog.loadMoreButton()->isEnabled());
        QCOMPARE(dialog.pagesRead(), 3);
        QCOMPARE(shownIds(dialog), ids);
        QCOMPARE(listRequestCount(), 3);
        QVERIFY(m_app->scheduler()->budget(u"replicate"_s).sent >= 3); // the list spends the profile's budget

        // The state filter: the completed one goes; the watched one stays but cannot be picked.
        dialog.setStateFilter(ImportDialog::StateFilter::Active);
        QStringList active = ids;
        active.removeAt(1);
        QCOMPARE(shownIds(dialog), active);
        const QTreeWidgetItem *watchedRow = dialog.listView()->findItems(watched, Qt::MatchExactly).value(0);
        QVERIFY(watchedRow);
        QVERIFY(!(watchedRow->flags() & Qt::ItemIsEnabled));
        QCOMPARE(watchedRow->text(ImportDialog::NoteColumn), u"already watched"_s);
        active.removeOne(watched);
        QCOMPARE(dialog.checkedIds(), active); // running jobs start ticked
        dialog.setStateFilter(ImportDialog::StateFilter::Completed);
        QCOMPARE(shownIds(dialog), QStringList{ids.at(1)});
        QVERIFY(dialog.checkedIds().isEmpty());

        // The age filter: the simulated jobs are seconds old, so "Last hour" keeps them all.
        dialog.setStateFilter(ImportDialog::StateFilter::Active);
        dialog.setMaxAgeHours(1);
        QCOMPARE(shownIds(dialog).size(), 6);

        dialog.setChecked(ids.at(0), false);
        active.removeOne(ids.at(0));
        QDialogButtonBox *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *watch = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(watch->isEnabled());
        QVERIFY2(says(watch->text(), u"&Watch 4 job(s)"_s), qPrintable(watch->text()));
        QSignalSpy added(&dialog, &ImportDialog::jobsAdded);
        dialog.accept();
        QCOMPARE(added.size(), 1);
        QCOMPARE(dialog.lastResult().added.size(), active.size());
        for (const QString &id : active)
            QVERIFY2(m_app->jobs()->contains(u"replicate/"_s + id), qPrintable(id));
        QVERIFY(!m_app->jobs()->contains(u"replicate/"_s + ids.at(0)));
        QVERIFY(!m_app->jobs()->contains(u"replicate/"_s + ids.at(1)));
        QTRY_VERIFY(m_sim->requestCount(active.constFirst()) >= 1); // and they are polled
    }

    // With an age filter, pages follow by themselves while every job read is younger than the cut-off, and stop at
    // the first page that reaches past it; a longer age filter reads on.
    void autoPagesToTheAgeCutOff()
    {
        m_sim->setListPageSize(3);
        const qint64 threeHoursAgo = QDateTime::currentMSecsSinceEpoch() - 3 * 3600 * 1000;
        m_sim->setClock([threeHoursAgo] { return threeHoursAgo; });
        const QStringList old = jobs(u"replicate"_s, 4);
        m_sim->setClock({});
        const QStringList recent = jobs(u"replicate"_s, 5);
        ImportDialog dialog(m_app.get());
        dialog.setProfileId(u"replicate"_s);
        dialog.setStateFilter(ImportDialog::StateFilter::All);
        dialog.setMaxAgeHours(1);
        dialog.show();
        // Page 1: three recent jobs; page 2: two recent and one old, so it stops there.
        QTRY_COMPARE(dialog.pagesRead(), 2);
        QTRY_VERIFY(!dialog.isLoading());
        QCOMPARE(dialog.listView()->topLevelItemCount(), 6);
        QCOMPARE(shownIds(dialog), recent);
        QVERIFY(dialog.loadMoreButton()->isEnabled()); // the account has more, older jobs
        QCOMPARE(listRequestCount(), 2);
        dialog.setMaxAgeHours(24); // they are 3 hours old: read on to the end
        QTRY_COMPARE(dialog.pagesRead(), 3);
        QTRY_VERIFY(!dialog.isLoading());
        QCOMPARE(shownIds(dialog), recent + old);
        QVERIFY(!dialog.loadMoreButton()->isEnabled());
        QCOMPARE(listRequestCount(), 3);
    }

    void badAnswersShowOneLine_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("404") << u"404"_s << u"The list could not be read: HTTP 404: there is no job list at http://127.0.0.1"_s;
        QTest::newRow("malformed JSON") << u"json"_s << u"The list could not be read: the list answer is not valid JSON"_s;
    }
    void badAnswersShowOneLine()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        jobs(u"luma"_s, 2);
        if (what == u"404"_s) {
            Profile p = *m_app->profiles()->find(u"luma"_s);
            p.id = u"luma-wrong"_s;
            p.name = u"Luma wrong base"_s;
            p.baseUrl = m_sim->baseUrl(u"theo"_s);
            QVERIFY(m_app->addProfile(p, kKey));
        } else {
            m_sim->queueListFaults({SimulatedProvider::Fault::InvalidJson});
        }
        ImportDialog dialog(m_app.get());
        dialog.setProfileId(what == u"404"_s ? u"luma-wrong"_s : u"luma"_s);
        dialog.show();
        QTRY_VERIFY2(dialog.messageText().startsWith(message), qPrintable(dialog.messageText()));
        QCOMPARE(dialog.listView()->topLevelItemCount(), 0);
        QVERIFY(!dialog.loadMoreButton()->isEnabled());
        QVERIFY(!dialog.messageText().contains(kKey));
    }

    void noProfileCanList()
    {
        QVERIFY(m_app->profiles()->remove(u"replicate"_s));
        QVERIFY(m_app->profiles()->remove(u"luma"_s));
        ImportDialog dialog(m_app.get());
        dialog.show();
        QVERIFY2(dialog.messageText().startsWith(u"No profile can list its jobs."_s), qPrintable(dialog.messageText()));
        QVERIFY(!dialog.loadMoreButton()->isEnabled());
        QCOMPARE(listRequestCount(), 0);
    }

    void theWindowOpensItOnAProfile()
    {
        jobs(u"luma"_s, 2);
        MainWindow window(m_app.get());
        auto *dialog = qobject_cast<ImportDialog *>(window.openImportDialog(u"luma"_s));
        QVERIFY(dialog);
        QCOMPARE(dialog->profileId(), u"luma"_s);
        QTRY_COMPARE(dialog->listView()->topLevelItemCount(), 2);
        dialog->close();
    }

    void showForScreenshot()
    {
        const QString lang = qEnvironmentVariable("JOBWATCH_IMPORT_SCREENSHOT");
        if (lang.isEmpty())
            QSKIP("set JOBWATCH_IMPORT_SCREENSHOT=en|de to show the dialog for a screenshot");
        installTranslators(QCoreApplication::instance(), QLocale(lang));
        m_sim->setListPageSize(8);
        jobs(u"replicate"_s, 3, 5000);
        const QStringList ids = jobs(u"replicate"_s, 14);
        for (int i = 0; i < 14; i += 4)
            QVERIFY(m_sim->finishJob(ids.at(i)));
        QVERIFY(!m_app->scheduler()->watch(u"replicate"_s, ids.at(2)).isEmpty());
        ImportDialog dialog(m_app.get());
        dialog.setProfileId(u"replicate"_s);
        dialog.setStateFilter(ImportDialog::StateFilter::All);
        dialog.setMaxAgeHours(0);
        dialog.show();
        QTRY_VERIFY(dialog.loadMoreButton()->isEnabled());
        QTest::mouseClick(dialog.loadMoreButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.pagesRead(), 2);
        QTest::qWait(60000); // screenshot.sh captures the screen meanwhile and ends the process
    }
};

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
