#include "mainwindow.h"

#include "application/application.h"
#include "engine/accountlister.h"
#include "intake/jobintake.h"
#include "model/joblist.h"
#include "model/profilelist.h"
#include "delegates/actionsdelegate.h"
#include "compare/compareaction.h"
#include "dashboardaction.h"
#include "delegates/progressdelegate.h"
#include "details/detailspane.h"
#include "droppedinputnotice.h"
#include "filterbar.h"
#include "helpactions.h"
#include "historyactions.h"
#include "jobcommands.h"
#include "jobstatusbar.h"
#include "jobtablecolumns.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "models/jobtally.h"
#include "engine/scheduler.h"
#include "pasteintake.h"
#include "profiles/profiledialog.h"
#include "resultactions.h"
#include "thumbnails/thumbnaildelegate.h"
#include "thumbnails/thumbnailprovider.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QScreen>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
constexpr int kNoticeMs = 10000;
const QString kGroup = u"mainWindow"_s;
} // namespace

MainWindow::MainWindow(Application *app, QWidget *parent)
    : QMainWindow(parent)
    , m_app(app)
    , m_commands(std::make_unique<JobCommands>(app->jobs(), app->scheduler(), app->profiles()))
{
    setWindowTitle(tr("Jobwatch"));
    setAcceptDrops(true);
    m_model = new JobTableModel(app->jobs(), this);
    m_thumbnails = new ThumbnailProvider(app->jobs(), app->artifacts(), this);
    m_proxy = new JobFilterProxy(this);
    auto *tally = new JobTally(app->jobs(), this); // counts for the filter buttons and the status bar
    m_proxy->setTally(tally);
    m_proxy->setSourceModel(m_model);

    buildActions();
    buildTable();
    buildToolBar();

    m_details = new DetailsPane(app->jobs(), app->timeline(), app->profiles(), app->secrets(), this);
    m_details->setResultServices(app->artifacts(), app->scheduler(), app->resultArchive(), app->resultLifetimes());
    connect(m_details, &DetailsPane::copied, this, &MainWindow::showNotice);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({975, 305});
    setCentralWidget(m_splitter);

    m_dropped = new DroppedInputNotice(this);
    statusBar()->addPermanentWidget(m_dropped);
    m_paste = new PasteIntake(app->intake(), this);
    connect(m_paste, &PasteIntake::reading, this, &MainWindow::showNotice);
    connect(m_paste, &PasteIntake::finished, this, &MainWindow::onTextAdded);
    m_statusBar = new JobStatusBar(app->jobs(), tally, app->scheduler(), app->profiles(), this);
    statusBar()->addPermanentWidget(m_statusBar);
    m_statusBar->setCountsSource(m_proxy); // the filter buttons' words and counts
    connect(m_statusBar, &JobStatusBar::setKeyRequested, this, &MainWindow::openSetKey);
    connect(m_statusBar, &JobStatusBar::raiseBudgetRequested, this, &MainWindow::openBudget);

    connect(app->profiles(), &ProfileList::namesChanged, this, &MainWindow::updateProfileNames);
    updateProfileNames();
    m_columns->applyDefaults();
    connect(m_proxy, &JobFilterProxy::countsChanged, this, &MainWindow::updateActionStates);
    connect(m_proxy, &JobFilterProxy::countsChanged, this, [this] {
        if (m_filterBar->preferredWidth() != m_filterBarWidth) // the counts got a digit more or less
            fitToolBars();
    });
    updateActionStates();
    m_tray = new TrayIcon(app, this);

    // Keep a current row (the details pane then always shows a job) when rows come, go or get filtered away.
    const auto ensureSoon = [this] { QTimer::singleShot(0, this, &MainWindow::ensureCurrentRow); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, ensureSoon);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, ensureSoon);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, ensureSoon);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, ensureSoon);
    ensureSoon();

    m_busyTimer = new QTimer(this);
    m_busyTimer->setInterval(60);
    connect(m_busyTimer, &QTimer::timeout, this, &MainWindow::animateBusyBars);
    m_busyTimer->start();

    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(1280, available.width()), std::min(800, available.height()));
    applyResponsiveLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    JobIcons icons;
    m_stopAct = make(tr("&Stop"), QKeySequence(u"Ctrl+."_s), [this] { applyAction(RowAction::Stop, selectedKeys()); });
    m_stopAct->setIcon(icons.action(RowAction::Stop));
    m_resumeAct = make(tr("&Resume"), QKeySequence(u"Ctrl+R"_s), [this] { applyAction(RowAction::Resume, selectedKeys()); });
    m_resumeAct->setIcon(icons.action(RowAction::Resume));
    m_retryAct = make(tr("Re&try now"), QKeySequence(u"Ctrl+Shift+R"_s), [this] { applyAction(RowAction::Retry, selectedKeys()); });
    m_retryAct->setIcon(icons.action(RowAction::Retry));
    m_removeAct = make(tr("Re&move"), QKeySequence(QKeySequence::Delete), [this] { applyAction(RowAction::Remove, selectedKeys()); });
    m_removeAct->setIcon(icons.action(RowAction::Remove));
    m_stopAllAct = make(tr("Stop all"), QKeySequence(), &MainWindow::stopAll);
    m_stopAllAct->setIcon(icons.action(RowAction::Stop));
    setNamedToolTip(m_stopAllAct, tr("Stop watching every job (the server jobs are not touched)"));
    m_resumeAllAct = make(tr("Resume all"), QKeySequence(), &MainWindow::resumeAll);
    m_resumeAllAct->setIcon(icons.action(RowAction::Resume));
    setNamedToolTip(m_resumeAllAct, tr("Resume every stopped, timed-out or paused job"));
    m_clearFinishedAct = make(tr("Clear finished"), QKeySequence(), &MainWindow::clearFinished);
    m_clearFinishedAct->setIcon(icons.action(RowAction::Remove));
    setNamedToolTip(m_clearFinishedAct, tr("Remove the jobs the server reported as finished"));
    m_addAct = make(tr("Add jobs…"), QKeySequence(QKeySequence::New), [this] { openAddDialog(); });
    m_addAct->setIcon(icons.add());
    m_addAct->setToolTip(tr("Add job IDs, poll URLs or enqueue responses (you can also paste or drop them)"));
    m_pasteAct = make(tr("Paste jobs"), QKeySequence(QKeySequence::Paste), &MainWindow::paste);
    m_importAct = make(tr("Import running jobs…"), QKeySequence(), [this] { openImportDialog(); });
    m_importAct->setToolTip(tr("List a Replicate, OpenAI videos or Luma account's recent jobs and watch the ones you pick"));
    m_resultActions = new ResultActions(m_app, this, [this] { return shownKeys(); }, [this] { return selectedKeys(); });
    connect(m_resultActions, &ResultActions::notice, this, &MainWindow::showNotice);
    m_historyActions = new HistoryActions(m_app, this, m_proxy, [this] { return shownKeys(); }, [this] { return selectedKeys(); });
    connect(m_historyActions, &HistoryActions::notice, this, &MainWindow::showNotice);
    m_dashboard = new DashboardAction(m_app->jobs(), m_app->profiles(), this);
    connect(m_dashboard, &DashboardAction::notice, this, &MainWindow::showNotice);
    m_compare = new CompareAction(m_app, this, [this] { return selectedKeys(); });
    connect(m_compare, &CompareAction::notice, this, &MainWindow::showNotice);
}

