#include "launchhandler.h"

#include "application/application.h"
#include "intake/jobintake.h"
#include "jobselector.h"
#include "mainwindow.h"

using namespace Qt::StringLiterals;

namespace jw {

LaunchHandler::LaunchHandler(Application *app, MainWindow *window)
    : m_app(app)
    , m_window(window)
{
}

LaunchAnswer LaunchHandler::apply(LaunchRequest request)
{
    LaunchAnswer answer;
    if (!LaunchRequests::resolveProfiles(*m_app->profiles(), &request, &answer.refusal))
        return answer;
    if (request.openAdd) {
        m_window->openAddDialog(request.allIds().join(u'\n'));
    } else {
        for (const LaunchRequest::Batch &batch : std::as_const(request.batches)) {
            if (batch.ids.isEmpty())
                continue;
            const IntakeResult result = m_app->intake()->add(batch.ids, batch.profile);
            if (result.nothingRecognised())
                answer.notes << result.summary;
            m_window->showIntakeResult(result); // the summary, and "2 lines not recognised" to show them
        }
    }
    if (!request.select.isEmpty())
        JobSelector::selectId(m_window, m_app->jobs(), request.select);
    return answer;
}

LaunchAnswer LaunchHandler::applyForwarded(const LaunchRequest &request)
{
    const LaunchAnswer answer = apply(request);
    if (!answer.accepted())
        m_window->showNotice(answer.refusal);
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return answer;
}

} // namespace jw
