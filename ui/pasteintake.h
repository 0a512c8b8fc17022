#pragma once
// Adds the jobs in pasted or dropped text without stalling the window. Small texts are read at once; a large
// one (over JobIntake::kBackgroundTextLength) is read by the pure ID extractor on a pool thread, and only the
// planning and adding (a few ms for 10,000 jobs) runs on the GUI thread. A text over JobIntake::kMaxTextLength,
// or one with more than JobIntake::kMaxJobsPerAdd jobs, adds nothing and the summary says why.
//
//   connect(paste, &PasteIntake::finished, window, &MainWindow::onIntakeResult);
//   paste->add(clipboardText);

#include "intake/jobintake.h"

#include <QObject>
#include <QStringList>

namespace jw {

class PasteIntake final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteIntake)
public:
    explicit PasteIntake(JobIntake *intake, QObject *parent = nullptr);

    // Adds the jobs in `text`; finished() follows (at once for a small text). `problems` (unreadable dropped
    // files, one line each) are added to the summary.
    void add(const QString &text, const QStringList &problems = {});
    // Texts being read in the background.
    int pending() const { return m_pending; }

Q_SIGNALS:
    // A large text is being read: "Reading 9.8 MB of text…".
    void reading(const QString &notice);
    void finished(const jw::IntakeResult &result);

private:
    void finish(IntakeResult result, const QStringList &problems);

    JobIntake *m_intake;
    int m_pending = 0;
};

} // namespace jw