void MainWindow::buildToolBar()
{
    m_mainBar = addToolBar(tr("Main"));
    m_mainBar->setObjectName(u"mainToolBar"_s);
    m_mainBar->setMovable(false);
    m_mainBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_mainBar->addAction(m_addAct);
    m_mainBar->addSeparator();
    m_mainBar->addAction(m_stopAllAct);
    m_mainBar->addAction(m_resumeAllAct);
    m_mainBar->addAction(m_clearFinishedAct);
    QToolButton *more = m_resultActions->makeMenuButton(m_mainBar); // results and settings
    m_moreMenu = more->menu();
    QAction *first = m_moreMenu->actions().value(0);
    m_moreMenu->insertAction(first, m_importAct);
    m_moreMenu->insertSeparator(first);
    m_moreMenu->insertAction(m_resultActions->saveAllAction(), m_compare->action());
    m_moreMenu->setToolTipsVisible(true); // a disabled Compare… says why
    m_historyActions->addToMenu(m_moreMenu, m_resultActions->saveAllAction(), m_resultActions->settingsAction());
    m_helpActions = new HelpActions(m_app, this);
    m_helpActions->addToMenu(m_moreMenu);
    more->setToolTip(tr("More actions: save all results, export, remove older jobs, settings, help"));
    m_mainBar->addWidget(more);

    m_filterBar = new FilterBar(m_proxy, m_app->profiles(), this);
    addToolBar(m_filterBar);
    m_historyActions->attachSearchField(m_filterBar->searchField());
}

