#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
QString plainText(QString text)
{
    // "&Stop" → "Stop", "Save && quit" → "Save & quit"; a tab separates a built-in shortcut text
    text = text.section(u'\t', 0, 0);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        out += text.at(i);
    }
    return out;
}
} // namespace

QString ShortcutEntry::keysText() const
{
    QStringList parts;
    for (const QKeySequence &key : keys)
        parts << key.toString(QKeySequence::NativeText);
    return parts.join(u", "_s);
}

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_window(window)
    , m_table(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutsDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These keys work anywhere in the main window. Paste and drop job IDs, poll URLs or "
                                "enqueue responses anywhere in it, too."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 420);
    refresh();
}

QList<ShortcutEntry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<QAction *> actions = window->actions();
    actions += window->findChildren<QAction *>();
    QSet<const QAction *> seen;
    QList<ShortcutEntry> entries;
    for (const QAction *action : std::as_const(actions)) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        seen.insert(action);
        QList<QKeySequence> keys;
        for (const QKeySequence &key : action->shortcuts()) {
            if (!key.isEmpty())
                keys << key;
        }
        if (!keys.isEmpty())
            entries.append({plainText(action->text()), keys});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const ShortcutEntry &a, const ShortcutEntry &b) {
        return QString::localeAwareCompare(a.text, b.text) < 0;
    });
    return entries;
}

void ShortcutsDialog::refresh()
{
    const QList<ShortcutEntry> entries = collect(m_window);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(entries.at(row).text));
        m_table->setItem(row, 1, new QTableWidgetItem(entries.at(row).keysText()));
    }
}

} // namespace jw
