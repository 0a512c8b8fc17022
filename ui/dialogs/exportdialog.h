#pragma once
// Export…: writes the selected jobs, or all jobs the table shows, as CSV or JSON to a file the user picks
// (store/historyfile on the store thread, never the GUI thread). Never a key; signed result links lose their
// signature unless "Keep link signatures" is ticked. A write error keeps the dialog open and says why; success
// closes it and reports through exported(). The file picker is a non-modal QFileDialog (no nested event loop).

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace jw {

class Application;

class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    ExportDialog(Application *app, const QStringList &selectedKeys, const QStringList &shownKeys, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Tests.
    QRadioButton *selectedButton() const { return m_selected; }
    QRadioButton *shownButton() const { return m_shown; }
    QComboBox *formatBox() const { return m_format; }
    QCheckBox *signedUrlsBox() const { return m_signedUrls; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *exportButton() const;
    QFileDialog *fileDialog() const { return m_fileDialog; } // while Browse… is open
    QString problemText() const;
    bool isWriting() const { return m_writing; }

public Q_SLOTS:
    void accept() override; // starts the export; the dialog closes when the file is written
    void browse();

Q_SIGNALS:
    void exported(const QString &message); // for the status bar

private:
    void followFormat();
    void showProblem(const QString &text);

    Application *m_app;
    QStringList m_selectedKeys;
    QStringList m_shownKeys;
    QRadioButton *m_selected = nullptr;
    QRadioButton *m_shown = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_signedUrls = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFileDialog *m_fileDialog = nullptr;
    bool m_writing = false;
};

} // namespace jw
