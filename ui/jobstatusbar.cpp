#include "jobstatusbar.h"

#include "model/joblist.h"
#include "model/profilelist.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "models/jobtally.h"
#include "engine/scheduler.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

#include <numeric>

using namespace Qt::StringLiterals;

namespace jw {

JobStatusBar::JobStatusBar(JobList *jobs, JobTally *tally, Scheduler *scheduler, ProfileList *profiles, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_tally(tally)
    , m_scheduler(scheduler)
    , m_profiles(profiles)
    , m_counts(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_paused(new QLabel(this))
    , m_setKey(new QToolButton(this))
    , m_budget(new QLabel(this))
    , m_raiseBudget(new QToolButton(this))
    , m_credits(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_coalesce(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(14);
    m_paused->setObjectName(u"pausedIndicator"_s);
    m_paused->setStyleSheet(u"QLabel#pausedIndicator { color: white; background: #b45309; border-radius: 3px; padding: 1px 6px; font-weight: bold; }"_s);
    m_paused->hide();
    m_rate->setToolTip(tr("Requests sent in the last minute, across all profiles"));
    // Narrow windows may cut these short rather than grow the window (full text in the tooltips).
    m_paused->setMinimumWidth(1);
    m_counts->setMinimumWidth(1);
    m_setKey->setObjectName(u"setKeyButton"_s);
    m_setKey->setText(tr("Set key…"));
    m_setKey->setToolTip(tr("Enter a new API key for the paused profile; its jobs resume once it is saved"));
    m_setKey->setAutoRaise(true);
    m_setKey->hide();
    connect(m_setKey, &QToolButton::clicked, this, [this] {
        if (const QString id = pausedProfileId(); !id.isEmpty())
            Q_EMIT setKeyRequested(id);
    });
    m_budget->setObjectName(u"budgetIndicator"_s);
    m_budget->setStyleSheet(u"QLabel#budgetIndicator { color: white; background: #1d4ed8; border-radius: 3px; padding: 1px 6px; }"_s);
    m_budget->setMinimumWidth(1);
    m_budget->hide();
    m_raiseBudget->setObjectName(u"raiseBudgetButton"_s);
    m_raiseBudget->setText(tr("Raise budget…"));
    m_raiseBudget->setToolTip(tr("Open the profile's request budget (requests per second, burst, concurrency)"));
    m_raiseBudget->setAutoRaise(true);
    m_raiseBudget->hide();
    connect(m_raiseBudget, &QToolButton::clicked, this, [this] {
        if (const QString id = shortProfileId(); !id.isEmpty())
            Q_EMIT raiseBudgetRequested(id);
    });
    layout->addWidget(m_paused);
    layout->addWidget(m_setKey);
    layout->addWidget(m_budget);
    layout->addWidget(m_raiseBudget);
    m_credits->setObjectName(u"creditsIndicator"_s);
    m_credits->setMinimumWidth(1);
    m_credits->hide();
    layout->addWidget(m_counts);
    layout->addWidget(m_credits);
    layout->addWidget(m_rate);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        sample();
        refresh();
    });
    m_timer->start();
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(100);
    connect(m_coalesce, &QTimer::timeout, this, &JobStatusBar::refresh);
    const auto soon = [this] {
        if (!m_coalesce->isActive())
            m_coalesce->start();
    };
    connect(m_jobs, &JobList::jobsAdded, this, soon);
    connect(m_jobs, &JobList::jobsRemoved, this, soon);
    connect(m_jobs, &JobList::jobsChanged, this, soon);
    connect(m_scheduler, &Scheduler::profilePaused, this, &JobStatusBar::refresh);
    connect(m_scheduler, &Scheduler::budgetShortageChanged, this, &JobStatusBar::refresh);
    connect(m_scheduler, &Scheduler::balanceChanged, this, &JobStatusBar::refresh);
    refresh();
}

void JobStatusBar::sample()
{
    // Jobs restored from the history arrive with their past requests: the tally does not count those.
    m_slot = (m_slot + 1) % m_perSecond.size();
    m_perSecond[m_slot] = m_tally->takeRequests();
}

int JobStatusBar::requestsPerMinute() const
{
    return std::accumulate(m_perSecond.begin(), m_perSecond.end(), 0);
}

void JobStatusBar::setCountsSource(const JobFilterProxy *proxy)
{
    m_countsSource = proxy;
    connect(proxy, &JobFilterProxy::countsChanged, this, &JobStatusBar::refresh);
    refresh();
}

QString JobStatusBar::countsText() const
{
    if (m_tally->total() == 0)
        return tr("No jobs: paste IDs, drop files or use Add jobs");
    if (!m_countsSource)
        return JobTally::summary(m_tally->counts());
    const JobFilterProxy::Counts shown = m_countsSource->counts(); // [0] is "All"
    const JobTally::Counts counts{shown[1], shown[2], shown[3], shown[4]};
    if (shown[0] == m_tally->total())
        return JobTally::summary(counts);
    return tr("%1 (showing %2 of %n job(s))", "counts under a search or profile filter; shown of total", m_tally->total())
        .arg(JobTally::summary(counts)).arg(shown[0]);
}

QString JobStatusBar::rateText() const
{
    return tr("%1 req/min", "requests per minute").arg(requestsPerMinute());
}

QString JobStatusBar::pausedText() const
{
    QStringList parts;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Profile &p : m_profiles->all()) {
        if (m_scheduler->isProfilePaused(p.id)) {
            const QString reason = m_scheduler->profilePauseReason(p.id);
            parts << (reason.isEmpty() ? tr("%1 paused").arg(p.name) : tr("%1 paused: %2").arg(p.name, reason));
            continue;
        }
        const qint64 until = m_scheduler->profileBlockedUntil(p.id);
        if (until > now) {
            const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(until).time(), u"HH:mm:ss"_s);
            parts << tr("%1 rate limited until %2").arg(p.name, time);
        }
    }
    return parts.join(u"  ·  "_s);
}

