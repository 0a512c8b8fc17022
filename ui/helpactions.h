#pragma once
// The window's Help: "Keyboard shortcuts" (F1 or ?) opens the ShortcutsDialog, which lists the shortcuts of the
// window's own actions, and "About Jobwatch" the AboutDialog. Both actions are the window's (so their shortcuts
// work everywhere in it) and sit in a Help submenu of the toolbar's More menu. Keeps the main window small.

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace jw {

class AboutDialog;
class Application;
class ShortcutsDialog;

class HelpActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpActions)
public:
    HelpActions(Application *app, QWidget *window);
    ~HelpActions() override;

    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }
    // Appends a "Help" submenu with both actions to `menu`.
    void addToMenu(QMenu *menu);

    // One of each at a time: a second call raises the open one. The window's actions are read on each open.
    ShortcutsDialog *openShortcuts();
    AboutDialog *openAbout();

private:
    Application *m_app;
    QWidget *m_window;
    QAction *m_shortcuts;
    QAction *m_about;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace jw
