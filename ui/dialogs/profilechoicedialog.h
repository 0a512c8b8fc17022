#pragma once
// The question asked after paste, drop or command-line input when some jobs fit several profiles:
// "These 2 jobs fit several profiles: [chooser]". Non-blocking: askProfileFor() opens the dialog and calls
// back after the user answered; Cancel adds nothing.
//
//   askProfileFor(window, intake, profiles, result.ambiguous, [](const IntakeResult &r) { showNotice(r.summary); });

#include "intake/jobintake.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;

namespace jw {

class ProfileList;

class ProfileChoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileChoiceDialog)
public:
    ProfileChoiceDialog(const QList<PlannedJob> &ambiguous, ProfileList *profiles, QWidget *parent = nullptr);

    QString chosenProfileId() const;
    void setChosenProfileId(const QString &profileId);
    const QList<PlannedJob> &jobs() const { return m_jobs; }

private:
    QList<PlannedJob> m_jobs;
    QComboBox *m_chooser = nullptr;
};

// Opens a ProfileChoiceDialog (window-modal, via open()); on OK adds the jobs through `intake` and calls `done`
// with the result; on Cancel calls nothing. Returns the dialog (deleted on close) so tests can answer it.
ProfileChoiceDialog *askProfileFor(QWidget *parent, JobIntake *intake, ProfileList *profiles,
                                   const QList<PlannedJob> &ambiguous,
                                   std::function<void(const IntakeResult &)> done);

} // namespace jw
