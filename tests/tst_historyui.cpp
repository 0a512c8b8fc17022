// The window's job history: the search box finds jobs through the job store's full-text index (status message,
// result titles, prompt) with the query on the store thread and plain substring matches meanwhile, a store that
// cannot answer is announced; Export… writes the selection or the table as CSV or JSON without link signatures
// unless asked, and a write error keeps the dialog open; Copy IDs; Remove older than… counts and removes; the
// retention setting. A real store in a temporary data folder, offscreen widgets.

#include "application/application.h"
#include "dialogs/exportdialog.h"
#include "dialogs/removeolderdialog.h"
#include "dialogs/settingsdialog.h"
#include "historyactions.h"
#include "mainwindow.h"
#include "model/joblist.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "resultactions.h"
#include "store/historysearch.h"
#include "store/sqlitejobstore.h"
#include "store/storethread.h"
#include "store/storesync.h"
#include "plurals.h"
#include "storetesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <mutex>

#include <memory>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
// A real SQLite store that notes the thread each search runs on and can hold a search until released.
class WatchedStore final : public JobStore
{
public:
    explicit WatchedStore(const QString &path) : m_inner(path) {}
    StoreStatus status() const override { return m_inner.status(); }
    bool write(const StoreBatch &b, QString *e) override { return m_inner.write(b, e); }
    QStringList remove(const RemovalFilter &f, QString *e) override { return m_inner.remove(f, e); }
    bool setArtifactFile(const QString &k, const StoredArtifact &a, QString *e) override { return m_inner.setArtifactFile(k, a, e); }
    int count(QString *e) const override { return m_inner.count(e); }
    QList<StoredJob> page(qint64 a, int l, bool t, QString *e) const override { return m_inner.page(a, l, t, e); }
    QList<StoredJob> jobs(const QStringList &k, bool t, QString *e) const override { return m_inner.jobs(k, t, e); }
    QList<StoredArtifact> artifacts(const QString &k, QString *e) const override { return m_inner.artifacts(k, e); }
    QList<DurationSample> durations(QString *e) const override { return m_inner.durations(e); }
    QStringList search(const QString &text, int limit, QString *e) const override
    {
        searchThread = QThread::currentThread();
        ++searches;
        std::unique_lock lock(mutex);
        held.wait(lock, [this] { return !hold; });
        return m_inner.search(text, limit, e);
    }
    void setHold(bool on)
    {
        {
            const std::lock_guard lock(mutex);
            hold = on;
        }
        held.notify_all();
    }

    mutable std::atomic<QThread *> searchThread = nullptr;
    mutable std::atomic<int> searches = 0;
    mutable std::mutex mutex;
    mutable std::condition_variable held;
    bool hold = false;

private:
    SqliteJobStore m_inner;
};
} // namespace

class tst_HistoryUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void searchFindsMessagesTitlesAndPromptsInTheStore();
    void searchKeepsSubstringMatchesWhileTheQueryRuns();
    void searchFollowsJobsWrittenLater();
    void searchOfAnUnavailableStoreSaysSoAndMatchesSubstrings();
    void searchRunsOnTheStoreThreadAndDropsStaleAnswers();
    void moreMenuOffersExportAndRemoveOlder();
    void exportWritesTheSelectionAsJsonWithoutSignatures();
    void exportWritesTheTableAsCsvWithSignaturesWhenAsked();
    void exportWriteErrorKeepsTheDialogOpen();
    void copyIdsCopiesTheSelectedIdsOnePerLine();
    void removeOlderThanCountsAndRemovesOnlyOldIdleJobs();
    void retentionSettingIsSavedAndZeroKeepsEverything();

private:
    void open(const QString &dataDir);
    // Three jobs in the list and in the store: a completed one with a titled result, a stopped one with a status
    // message, a failed one with a prompt in its body.
    void addJobs();
    void written();
    void type(const QString &text) { m_window->searchField()->setText(text); }
    QStringList shownIds() const;
    void select(const QStringList &keys);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<MainWindow> m_window;
    QString m_done, m_stopped, m_failed;
};

void tst_HistoryUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    open(m_dir->filePath(u"data"_s));
}

