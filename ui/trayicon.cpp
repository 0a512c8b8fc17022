#include "trayicon.h"

#include "application/application.h"
#include "application/jobendings.h"
#include "mainwindow.h"
#include "model/joblist.h"
#include "model/profilelist.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "models/jobtally.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
constexpr int kNotificationMs = 10000;

// The app's icon with the number of active jobs in a badge (none at 0).
QIcon badgeIcon(int count)
{
    QIcon icon;
    const QIcon base(u":/icons/jobwatch.svg"_s);
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(QColor(0x2b, 0x6c, 0xb0));
        }
        if (count > 0 && size >= 22) {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const QString text = count > 99 ? u"99+"_s : QString::number(count);
            QFont font = p.font();
            font.setBold(true);
            font.setPixelSize(size * 9 / 22);
            p.setFont(font);
            const int w = std::max(size / 2, QFontMetrics(font).horizontalAdvance(text) + size / 6);
            const QRect badge(size - w, size - size / 2, w, size / 2);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xc0, 0x1c, 0x28));
            p.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, text);
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

TrayIcon::TrayIcon(Application *app, MainWindow *window)
    : QObject(window)
    , m_app(app)
    , m_window(window)
    , m_tally(new JobTally(app->jobs(), this))
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu(window))
    , m_available(QSystemTrayIcon::isSystemTrayAvailable())
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_showAct = m_menu->addAction(tr("&Show Jobwatch"), this, &TrayIcon::showWindow);
    m_stopAllAct = m_menu->addAction(tr("S&top all"), m_window, &MainWindow::stopAll);
    m_stopAllAct->setToolTip(tr("Stop watching every job (the server jobs are not touched)"));
    m_menu->addSeparator();
    m_quitAct = m_menu->addAction(tr("&Quit"), this, &TrayIcon::quit);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showBatchJobs);

    JobEndings *endings = m_app->endings();
    connect(endings->batcher(), &FinishBatcher::batchReady, this, &TrayIcon::announce);
    connect(endings, &JobEndings::settingsChanged, this, &TrayIcon::applySettings);
    const auto soon = [this] { QMetaObject::invokeMethod(this, &TrayIcon::refresh, Qt::QueuedConnection); };
    connect(m_app->jobs(), &JobList::jobsAdded, this, soon);
    connect(m_app->jobs(), &JobList::jobsRemoved, this, soon);
    connect(m_app->jobs(), &JobList::jobsChanged, this, soon);
    m_window->installEventFilter(this);
    applySettings();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setTrayAvailable(bool available)
{
    m_available = available;
    applySettings();
}

QMessageBox *TrayIcon::closeQuestion() const
{
    return m_question.data();
}

bool TrayIcon::isShown() const
{
    return m_available && m_app->endings()->trayIcon();
}

void TrayIcon::applySettings()
{
    const bool shown = isShown();
    refresh(); // the icon first: a tray icon without one is not shown
    m_icon->setVisible(shown && QSystemTrayIcon::isSystemTrayAvailable());
    if (!shown && m_window->isHidden() && !m_quitting) // the icon went away: the window must not stay hidden
        showWindow();
}

QString TrayIcon::toolTipText() const
{
    return tr("Jobwatch: %1", "tray tooltip: the job counts").arg(JobTally::summary(m_tally->counts()));
}

int TrayIcon::badgeCount() const
{
    return m_tally->counts()[size_t(StatusCategory::Active)];
}

void TrayIcon::refresh()
{
    m_icon->setToolTip(toolTipText());
    if (const int count = badgeCount(); count != m_badge) {
        m_badge = count;
        m_icon->setIcon(badgeIcon(count));
    }
    m_stopAllAct->setEnabled(badgeCount() > 0);
}

