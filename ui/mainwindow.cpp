#include "mainwindow.h"

#include "core/application.h"
#include "core/jobintake.h"
#include "core/joblist.h"
#include "core/profilelist.h"
#include "delegates/actionsdelegate.h"
#include "delegates/progressdelegate.h"
#include "details/detailspane.h"
#include "dialogs/adddialog.h"
#include "dialogs/profilechoicedialog.h"
#include "jobstatusbar.h"
#include "mimeintake.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "poll/scheduler.h"
#include "profiles/profiledialog.h"
#include "thumbnails/thumbnaildelegate.h"
#include "thumbnails/thumbnailprovider.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
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
using Filter = JobFilterProxy::StatusFilter;
} // namespace

MainWindow::MainWindow(Application *app, QWidget *parent)
    : QMainWindow(parent)
    , m_app(app)
{
    setWindowTitle(tr("Jobwatch"));
    setAcceptDrops(true);
    m_model = new JobTableModel(app->jobs(), this);
    m_thumbnails = new ThumbnailProvider(app->jobs(), app->artifacts(), this);
    m_proxy = new JobFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    buildActions();
    buildTable();
    buildToolBar();

    m_details = new DetailsPane(app->jobs(), app->timeline(), app->profiles(), app->secrets(), this);
    m_details->setResultServices(app->artifacts(), app->scheduler());
    m_details->setMinimumWidth(240);
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

    m_statusBar = new JobStatusBar(app->jobs(), app->scheduler(), app->profiles(), this);
    statusBar()->addPermanentWidget(m_statusBar);
    connect(m_statusBar, &JobStatusBar::setKeyRequested, this, &MainWindow::openSetKey);

    connect(app->profiles(), &ProfileList::changed, this, &MainWindow::rebuildProfileFilter);
    rebuildProfileFilter();
    connect(m_proxy, &JobFilterProxy::countsChanged, this, &MainWindow::updateFilterCounts);
    connect(m_proxy, &JobFilterProxy::countsChanged, this, &MainWindow::updateActionStates);
    updateFilterCounts();
    updateActionStates();

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
    m_copyIdAct = make(tr("&Copy ID"), QKeySequence(), [this] {
        QStringList ids;
        for (const QString &key : selectedKeys())
            ids << m_app->jobs()->value(key).jobId;
        QApplication::clipboard()->setText(ids.join(u'\n'));
    });
    m_stopAllAct = make(tr("Stop all"), QKeySequence(), &MainWindow::stopAll);
    m_stopAllAct->setIcon(icons.action(RowAction::Stop));
    m_stopAllAct->setToolTip(tr("Stop watching every job (the server jobs are not touched)"));
    m_resumeAllAct = make(tr("Resume all"), QKeySequence(), &MainWindow::resumeAll);
    m_resumeAllAct->setIcon(icons.action(RowAction::Resume));
    m_resumeAllAct->setToolTip(tr("Resume every stopped, timed-out or paused job"));
    m_clearFinishedAct = make(tr("Clear finished"), QKeySequence(), &MainWindow::clearFinished);
    m_clearFinishedAct->setIcon(icons.action(RowAction::Remove));
    m_clearFinishedAct->setToolTip(tr("Remove the jobs the server reported as finished"));
    m_addAct = make(tr("Add jobs…"), QKeySequence(QKeySequence::New), [this] { openAddDialog(); });
    m_addAct->setIcon(icons.add());
    m_addAct->setToolTip(tr("Add job IDs, poll URLs or enqueue responses (you can also paste or drop them)"));
    m_pasteAct = make(tr("Paste jobs"), QKeySequence(QKeySequence::Paste), &MainWindow::paste);
}

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_addAct);
    bar->addSeparator();
    bar->addAction(m_stopAllAct);
    bar->addAction(m_resumeAllAct);
    bar->addAction(m_clearFinishedAct);

    auto *filters = addToolBar(tr("Filter"));
    m_filterBar = filters;
    filters->setObjectName(u"filterToolBar"_s);
    filters->setMovable(false);
    auto *box = new QWidget(filters);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);
    m_search = new QLineEdit(box);
    m_search->setPlaceholderText(tr("Search ID, profile, type, error"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_search->setMaximumWidth(320);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &JobFilterProxy::setSearchText);
    layout->addWidget(m_search, 1);
    for (int i = 0; i < JobFilterProxy::kFilterCount; ++i) {
        auto *button = new QToolButton(box);
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setAutoRaise(true);
        button->setChecked(i == 0);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::toggled, this, [this, i](bool on) {
            if (on)
                m_proxy->setStatusFilter(Filter(i));
        });
        m_filterButtons[size_t(i)] = button;
        layout->addWidget(button);
    }
    m_profileFilter = new QComboBox(box);
    m_profileFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileFilter->setToolTip(tr("Show the jobs of one profile"));
    connect(m_profileFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setProfileFilter(m_profileFilter->currentData().toString()); });
    layout->addWidget(m_profileFilter);
    filters->addWidget(box);
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
    // Double-click shows the result in-app (issue 7); the preview has "Open externally" for the browser.
    connect(m_view, &QTableView::doubleClicked, this, &MainWindow::openResult);
    // Result thumbnails fit the row: 16:9 inside the row height (issue 7).
    const int thumbHeight = qMax(16, m_view->verticalHeader()->defaultSectionSize() - 6);
    m_thumbnails->setThumbnailSize(QSize(thumbHeight * 16 / 9, thumbHeight));
    m_view->setItemDelegateForColumn(JobTableModel::Result, new ThumbnailDelegate(this));
    m_model->setThumbnailProvider(m_thumbnails);
    connect(m_view, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);

    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setMinimumSectionSize(40);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    applyDefaultColumns();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActionStates);
}

