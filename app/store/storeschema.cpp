#include "store/storeschema.h"

#include "store/jobcodec.h"
#include "store/sqlutil.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

using namespace Qt::StringLiterals;

namespace jw::storeschema {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(JobStore) };

bool execAll(const QSqlDatabase &db, std::initializer_list<QString> statements, QString *error)
{
    for (const QString &statement : statements) {
        if (!sql::exec(db, statement, error))
            return false;
    }
    return true;
}

bool step1(const QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        u"CREATE TABLE jobs ("
        " id INTEGER PRIMARY KEY,"
        " key TEXT NOT NULL UNIQUE,"          // <profile id>/<job id>
        " profile_id TEXT NOT NULL,"
        " profile_name TEXT NOT NULL DEFAULT '',"
        " job_id TEXT NOT NULL,"
        " poll_url TEXT NOT NULL DEFAULT '',"
        " job_type TEXT,"
        " state TEXT,"                        // the server state's machine word; NULL before the first snapshot
        " local_state TEXT NOT NULL,"         // localStateId
        " pause_reason TEXT NOT NULL DEFAULT '',"
        " last_error TEXT NOT NULL DEFAULT '',"
        " last_request_id TEXT NOT NULL DEFAULT '',"
        " snapshot TEXT,"                     // DESIGN.md §2 JSON; NULL before the first
        " prompt TEXT NOT NULL DEFAULT '',"
        " added_at_ms INTEGER NOT NULL,"
        " updated_at_ms INTEGER NOT NULL,"
        " reported_at_ms INTEGER NOT NULL DEFAULT -1,"
        " request_count INTEGER NOT NULL DEFAULT 0,"
        " last_poll_at_ms INTEGER NOT NULL DEFAULT -1,"
        " last_http_status INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX jobs_by_update ON jobs(updated_at_ms)"_s,
        u"CREATE TABLE timeline ("
        " job INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
        " seq INTEGER NOT NULL,"
        " at_ms INTEGER NOT NULL,"
        " kind TEXT NOT NULL,"                // added | state | local
        " state TEXT NOT NULL,"
        " local_state TEXT NOT NULL,"
        " detail TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (job, seq)) WITHOUT ROWID"_s,
        u"CREATE TABLE artifacts ("
        " job INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
        " url TEXT NOT NULL,"
        " position INTEGER NOT NULL DEFAULT 0,"  // order in the snapshot
        " kind TEXT NOT NULL,"
        " title TEXT NOT NULL DEFAULT '',"
        " local_path TEXT NOT NULL DEFAULT '',"
        " pinned INTEGER NOT NULL DEFAULT 0,"
        " expires_at_ms INTEGER NOT NULL DEFAULT -1,"
        " PRIMARY KEY (job, url)) WITHOUT ROWID"_s,
        u"CREATE TABLE durations ("
        " id INTEGER PRIMARY KEY,"
        " profile_id TEXT NOT NULL,"
        " job_type TEXT NOT NULL,"
        " duration_ms INTEGER NOT NULL,"
        " showed_progress INTEGER NOT NULL,"
        " recorded_at_ms INTEGER NOT NULL)"_s,
        u"CREATE INDEX durations_by_kind ON durations(profile_id, job_type, id)"_s,
    }, error);
}

// Fills the (empty) full-text index from the jobs present; `columns` of SearchFields::values(), in order.
bool fillIndex(const QSqlDatabase &db, qsizetype columns, QString *error)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!sql::exec(rows, u"SELECT id, job_id, profile_id, profile_name, snapshot, last_error, prompt FROM jobs"_s, error))
        return false;
    const QStringList names = QString::fromLatin1(storecodec::kSearchColumns).split(u", "_s).first(columns);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO jobs_fts(rowid, %1) VALUES (?%2)"_s.arg(names.join(u", "_s), u", ?"_s.repeated(columns)));
    while (rows.next()) {
        JobRecord record;
        record.jobId = rows.value(1).toString();
        record.profileId = rows.value(2).toString();
        if (const auto snapshot = storecodec::snapshotFromText(rows.value(4).toString()))
            record.snapshot = *snapshot;
        record.engine.lastError = rows.value(5).toString();
        const storecodec::SearchFields f = storecodec::searchFields(record, rows.value(3).toString(), rows.value(6).toString());
        insert.bindValue(0, rows.value(0));
        const QList<const QString *> all = f.values();
        const QList<const QString *> values = all.first(columns);
        for (qsizetype i = 0; i < values.size(); ++i)
            insert.bindValue(int(i + 1), *values.at(i));
        if (!sql::exec(insert, error))
            return false;
    }
    return true;
}

bool step2(const QSqlDatabase &db, QString *error)
{
    return execAll(db, {
            u"CREATE VIRTUAL TABLE jobs_fts USING fts5(job_id, profile, job_type, message, error, titles, prompt,"
            " tokenize = 'trigram')"_s,
            u"CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN"
            " DELETE FROM jobs_fts WHERE rowid = old.id; END"_s,
        }, error)
        && fillIndex(db, 7, error);
}

bool step3(const QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        u"ALTER TABLE durations ADD COLUMN failed INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE durations ADD COLUMN rounds INTEGER NOT NULL DEFAULT 0"_s,
    }, error);
}

// The index gains the job's inputs. FTS5 tables cannot add a column, so it is made anew and filled again
// (with its trigger, which belongs to the jobs table and stays unless dropped).
bool step4(const QSqlDatabase &db, QString *error)
{
    return execAll(db, {
            u"DROP TRIGGER jobs_fts_delete"_s,
            u"DROP TABLE jobs_fts"_s,
            u"CREATE VIRTUAL TABLE jobs_fts USING fts5(%1, tokenize = 'trigram')"_s.arg(QString::fromLatin1(storecodec::kSearchColumns)),
            u"CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN"
            " DELETE FROM jobs_fts WHERE rowid = old.id; END"_s,
        }, error)
        && fillIndex(db, 8, error);
}

using Step = bool (*)(const QSqlDatabase &, QString *);
constexpr Step kSteps[] = {step1, step2, step3, step4}; // kSteps[n - 1] brings version n - 1 to n
static_assert(std::size(kSteps) == kLatestVersion);
} // namespace

int version(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!sql::exec(query, u"PRAGMA user_version"_s, error))
        return -1;
    if (!query.next()) {
        if (error)
            *error = sql::text(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

bool migrate(const QSqlDatabase &db, int target, QString *error)
{
    if (target < 1 || target > kLatestVersion) {
        if (error)
            *error = Tr::tr("no schema version %1").arg(target);
        return false;
    }
    // IMMEDIATE: take the write lock first, then read the version, so two processes starting together migrate once.
    if (!sql::exec(db, u"BEGIN IMMEDIATE"_s, error))
        return false;
    QString reason;
    int current = version(db, &reason);
    bool ok = current >= 0;
    for (int next = current + 1; ok && next <= target; ++next) {
        ok = kSteps[next - 1](db, &reason)
            && sql::exec(db, u"PRAGMA user_version = %1"_s.arg(next), &reason);
        if (!ok)
            reason = Tr::tr("upgrading the job history to version %1 failed: %2").arg(next).arg(reason);
    }
    if (ok && sql::exec(db, u"COMMIT"_s, &reason))
        return true;
    QString ignored;
    sql::exec(db, u"ROLLBACK"_s, &ignored);
    if (error)
        *error = reason;
    return false;
}

} // namespace jw::storeschema
