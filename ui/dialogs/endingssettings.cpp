#include "dialogs/endingssettings.h"

#include "application/jobendings.h"
#include "dialogs/formgrid.h"
#include "model/finishcommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

EndingsSettings::EndingsSettings(JobEndings *endings, QWidget *parent)
    : QWidget(parent)
    , m_endings(endings)
{
    auto *layout = new QVBoxLayout(this);

    auto *tray = new QGroupBox(tr("Tray and notifications"), this);
    tray->setObjectName(u"trayGroup"_s);
    auto *trayGrid = new FormGrid(tray);
    m_tray = new QCheckBox(tr("Show an icon in the system &tray with the job counts"), tray);
    m_tray->setObjectName(u"trayIcon"_s);
    trayGrid->addRow(m_tray);
    m_notify = new QCheckBox(tr("&Notify when jobs finish or fail (jobs that end together make one notification)"), tray);
    m_notify->setObjectName(u"notifications"_s);
    trayGrid->addRow(m_notify);
    m_close = new QComboBox(tray);
    m_close->setObjectName(u"closeAction"_s);
    m_close->addItem(tr("Ask"), int(JobEndings::CloseAction::Ask));
    m_close->addItem(tr("Keep watching in the tray"), int(JobEndings::CloseAction::KeepInTray));
    m_close->addItem(tr("Quit"), int(JobEndings::CloseAction::Quit));
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_close);
    closeRow->addStretch(1);
    trayGrid->addRow(tr("&Closing the window while jobs run:"), closeRow)->setBuddy(m_close);
    layout->addWidget(tray);

    auto *run = new QGroupBox(tr("When a job ends"), this);
    run->setObjectName(u"runOnFinishGroup"_s);
    auto *runGrid = new FormGrid(run);
    m_command = new QLineEdit(run);
    m_command->setObjectName(u"onFinishCommand"_s);
    m_command->setClearButtonEnabled(true);
    m_command->setPlaceholderText(tr("e.g. %1", "example command").arg(u"notify-send \"{profile}: {id}\" \"{state} {error}\""_s));
    runGrid->addRow(tr("Run this &program:"), m_command);
    auto *legend = new QLabel(placeholderLegend(), run);
    legend->setObjectName(u"onFinishLegend"_s);
    legend->setWordWrap(true);
    legend->setTextInteractionFlags(Qt::TextSelectableByMouse);
    legend->setForegroundRole(QPalette::PlaceholderText);
    runGrid->addRow(legend);
    m_timeout = new QSpinBox(run);
    m_timeout->setObjectName(u"onFinishTimeout"_s);
    m_timeout->setRange(1, 24 * 3600);
    m_timeout->setSuffix(tr(" s", "seconds, after a number"));
    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addStretch(1);
    runGrid->addRow(tr("&Stop it after:"), timeoutRow)->setBuddy(m_timeout);
    layout->addWidget(run);
    layout->addStretch(1);

    m_tray->setChecked(m_endings->trayIcon());
    m_notify->setChecked(m_endings->notifications());
    m_close->setCurrentIndex(m_close->findData(int(m_endings->closeAction())));
    m_command->setText(m_endings->command());
    m_timeout->setValue(m_endings->commandTimeoutSeconds());
}

QString EndingsSettings::placeholderLegend()
{
    return tr("Placeholders: %1. The program and its arguments are split once, here; each placeholder is "
              "replaced inside its own argument and nothing goes through a shell. Its exit status and the end of "
              "its error output appear in the job's timeline. A profile can have its own program (Profiles).")
        .arg(u'{' + FinishCommand::placeholders().join(u"}, {"_s) + u'}');
}

bool EndingsSettings::apply(QString *error)
{
    QString reason;
    if (!m_endings->setCommand(m_command->text(), m_timeout->value(), &reason)) {
        if (error)
            *error = tr("Run this program: %1").arg(reason);
        return false;
    }
    m_endings->setTrayIcon(m_tray->isChecked());
    m_endings->setNotifications(m_notify->isChecked());
    m_endings->setCloseAction(JobEndings::CloseAction(m_close->currentData().toInt()));
    return true;
}

} // namespace jw
