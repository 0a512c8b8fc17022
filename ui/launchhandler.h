#pragma once
// Applies a LaunchRequest to the main window: the start's own command line, and those a later `jobwatch ID…`
// or a jobwatch: link hands over through the InstanceChannel. The jobs go through the normal intake (the
// summary and what was not recognised show as for a paste), the job to select is selected once watched, and a
// forwarded request brings the window to the front.

#include "application/launchrequest.h"

namespace jw {

class Application;
class MainWindow;

class LaunchHandler final
{
public:
    LaunchHandler(Application *app, MainWindow *window);

    // The refusal (an unknown profile: nothing was added), or notes: the summary of a batch that added nothing.
    LaunchAnswer apply(LaunchRequest request);
    // apply(), then raise and activate the window (a request from another process).
    LaunchAnswer applyForwarded(const LaunchRequest &request);

private:
    Application *m_app;
    MainWindow *m_window;
};

} // namespace jw
