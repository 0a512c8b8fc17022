#pragma once
// Remove older than…: removes from the window and the job history every job not being watched whose last
// activity is more than N days ago. Shows, as N changes, how many jobs that is; Remove is off when it is none.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace jw {

class Application;

class RemoveOlderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoveOlderDialog)
public:
    explicit RemoveOlderDialog(Application *app, QWidget *parent = nullptr);

    QSpinBox *daysBox() const { return m_days; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *removeButton() const;
    int matching() const { return m_matching; }

public Q_SLOTS:
    void accept() override;
    void updateCount();

Q_SIGNALS:
    void removed(const QString &message); // for the status bar

private:
    qint64 cutoffMs() const;

    Application *m_app;
    QSpinBox *m_days = nullptr;
    QLabel *m_count = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_matching = 0;
};

} // namespace jw
