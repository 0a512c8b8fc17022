#pragma once
// Shared by the tests that run a whole Application against the SimulatedProvider (tst_detailspane,
// tst_previews_resultview): the provider and an Application with one profile per dialect on it, and watching
// a fresh simulated job.

#include "application/application.h"
#include "model/profile.h"
#include "engine/scheduler.h"
#include "sim/simulatedprovider.h"

#include <QString>

#include <initializer_list>
#include <memory>

namespace simapp {

// Starts `sim` on a free loopback port, accepting only `key`, and `app` with a profile per dialect on it
// (id = dialect, named "<dialect> account", polled every second, `key` as its API key).
// Returns why that failed, or an empty string.
inline QString start(std::unique_ptr<jw::SimulatedProvider> &sim, std::unique_ptr<jw::Application> &app,
                     const QString &key, std::initializer_list<QString> dialects)
{
    sim = std::make_unique<jw::SimulatedProvider>();
    if (!sim->listen(0))
        return sim->errorString();
    sim->setToken(key);
    app = std::make_unique<jw::Application>();
    for (const QString &dialect : dialects) {
        jw::Profile p;
        p.id = dialect;
        p.name = dialect + QStringLiteral(" account");
        p.dialect = dialect;
        p.baseUrl = sim->baseUrl(dialect);
        p.poll.intervalMs = 1000;
        QString error;
        if (!app->addProfile(p, key, &error))
            return error;
    }
    return {};
}

// Creates `spec` on the provider and watches it under the profile of spec.dialect. Returns the job's key,
// or an empty string (and a warning) when the scheduler refuses it.
inline QString watchNewJob(jw::Application &app, jw::SimulatedProvider &sim, const jw::SimulatedProvider::JobSpec &spec)
{
    const QString id = sim.createJob(spec);
    QString error;
    const QString key = app.scheduler()->watch(spec.dialect, id, {}, &error);
    if (key.isEmpty())
        qWarning("watch: %s", qPrintable(error));
    return key;
}

} // namespace simapp
