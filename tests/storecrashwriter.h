#pragma once
// A store writer to kill -9 mid-stream (tst_store_crash, bench_store), and the check of what survived.
//
// The writer (runCrashWriter, in its own process) watches `kJobs` jobs through the real path: JobList -> StoreSync
// -> StoreThread -> SqliteJobStore. Round after round it changes every job (progress, message "round R", request
// count R) and adds one job "<prefix>-extra-R"; after each batch it hands to the store it prints "committed R" once
// the store thread has committed it. A killed writer leaves the store as SQLite left it; checkCrashStore then
// finds, for the last round a writer said it committed, every job present and consistent.

#include "model/joblist.h"
#include "model/jobtimeline.h"
#include "store/jobcodec.h"
#include "store/sqlitejobstore.h"
#include "store/storesync.h"
#include "store/storethread.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSet>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace storecrash {

inline constexpr int kJobs = 300;

inline jw::JobRecord roundRecord(const QString &prefix, int index, int round)
{
    jw::JobRecord r;
    r.profileId = QStringLiteral("crash");
    r.jobId = prefix + QStringLiteral("-job-") + QString::number(index);
    r.hasSnapshot = true;
    r.snapshot.id = r.jobId;
    r.snapshot.type = QStringLiteral("video");
    r.snapshot.state = jw::JobState::Running;
    r.snapshot.rawStatus = QStringLiteral("active");
    r.snapshot.progress = round % 100;
    r.snapshot.message = QStringLiteral("round ") + QString::number(round);
    r.engine.requestCount = round;
    r.engine.lastPollAtMs = 1'700'000'000'000 + round;
    return r;
}

// The writer process: never returns on its own (it is killed).
inline int runCrashWriter(const QString &dataDir, const QString &prefix)
{
    using namespace jw;
    const QString path = SqliteJobStore::pathIn(dataDir);
    JobList jobs;
    JobTimeline timeline(&jobs);
    StoreThread thread([path] { return std::make_unique<SqliteJobStore>(path); });
    StoreSync::Options options;
    options.flushIntervalMs = 1 << 30; // only the explicit flushes below
    StoreSync sync(&jobs, &timeline, &thread, options);
    QList<int> inFlight; // rounds handed to the store, oldest first
    QObject::connect(&sync, &StoreSync::written, &jobs, [&inFlight](int) {
        const int round = inFlight.takeFirst();
        std::printf("committed %d\n", round);
        std::fflush(stdout);
    });
    QObject::connect(&sync, &StoreSync::writeFailed, &jobs, [](const QString &error) {
        std::fprintf(stderr, "write failed: %s\n", qPrintable(error));
    });
    int round = 0;
    for (int i = 0; i < kJobs; ++i)
        jobs.add(roundRecord(prefix, i, round));
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &jobs, [&] {
        ++round;
        for (int i = 0; i < kJobs; ++i)
            jobs.modify(jobKey(QStringLiteral("crash"), prefix + QStringLiteral("-job-") + QString::number(i)),
                        [&](JobRecord &r) { r = roundRecord(prefix, i, round); });
        JobRecord extra = roundRecord(prefix, 0, round);
        extra.jobId = prefix + QStringLiteral("-extra-") + QString::number(round);
        extra.snapshot.id = extra.jobId;
        jobs.add(extra);
        jobs.flush();
        if (inFlight.isEmpty()) {
            sync.flush();
            if (!sync.hasPending())
                inFlight.append(round);
        }
    });
    tick.start(2);
    return QCoreApplication::exec();
}

struct CrashCheck {
    bool integrityOk = false;
    QString integrity;  // PRAGMA integrity_check's answer
    int expected = 0;   // jobs that must be there
    int lost = 0;       // missing or inconsistent
    QString firstProblem;
};

// After a writer of `prefix` said "committed <committedRound>" (-1: it never did) and was killed.
// Also checks PRAGMA integrity_check and that every job has its full-text row.
inline CrashCheck checkCrashStore(const QString &dataDir, const QString &prefix, int committedRound)
{
    using namespace jw;
    CrashCheck out;
    QSet<QString> unindexed;
    const QString path = SqliteJobStore::pathIn(dataDir);
    {
        const QString name = QStringLiteral("crash-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                out.integrity = q.value(0).toString();
            out.integrityOk = out.integrity == QStringLiteral("ok");
            // Jobs without their full-text row (a write that was not atomic would leave some).
            QSqlQuery orphans(db);
            if (orphans.exec(QStringLiteral("SELECT key FROM jobs WHERE id NOT IN (SELECT rowid FROM jobs_fts)"))) {
                while (orphans.next())
                    unindexed.insert(orphans.value(0).toString());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (committedRound < 0)
        return out;
    SqliteJobStore store(path);
    QStringList keys;
    for (int i = 0; i < kJobs; ++i)
        keys.append(jobKey(QStringLiteral("crash"), prefix + QStringLiteral("-job-") + QString::number(i)));
    for (int r = 1; r <= committedRound; ++r)
        keys.append(jobKey(QStringLiteral("crash"), prefix + QStringLiteral("-extra-") + QString::number(r)));
    out.expected = int(keys.size());
    QHash<QString, StoredJob> found;
    for (const StoredJob &job : store.jobs(keys, true))
        found.insert(job.record.key, job);
    const auto problem = [&out](const QString &text) {
        ++out.lost;
        if (out.firstProblem.isEmpty())
            out.firstProblem = text;
    };
    for (const QString &key : std::as_const(keys)) {
        const auto it = found.constFind(key);
        if (it == found.cend()) {
            problem(key + QStringLiteral(": missing"));
            continue;
        }
        const JobRecord &r = it->record;
        const int round = r.engine.requestCount;
        const bool extra = key.contains(QStringLiteral("-extra-"));
        if (!r.hasSnapshot || r.snapshot.message != QStringLiteral("round ") + QString::number(round)
            || r.snapshot.progress != double(round % 100) || (!extra && round < committedRound) || it->timeline.isEmpty()
            || unindexed.contains(key))
            problem(key + QStringLiteral(": inconsistent (round %1, message \"%2\", %3 timeline entries)")
                              .arg(round).arg(r.snapshot.message).arg(it->timeline.size()));
    }
    return out;
}

} // namespace storecrash
