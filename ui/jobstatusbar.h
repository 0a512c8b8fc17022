#pragma once
// The main window's status bar content: jobs per state, requests per minute across all profiles (from the
// JobList's request counters over the last 60 s), and a clear indicator while a profile is paused (auth
// failed) or rate limited ("until HH:MM:SS"), and one while a profile's polls wait for request budget, with a
// button to raise it; and what each profile's account has left, where its API reports a balance (Runway's
// credits, Luma's dollars), with why it could not be read in the tooltip. Refreshed once a second and on job
// changes.

#include <QHash>
#include <QWidget>

#include <array>

class QLabel;
class QTimer;
class QToolButton;

namespace jw {

class JobFilterProxy;
class JobList;
class JobTally;
class ProfileList;
class Scheduler;

class JobStatusBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStatusBar)
public:
    JobStatusBar(JobList *jobs, JobTally *tally, Scheduler *scheduler, ProfileList *profiles, QWidget *parent = nullptr);

    // The filter buttons' counts (and words): the same under a profile or text filter when a proxy is set.
    void setCountsSource(const JobFilterProxy *proxy);
    QString countsText() const;
    QString rateText() const;
    QString pausedText() const; // empty when no profile is paused or blocked
    QString pausedProfileId() const; // the first paused profile (auth failed), or empty
    // "Theo work: request budget short, 23 polls waiting" for each profile whose polls wait for budget.
    QString budgetText() const;
    QString shortProfileId() const; // the first such profile, or empty
    int requestsPerMinute() const;
    // "Runway: 12,475 credits  ·  Luma: $481.70"; a profile whose balance could not be read says so. Empty when
    // no profile's API reports a balance.
    QString creditsText() const;
    QString creditsToolTip() const; // one line per profile: the amount and when it was read, or why not

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // "Set key…" next to the paused indicator: fix the key, and the profile's jobs resume.
    void setKeyRequested(const QString &profileId);
    // "Raise budget…" next to the shortage indicator: open the profile's request budget.
    void raiseBudgetRequested(const QString &profileId);

private:
    void sample();

    JobList *m_jobs;
    JobTally *m_tally;
    const JobFilterProxy *m_countsSource = nullptr;
    Scheduler *m_scheduler;
    ProfileList *m_profiles;
    QLabel *m_counts = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_paused = nullptr;
    QToolButton *m_setKey = nullptr;
    QLabel *m_budget = nullptr;
    QToolButton *m_raiseBudget = nullptr;
    QLabel *m_credits = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_coalesce = nullptr;
    std::array<int, 60> m_perSecond{};       // requests seen in each of the last 60 samples
    size_t m_slot = 0;
};

} // namespace jw
