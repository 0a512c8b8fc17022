#pragma once
// The window's actions around results and settings: "Save all results…" (the jobs the table shows),
// "Save results…" (the selected jobs) and "Settings…". Each save asks for a folder with a non-modal
// QFileDialog, then runs a SaveResultsDialog; the settings open the SettingsDialog. Notices (nothing to save,
// the summary) go out through notice() for the status bar. Keeps the main window small.

#include "dialogs/settingsdialog.h"

#include <QFileDialog>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QToolButton;
class QWidget;

namespace jw {

class Application;
class SaveResultsDialog;

class ResultActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultActions)
public:
    using KeySource = std::function<QStringList()>;
    ResultActions(Application *app, QWidget *window, KeySource shownKeys, KeySource selectedKeys);
    ~ResultActions() override;

    QAction *saveAllAction() const { return m_saveAll; }
    QAction *saveSelectedAction() const { return m_saveSelected; }
    QAction *settingsAction() const { return m_settings; }
    void updateStates(); // enables the saves when there is something to save
    // The toolbar's icon-only menu button: Save all results…, Settings… (the menu is the button's child).
    QToolButton *makeMenuButton(QWidget *parent);

    // Asks for a folder, then saves the results of `keys`. A test answers the folder dialog itself
    // (folderDialog()) or calls saveTo() directly.
    void saveResults(const QStringList &keys);
    SaveResultsDialog *saveTo(const QStringList &keys, const QString &folder);
    QFileDialog *folderDialog() const { return m_folderDialog; }
    SettingsDialog *openSettings();

Q_SIGNALS:
    void notice(const QString &text);

private:
    Application *m_app;
    QWidget *m_window;
    KeySource m_shownKeys;
    KeySource m_selectedKeys;
    QAction *m_saveAll = nullptr;
    QAction *m_saveSelected = nullptr;
    QAction *m_settings = nullptr;
    QPointer<QFileDialog> m_folderDialog;
    QPointer<SettingsDialog> m_settingsDialog;
};

} // namespace jw
