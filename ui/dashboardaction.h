#pragma once
// "Open in provider dashboard" for the job table's context menu: the provider's own web page for one job,
// where the job's profile uses a preset that has one (Replicate: https://replicate.com/p/{id}; see
// formats/registry.h dashboardUrl). The action is hidden for jobs whose provider has none.

#include <QObject>
#include <QString>
#include <QUrl>

class QAction;

namespace jw {

class JobList;
class ProfileList;

class DashboardAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardAction)
public:
    DashboardAction(const JobList *jobs, const ProfileList *profiles, QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    // Points the action at the job with this key (empty: none). Visible and enabled when it has a page.
    void setJob(const QString &key);
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void notice(const QString &text); // for the status bar: the page could not be handed to the browser

private:
    void open();

    const JobList *m_jobs;
    const ProfileList *m_profiles;
    QAction *m_action;
    QUrl m_url;
};

} // namespace jw
