#include "historyactions.h"

#include "application/application.h"
#include "dialogs/exportdialog.h"
#include "dialogs/removeolderdialog.h"
#include "model/joblist.h"
#include "models/jobfilterproxy.h"
#include "store/historysearch.h"
#include "store/storesync.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>

namespace jw {

HistoryActions::HistoryActions(Application *app, QWidget *window, JobFilterProxy *proxy, KeySource shownKeys,
                               KeySource selectedKeys)
    : QObject(window)
    , m_app(app)
    , m_window(window)
    , m_proxy(proxy)
    , m_shownKeys(std::move(shownKeys))
    , m_selectedKeys(std::move(selectedKeys))
{
    m_search = new HistorySearch(app->storeThread(), this);
    connect(m_search, &HistorySearch::matched, this, [this](const QString &text, const QSet<QString> &keys) {
        if (!m_searchProblem.isEmpty()) {
            m_searchProblem.clear();
            if (m_field)
                m_field->setToolTip(m_fieldToolTip);
        }
        m_proxy->setStoreMatches(text, keys);
    });
    connect(m_search, &HistorySearch::failed, this, [this](const QString &, const QString &error) {
        const QString message = tr("Searching the job history failed: %1. The table shows jobs whose ID, profile, "
                                   "type or error contain the text.").arg(error);
        if (m_field)
            m_field->setToolTip(message);
        if (message != m_searchProblem) { // said once, not on every key
            m_searchProblem = message;
            Q_EMIT notice(message);
        }
    });
    // Jobs written since the query (new ones, new messages or results) match too.
    connect(app->history(), &StoreSync::written, m_search, &HistorySearch::refresh);

    m_export = new QAction(tr("Export…"), this);
    m_export->setToolTip(tr("Write the selected jobs, or all jobs in the table, to a CSV or JSON file"));
    connect(m_export, &QAction::triggered, this, &HistoryActions::openExport);
    m_copyIds = new QAction(tr("Copy IDs"), this);
    m_copyIds->setToolTip(tr("Copy the selected jobs' IDs, one per line"));
    connect(m_copyIds, &QAction::triggered, this, &HistoryActions::copyIds);
    m_removeOlder = new QAction(tr("Remove older than…"), this);
    m_removeOlder->setToolTip(tr("Remove jobs that were last active more than a number of days ago"));
    connect(m_removeOlder, &QAction::triggered, this, &HistoryActions::openRemoveOlder);
}

HistoryActions::~HistoryActions() = default;

void HistoryActions::attachSearchField(QLineEdit *field)
{
    m_field = field;
    m_fieldToolTip = field->toolTip();
    connect(field, &QLineEdit::textChanged, m_search, &HistorySearch::setText);
    m_search->setText(field->text());
}

void HistoryActions::updateStates()
{
    m_copyIds->setEnabled(!m_selectedKeys().isEmpty());
    m_export->setEnabled(m_app->jobs()->size() > 0);
    m_removeOlder->setEnabled(m_app->jobs()->size() > 0);
}

void HistoryActions::addToMenu(QMenu *menu, QAction *after, QAction *before)
{
    const QList<QAction *> actions = menu->actions();
    menu->insertAction(actions.value(actions.indexOf(after) + 1), m_export);
    menu->insertAction(before, m_removeOlder);
    menu->insertSeparator(before);
}

ExportDialog *HistoryActions::openExport()
{
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return m_exportDialog;
    }
    const QStringList shown = m_shownKeys();
    if (shown.isEmpty()) {
        Q_EMIT notice(tr("No jobs to export"));
        return nullptr;
    }
    m_exportDialog = new ExportDialog(m_app, m_selectedKeys(), shown, m_window);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportDialog, &ExportDialog::exported, this, &HistoryActions::notice);
    m_exportDialog->open();
    return m_exportDialog;
}

RemoveOlderDialog *HistoryActions::openRemoveOlder()
{
    if (m_removeOlderDialog) {
        m_removeOlderDialog->raise();
        m_removeOlderDialog->activateWindow();
        return m_removeOlderDialog;
    }
    m_removeOlderDialog = new RemoveOlderDialog(m_app, m_window);
    m_removeOlderDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_removeOlderDialog, &RemoveOlderDialog::removed, this, &HistoryActions::notice);
    m_removeOlderDialog->open();
    return m_removeOlderDialog;
}

void HistoryActions::copyIds()
{
    QStringList ids;
    for (const QString &key : m_selectedKeys()) {
        if (const JobRecord *record = m_app->jobs()->find(key))
            ids << record->jobId;
    }
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(u'\n'));
    Q_EMIT notice(tr("Copied %n job ID(s)", nullptr, int(ids.size())));
}

} // namespace jw
