#pragma once
// Shared by the scheduler tests: an engine (network manager, keys, job list, scheduler) over the real
// SimulatedProvider, and small helpers to create jobs and read the request log.

#include "model/joblist.h"
#include "model/profile.h"
#include "model/secretstore.h"
#include "engine/scheduler.h"
#include "sim/simulatedprovider.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;
using namespace jw;

namespace schedtest {
using Fault = SimulatedProvider::Fault;
using Outcome = SimulatedProvider::Outcome;

inline const QString kKey = u"sk-test-0123456789abcd"_s;

struct Engine {
    QNetworkAccessManager nam;
    MemorySecretStore secrets;
    JobList jobs;
    Scheduler scheduler{&jobs, &nam, &secrets};
    Engine() { scheduler.setRandomSeed(42); }

    QString addProfile(const QString &id, const QString &dialect, const QUrl &base, PollSettings poll = fastPoll())
    {
        Profile p;
        p.id = id;
        p.name = id;
        p.dialect = dialect;
        p.baseUrl = base;
        p.poll = poll;
        secrets.setKey(id, kKey);
        QString error;
        if (!scheduler.addProfile(p, &error))
            qWarning("addProfile: %s", qPrintable(error));
        return id;
    }
    static PollSettings fastPoll()
    {
        PollSettings s;
        s.intervalMs = 1000;
        return s;
    }
    JobRecord rec(const QString &key) const { return jobs.value(key); }
    LocalState local(const QString &key) const { return jobs.value(key).engine.local; }
    JobState state(const QString &key) const { return jobs.value(key).snapshot.state; }
};

inline SimulatedProvider::JobSpec spec(const QString &dialect, qint64 runMs, Outcome outcome = Outcome::Completed, qint64 queueMs = 0)
{
    SimulatedProvider::JobSpec s;
    s.dialect = dialect;
    s.runMs = runMs;
    s.queueMs = queueMs;
    s.outcome = outcome;
    return s;
}

// A theo job of `runMs` on `home` whose first poll is redirected (302) to the same path on `other`, where a twin
// of it lives. Returns its id.
inline QString jobRedirectedTo(SimulatedProvider &home, SimulatedProvider &other, qint64 runMs)
{
    const QString id = home.createJob(spec(u"theo"_s, runMs));
    SimulatedProvider::JobSpec twin = spec(u"theo"_s, runMs);
    twin.id = id;
    other.createJob(twin);
    home.setRedirectTarget(other.rootUrl());
    home.queueFaults(id, {Fault::Redirect});
    return id;
}

inline QList<SimulatedProvider::Request> requestsFor(const SimulatedProvider &sim, const QString &jobId)
{
    QList<SimulatedProvider::Request> out;
    const auto all = sim.requests();
    for (const auto &r : all) {
        if (r.jobId == jobId)
            out.append(r);
    }
    return out;
}
} // namespace schedtest
using namespace schedtest;
