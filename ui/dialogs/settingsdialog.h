#pragma once
// Settings: tray, notifications and the run-on-finish program (EndingsSettings); the results archive (what is kept, the folder, the file name pattern with a live example and
// its validation message), the download limit (the largest result downloaded, in MB) and the job history's retention (days; 0 keeps every job). OK checks and applies through Application::setArchiveOptions; a problem keeps the
// dialog open and says what is wrong. Rows on a FormGrid (not QFormLayout: its Qt 6.4 overflow). The folder
// picker is a non-modal QFileDialog (no nested event loop).

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace jw {

class Application;
class EndingsSettings;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(Application *app, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Tests and the status bar.
    QComboBox *policyBox() const { return m_policy; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *patternEdit() const { return m_pattern; }
    QSpinBox *retentionBox() const { return m_retention; }
    QSpinBox *downloadLimitBox() const { return m_downloadLimit; }
    QString exampleText() const;
    QString problemText() const;
    QPushButton *okButton() const;
    QFileDialog *folderDialog() const { return m_folderDialog; } // while Browse… is open
    EndingsSettings *endings() const { return m_endings; }      // tray, notifications, run on finish
    QTabWidget *tabs() const { return m_tabs; }

    // Applies the fields; false (and the problem shown) when they cannot be used.
    bool apply();

public Q_SLOTS:
    void accept() override;
    void browseFolder();

private:
    void updateExample();

    Application *m_app;
    QComboBox *m_policy = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLabel *m_example = nullptr;
    QSpinBox *m_retention = nullptr;
    QSpinBox *m_downloadLimit = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFileDialog *m_folderDialog = nullptr;
    EndingsSettings *m_endings = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace jw
