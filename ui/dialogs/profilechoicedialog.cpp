#include "dialogs/profilechoicedialog.h"

#include "model/profilelist.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
constexpr int kListedIds = 5;
}

ProfileChoiceDialog::ProfileChoiceDialog(const QList<PlannedJob> &ambiguous, ProfileList *profiles, QWidget *parent)
    : QDialog(parent)
    , m_jobs(ambiguous)
{
    setWindowTitle(tr("Choose a Profile"));
    auto *layout = new QVBoxLayout(this);
    const int count = int(m_jobs.size());
    auto *question = new QLabel(tr("%n job(s) fit several profiles. Which profile should watch them?", nullptr, count), this);
    question->setWordWrap(true);
    layout->addWidget(question);

    QStringList ids;
    QStringList choices;
    for (const PlannedJob &job : m_jobs) {
        if (ids.size() < kListedIds)
            ids.append(job.candidate.id);
        for (const QString &id : job.choices) {
            if (!choices.contains(id))
                choices.append(id);
        }
    }
    if (choices.isEmpty()) {
        for (const Profile &p : profiles->all())
            choices.append(p.id);
    }
    QString listed = ids.join(u'\n');
    if (count > kListedIds)
        listed += u'\n' + tr("and %n more", nullptr, count - kListedIds);
    auto *idLabel = new QLabel(listed, this);
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    idLabel->setIndent(12);
    layout->addWidget(idLabel);
    layout->addSpacing(layout->spacing());

    auto *chooserRow = new QHBoxLayout;
    auto *chooserLabel = new QLabel(tr("&Profile:"), this);
    m_chooser = new QComboBox(this);
    for (const QString &id : std::as_const(choices))
        m_chooser->addItem(profiles->displayName(id), id);
    chooserLabel->setBuddy(m_chooser);
    chooserRow->addWidget(chooserLabel);
    chooserRow->addWidget(m_chooser, 1);
    layout->addLayout(chooserRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_chooser->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Wide enough that the question reads on one line in English and the profile names are not cut.
    setMinimumWidth(fontMetrics().horizontalAdvance(u'x') * 60);
}

QString ProfileChoiceDialog::chosenProfileId() const
{
    return m_chooser->currentData().toString();
}

void ProfileChoiceDialog::setChosenProfileId(const QString &profileId)
{
    const int index = m_chooser->findData(profileId);
    if (index >= 0)
        m_chooser->setCurrentIndex(index);
}

ProfileChoiceDialog *askProfileFor(QWidget *parent, JobIntake *intake, ProfileList *profiles,
                                   const QList<PlannedJob> &ambiguous, std::function<void(const IntakeResult &)> done)
{
    auto *dialog = new ProfileChoiceDialog(ambiguous, profiles, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QDialog::accepted, dialog, [dialog, intake, done = std::move(done)] {
        const IntakeResult result = intake->addWithProfile(dialog->jobs(), dialog->chosenProfileId());
        if (done)
            done(result);
    });
    dialog->open();
    return dialog;
}

} // namespace jw
