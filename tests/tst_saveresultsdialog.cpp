// "Save all results…" from the main window: the More menu holds it and Settings…; it saves the jobs the
// table shows (the context menu's "Save results…" the selected ones); the folder picker never blocks; the
// dialog shows progress, each failure with its reason, and a summary; nothing to save says so. Real media
// from the SimulatedProvider on 127.0.0.1:0 through a whole Application.

#include "artifacts/bulksaver.h"
#include "application/application.h"
#include "model/joblist.h"
#include "dialogs/saveresultsdialog.h"
#include "dialogs/settingsdialog.h"
#include "mainwindow.h"
#include "models/jobfilterproxy.h"
#include "resultactions.h"
#include "simappfixture.h"

#include <QAction>
#include <QDirIterator>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-live-saveall-0123456789"_s;

int filesUnder(const QString &dir)
{
    int count = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}
} // namespace

class TestSaveResultsDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString watch(const QString &dialect, const QString &type, SimulatedProvider::ArtifactFault fault = {}, qint64 runMs = 100)
    {
        SimulatedProvider::JobSpec spec;
        spec.dialect = dialect;
        spec.type = type;
        spec.queueMs = 0;
        spec.runMs = runMs;
        spec.artifactFault = fault;
        return simapp::watchNewJob(*m_app, *m_sim, spec);
    }
    bool waitCompleted(const QString &key)
    {
        return QTest::qWaitFor([&] { return m_app->jobs()->value(key).engine.local == LocalState::Done; }, 15000);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString error = simapp::start(m_sim, m_app, kKey, {u"theo"_s, u"muvi"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_app.get());
        m_window->show();
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        m_window.reset();
        m_app.reset();
        m_sim.reset();
        m_dir.reset();
    }

    void theMoreMenuHoldsSaveAllAndSettings()
    {
        auto *button = m_window->findChild<QToolButton *>(u"moreButton"_s);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(button->menu(), m_window->moreMenu());
        QStringList texts;
        for (QAction *action : m_window->moreMenu()->actions())
            texts << action->text();
        QCOMPARE(texts, (QStringList{u"Import running jobs…"_s, QString(), u"Compare…"_s, u"Save all results…"_s, u"Export…"_s, QString(), u"Remove older than…"_s, QString(),
                                     u"Settings…"_s, QString(), u"&Help"_s}));
        m_window->resultActions()->settingsAction()->trigger();
        QTRY_VERIFY(m_window->findChild<SettingsDialog *>());
        QVERIFY(m_window->findChild<SettingsDialog *>()->isVisible());
    }

    void savesWhatTheTableShowsWithProgressAndFailures()
    {
        const QString video = watch(u"theo"_s, u"video"_s);
        const QString images = watch(u"muvi"_s, u"image"_s);
        const QString broken = watch(u"theo"_s, u"image"_s, SimulatedProvider::ArtifactFault::Expired);
        QVERIFY(waitCompleted(video) && waitCompleted(images) && waitCompleted(broken));
        QCOMPARE(m_window->shownKeys().size(), 3);

        SaveResultsDialog *dialog = m_window->resultActions()->saveTo(m_window->shownKeys(), m_dir->path());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 20000);
        const int files = BulkSaver::countFiles(m_app->jobs(), m_window->shownKeys());
        QCOMPARE(dialog->progressBar()->maximum(), files);
        QCOMPARE(dialog->progressBar()->value(), files);
        QCOMPARE(dialog->failureList()->topLevelItemCount(), 1);
        const QTreeWidgetItem *failure = dialog->failureList()->topLevelItem(0);
        QCOMPARE(failure->text(0), m_app->jobs()->value(broken).jobId);
        QVERIFY2(failure->text(2).contains(u"expired"_s), qPrintable(failure->text(2)));
        QVERIFY(dialog->failureList()->isVisible());
        QVERIFY2(dialog->summaryText().contains(u"Saved %1 of %2 file(s)"_s.arg(files - 1).arg(files)), qPrintable(dialog->summaryText()));
        QVERIFY(dialog->summaryText().contains(QDir::toNativeSeparators(m_dir->path())));
        QCOMPARE(filesUnder(m_dir->path()), files - 1);
        QCOMPARE(m_window->lastNotice(), dialog->summaryText());
        dialog->close();
    }

    void theSearchNarrowsWhatIsSaved()
    {
        const QString video = watch(u"theo"_s, u"video"_s);
        const QString images = watch(u"muvi"_s, u"image"_s);
        QVERIFY(waitCompleted(video) && waitCompleted(images));
        m_window->proxy()->setProfileFilter(u"muvi"_s);
        QCOMPARE(m_window->shownKeys(), QStringList{images});
        SaveResultsDialog *dialog = m_window->resultActions()->saveTo(m_window->shownKeys(), m_dir->path());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 20000);
        QCOMPARE(filesUnder(m_dir->path()), BulkSaver::countFiles(m_app->jobs(), {images}));
        dialog->close();
    }

    void nothingToSaveSaysSo()
    {
        const QString running = watch(u"theo"_s, u"video"_s, {}, 600000);
        QVERIFY(!running.isEmpty());
        m_window->resultActions()->saveAllAction()->trigger();
        QCOMPARE(m_window->lastNotice(), u"Nothing to save: none of these jobs has completed with a result"_s);
        QVERIFY(!m_window->resultActions()->folderDialog());
        QVERIFY(!m_window->findChild<SaveResultsDialog *>());
    }

    void theFolderPickerDoesNotBlockAndStartsTheSave()
    {
        const QString key = watch(u"theo"_s, u"image"_s);
        QVERIFY(waitCompleted(key));
        m_window->resultActions()->saveAllAction()->trigger(); // returns at once
        QFileDialog *picker = m_window->resultActions()->folderDialog();
        QVERIFY(picker);
        QVERIFY(picker->isVisible());
        Q_EMIT picker->fileSelected(m_dir->path());
        picker->close();
        QTRY_VERIFY(m_window->findChild<SaveResultsDialog *>());
        SaveResultsDialog *dialog = m_window->findChild<SaveResultsDialog *>();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 20000);
        QCOMPARE(filesUnder(m_dir->path()), 1);
    }

    void cancelKeepsTheDialogWithTheSummary()
    {
        const QString images = watch(u"muvi"_s, u"image"_s);
        QVERIFY(waitCompleted(images));
        SaveResultsDialog *dialog = m_window->resultActions()->saveTo({images}, m_dir->path());
        QVERIFY(dialog);
        dialog->reject(); // Esc / Cancel while running
        QTRY_VERIFY(dialog->isFinished());
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->summaryText().startsWith(u"Cancelled"_s), qPrintable(dialog->summaryText()));
        dialog->reject(); // now it closes
        QVERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(TestSaveResultsDialog)
#include "tst_saveresultsdialog.moc"