void tst_HistoryUi::cleanup()
{
    m_window.reset();
    m_app.reset();
    m_dir.reset();
}

void tst_HistoryUi::open(const QString &dataDir)
{
    m_window.reset();
    m_app.reset();
    Application::Options options;
    options.dataDir = dataDir;
    options.settingsPath = m_dir->filePath(u"settings.json"_s);
    options.cacheDir = m_dir->filePath(u"cache"_s);
    options.storeFlushIntervalMs = 20;
    m_app = std::make_unique<Application>(options);
    m_window = std::make_unique<MainWindow>(m_app.get());
    m_window->historyActions()->search()->setDebounceMs(10);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_HistoryUi::addJobs()
{
    JobRecord done = storetest::record(u"theo"_s, u"job-alpha-1"_s, JobState::Completed, 100);
    JobRecord stopped = storetest::record(u"theo"_s, u"job-beta-2"_s, JobState::Running, 30);
    stopped.snapshot.message = u"Waiting for a harbour slot"_s;
    stopped.engine.local = LocalState::Stopped;
    JobRecord failed = storetest::record(u"muvi"_s, u"job-gamma-3"_s, JobState::Failed);
    failed.rawBody = R"({"id":"job-gamma-3","status":"failed","input":{"prompt":"a red fox in the snow"}})";
    failed.snapshot.message.clear();
    m_done = done.key;
    m_stopped = stopped.key;
    m_failed = failed.key;
    QCOMPARE(m_app->jobs()->addMany({done, stopped, failed}).size(), 3);
    written();
}

void tst_HistoryUi::written()
{
    QSignalSpy spy(m_app->history(), &StoreSync::written);
    m_app->jobs()->flush();
    m_app->history()->flush();
    QTRY_VERIFY(!m_app->history()->hasPending() && !spy.isEmpty());
}

QStringList tst_HistoryUi::shownIds() const
{
    QStringList ids;
    for (const QString &key : m_window->shownKeys())
        ids << m_app->jobs()->value(key).jobId;
    return ids;
}

void tst_HistoryUi::select(const QStringList &keys)
{
    QItemSelectionModel *selection = m_window->view()->selectionModel();
    selection->clearSelection();
    for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
        const QModelIndex index = m_window->proxy()->index(row, 0);
        if (keys.contains(index.data(JobTableModel::KeyRole).toString()))
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(m_window->selectedKeys().size(), keys.size());
}

void tst_HistoryUi::searchFindsMessagesTitlesAndPromptsInTheStore()
{
    addJobs();
    type(u"Lighthouse"_s); // the result's title
    QTRY_COMPARE(shownIds(), QStringList{u"job-alpha-1"_s});
    type(u"harbour slot"_s); // the status message, every word
    QTRY_COMPARE(shownIds(), QStringList{u"job-beta-2"_s});
    type(u"red fox"_s); // the prompt the provider echoed
    QTRY_COMPARE(shownIds(), QStringList{u"job-gamma-3"_s});
    type(u"harbour fox"_s); // no job has both
    QTRY_VERIFY(m_window->proxy()->hasStoreMatches());
    QCOMPARE(shownIds(), QStringList());
    type(QString());
    QCOMPARE(shownIds().size(), 3);
    QVERIFY(m_window->historyActions()->searchProblem().isEmpty());
}

void tst_HistoryUi::searchKeepsSubstringMatchesWhileTheQueryRuns()
{
    addJobs();
    m_window->historyActions()->search()->setDebounceMs(60000); // the query stays pending
    type(u"gamma"_s);
    // At once, without the store: the ID matches as a substring.
    QCOMPARE(shownIds(), QStringList{u"job-gamma-3"_s});
    QVERIFY(m_window->historyActions()->search()->isRunning());
    type(u"lighthouse"_s);
    QCOMPARE(shownIds(), QStringList()); // only the store knows the title
    QVERIFY(!m_window->proxy()->hasStoreMatches());
    m_window->historyActions()->search()->setDebounceMs(0);
    m_window->historyActions()->search()->refresh();
    QTRY_COMPARE(shownIds(), QStringList{u"job-alpha-1"_s});
}

void tst_HistoryUi::searchFollowsJobsWrittenLater()
{
    addJobs();
    type(u"lagoon"_s);
    QTRY_VERIFY(m_window->proxy()->hasStoreMatches());
    QCOMPARE(shownIds(), QStringList());
    QVERIFY(m_app->jobs()->modify(m_done, [](JobRecord &r) { r.snapshot.message = u"Stored in the lagoon bucket"_s; }));
    written();
    QTRY_COMPARE(shownIds(), QStringList{u"job-alpha-1"_s});
}

void tst_HistoryUi::searchOfAnUnavailableStoreSaysSoAndMatchesSubstrings()
{
    const QString blocker = m_dir->filePath(u"not-a-folder"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    open(blocker + u"/data"_s);
    JobRecord r = storetest::record(u"theo"_s, u"job-delta-4"_s, JobState::Completed, 100);
    QVERIFY(m_app->jobs()->add(r));
    type(u"lighthouse"_s);
    QTRY_VERIFY(!m_window->historyActions()->searchProblem().isEmpty());
    const QString problem = m_window->historyActions()->searchProblem();
    QVERIFY2(problem.startsWith(u"Searching the job history failed: "_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"cannot be created"_s), qPrintable(problem));
    QCOMPARE(m_window->lastNotice(), problem);
    QCOMPARE(m_window->searchField()->toolTip(), problem);
    QCOMPARE(shownIds(), QStringList());
    type(u"delta"_s); // substrings still work
    QCOMPARE(shownIds(), QStringList{u"job-delta-4"_s});
}

void tst_HistoryUi::searchRunsOnTheStoreThreadAndDropsStaleAnswers()
{
    const QString path = m_dir->filePath(u"watched.sqlite"_s);
    std::atomic<WatchedStore *> store = nullptr;
    StoreThread thread([&store, path] {
        auto s = std::make_unique<WatchedStore>(path);
        store = s.get();
        return s;
    });
    QTRY_VERIFY(store.load());
    WatchedStore *watched = store.load();
    JobRecord done = storetest::record(u"theo"_s, u"job-alpha-1"_s, JobState::Completed, 100);
    JobRecord stopped = storetest::record(u"theo"_s, u"job-beta-2"_s, JobState::Running, 30);
    stopped.snapshot.message = u"Waiting for a harbour slot"_s;
    thread.post([done, stopped](JobStore &s) { QVERIFY(s.write(storetest::batchOf({done, stopped}))); });

    HistorySearch search(&thread);
    search.setDebounceMs(0);
    QSignalSpy matched(&search, &HistorySearch::matched);
    watched->setHold(true);
    search.setText(u"lighthouse"_s);
    QTRY_COMPARE(watched->searches.load(), 1); // held inside the store
    QVERIFY(search.isRunning());
    search.setText(u"harbour"_s); // the answer for "lighthouse" is stale now
    watched->setHold(false);
    QTRY_COMPARE(matched.count(), 1);
    QCOMPARE(matched.first().at(0).toString(), u"harbour"_s);
    QCOMPARE(matched.first().at(1).value<QSet<QString>>(), QSet<QString>{stopped.key});
    QCOMPARE(watched->searches.load(), 2);
    QVERIFY(watched->searchThread.load() != QThread::currentThread()); // never the GUI thread
    QVERIFY(!search.isRunning());

    QSignalSpy cleared(&search, &HistorySearch::cleared);
    search.setText(QString());
    QCOMPARE(cleared.count(), 1);
    search.refresh(); // nothing to ask for
    QVERIFY(!search.isRunning());
}

void tst_HistoryUi::moreMenuOffersExportAndRemoveOlder()
{
    QStringList texts;
    for (QAction *action : m_window->moreMenu()->actions())
        texts << action->text();
    QCOMPARE(texts, (QStringList{u"Import running jobs…"_s, QString(), u"Compare…"_s, u"Save all results…"_s, u"Export…"_s, QString(), u"Remove older than…"_s, QString(),
                                 u"Settings…"_s, QString(), u"&Help"_s}));
    QVERIFY(!m_window->historyActions()->exportAction()->isEnabled()); // nothing to export yet
    addJobs();
    QTRY_VERIFY(m_window->historyActions()->exportAction()->isEnabled());
}

void tst_HistoryUi::exportWritesTheSelectionAsJsonWithoutSignatures()
{
    addJobs();
    select({m_done});
    m_window->historyActions()->exportAction()->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->shownButton()->isChecked()); // one selected row: the table by default
    QVERIFY(says(dialog->shownButton()->text(), u"All 3 job(s) in the table"_s));
    QVERIFY(says(dialog->selectedButton()->text(), u"The 1 selected job(s)"_s));
    dialog->selectedButton()->setChecked(true);
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(u"json"_s));
    QVERIFY(!dialog->signedUrlsBox()->isChecked());
    dialog->fileEdit()->setText(m_dir->filePath(u"selection.csv"_s));
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(u"csv"_s));
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(u"json"_s));
    QCOMPARE(dialog->fileEdit()->text(), m_dir->filePath(u"selection.json"_s)); // the extension follows the format
    QPointer<ExportDialog> guard(dialog);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QVERIFY2(says(m_window->lastNotice(), u"Exported 1 job(s) to %1"_s.arg(m_dir->filePath(u"selection.json"_s))),
             qPrintable(m_window->lastNotice()));

    QFile file(m_dir->filePath(u"selection.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonArray jobs = QJsonDocument::fromJson(bytes).array();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.at(0)[u"job"_s][u"id"_s].toString(), u"job-alpha-1"_s);
    QCOMPARE(jobs.at(0)[u"profile"_s].toString(), u"theo"_s);
    QVERIFY(bytes.contains("https://cdn.example.com/out/job-alpha-1.mp4"));
    QVERIFY2(!bytes.contains("X-Amz-Signature") && !bytes.contains("abc123"), bytes.constData());
}

void tst_HistoryUi::exportWritesTheTableAsCsvWithSignaturesWhenAsked()
{
    addJobs();
    type(u"job-"_s); // every job, by substring
    m_window->historyActions()->exportAction()->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    dialog->shownButton()->setChecked(true);
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(u"csv"_s));
    dialog->signedUrlsBox()->setChecked(true);
    const QString path = m_dir->filePath(u"all.csv"_s);
    dialog->fileEdit()->setText(path);
    QPointer<ExportDialog> guard(dialog);
    dialog->exportButton()->click();
    QVERIFY(dialog->isWriting());
    QTRY_VERIFY(!guard || !guard->isVisible());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 5); // header, three jobs, and the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith("id,profile,profile_name,"));
    QVERIFY(lines.at(1).startsWith("job-alpha-1,theo,"));
    QVERIFY(lines.at(1).contains("X-Amz-Signature=abc123"));
    QVERIFY(lines.at(3).startsWith("job-gamma-3,muvi,"));
    QVERIFY2(lines.at(3).contains("a red fox in the snow"), lines.at(3).constData());
}