QString JobStatusBar::pausedProfileId() const
{
    for (const Profile &p : m_profiles->all())
        if (m_scheduler->isProfilePaused(p.id))
            return p.id;
    return {};
}

// Short of budget right now: the engine's shortage lasts a while after the last poll waited; the bar names
// only profiles whose polls are waiting.
static bool pollsWaiting(const Scheduler::Budget &b)
{
    return b.isShort && b.waiting > 0;
}

QString JobStatusBar::budgetText() const
{
    QList<std::pair<QString, int>> shortOnes; // profile name, polls waiting
    for (const Profile &p : m_profiles->all()) {
        const Scheduler::Budget b = m_scheduler->budget(p.id);
        if (pollsWaiting(b))
            shortOnes.append({p.name, b.waiting});
    }
    if (shortOnes.isEmpty())
        return {};
    if (shortOnes.size() == 1)
        return tr("%1: request budget short, %n poll(s) waiting", nullptr, shortOnes.constFirst().second)
            .arg(shortOnes.constFirst().first);
    QStringList parts;
    for (const auto &[name, waiting] : std::as_const(shortOnes))
        parts << tr("%1 (%n waiting)", "profile name, polls waiting for budget", waiting).arg(name);
    return tr("Request budget short: %1").arg(parts.join(tr(", ", "separator of profiles")));
}

QString JobStatusBar::shortProfileId() const
{
    for (const Profile &p : m_profiles->all()) {
        if (pollsWaiting(m_scheduler->budget(p.id)))
            return p.id;
    }
    return {};
}

QString JobStatusBar::creditsText() const
{
    QStringList parts;
    for (const Profile &p : m_profiles->all()) {
        const ProfileBalance b = m_scheduler->balance(p.id);
        if (!b.supported)
            continue;
        if (b.known && b.error.isEmpty())
            parts << tr("%1: %2", "profile name: its balance").arg(p.name, balanceLabel(b.value));
        else if (b.known)
            parts << tr("%1: %2 (not current)", "profile name: its last balance, which could not be read again").arg(p.name, balanceLabel(b.value));
        else if (!b.error.isEmpty())
            parts << tr("%1: balance unavailable").arg(p.name);
    }
    return parts.join(u"  \u00b7  "_s);
}

QString JobStatusBar::creditsToolTip() const
{
    const QLocale locale;
    const auto time = [&](qint64 ms) { return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).time(), u"HH:mm:ss"_s); };
    QStringList lines;
    for (const Profile &p : m_profiles->all()) {
        const ProfileBalance b = m_scheduler->balance(p.id);
        if (!b.supported || (!b.known && b.error.isEmpty()))
            continue;
        if (b.known)
            lines << tr("%1: %2, read at %3").arg(p.name, balanceLabel(b.value), time(b.readAtMs));
        if (!b.error.isEmpty())
            lines << tr("%1: the balance could not be read at %2: %3. Polling is not affected.").arg(p.name, time(b.errorAtMs), b.error);
    }
    if (!lines.isEmpty())
        lines << tr("Balances are read at most once a minute while a profile's jobs are watched.");
    return lines.join(u'\n');
}

void JobStatusBar::refresh()
{
    m_counts->setText(countsText());
    m_counts->setToolTip(m_counts->text());
    m_rate->setText(rateText());
    const QString paused = pausedText();
    m_paused->setText(paused);
    m_paused->setToolTip(paused);
    m_paused->setVisible(!paused.isEmpty());
    m_setKey->setVisible(!pausedProfileId().isEmpty());
    const QString budget = budgetText();
    m_budget->setText(budget);
    m_budget->setToolTip(budget);
    m_budget->setVisible(!budget.isEmpty());
    m_raiseBudget->setVisible(!budget.isEmpty());
    const QString credits = creditsText();
    m_credits->setText(credits);
    m_credits->setToolTip(creditsToolTip());
    m_credits->setVisible(!credits.isEmpty());
}

} // namespace jw