void TrayIcon::announce(const FinishBatch &batch)
{
    if (batch.isEmpty() || !m_app->endings()->notifications())
        return;
    m_lastBatch = batch;
    m_lastTitle = batch.title();
    m_lastBody = batch.body(m_app->jobs(), m_app->profiles());
    const QSystemTrayIcon::MessageIcon kind = batch.failed.isEmpty() ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning;
    if (m_icon->isVisible())
        m_icon->showMessage(m_lastTitle, m_lastBody, kind, kNotificationMs);
    Q_EMIT notified(m_lastTitle, m_lastBody);
}

void TrayIcon::showWindow()
{
    QApplication::setQuitOnLastWindowClosed(true);
    m_window->show();
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::showBatchJobs()
{
    showWindow();
    QStringList keys;
    for (const QString &key : m_lastBatch.keys()) {
        if (m_app->jobs()->contains(key))
            keys << key;
    }
    if (keys.isEmpty())
        return;
    // The jobs must be in the table: filters that would hide one are lifted.
    const auto indexOf = [this](const QString &key) {
        return m_window->proxy()->mapFromSource(m_window->model()->index(m_window->model()->rowOf(key), 0));
    };
    const bool allShown = std::all_of(keys.cbegin(), keys.cend(), [&](const QString &key) { return indexOf(key).isValid(); });
    if (!allShown) {
        m_window->searchField()->clear();
        m_window->profileFilter()->setCurrentIndex(0);
        m_window->setStatusFilter(int(JobFilterProxy::StatusFilter::All));
    }
    QItemSelectionModel *selection = m_window->view()->selectionModel();
    QItemSelection rows;
    for (const QString &key : std::as_const(keys)) {
        const QModelIndex index = indexOf(key);
        if (index.isValid())
            rows.select(index, index.siblingAtColumn(m_window->proxy()->columnCount() - 1));
    }
    const QModelIndex first = indexOf(keys.constFirst());
    selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_window->view()->scrollTo(first);
}

void TrayIcon::quit()
{
    m_quitting = true;
    if (m_question)
        m_question->close();
    m_window->close(); // saves the window's settings
    QCoreApplication::quit();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close || m_quitting || !isShown())
        return QObject::eventFilter(watched, event);
    const int active = badgeCount();
    if (active == 0)
        return false;
    switch (m_app->endings()->closeAction()) {
    case JobEndings::CloseAction::Quit: return false;
    case JobEndings::CloseAction::KeepInTray: hideToTray(); break;
    case JobEndings::CloseAction::Ask: askOnClose(active); break;
    }
    event->ignore();
    return true;
}

void TrayIcon::hideToTray()
{
    QApplication::setQuitOnLastWindowClosed(false); // a dialog closed later must not end the app
    m_window->hide();
}

void TrayIcon::askOnClose(int active)
{
    if (m_question) {
        m_question->raise();
        return;
    }
    m_question = new QMessageBox(QMessageBox::Question, tr("Keep watching?"),
                                 tr("%n job(s) still being watched. Keep watching them in the tray and be told when "
                                    "they end?", nullptr, active),
                                 QMessageBox::NoButton, m_window);
    m_question->setObjectName(u"closeQuestion"_s);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    m_question->setInformativeText(tr("Jobwatch remembers your answer; you can change it in Settings."));
    QPushButton *keep = m_question->addButton(tr("Keep watching in the tray"), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepInTray"_s);
    QPushButton *quitButton = m_question->addButton(tr("Quit"), QMessageBox::DestructiveRole);
    quitButton->setObjectName(u"quitNow"_s);
    m_question->addButton(QMessageBox::Cancel);
    m_question->setDefaultButton(keep);
    connect(m_question, &QMessageBox::buttonClicked, this, [this, keep, quitButton](QAbstractButton *button) {
        if (button == keep) {
            m_app->endings()->setCloseAction(JobEndings::CloseAction::KeepInTray);
            hideToTray();
        } else if (button == quitButton) {
            m_app->endings()->setCloseAction(JobEndings::CloseAction::Quit);
            QMetaObject::invokeMethod(this, &TrayIcon::quit, Qt::QueuedConnection);
        } // Cancel: the window stays, nothing is remembered
    });
    m_question->open();
}

} // namespace jw
