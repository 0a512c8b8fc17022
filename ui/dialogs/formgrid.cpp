#include "dialogs/formgrid.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>

namespace jw {

FormGrid::FormGrid(QWidget *parent)
    : QGridLayout(parent)
{
    setColumnStretch(1, 1);
    setRowStretch(0, 1);
}

void FormGrid::nextRow()
{
    // Rows stay packed at the top, as in a form: the empty row after the last one takes the extra height.
    setRowStretch(m_rows, 0);
    setRowStretch(++m_rows, 1);
}

QLabel *FormGrid::addLabel(const QString &text)
{
    auto *label = new QLabel(text, parentWidget());
    const QStyle *style = parentWidget() ? parentWidget()->style() : QApplication::style();
    const auto horizontal = Qt::Alignment(style->styleHint(QStyle::SH_FormLayoutLabelAlignment)) & Qt::AlignHorizontal_Mask;
    label->setAlignment(horizontal | Qt::AlignVCenter);
    addWidget(label, m_rows, 0);
    return label;
}

QLabel *FormGrid::addRow(const QString &label, QWidget *field)
{
    QLabel *title = addLabel(label);
    title->setBuddy(field);
    addWidget(field, m_rows, 1);
    nextRow();
    return title;
}

QLabel *FormGrid::addRow(const QString &label, QLayout *field)
{
    QLabel *title = addLabel(label);
    addLayout(field, m_rows, 1);
    nextRow();
    return title;
}

void FormGrid::addRow(QWidget *field)
{
    addWidget(field, m_rows, 1);
    nextRow();
}

void FormGrid::addRow(QLayout *field)
{
    addLayout(field, m_rows, 1);
    nextRow();
}

} // namespace jw
