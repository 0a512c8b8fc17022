#pragma once
// "Keyboard shortcuts": every shortcut of a window, read from its actions (the QActions of the window and of
// its child widgets and objects), so a new action with a shortcut shows up here by itself. One row per action:
// its text (without the & of its mnemonic) and all its key sequences in the platform's notation; sorted by text.

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTableWidget;

namespace jw {

struct ShortcutEntry {
    QString text;               // the action's text, without mnemonic ampersands
    QList<QKeySequence> keys;   // in the action's order
    QString keysText() const;   // "F1, ?" (QKeySequence::NativeText)
};

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    explicit ShortcutsDialog(QWidget *window);

    // The shortcuts of `window`'s actions (and its children's), sorted by text.
    static QList<ShortcutEntry> collect(const QWidget *window);
    // Reads the window's actions again (their texts and shortcuts may have changed).
    void refresh();
    QTableWidget *table() const { return m_table; }

private:
    const QWidget *m_window;
    QTableWidget *m_table;
};

} // namespace jw
