#pragma once
// The Settings dialog's part about jobs that end (JobEndings): the tray icon, notifications, what closing the
// window with jobs still running does, and the global run-on-finish program with its timeout and a legend of
// the placeholders. apply() checks the command (FinishCommand::parse) and saves; a profile's own command is set
// in the Profiles dialog.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace jw {

class JobEndings;

class EndingsSettings final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndingsSettings)
public:
    explicit EndingsSettings(JobEndings *endings, QWidget *parent = nullptr);

    QCheckBox *trayBox() const { return m_tray; }
    QCheckBox *notifyBox() const { return m_notify; }
    QComboBox *closeBox() const { return m_close; }
    QLineEdit *commandEdit() const { return m_command; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    static QString placeholderLegend();

    // Saves the fields; false and a one-line reason (nothing saved) when the command cannot be used.
    bool apply(QString *error);

private:
    JobEndings *m_endings;
    QCheckBox *m_tray = nullptr;
    QCheckBox *m_notify = nullptr;
    QComboBox *m_close = nullptr;
    QLineEdit *m_command = nullptr;
    QSpinBox *m_timeout = nullptr;
};

} // namespace jw
