#include "resultactions.h"

#include "artifacts/bulksaver.h"
#include "application/application.h"
#include "model/joblist.h"
#include "dialogs/saveresultsdialog.h"
#include "dialogs/settingsdialog.h"
#include "models/jobicons.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
const QString kLastFolderKey = u"saveResults/lastFolder"_s;

int filesToSave(Application *app, const QStringList &keys)
{
    return BulkSaver::countFiles(app->jobs(), keys);
}
} // namespace

ResultActions::ResultActions(Application *app, QWidget *window, KeySource shownKeys, KeySource selectedKeys)
    : QObject(window)
    , m_app(app)
    , m_window(window)
    , m_shownKeys(std::move(shownKeys))
    , m_selectedKeys(std::move(selectedKeys))
{
    JobIcons icons;
    m_saveAll = new QAction(icons.save(), tr("Save all results…"), this);
    m_saveAll->setToolTip(tr("Save the results of every completed job in the table to a folder"));
    connect(m_saveAll, &QAction::triggered, this, [this] { saveResults(m_shownKeys()); });
    m_saveSelected = new QAction(icons.save(), tr("Save results…"), this);
    m_saveSelected->setToolTip(tr("Save the results of the selected jobs to a folder"));
    connect(m_saveSelected, &QAction::triggered, this, [this] { saveResults(m_selectedKeys()); });
    m_settings = new QAction(tr("Settings…"), this);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &ResultActions::openSettings);
    window->addAction(m_settings);
}

ResultActions::~ResultActions() = default;

void ResultActions::updateStates()
{
    m_saveSelected->setEnabled(filesToSave(m_app, m_selectedKeys()) > 0);
}

QToolButton *ResultActions::makeMenuButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    auto *menu = new QMenu(tr("More"), button);
    menu->addAction(m_saveAll);
    menu->addSeparator();
    menu->addAction(m_settings);
    button->setObjectName(u"moreButton"_s);
    button->setIcon(JobIcons().menu());
    button->setToolTip(tr("More actions: save all results, settings"));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    return button;
}

void ResultActions::saveResults(const QStringList &keys)
{
    if (filesToSave(m_app, keys) == 0) {
        Q_EMIT notice(keys.isEmpty() ? tr("No jobs to save results from")
                                     : tr("Nothing to save: none of these jobs has completed with a result"));
        return;
    }
    if (m_folderDialog) {
        m_folderDialog->raise();
        return;
    }
    QString start = QSettings().value(kLastFolderKey).toString();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    m_folderDialog = new QFileDialog(m_window, tr("Save Results To"), start);
    m_folderDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_folderDialog->setFileMode(QFileDialog::Directory);
    m_folderDialog->setOption(QFileDialog::ShowDirsOnly);
    m_folderDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_folderDialog->setLabelText(QFileDialog::Accept, tr("Save Here"));
    connect(m_folderDialog, &QFileDialog::fileSelected, this, [this, keys](const QString &folder) {
        QSettings().setValue(kLastFolderKey, folder);
        saveTo(keys, folder);
    });
    m_folderDialog->open();
}

SaveResultsDialog *ResultActions::saveTo(const QStringList &keys, const QString &folder)
{
    auto *dialog = new SaveResultsDialog(m_app, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SaveResultsDialog::notice, this, &ResultActions::notice);
    QString error;
    if (!dialog->start(keys, folder, &error)) {
        delete dialog;
        Q_EMIT notice(error);
        return nullptr;
    }
    dialog->show();
    return dialog;
}

SettingsDialog *ResultActions::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return m_settingsDialog;
    }
    m_settingsDialog = new SettingsDialog(m_app, m_window);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->open();
    return m_settingsDialog;
}

} // namespace jw
