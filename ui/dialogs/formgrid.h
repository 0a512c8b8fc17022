#pragma once
// Label/field rows for dialogs, on a QGridLayout instead of QFormLayout: Qt 6.4's QFormLayout reads and writes
// past its row buffer in setGeometry when word-wrapped (height-for-width) rows are shown, hidden or changed
// (valgrind: invalid write; see DetailsPane). Labels follow the style's form-label alignment and become the
// field's buddy, so "&Name:" mnemonics work as before; the field column takes the extra width. A row whose
// widgets are all hidden takes no space, so message rows under a field can simply be shown and hidden.
//
//   auto *grid = new FormGrid(form);
//   grid->addRow(tr("&Name:"), m_name);
//   grid->addRow(m_nameError); // field column only, under the field

#include <QGridLayout>

class QLabel;

namespace jw {

class FormGrid final : public QGridLayout
{
public:
    explicit FormGrid(QWidget *parent = nullptr);

    QLabel *addRow(const QString &label, QWidget *field);
    QLabel *addRow(const QString &label, QLayout *field);
    void addRow(QWidget *field);
    void addRow(QLayout *field);

private:
    QLabel *addLabel(const QString &text);
    void nextRow();
    int m_rows = 0;
};

} // namespace jw
