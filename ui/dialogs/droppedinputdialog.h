#pragma once
// The lines of pasted, dropped or typed text that gave no job, and the items that could not be used, each
// with its line number and the reason ("Line 3 · hello world · no job ID, poll URL or enqueue response
// found"). Opened from the status bar's "3 lines not recognised"; not modal; Copy puts the list on the
// clipboard as tab-separated lines.

#include "intake/jobintake.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace jw {

class DroppedInputDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DroppedInputDialog)
public:
    enum Column { LineColumn, TextColumn, ReasonColumn, ColumnCount };

    explicit DroppedInputDialog(QWidget *parent = nullptr);

    void setResult(const IntakeResult &result);
    QTreeWidget *list() const { return m_list; }
    QString listText() const; // what Copy puts on the clipboard

private:
    QTreeWidget *m_list = nullptr;
    QLabel *m_more = nullptr;
};

} // namespace jw
