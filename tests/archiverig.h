#pragma once
// Shared by the results-archive tests (tst_resultarchive, tst_bulksaver): the real SimulatedProvider on
// 127.0.0.1:0 and the core pieces over it (scheduler, download cache, fetcher, archive) in a temporary folder, and
// filesUnder() to list what landed in a folder.

#include "artifacts/artifactfetcher.h"
#include "artifacts/diskcache.h"
#include "artifacts/linkexpiry.h"
#include "artifacts/resultarchive.h"
#include "model/joblist.h"
#include "model/profilelist.h"
#include "model/secretstore.h"
#include "engine/scheduler.h"
#include "sim/simulatedprovider.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Every file under `dir`, hidden ones too, as sorted paths relative to it.
inline QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

struct ArchiveRig {
    static inline const QString kKey = QStringLiteral("sk-archive-0123456789abcd");

    QTemporaryDir dir;
    jw::SimulatedProvider sim;
    QNetworkAccessManager nam;
    jw::MemorySecretStore secrets;
    jw::ProfileList profiles;
    jw::JobList jobs;
    jw::Scheduler scheduler{&jobs, &nam, &secrets};
    jw::DiskCache cache{dir.path() + QStringLiteral("/cache")};
    jw::ArtifactFetcher fetcher{&nam, &secrets, &profiles, &jobs, &cache};
    jw::ResultLifetimes lifetimes{&profiles};
    std::unique_ptr<jw::ResultArchive> archive;

    ArchiveRig()
    {
        sim.listen(0);
        sim.setToken(kKey);
        resetArchive();
    }
    ~ArchiveRig() { fetcher.setArchiveLookup({}); }

    QString archiveDir() const { return dir.path() + QStringLiteral("/archive"); }

    void resetArchive()
    {
        fetcher.setArchiveLookup({});
        archive = std::make_unique<jw::ResultArchive>(&profiles);
        archive->setFolder(archiveDir());
        fetcher.setArchiveLookup([this](const QUrl &url) { return archive->archivedFile(url); });
    }

    // A profile "<dialect>" named "<Dialect> account" on the simulator, polled every second.
    bool addProfile(const QString &dialect)
    {
        jw::Profile p;
        p.id = dialect;
        p.name = dialect.at(0).toUpper() + dialect.mid(1) + QStringLiteral(" account");
        p.dialect = dialect;
        p.baseUrl = sim.baseUrl(dialect);
        p.poll.intervalMs = 1000;
        secrets.setKey(dialect, kKey);
        return profiles.add(p) && scheduler.addProfile(p);
    }

    // Watches a new job of `dialect` that completes after 100 ms. Returns its key ("" when refused).
    QString watchJob(const QString &dialect, const QString &type = {}, int units = 0,
                     jw::SimulatedProvider::ArtifactFault fault = jw::SimulatedProvider::ArtifactFault::None)
    {
        if (!profiles.find(dialect) && !addProfile(dialect))
            return {};
        jw::SimulatedProvider::JobSpec spec;
        spec.dialect = dialect;
        spec.type = type;
        spec.queueMs = 0;
        spec.runMs = 100;
        spec.units = units;
        spec.artifactFault = fault;
        return scheduler.watch(dialect, sim.createJob(spec));
    }

    bool waitDone(const QString &key, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&] { return jobs.value(key).engine.local == jw::LocalState::Done; }, timeoutMs);
    }

    int artifactRequests() const
    {
        int count = 0;
        for (const auto &request : sim.requests())
            count += request.path.startsWith(QStringLiteral("/artifacts/")) ? 1 : 0;
        return count;
    }
};
