#pragma once
// Shared by the tests that download through a bare ArtifactFetcher (tst_keycontainment, tst_tlsfailclosed,
// tst_thumbnailer): the fetcher over its own network manager, key store, profile list, job list and a disk cache
// in a temporary folder, and completed jobs to fetch for.

#include "artifacts/artifactfetcher.h"
#include "artifacts/diskcache.h"
#include "model/joblist.h"
#include "model/jobrecord.h"
#include "model/profilelist.h"
#include "model/secretstore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

struct FetchRig {
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    jw::MemorySecretStore secrets;
    jw::ProfileList profiles;
    jw::JobList jobs;
    jw::DiskCache cache{dir.path()};
    jw::ArtifactFetcher fetcher{&nam, &secrets, &profiles, &jobs, &cache};

    // Adds `profile` with `key` (when not empty) and a completed job `jobId` of it; returns the job's key.
    QString addCompletedJob(const jw::Profile &profile, const QString &key, const QString &jobId = QStringLiteral("done"))
    {
        profiles.add(profile);
        if (!key.isEmpty())
            secrets.setKey(profile.id, key);
        jw::JobRecord record;
        record.profileId = profile.id;
        record.jobId = jobId;
        record.hasSnapshot = true;
        record.snapshot.id = jobId;
        record.snapshot.state = jw::JobState::Completed;
        jobs.add(record);
        return jw::jobKey(profile.id, jobId);
    }
};
