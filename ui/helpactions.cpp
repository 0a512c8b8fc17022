#include "helpactions.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace jw {

HelpActions::HelpActions(Application *app, QWidget *window)
    : QObject(window)
    , m_app(app)
    , m_window(window)
    , m_shortcuts(new QAction(tr("&Keyboard shortcuts"), window))
    , m_about(new QAction(tr("&About Jobwatch"), window))
{
    m_shortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    m_shortcuts->setShortcuts({QKeySequence(QKeySequence::HelpContents), QKeySequence(u"?"_s)});
    m_shortcuts->setShortcutContext(Qt::WindowShortcut);
    m_shortcuts->setToolTip(tr("List every keyboard shortcut of this window"));
    connect(m_shortcuts, &QAction::triggered, this, &HelpActions::openShortcuts);
    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &HelpActions::openAbout);
    window->addAction(m_shortcuts);
    window->addAction(m_about);
}

HelpActions::~HelpActions() = default;

void HelpActions::addToMenu(QMenu *menu)
{
    menu->addSeparator();
    QMenu *help = menu->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(m_shortcuts);
    help->addAction(m_about);
}

ShortcutsDialog *HelpActions::openShortcuts()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(m_window);
        m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcutsDialog->refresh();
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
    return m_shortcutsDialog;
}

AboutDialog *HelpActions::openAbout()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(m_app, m_window);
        m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
    return m_aboutDialog;
}

} // namespace jw
