#pragma once
// "Save all results…" in progress: which folder, a progress bar over the files, the files that failed with
// their reasons (job, result, reason) as they happen, then a summary and "Open folder". Cancel stops the
// saving (files already written stay); Close after it finished. Runs a BulkSaver; never blocks.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace jw {

class Application;
class BulkSaver;

class SaveResultsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveResultsDialog)
public:
    explicit SaveResultsDialog(Application *app, QWidget *parent = nullptr);
    ~SaveResultsDialog() override;

    // Starts saving the results of `keys` into `folder`; false and a one-line reason when nothing starts.
    bool start(const QStringList &keys, const QString &folder, QString *error = nullptr);
    BulkSaver *saver() const { return m_saver; }

    // What is shown (tests).
    QString summaryText() const;
    QTreeWidget *failureList() const { return m_failures; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isFinished() const { return m_finished; }

public Q_SLOTS:
    void reject() override; // Esc / Cancel: cancel a running save first, close after

Q_SIGNALS:
    void notice(const QString &text); // the summary, for the status bar

private:
    BulkSaver *m_saver;
    QString m_folder;
    QLabel *m_title = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_failures = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_openFolder = nullptr;
    bool m_finished = false;
};

} // namespace jw
