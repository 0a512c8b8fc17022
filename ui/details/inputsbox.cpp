#include "details/inputsbox.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
constexpr qsizetype kShownCharacters = 600; // a longer value is shown cut; Copy takes all of it
}

InputsBox::InputsBox(QWidget *parent) : QGroupBox(tr("Inputs"), parent)
{
    setObjectName(u"inputsBox"_s);
    m_grid = new QGridLayout(this);
    m_grid->setColumnStretch(1, 1);
    setVisible(false);
}

void InputsBox::setInputs(const QList<LabelledInput> &inputs)
{
    if (inputs == m_inputs)
        return;
    m_inputs = inputs;
    rebuild();
}

QLabel *InputsBox::valueLabel(int row) const
{
    return row >= 0 && row < m_values.size() ? m_values.at(row) : nullptr;
}

QToolButton *InputsBox::copyButton(int row) const
{
    return row >= 0 && row < m_buttons.size() ? m_buttons.at(row) : nullptr;
}

void InputsBox::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_values.clear();
    m_buttons.clear();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < m_inputs.size(); ++row) {
        const LabelledInput &input = m_inputs.at(row);
        auto *label = new QLabel(tr("%1:", "input label").arg(input.label), this);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setToolTip(input.name);
        auto *value = new QLabel(this);
        value->setTextFormat(Qt::PlainText); // provider text: never rich text
        value->setText(input.value.size() > kShownCharacters ? input.value.left(kShownCharacters) + u'…' : input.value);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAlignment(Qt::AlignLeft | Qt::AlignTop); // level with its label when the row is taller
        if (!input.value.contains(u' '))
            value->setToolTip(input.value.left(kShownCharacters)); // a hash or a path may be cut at the edge
        value->setWordWrap(true);
        value->setMinimumWidth(40);
        // Long unbroken values (hashes, JSON) must wrap anywhere rather than widen the pane.
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        if (input.name != u"prompt"_s)
            value->setFont(fixed);
        label->setBuddy(value);
        auto *copy = new QToolButton(this);
        copy->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
        copy->setText(tr("Copy"));
        copy->setToolButtonStyle(Qt::ToolButtonIconOnly);
        copy->setAutoRaise(true);
        copy->setToolTip(tr("Copy \u201c%1\u201d", "copy one input, e.g. Copy \u201cPrompt\u201d").arg(input.label));
        copy->setAccessibleName(copy->toolTip());
        const QString text = input.value;
        const QString what = input.label;
        connect(copy, &QToolButton::clicked, this, [this, text, what] {
            QApplication::clipboard()->setText(text);
            Q_EMIT copied(tr("Copied \u201c%1\u201d", "one input, e.g. Copied \u201cPrompt\u201d").arg(what));
        });
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(value, row, 1);
        m_grid->addWidget(copy, row, 2, Qt::AlignTop);
        m_values.append(value);
        m_buttons.append(copy);
    }
    setVisible(!m_inputs.isEmpty());
}

} // namespace jw
