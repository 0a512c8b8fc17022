#pragma once
// demo/: the --demo session, above the composition root and the simulated provider. It starts the
// in-process simulated provider on 127.0.0.1 and points an Application at it. May include every app layer and sim/.

#include <QObject>
#include <QString>

#include <memory>

namespace jw {

class Application;
class SimulatedProvider;

class DemoSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSession)
public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    // Starts the simulated provider on 127.0.0.1 (a free port), adds one session-only profile per native
    // dialect ("Theo demo", "Vidocu demo", "Scenes demo", "Muvi demo") with a demo token, and watches
    // `jobCount` varied jobs: every dialect and outcome, staggered durations, a few 429 faults. False and a
    // reason when the server cannot listen or a profile is refused. Calling it twice is an error.
    // `brokenResults` adds five completed jobs whose results fail to load in each way a download can.
    // `waitingJobs` adds "Fal demo" and "Runway demo" profiles and a job on each that waits a long while: one far
    // back in fal's queue, one throttled by Runway (SimulatedProvider::createWaitingDemoJobs).
    // Destroy the Application before this session, so polling stops before the server goes away.
    bool start(Application &app, int jobCount, QString *error = nullptr, bool brokenResults = false, bool waitingJobs = false);
    SimulatedProvider *provider() const { return m_provider.get(); } // nullptr until start succeeded

    static QString profileId(const QString &dialect); // "demo-theo", ...

private:
    std::unique_ptr<SimulatedProvider> m_provider;
};

} // namespace jw
