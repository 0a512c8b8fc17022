// The main window (jobs coming in: tst_mainwindowintake): the header/sort/filter state round trip through QSettings, the details pane following the current row, and, in English and
// German, columns wide enough for their texts, columns that step aside in a small window (and come back), and
// toolbars that fit without an overflow menu.

#include "application/application.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "details/detailspane.h"
#include "filterbar.h"
#include "jobtablecolumns.h"
#include "mainwindow.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "engine/scheduler.h"
#include "profiles/profiledialog.h"
#include "sim/simulatedprovider.h"
#include "mainwindowrig.h"
#include "thumbnails/thumbnailprovider.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QStandardItemModel>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace jw;
using namespace Qt::StringLiterals;

using namespace mainwindowrig;

namespace {

// The UI in `language` ("en" is the source text) while it lives; install it before building the window.
std::unique_ptr<QTranslator> translateTo(const QString &language)
{
    if (language == "en"_L1)
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u":/i18n/jobwatch_"_s + language) || !QCoreApplication::installTranslator(translator.get()))
        return nullptr;
    return translator;
}

// Jobs whose cells show the texts the brief names as too wide before: an ETA of 1m 04s, an update an hour
// ago, six images, and the longer statuses.
void addWideJobs(JobList *jobs, qint64 now)
{
    const auto iso = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODateWithMs); };
    JobRecord watching;
    watching.profileId = u"theo"_s;
    watching.jobId = u"job_WideEta0001"_s;
    watching.hasSnapshot = true;
    watching.snapshot.state = JobState::Running;
    watching.snapshot.createdAt = iso(now - (59 * 60 + 59) * 1000);
    watching.engine.etaMs = now + 64'000;
    watching.engine.reportedAtMs = now - (59 * 60 + 59) * 1000;
    jobs->add(watching);
    JobRecord images = watching;
    images.jobId = u"job_SixImages01"_s;
    images.engine.local = LocalState::Done;
    images.snapshot.state = JobState::Completed;
    for (int i = 0; i < 6; ++i) {
        Artifact image;
        image.kind = ArtifactKind::Image;
        images.snapshot.artifacts.append(image);
    }
    jobs->add(images);
    JobRecord queued = watching;
    queued.jobId = u"job_Queued00001"_s;
    queued.snapshot.state = JobState::Queued;
    jobs->add(queued);
    JobRecord timedOut = watching;
    timedOut.jobId = u"job_TimedOut001"_s;
    timedOut.engine.local = LocalState::TimedOut;
    jobs->add(timedOut);
}

// Enough rows for a vertical scroll bar at 640 px.
void addManyJobs(JobList *jobs, int count)
{
    for (int i = 0; i < count; ++i) {
        JobRecord job;
        job.profileId = u"vidocu"_s;
        job.jobId = u"analysis_1732000000_%1"_s.arg(i, 6, 36, QChar(u'0'));
        jobs->add(job);
    }
}

// The width a cell needs for `text` unelided: the style's margins on both sides; an icon or thumbnail beside
// it needs them too.
int cellWidth(QTableView *view, const QString &text, int decoration)
{
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return view->fontMetrics().horizontalAdvance(text) + 2 * margin + (decoration > 0 ? decoration + 2 * margin : 0);
}

const QList<int> kStepAside = {JobTableModel::Polls, JobTableModel::LastUpdate, JobTableModel::Eta}; // in order

// The hidden columns but the optional Cost column (hidden until the user shows it: costColumnIsOptional).
QList<int> hiddenColumns(QTableView *view)
{
    QList<int> hidden;
    for (int c = 0; c < JobTableModel::ColumnCount; ++c) {
        if (view->isColumnHidden(c) && c != JobTableModel::Cost)
            hidden << c;
    }
    return hidden;
}

QList<QToolBar *> visibleToolBars(QWidget *window)
{
    QList<QToolBar *> bars;
    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        if (bar->isVisible())
            bars << bar;
    }
    return bars;
}

bool hasOverflow(QToolBar *bar)
{
    const auto *extension = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    return extension && extension->isVisible();
}

void settleLayouts()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}
} // namespace

class MainWindowTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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

    void columnsAreWideEnoughForTheirTexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }
    void columnsAreWideEnoughForTheirTexts()
    {
        QFETCH(QString, language);
        const auto translator = translateTo(language);
        QVERIFY(language == "en"_L1 || translator);
        Fixture f;
        QVERIFY(f.start());
        f.window->resize(1280, 800);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        f.window->model()->setClock([now] { return now; });
        addWideJobs(f.app.jobs(), now);
        QCOMPARE(f.window->model()->rowCount(), 4);

        QTableView *view = f.window->view();
        QHeaderView *header = view->horizontalHeader();
        const int headerMargin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int icon = view->iconSize().width();
        const int thumbnail = f.window->thumbnails()->thumbnailSize().width();
        const auto need = [view](const QString &text, int decoration) { return cellWidth(view, text, decoration); };
        auto *tableColumns = f.window->findChild<JobTableColumns *>();
        QVERIFY(tableColumns);
        for (int c = 0; c < JobTableModel::ColumnCount; ++c) {
            const QString title = f.window->model()->headerData(c, Qt::Horizontal).toString();
            // The optional Cost column is hidden: the width it gets when shown.
            const int width = c == JobTableModel::Cost ? tableColumns->defaultWidth(c) : header->sectionSize(c);
            QVERIFY2(width >= header->fontMetrics().horizontalAdvance(title) + 2 * headerMargin, qPrintable(title));
        }
        QVERIFY(tableColumns->defaultWidth(JobTableModel::Cost) >= need(u"\u2248 0.8888 USD"_s, 0));
        // The columns whose texts do not elide (the ID, the progress text and profile names may).
        const QList<std::pair<int, int>> columns = {{JobTableModel::Status, icon}, {JobTableModel::Elapsed, 0},
                                                    {JobTableModel::Eta, 0}, {JobTableModel::LastUpdate, 0},
                                                    {JobTableModel::Polls, 0}, {JobTableModel::Result, thumbnail}};
        for (int row = 0; row < f.window->model()->rowCount(); ++row) {
            for (const auto &[column, decoration] : columns) {
                const QString text = f.window->model()->index(row, column).data().toString();
                QVERIFY2(header->sectionSize(column) >= need(text, decoration),
                         qPrintable(u"%1: %2 px for \"%3\""_s.arg(column).arg(header->sectionSize(column)).arg(text)));
            }
        }
        // The texts the checks above saw, in this language.
        const QStringList texts = {f.window->model()->index(0, JobTableModel::Eta).data().toString(),
                                   f.window->model()->index(1, JobTableModel::Result).data().toString()};
        const QStringList expected = language == "de"_L1   ? QStringList{u"1 min 04 s"_s, u"6 Bilder"_s}
                                     : language == "fr"_L1 ? QStringList{u"1 min 04 s"_s, u"6 images"_s}
                                                           : QStringList{u"1m 04s"_s, u"6 images"_s};
        QCOMPARE(texts, expected);
    }

    // At 1024 x 640 the details pane leaves the table too little room for every column: Polls, then Last update,
    // then ETA step aside until the rest fit with the ID no narrower than a short one. They come back when the
    // window grows, and are never saved as hidden.
    void columnsStepAsideToFitASmallWindow_data() { columnsAreWideEnoughForTheirTexts_data(); }
    void columnsStepAsideToFitASmallWindow()
    {
        QFETCH(QString, language);
        const auto translator = translateTo(language);
        QVERIFY(language == "en"_L1 || translator);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"jobwatch.ini"_s), QSettings::IniFormat);
        Fixture f;
        addWideJobs(f.app.jobs(), QDateTime::currentMSecsSinceEpoch());
        addManyJobs(f.app.jobs(), 30);
        QVERIFY(f.start({1024, 640}));
        settleLayouts();
        QTableView *view = f.window->view();
        QHeaderView *header = view->horizontalHeader();
        QTRY_VERIFY(view->verticalScrollBar()->isVisible());
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
        QVERIFY2(header->length() <= view->viewport()->width(), qPrintable(u"%1 > %2"_s.arg(header->length()).arg(view->viewport()->width())));
        QVERIFY(header->sectionSize(JobTableModel::Job) >= cellWidth(view, u"job_0…9ab"_s, view->iconSize().width()));
        const QList<int> hidden = hiddenColumns(view);
        QList<int> firstToGo = kStepAside.mid(0, std::max(qsizetype(1), hidden.size()));
        std::sort(firstToGo.begin(), firstToGo.end());
        QCOMPARE(hidden, firstToGo);

        f.window->saveSettings(settings);
        settings.sync();
        f.window->resize(1280, 800);
        QTRY_COMPARE(hiddenColumns(view), QList<int>());
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);

        Fixture g;
        QVERIFY(g.start({1280, 800}));
        g.window->restoreSettings(settings); // at 1024 x 640, the saved size
        g.window->resize(1280, 800);
        QTRY_COMPARE(hiddenColumns(g.window->view()), QList<int>()); // not saved as the user's choice
    }

    // The table's width counts, not the window's: a splitter move makes columns step aside and come back.
    void columnsFollowTheSplitter()
    {
        Fixture f;
        QVERIFY(f.start({1280, 800}));
        QTableView *view = f.window->view();
        QCOMPARE(hiddenColumns(view), QList<int>());
        f.window->splitter()->setSizes({500, 780});
        QTRY_VERIFY(view->isColumnHidden(JobTableModel::Polls));
        f.window->splitter()->setSizes({960, 320});
        QTRY_COMPARE(hiddenColumns(view), QList<int>());
    }

    // The Cost column is optional: hidden at first (and after a header state saved before it existed), shown
    // before Actions from the Columns menu, and kept shown when the user showed it.
    void costColumnIsOptional()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"jobwatch.ini"_s), QSettings::IniFormat);
        Fixture f;
        QVERIFY(f.start({1280, 800}));
        QTableView *view = f.window->view();
        QHeaderView *header = view->horizontalHeader();
        QVERIFY(view->isColumnHidden(JobTableModel::Cost));
        QCOMPARE(header->visualIndex(JobTableModel::Cost) + 1, header->visualIndex(JobTableModel::Actions));
        auto *columns = f.window->findChild<JobTableColumns *>();
        QVERIFY(columns);
        columns->setColumnShown(JobTableModel::Cost, true);
        QVERIFY(!view->isColumnHidden(JobTableModel::Cost));
        QVERIFY(header->sectionSize(JobTableModel::Cost) > 0);
        f.window->saveSettings(settings);
        settings.sync();

        Fixture g;
        QVERIFY(g.start({1280, 800}));
        g.window->restoreSettings(settings);
        QVERIFY(!g.window->view()->isColumnHidden(JobTableModel::Cost));

        // A header state of the ten columns before Cost (QHeaderView's own, as older versions saved it).
        Fixture h;
        QVERIFY(h.start({1280, 800}));
        auto *hColumns = h.window->findChild<JobTableColumns *>();
        QStandardItemModel tenColumns(0, 10);
        QHeaderView old(Qt::Horizontal);
        old.setModel(&tenColumns);
        old.setSectionHidden(JobTableModel::Polls, true);
        QVERIFY(hColumns->restoreState(old.saveState()));
        QVERIFY(h.window->view()->isColumnHidden(JobTableModel::Polls));
        QVERIFY(h.window->view()->isColumnHidden(JobTableModel::Cost));
        QVERIFY(!h.window->view()->isColumnHidden(JobTableModel::Actions));
    }

    // Columns the user hid stay hidden; columns the user resized or showed with the Columns menu stay shown.
    void columnsTheUserChoseStay()
    {
        Fixture f;
        QVERIFY(f.start({1280, 800}));
        QTableView *view = f.window->view();
        QHeaderView *header = view->horizontalHeader();
        auto *columns = f.window->findChild<JobTableColumns *>();
        QVERIFY(columns);
        header->setSectionHidden(JobTableModel::LastUpdate, true);
        header->resizeSection(JobTableModel::Polls, header->sectionSize(JobTableModel::Polls) + 4);
        f.window->splitter()->setSizes({300, 980});
        QTRY_VERIFY(view->isColumnHidden(JobTableModel::Eta));
        QVERIFY(!view->isColumnHidden(JobTableModel::Polls));
        f.window->splitter()->setSizes({960, 320});
        QTRY_VERIFY(!view->isColumnHidden(JobTableModel::Eta));
        QVERIFY(view->isColumnHidden(JobTableModel::LastUpdate));
        QVERIFY(!columns->isAutoHidden(JobTableModel::LastUpdate));

        f.window->splitter()->setSizes({300, 980});
        QTRY_VERIFY(view->isColumnHidden(JobTableModel::Eta));
        columns->setColumnShown(JobTableModel::Eta, true); // the Columns menu
        QVERIFY(!view->isColumnHidden(JobTableModel::Eta));
        f.window->splitter()->setSizes({250, 1030});
        QCoreApplication::processEvents();
        QVERIFY(!view->isColumnHidden(JobTableModel::Eta));
    }

    void toolBarsFitWithoutOverflow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("oneRow");
        QTest::addColumn<bool>("iconsOnly"); // Stop all, Resume all and Clear finished without their labels
        QTest::newRow("en 1280") << u"en"_s << QSize(1280, 800) << true << false;
        QTest::newRow("en 1024") << u"en"_s << QSize(1024, 640) << true << true;
        QTest::newRow("de 1280") << u"de"_s << QSize(1280, 800) << true << true;
        QTest::newRow("de 1024") << u"de"_s << QSize(1024, 640) << false << false;
        QTest::newRow("de 800") << u"de"_s << QSize(800, 640) << false << false;
        QTest::newRow("fr 1280") << u"fr"_s << QSize(1280, 800) << true << true;
        QTest::newRow("fr 1024") << u"fr"_s << QSize(1024, 640) << false << false;
        QTest::newRow("fr 800") << u"fr"_s << QSize(800, 640) << false << false;
    }
    void toolBarsFitWithoutOverflow()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, oneRow);
        QFETCH(bool, iconsOnly);
        const auto translator = translateTo(language);
        QVERIFY(language == "en"_L1 || translator);
        Fixture f;
        addWideJobs(f.app.jobs(), QDateTime::currentMSecsSinceEpoch()); // counts of a few jobs from the start
        QVERIFY(f.start(size));
        settleLayouts();
        const QList<QToolBar *> bars = visibleToolBars(f.window.get());
        QCOMPARE(bars.size(), 2);
        for (QToolBar *bar : bars)
            QVERIFY2(!hasOverflow(bar), qPrintable(bar->objectName()));
        auto *filters = f.window->findChild<FilterBar *>();
        QVERIFY(filters);
        QCOMPARE(!f.window->toolBarBreak(filters), oneRow);
        // English keeps its labels at 1280 px; where the bars share a row that is too short for them, the bulk
        // actions show their icons only. The More menu button is an icon in any case, and always fits.
        int withoutLabel = 0;
        auto *mainBar = f.window->findChild<QToolBar *>(u"mainToolBar"_s);
        for (auto *button : mainBar->findChildren<QToolButton *>()) {
            if (button->isVisible() && button->toolButtonStyle() == Qt::ToolButtonIconOnly && button->objectName() != "moreButton"_L1)
                ++withoutLabel;
        }
        auto *more = mainBar->findChild<QToolButton *>(u"moreButton"_s);
        QVERIFY(more && more->isVisible());
        QCOMPARE(withoutLabel, iconsOnly ? 3 : 0);
    }

    void filterBarRowFollowsTheWidthAfterRestore()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"jobwatch.ini"_s), QSettings::IniFormat);
        Fixture f;
        QVERIFY(f.start());
        f.window->resize(800, 700);
        settleLayouts();
        QVERIFY(f.window->toolBarBreak(f.window->findChild<FilterBar *>())); // narrow: a row of its own
        f.window->saveSettings(settings); // the window state holds that break
        settings.sync();

        Fixture g;
        QVERIFY(g.start());
        g.window->restoreSettings(settings);
        g.window->resize(1280, 800);
        settleLayouts();
        auto *filters = g.window->findChild<FilterBar *>();
        QVERIFY(!g.window->toolBarBreak(filters));
        for (QToolBar *bar : visibleToolBars(g.window.get()))
            QVERIFY2(!hasOverflow(bar), qPrintable(bar->objectName()));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