void MainWindow::applyDefaultColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = m_view->fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 40; };
    // Compact defaults so all ten columns fit beside the details pane at 1280 px; long IDs elide in the middle.
    header->resizeSection(JobTableModel::Job, width(u"analysis_17…817_kxdoqhc"_s) - 34);
    header->resizeSection(JobTableModel::Profile, width(u"Vidocu demo"_s) - 20);
    header->resizeSection(JobTableModel::Status, width(u"Timed out locally"_s) - 8);
    header->resizeSection(JobTableModel::Progress, width(u"36% · transcribing"_s) - 40);
    header->resizeSection(JobTableModel::Elapsed, width(u"12m 05s"_s) - 28);
    header->resizeSection(JobTableModel::Eta, width(u"12m 05s"_s) - 28);
    header->resizeSection(JobTableModel::LastUpdate, width(u"Last update"_s) - 30);
    header->resizeSection(JobTableModel::Polls, width(u"Polls"_s) - 20);
    header->resizeSection(JobTableModel::Result, width(u"3 audio clips"_s) - 26);
    header->resizeSection(JobTableModel::Actions, ActionsDelegate::preferredWidth());
    for (int c = 0; c < JobTableModel::ColumnCount; ++c)
        header->setSectionHidden(c, false);
}

void MainWindow::rebuildProfileFilter()
{
    const QString current = m_profileFilter->currentData().toString();
    const QSignalBlocker block(m_profileFilter);
    m_profileFilter->clear();
    m_profileFilter->addItem(tr("All profiles"), QString());
    QHash<QString, QString> names;
    for (const Profile &p : m_app->profiles()->all()) {
        m_profileFilter->addItem(p.name, p.id);
        names.insert(p.id, p.name);
    }
    m_model->setProfileNames(names);
    const int index = m_profileFilter->findData(current);
    m_profileFilter->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setProfileFilter(m_profileFilter->currentData().toString());
}

void MainWindow::updateFilterCounts()
{
    const JobFilterProxy::Counts counts = m_proxy->counts();
    for (int i = 0; i < JobFilterProxy::kFilterCount; ++i) {
        m_filterButtons[size_t(i)]->setText(tr("%1 (%2)", "status filter button: name (count)")
                                               .arg(JobFilterProxy::filterName(Filter(i)))
                                               .arg(counts[size_t(i)]));
    }
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
    int available = 0;
    for (const QString &key : selectedKeys()) {
        if (const JobRecord *r = m_app->jobs()->find(key))
            available |= JobTableModel::availableActions(*r);
    }
    m_stopAct->setEnabled(available & int(RowAction::Stop));
    m_resumeAct->setEnabled(available & int(RowAction::Resume));
    m_retryAct->setEnabled(available & int(RowAction::Retry));
    m_removeAct->setEnabled(available & int(RowAction::Remove));
    m_copyIdAct->setEnabled(available != 0);
    const bool any = m_app->jobs()->size() > 0;
    m_stopAllAct->setEnabled(any);
    m_resumeAllAct->setEnabled(any);
    m_clearFinishedAct->setEnabled(any);
}

