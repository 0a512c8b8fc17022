#pragma once
// The profile dialog's "Balance:" row: what the selected profile's account has left, as the engine last read
// it (Scheduler::balance), when, and why the latest reading failed if it did, with Refresh (at most one
// reading a minute, within the profile's budget). Hidden, with its label, for APIs that report no balance
// and for profiles not saved yet.

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace jw {

class Scheduler;

class BalanceRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalanceRow)
public:
    explicit BalanceRow(QWidget *parent = nullptr);

    void setScheduler(Scheduler *scheduler);
    // The form's label, shown and hidden with the row.
    void setLabel(QLabel *label) { m_label = label; }
    void setProfileId(const QString &profileId);
    QString text() const;

private:
    void update();

    Scheduler *m_scheduler = nullptr;
    QString m_profileId;
    QLabel *m_label = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace jw
