#include "profiles/balancerow.h"

#include "engine/scheduler.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace jw {

BalanceRow::BalanceRow(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
{
    m_text->setObjectName(u"balanceText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(u"balanceRefresh"_s);
    m_refresh->setToolTip(tr("Read the balance again (at most once a minute)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_refresh, 0, Qt::AlignTop);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_scheduler && !m_profileId.isEmpty())
            m_scheduler->refreshBalance(m_profileId);
        update();
    });
    hide();
}

void BalanceRow::setScheduler(Scheduler *scheduler)
{
    m_scheduler = scheduler;
    connect(scheduler, &Scheduler::balanceChanged, this, [this](const QString &profileId) {
        if (profileId == m_profileId)
            update();
    });
    update();
}

void BalanceRow::setProfileId(const QString &profileId)
{
    m_profileId = profileId;
    update();
}

QString BalanceRow::text() const
{
    return m_text->text();
}

void BalanceRow::update()
{
    const ProfileBalance b = m_scheduler && !m_profileId.isEmpty() ? m_scheduler->balance(m_profileId) : ProfileBalance();
    setVisible(b.supported);
    if (m_label)
        m_label->setVisible(b.supported);
    if (!b.supported)
        return;
    const QLocale locale;
    const auto time = [&](qint64 ms) { return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).time(), u"HH:mm:ss"_s); };
    QString text;
    if (b.known)
        text = tr("%1 (read at %2)").arg(balanceLabel(b.value), time(b.readAtMs));
    if (!b.error.isEmpty()) {
        const QString why = tr("The balance could not be read at %1: %2. Polling is not affected.").arg(time(b.errorAtMs), b.error);
        text = text.isEmpty() ? why : text + u'\n' + why;
    }
    if (text.isEmpty())
        text = b.nextAtMs >= 0 ? tr("Not read yet; reading at %1").arg(time(b.nextAtMs)) : tr("Not read yet");
    else if (b.nextAtMs >= 0)
        text += u'\n' + tr("Next reading at %1").arg(time(b.nextAtMs));
    m_text->setText(text);
    m_text->setStyleSheet(b.error.isEmpty() ? QString() : u"color: #b91c1c;"_s);
}

} // namespace jw
