// MainWindow, part two: jobs coming in by paste, drag and drop, the Add jobs dialog and Import running jobs.
#include "mainwindow.h"

#include "application/application.h"
#include "dialogs/adddialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/profilechoicedialog.h"
#include "droppedinputnotice.h"
#include "filterbar.h"
#include "mimeintake.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "pasteintake.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace jw {

void MainWindow::addFromText(const QString &text)
{
    m_paste->add(text);
}

void MainWindow::addFromMime(const QMimeData *mime)
{
    const MimeText extracted = textFromMime(mime);
    if (extracted.text.trimmed().isEmpty()) {
        showNotice(extracted.problems.isEmpty() ? tr("Nothing to add: the clipboard or drop held no text")
                                                : extracted.problems.join(u"; "_s));
        return;
    }
    m_paste->add(extracted.text, extracted.problems);
}

void MainWindow::onTextAdded(const IntakeResult &result)
{
    m_dropped->setResult(result); // a later profile choice for its ambiguous jobs leaves the notice as it is
    onIntakeResult(result);
    // The notice next to it counts what was not added, so the message need not repeat it (and it fits).
    if (m_dropped->isVisibleTo(this) && !result.addedSummary.isEmpty())
        showNotice(result.addedSummary);
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
    dialog->setProfileId(m_filterBar->profileFilterId());
    connect(dialog, &AddDialog::jobsAdded, this, &MainWindow::onTextAdded);
    dialog->open();
}

QDialog *MainWindow::openImportDialog(const QString &profileId)
{
    auto *dialog = new ImportDialog(m_app, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfileId(profileId.isEmpty() ? m_filterBar->profileFilterId() : profileId);
    connect(dialog, &ImportDialog::jobsAdded, this, &MainWindow::onTextAdded);
    dialog->open();
    return dialog;
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

} // namespace jw
