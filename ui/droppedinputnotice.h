#pragma once
// The status bar's "3 lines not recognised" after a paste, drop or Add: a link that opens the list of what
// was not added (DroppedInputDialog), and a button to dismiss it. It stays until dismissed or until the next
// text is added, so nothing dropped goes unnoticed once the summary message has gone.

#include "intake/jobintake.h"

#include <QPointer>
#include <QWidget>

class QToolButton;

namespace jw {

class DroppedInputDialog;

class DroppedInputNotice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DroppedInputNotice)
public:
    explicit DroppedInputNotice(QWidget *parent = nullptr);

    // Shows what `result` did not add ("3 lines not recognised, 1 item not usable"), or hides when all was used.
    void setResult(const IntakeResult &result);
    QString text() const;
    QToolButton *linkButton() const { return m_link; }
    // Opens (or raises) the list; returns it (tests).
    DroppedInputDialog *openList();
    DroppedInputDialog *list() const;

private:
    QToolButton *m_link = nullptr;
    QToolButton *m_dismiss = nullptr;
    IntakeResult m_result;
    QPointer<DroppedInputDialog> m_dialog;
};

} // namespace jw
