// Help: the Keyboard shortcuts window lists the shortcuts of the main window's own actions (a new action with a
// shortcut appears by itself), opens on F1 and on ?, and About names the versions of Jobwatch, Qt and the key
// store in use. Offscreen, on a real MainWindow over an in-memory Application.

#include "application/application.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "helpactions.h"
#include "mainwindow.h"
#include "profiles/secretvault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// Row texts of the shortcuts table: "Action\tKeys".
QStringList rows(const QTableWidget *table)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << table->item(row, 0)->text() + u'\t' + table->item(row, 1)->text();
    return out;
}
} // namespace

class TestHelpWindows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<jw::Application> m_app;
    std::unique_ptr<jw::MainWindow> m_window;

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<jw::Application>();
        m_window = std::make_unique<jw::MainWindow>(m_app.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_app.reset();
    }

    void shortcutsListTheWindowsActions()
    {
        jw::ShortcutsDialog *dialog = m_window->helpActions()->openShortcuts();
        QVERIFY(dialog->isVisible());
        const QStringList listed = rows(dialog->table());
        const auto native = [](const QKeySequence &key) { return key.toString(QKeySequence::NativeText); };
        QVERIFY2(listed.contains(u"Add jobs…\t"_s + native(QKeySequence::New)), qPrintable(listed.join(u'\n')));
        QVERIFY2(listed.contains(u"Stop\t"_s + native(QKeySequence(u"Ctrl+."_s))), qPrintable(listed.join(u'\n'))); // "&Stop"
        QVERIFY2(listed.contains(u"Retry now\tCtrl+Shift+R"_s), qPrintable(listed.join(u'\n')));
        QVERIFY2(listed.contains(u"Keyboard shortcuts\tF1, ?"_s), qPrintable(listed.join(u'\n')));
        // Every action of the window that has a shortcut is there, and nothing else.
        int withShortcut = 0;
        QSet<const QAction *> counted;
        QList<QAction *> actions = m_window->actions() + m_window->findChildren<QAction *>();
        for (const QAction *action : std::as_const(actions)) {
            if (!counted.contains(action) && !action->shortcut().isEmpty())
                ++withShortcut;
            counted.insert(action);
        }
        QCOMPARE(dialog->table()->rowCount(), withShortcut);
        QVERIFY(!listed.join(u'\n').contains(u"Stop all"_s)); // no shortcut: not listed
        // Sorted by text.
        QStringList texts;
        for (const QString &row : listed)
            texts << row.section(u'\t', 0, 0);
        QStringList sorted = texts;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
        QCOMPARE(texts, sorted);
    }

    void aNewActionWithAShortcutAppears()
    {
        jw::ShortcutsDialog *dialog = m_window->helpActions()->openShortcuts();
        QVERIFY(!rows(dialog->table()).join(u'\n').contains(u"Frobnicate"_s));
        auto *action = new QAction(u"&Frobnicate"_s, m_window.get());
        action->setShortcut(QKeySequence(u"Ctrl+Alt+J"_s));
        m_window->addAction(action);
        QCOMPARE(m_window->helpActions()->openShortcuts(), dialog); // one window, read again
        QVERIFY2(rows(dialog->table()).contains(u"Frobnicate\tCtrl+Alt+J"_s), qPrintable(rows(dialog->table()).join(u'\n')));
        action->setShortcuts({QKeySequence(u"Ctrl+Alt+J"_s), QKeySequence(u"Ctrl+Alt+K"_s)});
        dialog->refresh();
        QVERIFY(rows(dialog->table()).contains(u"Frobnicate\tCtrl+Alt+J, Ctrl+Alt+K"_s));
    }

    void f1AndQuestionMarkOpenTheShortcuts_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("F1") << int(Qt::Key_F1);
        QTest::newRow("?") << int(Qt::Key_Question);
    }
    void f1AndQuestionMarkOpenTheShortcuts()
    {
        QFETCH(int, key);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key(key));
        QTRY_VERIFY(m_window->findChild<jw::ShortcutsDialog *>());
        QVERIFY(m_window->findChild<jw::ShortcutsDialog *>()->isVisible());
    }

    void questionMarkStillTypesInTheSearchField()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->searchField()->setFocus();
        QTest::keyClicks(m_window->searchField(), u"what?"_s);
        QCOMPARE(m_window->searchField()->text(), u"what?"_s);
        QVERIFY(!m_window->findChild<jw::ShortcutsDialog *>());
    }

    void helpMenuIsInTheMoreMenu()
    {
        auto *help = m_window->moreMenu()->findChild<QMenu *>(u"helpMenu"_s);
        QVERIFY(help);
        QCOMPARE(help->actions(), (QList<QAction *>{m_window->helpActions()->shortcutsAction(), m_window->helpActions()->aboutAction()}));
    }

    void aboutNamesTheVersionsAndTheKeyStore()
    {
        m_window->helpActions()->aboutAction()->trigger();
        auto *about = m_window->findChild<jw::AboutDialog *>();
        QVERIFY(about && about->isVisible());
        const QString text = about->versionLabel()->text();
        QVERIFY2(text.contains(u"Jobwatch " JOBWATCH_VERSION ""_s), qPrintable(text));
        QVERIFY2(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(u"system keychain"_s) && text.contains(u"QtKeychain 0.13"_s), qPrintable(text));

        // Copy puts the same lines on the clipboard.
        auto *buttons = about->findChild<QDialogButtonBox *>();
        QPushButton *copy = nullptr;
        for (QAbstractButton *button : buttons->buttons()) {
            if (buttons->buttonRole(button) == QDialogButtonBox::ActionRole)
                copy = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), text);

        // With the opt-in key file, About says so and where it is.
        m_app->vault()->setBackend(jw::SecretVault::Backend::File);
        const QString file = jw::AboutDialog::versionText(m_app.get());
        QVERIFY2(file.contains(u"plaintext key file"_s) && file.contains(m_app->vault()->keyFilePath()), qPrintable(file));
        QVERIFY(!file.contains(u"QtKeychain"_s));
    }
};

QTEST_MAIN(TestHelpWindows)
#include "tst_helpwindows.moc"
