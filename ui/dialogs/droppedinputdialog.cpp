#include "dialogs/droppedinputdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

DroppedInputDialog::DroppedInputDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Not Added"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These lines gave no job, or held something that could not be used:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Line"), tr("Text"), tr("Reason")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(LineColumn, fontMetrics().horizontalAdvance(u"Line 00000"_s));
    m_list->header()->resizeSection(TextColumn, fontMetrics().horizontalAdvance(u'x') * 40);
    layout->addWidget(m_list, 1);

    m_more = new QLabel(this);
    m_more->setVisible(false);
    layout->addWidget(m_more);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(listText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(u'x') * 100, fontMetrics().height() * 22);
}

void DroppedInputDialog::setResult(const IntakeResult &result)
{
    struct Row {
        int line;
        QString text;
        QString reason;
    };
    QList<Row> rows;
    rows.reserve(result.unrecognised.size() + result.rejected.size());
    for (const IdExtractor::Unrecognised &u : result.unrecognised)
        rows.append({u.line, u.text, u.reason});
    for (const IdExtractor::Rejected &r : result.rejected)
        rows.append({r.line, r.text, r.reason});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.line < b.line; });

    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(rows.size());
    for (const Row &row : std::as_const(rows)) {
        auto *item = new QTreeWidgetItem;
        item->setText(LineColumn, row.line > 0 ? QString::number(row.line) : u"\u2014"_s);
        item->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(TextColumn, row.text);
        item->setToolTip(TextColumn, row.text);
        item->setText(ReasonColumn, row.reason);
        item->setToolTip(ReasonColumn, row.reason);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    const int unlisted = result.unrecognisedLines - int(result.unrecognised.size());
    m_more->setVisible(unlisted > 0);
    m_more->setText(tr("and %n more line(s) without a job, not listed", nullptr, unlisted));
}

QString DroppedInputDialog::listText() const
{
    QStringList lines;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        lines.append(item->text(LineColumn) + u'\t' + item->text(TextColumn) + u'\t' + item->text(ReasonColumn));
    }
    return lines.join(u'\n');
}

} // namespace jw
