#pragma once
// "Add jobs": a multi-line box, a profile chooser ("Automatic" or one profile) and a live
// preview of what was recognised: ID, dialect, the profile it goes to, or why it is rejected. Rows that fit
// several profiles get an inline chooser. OK adds through JobIntake; garbage shows a specific message and
// adds nothing. Open it with open() (no nested event loop); read lastResult() after accepted().

#include "intake/jobintake.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QTreeWidget;

namespace jw {

class ProfileList;

class AddDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddDialog)
public:
    enum Column { IdColumn, DialectColumn, ProfileColumn, NoteColumn, ColumnCount };
    // Job rows shown in the preview; more are summed up in one row (they are added all the same).
    static constexpr qsizetype kMaxPreviewJobs = 1000;

    AddDialog(JobIntake *intake, ProfileList *profiles, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // The forced profile id, or empty for "Automatic".
    void setProfileId(const QString &profileId);
    QString profileId() const;

    // The preview as shown (updated shortly after each edit; updatePreview() forces it). A text over
    // JobIntake::kBackgroundTextLength is read on a pool thread: isReading() until its preview shows.
    const IntakePlan &plan() const { return m_plan; }
    void updatePreview();
    bool isReading() const { return m_reading; }
    QTreeWidget *previewView() const { return m_preview; }
    QString messageText() const;              // the line under the preview ("3 jobs recognised", or why not)
    // What the last OK added (valid after accepted()).
    const IntakeResult &lastResult() const { return m_result; }

    void accept() override;

Q_SIGNALS:
    void jobsAdded(const jw::IntakeResult &result);

private:
    void showPlan(IntakePlan plan);
    void addProblemRow(const QString &text, const QString &reason);
    void rebuildProfileChooser();
    void updateButtons();
    QString rowProfileChoice(int row) const;

    JobIntake *m_intake;
    ProfileList *m_profiles;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_profile = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_debounce = nullptr;
    int m_rowHeight = 0; // of every preview row, given as the size hint of the (stretched) note column
    IntakePlan m_plan;
    IdExtractor::Result m_extracted; // the last text read, kept so a profile change only plans again
    QString m_extractedText;
    quint64 m_generation = 0;        // of the text being read; an older background read is dropped
    bool m_reading = false;
    QList<QComboBox *> m_rowChoosers; // per preview row; nullptr unless the row is ambiguous
    IntakeResult m_result;
};

} // namespace jw