void tst_HistoryUi::exportWriteErrorKeepsTheDialogOpen()
{
    addJobs();
    m_window->historyActions()->exportAction()->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    // The suggested file is in a folder that exists (Documents, else home).
    QVERIFY2(QFileInfo(QFileInfo(dialog->fileEdit()->text()).absolutePath()).isDir(), qPrintable(dialog->fileEdit()->text()));
    const QString path = m_dir->filePath(u"no-such-folder/jobs.csv"_s);
    dialog->fileEdit()->setText(path);
    dialog->exportButton()->click();
    QTRY_VERIFY(!dialog->isWriting());
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problemText().startsWith(u"Could not write %1: "_s.arg(path)), qPrintable(dialog->problemText()));
    QVERIFY(dialog->exportButton()->isEnabled());
    QVERIFY(!QFile::exists(path));

    dialog->fileEdit()->setText(m_dir->path());
    dialog->exportButton()->click();
    QCOMPARE(dialog->problemText(), u"%1 is a folder; choose a file name."_s.arg(m_dir->path()));
    dialog->fileEdit()->clear();
    dialog->exportButton()->click();
    QCOMPARE(dialog->problemText(), u"Choose the file to export to."_s);
    dialog->reject();
}

void tst_HistoryUi::copyIdsCopiesTheSelectedIdsOnePerLine()
{
    addJobs();
    select({m_done, m_failed});
    m_window->historyActions()->updateStates();
    QVERIFY(m_window->historyActions()->copyIdsAction()->isEnabled());
    m_window->historyActions()->copyIdsAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"job-alpha-1\njob-gamma-3"_s);
    QVERIFY(says(m_window->lastNotice(), u"Copied 2 job ID(s)"_s));
    m_window->view()->selectionModel()->clearSelection();
    QTRY_VERIFY(!m_window->historyActions()->copyIdsAction()->isEnabled());
}

