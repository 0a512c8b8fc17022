#include "dashboardaction.h"

#include "formats/registry.h"
#include "model/joblist.h"
#include "model/profilelist.h"

#include <QAction>
#include <QDesktopServices>

namespace jw {

DashboardAction::DashboardAction(const JobList *jobs, const ProfileList *profiles, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_profiles(profiles)
    , m_action(new QAction(tr("Open in provider dashboard"), this))
{
    m_action->setObjectName(QStringLiteral("openDashboard"));
    m_action->setToolTip(tr("Open the provider's web page for this job in the browser"));
    m_action->setVisible(false);
    connect(m_action, &QAction::triggered, this, &DashboardAction::open);
}

void DashboardAction::setJob(const QString &key)
{
    m_url.clear();
    if (const JobRecord *r = key.isEmpty() ? nullptr : m_jobs->find(key)) {
        if (const Profile *profile = m_profiles->find(r->profileId))
            m_url = dashboardUrl(*profile, r->jobId);
    }
    m_action->setVisible(m_url.isValid());
    m_action->setEnabled(m_url.isValid());
    m_action->setStatusTip(m_url.isValid() ? m_url.toString() : QString());
}

void DashboardAction::open()
{
    if (!m_url.isValid())
        return;
    if (!QDesktopServices::openUrl(m_url))
        Q_EMIT notice(tr("Could not open %1 in the browser").arg(m_url.toString()));
}

} // namespace jw