// The toolbars fit the window without an overflow menu. They share one row with every label if that fits;
// else the bulk actions show their icons only (the tooltips name them); else the filter bar takes a row of
// its own (always in the narrow layout), and the bulk actions get their labels back.
void MainWindow::fitToolBars()
{
    if (!m_filterBar)
        return;
    const auto mainBarWidth = [this](bool labels) {
        for (QAction *action : {m_stopAllAct, m_resumeAllAct, m_clearFinishedAct}) {
            if (auto *button = qobject_cast<QToolButton *>(m_mainBar->widgetForAction(action)))
                button->setToolButtonStyle(labels ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
        }
        m_mainBar->layout()->invalidate(); // before the window shows, the buttons do not tell their bar
        return m_mainBar->sizeHint().width();
    };
    const int room = width() - 8; // the toolbar area's own margins
    const int filters = m_filterBarWidth = m_filterBar->preferredWidth();
    bool oneRow = !m_narrow && mainBarWidth(true) + filters <= room;
    if (!m_narrow && !oneRow) {
        oneRow = mainBarWidth(false) + filters <= room;
        if (!oneRow)
            mainBarWidth(true);
    } else if (m_narrow) {
        mainBarWidth(true);
    }
    // The break as it is, not as last set: restoreState() brings back the one saved with the window state.
    if (oneRow == !toolBarBreak(m_filterBar))
        return;
    if (oneRow)
        removeToolBarBreak(m_filterBar);
    else
        insertToolBarBreak(m_filterBar);
}

void MainWindow::buildTable()
{
    m_view = new QTableView(this);
    m_view->setObjectName(u"jobTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // insertion order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // long IDs keep their distinctive ends
    m_view->setMouseTracking(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setIconSize(QSize(16, 16));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->viewport()->installEventFilter(this);

    m_progressDelegate = new ProgressDelegate(this);
    m_actionsDelegate = new ActionsDelegate(this);
    m_view->setItemDelegateForColumn(JobTableModel::Progress, m_progressDelegate);
    m_view->setItemDelegateForColumn(JobTableModel::Actions, m_actionsDelegate);
    connect(m_actionsDelegate, &ActionsDelegate::actionTriggered, this,
            [this](RowAction action, const QString &key) { applyAction(action, {key}); });
    connect(m_view, &QTableView::entered, this, [this](const QModelIndex &index) {
        m_actionsDelegate->setHoveredRow(index.row());
        m_view->viewport()->update();
    });
    // Double-click shows the result in-app; the preview has "Open externally" for the browser.
    connect(m_view, &QTableView::doubleClicked, this, &MainWindow::openResult);
    // Result thumbnails fit the row: 16:9 inside the row height.
    const int thumbHeight = qMax(16, m_view->verticalHeader()->defaultSectionSize() - 6);
    m_thumbnails->setThumbnailSize(QSize(thumbHeight * 16 / 9, thumbHeight));
    m_view->setItemDelegateForColumn(JobTableModel::Result, new ThumbnailDelegate(this));
    m_model->setThumbnailProvider(m_thumbnails);
    connect(m_view, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);

    m_columns = new JobTableColumns(m_view, this);
    m_columns->setThumbnailSize(m_thumbnails->thumbnailSize());

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActionStates);
}

void MainWindow::updateProfileNames()
{
    const QHash<QString, QString> names = m_app->profiles()->names();
    m_model->setProfileNames(names);
    m_columns->setProfileNames(names.values());
}

void MainWindow::setNamedToolTip(QAction *action, const QString &description)
{
    // The action's name first: the toolbar may show its icon only.
    action->setToolTip(u"<b>%1</b><br>%2"_s.arg(action->iconText().toHtmlEscaped(), description.toHtmlEscaped()));
}

QStringList MainWindow::shownKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        keys << m_proxy->index(row, JobTableModel::Job).data(JobTableModel::KeyRole).toString();
    return keys;
}

QStringList MainWindow::selectedKeys() const
{
    QStringList keys;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(JobTableModel::Job);
    for (const QModelIndex &index : rows)
        keys << index.data(JobTableModel::KeyRole).toString();
    return keys;
}

void MainWindow::updateActionStates()
{
    const int available = m_commands->availableActions(selectedKeys());
    m_stopAct->setEnabled(available & int(RowAction::Stop));
    m_resumeAct->setEnabled(available & int(RowAction::Resume));
    m_retryAct->setEnabled(available & int(RowAction::Retry));
    m_removeAct->setEnabled(available & int(RowAction::Remove));
    m_historyActions->updateStates();
    m_compare->updateState();
    const bool any = m_app->jobs()->size() > 0;
    m_stopAllAct->setEnabled(any);
    m_resumeAllAct->setEnabled(any);
    m_clearFinishedAct->setEnabled(any);
}

void MainWindow::applyAction(RowAction action, const QStringList &keys)
{
    m_commands->apply(action, keys);
    updateActionStates();
}

void MainWindow::stopAll()
{
    m_commands->stopAll();
}

void MainWindow::resumeAll()
{
    m_commands->resumeAll();
    updateActionStates();
}

void MainWindow::clearFinished()
{
    if (const int removed = m_app->clearFinished())
        showNotice(tr("%n finished job(s) removed", nullptr, removed));
    updateActionStates();
}

QDialog *MainWindow::openSetKey(const QString &profileId)
{
    auto *dialog = new ProfileDialog(m_app->profileStore(), m_app->network(), this);
    dialog->setBalanceSource(m_app->scheduler());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectProfile(profileId);
    dialog->show();
    dialog->replaceKey();
    return dialog;
}

QDialog *MainWindow::openBudget(const QString &profileId)
{
    auto *dialog = new ProfileDialog(m_app->profileStore(), m_app->network(), this);
    dialog->setBalanceSource(m_app->scheduler());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectProfile(profileId);
    dialog->show();
    dialog->focusBudget();
    return dialog;
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActionStates();
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(m_stopAct);
    menu.addAction(m_resumeAct);
    menu.addAction(m_retryAct);
    menu.addAction(m_removeAct);
    menu.addSeparator();
    menu.addAction(m_historyActions->copyIdsAction());
    m_resultActions->updateStates();
    menu.addAction(m_resultActions->saveSelectedAction());
    menu.addAction(m_compare->action());
    menu.addAction(m_historyActions->exportAction());
    m_dashboard->setJob(index.isValid() ? index.siblingAtColumn(JobTableModel::Job).data(JobTableModel::KeyRole).toString() : QString());
    menu.addAction(m_dashboard->action()); // hidden when the job's provider has no page for it
    // A job whose profile is paused (key missing or rejected) offers to fix the key right here.
    if (index.isValid()) {
        const QString profileId = m_app->jobs()->value(index.data(JobTableModel::KeyRole).toString()).profileId;
        if (m_app->scheduler()->isProfilePaused(profileId)) {
            connect(menu.addAction(tr("Set key for %1…").arg(m_app->profiles()->displayName(profileId))),
                    &QAction::triggered, this, [this, profileId] { openSetKey(profileId); });
        }
        if (const Profile *profile = m_app->profiles()->find(profileId); profile && AccountLister::canList(*profile))
            connect(menu.addAction(tr("Import running jobs from %1…").arg(profile->name)), &QAction::triggered, this,
                    [this, profileId] { openImportDialog(profileId); });
    }
    menu.addSeparator();
    menu.addAction(m_addAct);
    menu.addAction(m_pasteAct);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_details->setJobKey(current.isValid() ? current.siblingAtColumn(JobTableModel::Job).data(JobTableModel::KeyRole).toString() : QString());
}

void MainWindow::ensureCurrentRow()
{
    QItemSelectionModel *selection = m_view->selectionModel();
    if (selection->currentIndex().isValid() || m_proxy->rowCount() == 0)
        return;
    selection->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::animateBusyBars()
{
    if (!m_view->isVisible() || m_view->isColumnHidden(JobTableModel::Progress))
        return;
    const int first = m_view->rowAt(0);
    if (first < 0)
        return;
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    bool busy = false;
    for (int row = first; row <= last && !busy; ++row)
        busy = m_proxy->index(row, JobTableModel::Progress).data(JobTableModel::ProgressRole).toDouble() == -1.0;
    if (!busy)
        return;
    m_progressDelegate->advanceBusyPhase();
    const int x = m_view->columnViewportPosition(JobTableModel::Progress);
    m_view->viewport()->update(QRect(x, 0, m_view->columnWidth(JobTableModel::Progress), m_view->viewport()->height()));
}

void MainWindow::setStatusFilter(int filter)
{
    m_filterBar->setStatusFilter(filter);
}

QAbstractButton *MainWindow::filterButton(int filter) const
{
    return m_filterBar->statusButton(filter);
}

QComboBox *MainWindow::profileFilter() const
{
    return m_filterBar->profileFilter();
}

QLineEdit *MainWindow::searchField() const
{
    return m_filterBar->searchField();
}

void MainWindow::openResult(const QModelIndex &index)
{
    if (const QString key = index.data(JobTableModel::KeyRole).toString(); !key.isEmpty())
        Q_EMIT openPreview(key);
}

void MainWindow::showNotice(const QString &text)
{
    m_lastNotice = text;
    statusBar()->showMessage(text, kNoticeMs);
}

void MainWindow::showStartupProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Jobwatch"),
                                tr("Jobwatch started, but it could not use some of its files:"), QMessageBox::Ok, this);
    box->setObjectName(u"startupProblems"_s);
    QStringList lines = problems; // written for stderr ("the settings file …"): each a sentence here
    for (QString &line : lines)
        if (!line.isEmpty())
            line[0] = line.at(0).toUpper();
    box->setInformativeText(lines.join(u"\n\n"_s));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Leave) {
        m_actionsDelegate->setHoveredRow(-1);
        m_view->viewport()->update();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    applyResponsiveLayout();
}

