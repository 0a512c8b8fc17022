#pragma once
// The "Inputs" section of the details pane: the prompt, model, seed and other inputs the provider echoed for
// the job (labelledInputs()), one row each with a Copy button. Hidden while the job has none. Rows are rebuilt
// only when the inputs change, so a poll that repeats them does not flicker or lose a text selection.

#include "model/jobinputs.h"

#include <QGroupBox>
#include <QList>

class QGridLayout;
class QLabel;
class QToolButton;

namespace jw {

class InputsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputsBox)
public:
    explicit InputsBox(QWidget *parent = nullptr);

    void setInputs(const QList<LabelledInput> &inputs);
    QList<LabelledInput> inputs() const { return m_inputs; }

    // The value label and Copy button of row `row`, for tests; null when there is no such row.
    QLabel *valueLabel(int row) const;
    QToolButton *copyButton(int row) const;

Q_SIGNALS:
    // After a Copy: "Copied the prompt", for the status bar.
    void copied(const QString &what);

private:
    void rebuild();

    QList<LabelledInput> m_inputs;
    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_values;
    QList<QToolButton *> m_buttons;
};

} // namespace jw