void tst_HistoryUi::removeOlderThanCountsAndRemovesOnlyOldIdleJobs()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;
    JobRecord old = storetest::record(u"theo"_s, u"job-old"_s, JobState::Completed, 100); // last active in 2024
    JobRecord recent = storetest::record(u"theo"_s, u"job-recent"_s, JobState::Completed, 100);
    recent.addedAtMs = recent.engine.lastPollAtMs = recent.engine.reportedAtMs = now - 5 * day;
    JobRecord watched = storetest::record(u"theo"_s, u"job-watched"_s, JobState::Running, 10);
    watched.engine.local = LocalState::Paused; // being watched, however old: kept
    QCOMPARE(m_app->jobs()->addMany({old, recent, watched}).size(), 3);
    written();

    m_window->historyActions()->removeOlderAction()->trigger();
    auto *dialog = m_window->findChild<RemoveOlderDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->daysBox()->setValue(30);
    QCOMPARE(dialog->matching(), 1);
    QVERIFY(says(dialog->countLabel()->text(), u"1 job(s) will be removed from the window and the job history."_s));
    dialog->daysBox()->setValue(3);
    QCOMPARE(dialog->matching(), 2);
    QVERIFY(says(dialog->countLabel()->text(), u"2 job(s) will be removed from the window and the job history."_s));
    dialog->daysBox()->setValue(3650);
    QCOMPARE(dialog->matching(), 0);
    QVERIFY(!dialog->removeButton()->isEnabled());
    dialog->daysBox()->setValue(30);
    QVERIFY(dialog->removeButton()->isEnabled());

    QPointer<RemoveOlderDialog> guard(dialog);
    dialog->removeButton()->click();
    QTRY_VERIFY(!guard || !guard->isVisible());
    QVERIFY(says(m_window->lastNotice(), u"1 old job(s) removed"_s));
    QCOMPARE(m_app->jobs()->keys(), (QStringList{recent.key, watched.key}));
    // The store agrees after a restart (the removal reaches it with the next write, or at quit).
    const QString dataDir = m_app->dataDir();
    open(dataDir);
    QTRY_VERIFY(!m_app->history()->isRestoring() && m_app->jobs()->size() == 2);
    QCOMPARE(m_app->jobs()->keys(), (QStringList{recent.key, watched.key}));
}

void tst_HistoryUi::retentionSettingIsSavedAndZeroKeepsEverything()
{
    QCOMPARE(m_app->retentionDays(), 0);
    SettingsDialog *dialog = m_window->resultActions()->openSettings();
    QVERIFY(dialog);
    QSpinBox *days = dialog->retentionBox();
    QCOMPARE(days->value(), 0);
    QCOMPARE(days->text(), u"Never (keep every job)"_s);
    days->setValue(90);
    QCOMPARE(days->text(), u"90 days"_s);
    QPointer<SettingsDialog> guard(dialog);
    dialog->okButton()->click();
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(m_app->retentionDays(), 90);

    open(m_app->dataDir()); // the setting is kept in the settings file
    QCOMPARE(m_app->retentionDays(), 90);
    dialog = m_window->resultActions()->openSettings();
    QCOMPARE(dialog->retentionBox()->value(), 90);
    dialog->retentionBox()->setValue(0);
    dialog->okButton()->click();
    QCOMPARE(m_app->retentionDays(), 0);
}

QTEST_MAIN(tst_HistoryUi)
#include "tst_historyui.moc"