// Below 1000 px the details pane moves under the table, the filter bar gets its own row, and ETA and Last
// update and Polls step aside (their information stays in the tooltips and the details pane). None of this is saved
// as the user's choice.
void MainWindow::applyResponsiveLayout()
{
    setNarrowLayout(width() < 1000);
    fitToolBars();
}

void MainWindow::setNarrowLayout(bool narrow)
{
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    m_columns->setNarrow(narrow);
    if (narrow) {
        m_wideSplitter = m_splitter->saveState();
        m_splitter->setOrientation(Qt::Vertical);
        // After the layout settled: the table gets three fifths of the height.
        QTimer::singleShot(0, this, [this] {
            if (m_narrow)
                m_splitter->setSizes({m_splitter->height() * 3 / 5, m_splitter->height() * 2 / 5});
        });
    } else {
        m_splitter->setOrientation(Qt::Horizontal);
        if (!m_wideSplitter.isEmpty())
            m_splitter->restoreState(m_wideSplitter);
        m_splitter->setOrientation(Qt::Horizontal);
    }
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.beginGroup(kGroup);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"splitter"_s, m_narrow && !m_wideSplitter.isEmpty() ? m_wideSplitter : m_splitter->saveState());
    settings.setValue(u"header"_s, m_columns->saveState());
    settings.setValue(u"statusFilter"_s, int(m_proxy->statusFilter()));
    settings.setValue(u"profileFilter"_s, m_proxy->profileFilter());
    settings.endGroup();
}

void MainWindow::restoreSettings(const QSettings &settings)
{
    const auto value = [&settings](const QString &key) { return settings.value(kGroup + u'/' + key); };
    setNarrowLayout(false); // restore onto the wide layout, then adapt to the restored size
    if (const QByteArray g = value(u"geometry"_s).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray s = value(u"state"_s).toByteArray(); !s.isEmpty())
        restoreState(s);
    if (const QByteArray s = value(u"splitter"_s).toByteArray(); !s.isEmpty()) {
        m_splitter->restoreState(s);
        m_splitter->setOrientation(Qt::Horizontal);
    }
    if (const QByteArray h = value(u"header"_s).toByteArray(); !h.isEmpty())
        m_columns->restoreState(h);
    setStatusFilter(value(u"statusFilter"_s).toInt());
    m_filterBar->setProfileFilter(value(u"profileFilter"_s).toString());
    applyResponsiveLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_autoSave) {
        QSettings settings;
        saveSettings(settings);
    }
    QMainWindow::closeEvent(event);
}

} // namespace jw