void MainWindow::applyAction(RowAction action, const QStringList &keys)
{
    JobList *jobs = m_app->jobs();
    Scheduler *scheduler = m_app->scheduler();
    for (const QString &key : keys) {
        const JobRecord *r = jobs->find(key);
        if (!r || !(JobTableModel::availableActions(*r) & int(action)))
            continue;
        switch (action) {
        case RowAction::Stop: scheduler->stop(key); break;
        case RowAction::Resume:
        case RowAction::Retry: scheduler->resume(key); break;
        case RowAction::Remove:
            scheduler->stop(key);
            jobs->remove(key);
            break;
        }
    }
    // The row shows the new state at once, not on the next batch.
    jobs->flush();
    updateActionStates();
}

void MainWindow::stopAll()
{
    m_app->scheduler()->stopAll();
    m_app->jobs()->flush();
}

void MainWindow::resumeAll()
{
    for (const Profile &p : m_app->profiles()->all()) {
        if (m_app->scheduler()->isProfilePaused(p.id))
            m_app->scheduler()->resumeProfile(p.id);
    }
    QStringList keys;
    for (const QString &key : m_app->jobs()->keys()) {
        const JobRecord *r = m_app->jobs()->find(key);
        if (r && (r->engine.local == LocalState::Stopped || r->engine.local == LocalState::TimedOut || r->engine.local == LocalState::Paused))
            keys << key;
    }
    applyAction(RowAction::Resume, keys);
}

void MainWindow::clearFinished()
{
    QStringList keys;
    for (const QString &key : m_app->jobs()->keys()) {
        const JobRecord *r = m_app->jobs()->find(key);
        if (r && r->engine.local == LocalState::Done)
            keys << key;
    }
    for (const QString &key : std::as_const(keys))
        m_app->jobs()->remove(key);
    if (!keys.isEmpty())
        showNotice(tr("%n finished job(s) removed", nullptr, int(keys.size())));
    updateActionStates();
}

