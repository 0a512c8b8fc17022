#include "compare/compareaction.h"

#include "application/application.h"
#include "compare/compareview.h"
#include "model/joblist.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace jw {

CompareAction::CompareAction(Application *app, QWidget *window, KeySource selectedKeys)
    : QObject(window)
    , m_app(app)
    , m_window(window)
    , m_selectedKeys(std::move(selectedKeys))
    , m_action(new QAction(tr("Compare…"), this))
    , m_description(tr("Show the results of the selected jobs side by side"))
{
    m_action->setObjectName(u"compareAction"_s);
    m_action->setShortcut(QKeySequence(u"Ctrl+Shift+C"_s));
    m_action->setShortcutContext(Qt::WindowShortcut);
    connect(m_action, &QAction::triggered, this, &CompareAction::open);
    window->addAction(m_action);
    m_action->setEnabled(false); // until the owner calls updateState() with a selection
}

std::optional<Artifact> CompareAction::mediaOf(const JobSnapshot &snapshot)
{
    for (const Artifact &a : snapshot.artifacts) {
        if (a.kind == ArtifactKind::Video || a.kind == ArtifactKind::Image)
            return a;
    }
    return std::nullopt;
}

QString CompareAction::blocker(const JobList &jobs, const QStringList &keys)
{
    const int count = int(keys.size());
    if (count < CompareView::kMinJobs)
        return tr("Select 2 to 4 completed jobs with an image or video result to compare them.");
    if (count > CompareView::kMaxJobs)
        return tr("Compare shows at most 4 jobs; %n are selected.", nullptr, count);
    for (const QString &key : keys) {
        const JobRecord *record = jobs.find(key);
        if (!record)
            return tr("A selected job is no longer in the list.");
        if (!record->hasSnapshot || record->snapshot.state != JobState::Completed)
            return tr("%1 has not completed.").arg(record->jobId);
        if (!mediaOf(record->snapshot))
            return tr("%1 has no image or video result.").arg(record->jobId);
    }
    return {};
}

void CompareAction::updateState()
{
    const QString reason = blocker(*m_app->jobs(), m_selectedKeys());
    m_action->setEnabled(reason.isEmpty());
    m_action->setToolTip(reason.isEmpty() ? m_description : reason);
    m_action->setStatusTip(reason.isEmpty() ? m_description : reason);
}

CompareView *CompareAction::view() const
{
    return m_view;
}

CompareView *CompareAction::open()
{
    return openFor(m_selectedKeys());
}

CompareView *CompareAction::openFor(const QStringList &keys)
{
    if (const QString reason = blocker(*m_app->jobs(), keys); !reason.isEmpty()) {
        Q_EMIT notice(reason);
        return nullptr;
    }
    if (m_view)
        m_view->close(); // one comparison at a time: the new choice replaces it
    m_view = new CompareView(m_app->jobs(), m_app->profiles(), m_app->artifacts(), keys, m_window);
    m_view->setAttribute(Qt::WA_DeleteOnClose);
    m_view->show();
    return m_view;
}

} // namespace jw
