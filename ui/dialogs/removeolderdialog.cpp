#include "dialogs/removeolderdialog.h"

#include "application/application.h"
#include "store/storesync.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
const QString kDaysKey = u"removeOlder/days"_s;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
} // namespace

RemoveOlderDialog::RemoveOlderDialog(Application *app, QWidget *parent)
    : QDialog(parent)
    , m_app(app)
{
    setWindowTitle(tr("Remove Older Jobs"));
    setObjectName(u"removeOlderDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Remove jobs last active more than"), this);
    m_days = new QSpinBox(this);
    m_days->setObjectName(u"removeOlderDays"_s);
    m_days->setRange(1, 3650);
    m_days->setValue(QSettings().value(kDaysKey, 30).toInt());
    m_days->setSuffix(tr(" days ago", "after a number: remove jobs last active more than N days ago"));
    label->setBuddy(m_days);
    row->addWidget(label);
    row->addWidget(m_days);
    row->addStretch(1);
    layout->addLayout(row);
    m_count = new QLabel(this);
    m_count->setObjectName(u"removeOlderCount"_s);
    m_count->setWordWrap(true);
    layout->addWidget(m_count);
    auto *note = new QLabel(tr("Jobs that are being watched are kept. Results in the archive folder are not deleted."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    removeButton()->setText(tr("&Remove"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemoveOlderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RemoveOlderDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_days, &QSpinBox::valueChanged, this, &RemoveOlderDialog::updateCount);
    updateCount();
}

QPushButton *RemoveOlderDialog::removeButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

qint64 RemoveOlderDialog::cutoffMs() const
{
    return QDateTime::currentMSecsSinceEpoch() - m_days->value() * kDayMs;
}

void RemoveOlderDialog::updateCount()
{
    m_matching = m_app->history()->countOlderThan(cutoffMs());
    m_count->setText(m_matching == 0 ? tr("No job was last active that long ago.")
                                     : tr("%n job(s) will be removed from the window and the job history.", nullptr, m_matching));
    removeButton()->setEnabled(m_matching > 0);
}

void RemoveOlderDialog::accept()
{
    QSettings().setValue(kDaysKey, m_days->value());
    const int removed = m_app->removeOlderThan(cutoffMs());
    Q_EMIT this->removed(tr("%n old job(s) removed", nullptr, removed));
    QDialog::accept();
}

} // namespace jw