QDialog *MainWindow::openSetKey(const QString &profileId)
{
    auto *dialog = new ProfileDialog(m_app->profileStore(), m_app->network(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectProfile(profileId);
    dialog->show();
    dialog->replaceKey();
    return dialog;
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActionStates();
    QMenu menu(this);
    menu.addAction(m_stopAct);
    menu.addAction(m_resumeAct);
    menu.addAction(m_retryAct);
    menu.addAction(m_removeAct);
    menu.addSeparator();
    menu.addAction(m_copyIdAct);
    // A job whose profile is paused (key missing or rejected) offers to fix the key right here.
    if (index.isValid()) {
        const QString profileId = m_app->jobs()->value(index.data(JobTableModel::KeyRole).toString()).profileId;
        if (m_app->scheduler()->isProfilePaused(profileId)) {
            connect(menu.addAction(tr("Set key for %1…").arg(m_app->profiles()->displayName(profileId))),
                    &QAction::triggered, this, [this, profileId] { openSetKey(profileId); });
        }
    }
    menu.addSeparator();
    menu.addAction(m_addAct);
    menu.addAction(m_pasteAct);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int c = 0; c < JobTableModel::ColumnCount; ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != JobTableModel::Job); // the ID always shows
        connect(action, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this, [this] {
        m_view->horizontalHeader()->reset();
        for (int c = 0; c < JobTableModel::ColumnCount; ++c)
            m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(c), c);
        applyDefaultColumns();
    });
    menu.exec(header->mapToGlobal(pos));
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
    if (filter >= 0 && filter < JobFilterProxy::kFilterCount)
        m_filterButtons[size_t(filter)]->setChecked(true);
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

void MainWindow::addFromText(const QString &text)
{
    onIntakeResult(m_app->intake()->add(text));
}

void MainWindow::addFromMime(const QMimeData *mime)
{
    const MimeText extracted = textFromMime(mime);
    if (extracted.text.trimmed().isEmpty()) {
        showNotice(extracted.problems.isEmpty() ? tr("Nothing to add: the clipboard or drop held no text")
                                                : extracted.problems.join(u"; "_s));
        return;
    }
    const IntakeResult result = m_app->intake()->add(extracted.text);
    onIntakeResult(result);
    if (!extracted.problems.isEmpty())
        showNotice(m_lastNotice + u"; "_s + extracted.problems.join(u"; "_s));
}

void MainWindow::onIntakeResult(const IntakeResult &result)
{
    showNotice(result.summary);
    if (!result.ambiguous.isEmpty()) {
        askProfileFor(this, m_app->intake(), m_app->profiles(), result.ambiguous,
                      [this](const IntakeResult &chosen) { onIntakeResult(chosen); });
    }
    if (!result.added.isEmpty()) {
        const int row = m_model->rowOf(result.added.last());
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_view->scrollTo(index);
    }
    updateActionStates();
}

void MainWindow::openAddDialog(const QString &text)
{
    auto *dialog = new AddDialog(m_app->intake(), m_app->profiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!text.isEmpty())
        dialog->setText(text);
    dialog->setProfileId(m_profileFilter->currentData().toString());
    connect(dialog, &AddDialog::jobsAdded, this, &MainWindow::onIntakeResult);
    dialog->open();
}

void MainWindow::paste()
{
    addFromMime(QApplication::clipboard()->mimeData());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (mimeHasJobText(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (mimeHasJobText(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!mimeHasJobText(event->mimeData()))
        return;
    event->acceptProposedAction();
    addFromMime(event->mimeData());
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
}

void MainWindow::setNarrowLayout(bool narrow)
{
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    QHeaderView *header = m_view->horizontalHeader();
    if (narrow) {
        m_wideSplitter = m_splitter->saveState();
        m_splitter->setOrientation(Qt::Vertical);
        // After the layout settled: the table gets three fifths of the height.
        QTimer::singleShot(0, this, [this] {
            if (m_narrow)
                m_splitter->setSizes({m_splitter->height() * 3 / 5, m_splitter->height() * 2 / 5});
        });
        insertToolBarBreak(m_filterBar);
        for (const int c : {int(JobTableModel::Eta), int(JobTableModel::LastUpdate), int(JobTableModel::Polls)}) {
            if (!header->isSectionHidden(c)) {
                header->setSectionHidden(c, true);
                m_autoHidden << c;
            }
        }
    } else {
        m_splitter->setOrientation(Qt::Horizontal);
        if (!m_wideSplitter.isEmpty())
            m_splitter->restoreState(m_wideSplitter);
        m_splitter->setOrientation(Qt::Horizontal);
        removeToolBarBreak(m_filterBar);
        for (const int c : std::as_const(m_autoHidden))
            header->setSectionHidden(c, false);
        m_autoHidden.clear();
    }
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.beginGroup(kGroup);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"splitter"_s, m_narrow && !m_wideSplitter.isEmpty() ? m_wideSplitter : m_splitter->saveState());
    QHeaderView *header = m_view->horizontalHeader();
    for (const int c : m_autoHidden)
        header->setSectionHidden(c, false);
    settings.setValue(u"header"_s, header->saveState());
    for (const int c : m_autoHidden)
        header->setSectionHidden(c, true);
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
    if (const QByteArray h = value(u"header"_s).toByteArray(); !h.isEmpty()) {
        QHeaderView *header = m_view->horizontalHeader();
        if (header->restoreState(h)) {
            header->setSectionHidden(JobTableModel::Job, false);
            m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        }
    }
    setStatusFilter(value(u"statusFilter"_s).toInt());
    const int profile = m_profileFilter->findData(value(u"profileFilter"_s).toString());
    if (profile > 0)
        m_profileFilter->setCurrentIndex(profile);
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
