#include "store/sqlitejobstore.h"

#include "store/jobcodec.h"
#include "store/sqlutil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(JobStore) };

constexpr int kChunk = 500; // keys per IN (...) list
constexpr int kParked = 1000000; // artifact positions from here on: no longer in the snapshot

const QString kJobColumns = u"id, key, profile_id, profile_name, job_id, poll_url, local_state, pause_reason, last_error,"
                            " last_request_id, snapshot, prompt, added_at_ms, updated_at_ms, reported_at_ms, request_count,"
                            " last_poll_at_ms, last_http_status"_s;

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

QString connectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"jobwatch-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

StoredJob storedFrom(const QSqlQuery &q)
{
    StoredJob job;
    job.rowId = q.value(0).toLongLong();
    JobRecord &r = job.record;
    r.key = q.value(1).toString();
    r.profileId = q.value(2).toString();
    job.profileName = q.value(3).toString();
    r.jobId = q.value(4).toString();
    r.pollUrl = QUrl(q.value(5).toString());
    r.engine.local = localStateFromId(q.value(6).toString()).value_or(LocalState::Stopped);
    r.engine.pauseReason = q.value(7).toString();
    r.engine.lastError = q.value(8).toString();
    r.engine.lastRequestId = q.value(9).toString();
    if (!q.value(10).isNull()) {
        if (const auto snapshot = storecodec::snapshotFromText(q.value(10).toString())) {
            r.snapshot = *snapshot;
            r.hasSnapshot = true;
        }
    }
    if (r.snapshot.id.isEmpty())
        r.snapshot.id = r.jobId;
    job.prompt = q.value(11).toString();
    r.addedAtMs = q.value(12).toLongLong();
    job.updatedAtMs = q.value(13).toLongLong();
    r.engine.reportedAtMs = q.value(14).toLongLong();
    r.engine.requestCount = q.value(15).toInt();
    r.engine.lastPollAtMs = q.value(16).toLongLong();
    r.engine.lastHttpStatus = q.value(17).toInt();
    return job;
}

QString likeEscaped(const QString &word)
{
    QString out;
    for (const QChar c : word) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

size_t artifactsHash(const JobSnapshot &s)
{
    size_t h = qHash(s.artifacts.size());
    for (const Artifact &a : s.artifacts)
        h = qHashMulti(h, a.url, int(a.kind), a.title);
    return h | 1; // never 0 ("unknown")
}

// Every column of the full-text index as one text, for LIKE (queries under three characters).
QString allColumnsText()
{
    QStringList parts;
    for (const QString &column : QString::fromLatin1(storecodec::kSearchColumns).split(u", "_s))
        parts.append(u"COALESCE(jobs_fts.%1, '')"_s.arg(column));
    return parts.join(u" || ' ' || "_s);
}
} // namespace

struct SqliteJobStore::Statements {
    explicit Statements(const QSqlDatabase &db)
        : upsert(db), cheap(db), idOf(db), ftsDelete(db), ftsInsert(db), artifactsClear(db), artifactsPark(db), artifactInsert(db),
          timelineClear(db), timelineInsert(db), removeKey(db), durationInsert(db), durationPrune(db)
    {
        upsert.prepare(u"INSERT INTO jobs (key, profile_id, profile_name, job_id, poll_url, job_type, state, local_state,"
                       " pause_reason, last_error, last_request_id, snapshot, prompt, added_at_ms, updated_at_ms,"
                       " reported_at_ms, request_count, last_poll_at_ms, last_http_status)"
                       " VALUES (?, ?, COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''),"
                       " COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(key) DO UPDATE SET profile_name = excluded.profile_name, poll_url = excluded.poll_url,"
                       " job_type = excluded.job_type, state = excluded.state, local_state = excluded.local_state,"
                       " pause_reason = excluded.pause_reason, last_error = excluded.last_error,"
                       " last_request_id = excluded.last_request_id, snapshot = excluded.snapshot,"
                       " prompt = CASE WHEN excluded.prompt = '' THEN prompt ELSE excluded.prompt END,"
                       " updated_at_ms = excluded.updated_at_ms, reported_at_ms = excluded.reported_at_ms,"
                       " request_count = excluded.request_count, last_poll_at_ms = excluded.last_poll_at_ms,"
                       " last_http_status = excluded.last_http_status"_s);
        cheap.prepare(u"UPDATE jobs SET local_state = ?, pause_reason = COALESCE(?, ''), last_error = COALESCE(?, ''),"
                      " last_request_id = COALESCE(?, ''), request_count = ?, last_poll_at_ms = ?, last_http_status = ?,"
                      " updated_at_ms = ? WHERE key = ?"_s);
        idOf.prepare(u"SELECT id, prompt FROM jobs WHERE key = ?"_s);
        ftsDelete.prepare(u"DELETE FROM jobs_fts WHERE rowid = ?"_s);
        ftsInsert.prepare(u"INSERT INTO jobs_fts (rowid, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                              .arg(QString::fromLatin1(storecodec::kSearchColumns)));
        artifactsClear.prepare(u"DELETE FROM artifacts WHERE job = ? AND pinned = 0 AND local_path = ''"_s);
        // Saved artifacts the snapshot no longer lists go after the ones it lists.
        artifactsPark.prepare(u"UPDATE artifacts SET position = position + %1 WHERE job = ? AND position < %1"_s.arg(kParked));
        artifactInsert.prepare(u"INSERT INTO artifacts (job, url, position, kind, title) VALUES (?, ?, ?, ?, COALESCE(?, ''))"
                               " ON CONFLICT(job, url) DO UPDATE SET position = excluded.position, kind = excluded.kind,"
                               " title = excluded.title"_s);
        timelineClear.prepare(u"DELETE FROM timeline WHERE job = ?"_s);
        timelineInsert.prepare(u"INSERT INTO timeline (job, seq, at_ms, kind, state, local_state, detail)"
                               " VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''))"_s);
        removeKey.prepare(u"DELETE FROM jobs WHERE key = ?"_s);
        durationInsert.prepare(u"INSERT INTO durations (profile_id, job_type, duration_ms, showed_progress, recorded_at_ms, failed, rounds)"
                               " VALUES (?, COALESCE(?, ''), ?, ?, ?, ?, ?)"_s);
        durationPrune.prepare(u"DELETE FROM durations WHERE profile_id = ? AND job_type = COALESCE(?, '') AND id NOT IN"
                              " (SELECT id FROM durations WHERE profile_id = ? AND job_type = COALESCE(?, '')"
                              " ORDER BY id DESC LIMIT %1)"_s.arg(kDurationCap));
    }
    QSqlQuery upsert, cheap, idOf, ftsDelete, ftsInsert, artifactsClear, artifactsPark, artifactInsert, timelineClear, timelineInsert,
        removeKey, durationInsert, durationPrune;
};

QString SqliteJobStore::pathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(fileName());
}

SqliteJobStore::SqliteJobStore(const QString &path, const StoreFileOptions &options)
    : m_connection(connectionName())
{
    m_status = StoreFile::open(path, m_connection, options);
    if (m_status.mode == StoreStatus::Mode::ReadWrite)
        m_statements = std::make_unique<Statements>(QSqlDatabase::database(m_connection, false));
}

SqliteJobStore::~SqliteJobStore()
{
    m_statements.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqliteJobStore::refuseWrite(QString *error) const
{
    if (m_status.mode == StoreStatus::Mode::ReadWrite)
        return false;
    if (error) {
        *error = m_status.mode == StoreStatus::Mode::ReadOnly
            ? Tr::tr("the job history is read-only (written by a newer version of Jobwatch)")
            : Tr::tr("the job history is not available");
    }
    return true;
}

bool SqliteJobStore::writeJob(const JobWrite &w, qint64 atMs, QHash<QString, Known> &touched, QString *error)
{
    Statements &st = *m_statements;
    const JobRecord &r = w.record;
    const QString key = jobKey(r.profileId, r.jobId);
    Known known = touched.value(key, m_known.value(key));
    bool full = w.snapshot || known.id < 0;
    if (!full) {
        QSqlQuery &q = st.cheap;
        const QVariantList values{localStateId(r.engine.local), r.engine.pauseReason, r.engine.lastError, r.engine.lastRequestId,
                                  r.engine.requestCount, r.engine.lastPollAtMs, r.engine.lastHttpStatus, atMs, key};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!sql::exec(q, error))
            return false;
        full = q.numRowsAffected() == 0; // removed by another process meanwhile: write it whole
    }
    if (full) {
        QSqlQuery &q = st.upsert;
        const QVariantList values{key, r.profileId, w.profileName, r.jobId, r.pollUrl.toString(QUrl::FullyEncoded),
                                  r.hasSnapshot ? textOrNull(r.snapshot.type) : QVariant(),
                                  r.hasSnapshot ? QVariant(stateName(r.snapshot.state)) : QVariant(),
                                  localStateId(r.engine.local), r.engine.pauseReason, r.engine.lastError, r.engine.lastRequestId,
                                  r.hasSnapshot ? QVariant(storecodec::snapshotText(r.snapshot)) : QVariant(),
                                  storecodec::promptFromBody(r.rawBody), r.addedAtMs >= 0 ? r.addedAtMs : atMs, atMs,
                                  r.engine.reportedAtMs, r.engine.requestCount, r.engine.lastPollAtMs, r.engine.lastHttpStatus};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!sql::exec(q, error))
            return false;
    }
    // The row's id and stored prompt: once per job and session (and after a full write, whose prompt may be new).
    if (full || known.id < 0) {
        QSqlQuery &q = st.idOf;
        q.bindValue(0, key);
        if (!sql::exec(q, error))
            return false;
        if (!q.next()) {
            if (error)
                *error = Tr::tr("job %1 vanished while it was written").arg(key);
            return false;
        }
        if (known.id != q.value(0).toLongLong())
            known = Known{q.value(0).toLongLong(), 0, 0, {}};
        known.prompt = q.value(1).toString();
        q.finish();
    }
    const storecodec::SearchFields fields = storecodec::searchFields(r, w.profileName, known.prompt);
    const size_t searchHash = fields.hash() | 1;
    if (searchHash != known.searchHash) {
        st.ftsDelete.bindValue(0, known.id);
        if (!sql::exec(st.ftsDelete, error))
            return false;
        QSqlQuery &q = st.ftsInsert;
        q.bindValue(0, known.id);
        int i = 1;
        for (const QString *text : fields.values())
            q.bindValue(i++, *text);
        if (!sql::exec(q, error))
            return false;
        known.searchHash = searchHash;
    }
    if (w.snapshot && artifactsHash(r.snapshot) != known.artifactsHash) {
        st.artifactsClear.bindValue(0, known.id);
        st.artifactsPark.bindValue(0, known.id);
        if (!sql::exec(st.artifactsClear, error) || !sql::exec(st.artifactsPark, error))
            return false;
        for (qsizetype i = 0; i < r.snapshot.artifacts.size(); ++i) {
            const Artifact &a = r.snapshot.artifacts.at(i);
            QSqlQuery &q = st.artifactInsert;
            q.bindValue(0, known.id);
            q.bindValue(1, a.url);
            q.bindValue(2, int(i));
            q.bindValue(3, kindName(a.kind));
            q.bindValue(4, a.title);
            if (!sql::exec(q, error))
                return false;
        }
        known.artifactsHash = artifactsHash(r.snapshot);
    }
    if (w.timeline) {
        st.timelineClear.bindValue(0, known.id);
        if (!sql::exec(st.timelineClear, error))
            return false;
        // The timeline in memory is capped already; one handed in whole (an import) is capped the same way.
        QList<TimelineEntry> entries = *w.timeline;
        JobTimeline::cap(entries);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const TimelineEntry &e = entries.at(i);
            QSqlQuery &q = st.timelineInsert;
            const QVariantList values{known.id, int(i), e.atMs, storecodec::timelineKindId(e.kind), stateName(e.state),
                                      localStateId(e.local), storecodec::timelineDetail(e)};
            for (int v = 0; v < values.size(); ++v)
                q.bindValue(v, values.at(v));
            if (!sql::exec(q, error))
                return false;
        }
    }
    touched.insert(key, known);
    return true;
}

bool SqliteJobStore::write(const StoreBatch &batch, QString *error)
{
    if (refuseWrite(error))
        return false;
    if (batch.isEmpty())
        return true;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString reason;
    if (!sql::exec(db, u"BEGIN IMMEDIATE"_s, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    QHash<QString, Known> touched;
    bool ok = true;
    for (const JobWrite &job : batch.jobs) {
        if (!(ok = writeJob(job, batch.atMs, touched, &reason)))
            break;
    }
    for (qsizetype i = 0; ok && i < batch.removed.size(); ++i) {
        m_statements->removeKey.bindValue(0, batch.removed.at(i));
        ok = sql::exec(m_statements->removeKey, &reason);
    }
    QSet<QPair<QString, QString>> kinds;
    for (qsizetype i = 0; ok && i < batch.durations.size(); ++i) {
        const DurationSample &d = batch.durations.at(i);
        QSqlQuery &q = m_statements->durationInsert;
        q.bindValue(0, d.profileId);
        q.bindValue(1, d.jobType);
        q.bindValue(2, d.durationMs);
        q.bindValue(3, d.showedProgress ? 1 : 0);
        q.bindValue(4, d.recordedAtMs);
        q.bindValue(5, d.failed ? 1 : 0);
        q.bindValue(6, d.rounds ? 1 : 0);
        ok = sql::exec(q, &reason);
        kinds.insert({d.profileId, d.jobType});
    }
    for (auto it = kinds.cbegin(); ok && it != kinds.cend(); ++it) {
        QSqlQuery &q = m_statements->durationPrune;
        q.bindValue(0, it->first);
        q.bindValue(1, it->second);
        q.bindValue(2, it->first);
        q.bindValue(3, it->second);
        ok = sql::exec(q, &reason);
    }
    if (ok)
        ok = sql::exec(db, u"COMMIT"_s, &reason);
    if (!ok) {
        QString ignored; // the reason that matters is the first one
        sql::exec(db, u"ROLLBACK"_s, &ignored);
        if (error)
            *error = reason;
        return false;
    }
    for (auto it = touched.cbegin(); it != touched.cend(); ++it)
        m_known.insert(it.key(), it.value());
    for (const QString &key : batch.removed)
        m_known.remove(key);
    return true;
}

QStringList SqliteJobStore::remove(const RemovalFilter &filter, QString *error)
{
    if (refuseWrite(error))
        return {};
    QString where = u"local_state NOT IN ('watching', 'paused')"_s;
    if (filter.finishedOnly)
        where += u" AND local_state = 'done'"_s;
    if (filter.olderThanMs >= 0)
        where += u" AND updated_at_ms < %1"_s.arg(filter.olderThanMs);
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString reason;
    QStringList keys;
    bool ok = sql::exec(db, u"BEGIN IMMEDIATE"_s, &reason);
    if (ok) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        ok = sql::exec(q, u"SELECT key FROM jobs WHERE "_s + where + u" ORDER BY id"_s, &reason);
        while (ok && q.next())
            keys.append(q.value(0).toString());
        ok = ok && sql::exec(db, u"DELETE FROM jobs WHERE "_s + where, &reason) && sql::exec(db, u"COMMIT"_s, &reason);
        if (!ok) {
            QString ignored; // the reason that matters is the first one
            sql::exec(db, u"ROLLBACK"_s, &ignored);
        }
    }
    if (!ok) {
        if (error)
            *error = reason;
        return {};
    }
    for (const QString &key : std::as_const(keys))
        m_known.remove(key);
    return keys;
}

bool SqliteJobStore::setArtifactFile(const QString &key, const StoredArtifact &artifact, QString *error)
{
    if (refuseWrite(error))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO artifacts (job, url, position, kind, title, local_path, pinned, expires_at_ms)"
              " SELECT id, ?, (SELECT COUNT(*) FROM artifacts WHERE job = jobs.id), ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?"
              " FROM jobs WHERE key = ?"
              " ON CONFLICT(job, url) DO UPDATE SET local_path = excluded.local_path, pinned = excluded.pinned,"
              " expires_at_ms = excluded.expires_at_ms"_s);
    const QVariantList values{artifact.url, kindName(artifact.kind), artifact.title, artifact.localPath, artifact.pinned ? 1 : 0,
                              artifact.expiresAtMs, key};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!sql::exec(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = Tr::tr("no stored job %1").arg(key);
        return false;
    }
    return true;
}

int SqliteJobStore::count(QString *error) const
{
    if (m_status.mode == StoreStatus::Mode::Unavailable)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!sql::exec(q, u"SELECT COUNT(*) FROM jobs"_s, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<StoredJob> SqliteJobStore::readJobs(const QString &where, const QVariantList &values, bool withTimeline, QString *error) const
{
    QList<StoredJob> out;
    if (m_status.mode == StoreStatus::Mode::Unavailable)
        return out;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kJobColumns + u" FROM jobs "_s + where);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!sql::exec(q, error))
        return out;
    while (q.next())
        out.append(storedFrom(q));
    if (!withTimeline || out.isEmpty())
        return out;
    QHash<qint64, qsizetype> index;
    QStringList ids;
    for (qsizetype i = 0; i < out.size(); ++i) {
        index.insert(out.at(i).rowId, i);
        ids.append(QString::number(out.at(i).rowId));
    }
    QSqlQuery t(db);
    t.setForwardOnly(true);
    if (!sql::exec(t, u"SELECT job, at_ms, kind, state, local_state, detail FROM timeline WHERE job IN (%1) ORDER BY job, seq"_s
                          .arg(ids.join(u',')), error))
        return {};
    while (t.next()) {
        TimelineEntry e;
        e.atMs = t.value(1).toLongLong();
        e.kind = storecodec::timelineKindFromId(t.value(2).toString()).value_or(TimelineEntry::Kind::Local);
        e.state = stateFromName(t.value(3).toString()).value_or(JobState::Unknown);
        e.local = localStateFromId(t.value(4).toString()).value_or(LocalState::Stopped);
        storecodec::setTimelineDetail(e, t.value(5).toString());
        e.label = JobTimeline::labelFor(e);
        out[index.value(t.value(0).toLongLong())].timeline.append(e);
    }
    return out;
}

QList<StoredJob> SqliteJobStore::page(qint64 afterRowId, int limit, bool withTimeline, QString *error) const
{
    return readJobs(u"WHERE id > ? ORDER BY id LIMIT ?"_s, {afterRowId, limit}, withTimeline, error);
}

QList<StoredJob> SqliteJobStore::jobs(const QStringList &keys, bool withTimeline, QString *error) const
{
    QList<StoredJob> out;
    for (qsizetype from = 0; from < keys.size(); from += kChunk) {
        const QStringList chunk = keys.mid(from, kChunk);
        QVariantList values;
        for (const QString &key : chunk)
            values.append(key);
        QString reason;
        const QString marks = QStringList(chunk.size(), u"?"_s).join(u',');
        out += readJobs(u"WHERE key IN (%1) ORDER BY id"_s.arg(marks), values, withTimeline, &reason);
        if (!reason.isEmpty()) {
            if (error)
                *error = reason;
            return {};
        }
    }
    std::sort(out.begin(), out.end(), [](const StoredJob &a, const StoredJob &b) { return a.rowId < b.rowId; });
    return out;
}

SqliteJobStore::SearchPlan SqliteJobStore::searchPlan(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    SearchPlan plan;
    QStringList phrases;
    for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            phrases.append(u'"' + QString(word).replace(u'"', u"\"\""_s) + u'"');
        else
            plan.likes.append(u'%' + likeEscaped(word) + u'%');
    }
    plan.match = phrases.join(u" AND "_s);
    return plan;
}

QStringList SqliteJobStore::search(const QString &text, int limit, QString *error) const
{
    QStringList keys;
    if (m_status.mode == StoreStatus::Mode::Unavailable)
        return keys;
    const SearchPlan plan = searchPlan(text);
    QStringList conditions;
    QVariantList values;
    if (!plan.match.isEmpty()) {
        conditions.append(u"jobs_fts MATCH ?"_s);
        values.append(plan.match);
    }
    for (const QString &like : plan.likes) {
        conditions.append(u"(%1) LIKE ? ESCAPE '\\'"_s.arg(allColumnsText()));
        values.append(like);
    }
    QString statement = u"SELECT j.key FROM jobs_fts JOIN jobs j ON j.id = jobs_fts.rowid"_s;
    if (!conditions.isEmpty())
        statement += u" WHERE "_s + conditions.join(u" AND "_s);
    statement += u" ORDER BY j.id"_s;
    if (limit >= 0) {
        statement += u" LIMIT ?"_s;
        values.append(limit);
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(statement);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!sql::exec(q, error))
        return {};
    while (q.next())
        keys.append(q.value(0).toString());
    return keys;
}

QList<StoredArtifact> SqliteJobStore::artifacts(const QString &key, QString *error) const
{
    QList<StoredArtifact> out;
    if (m_status.mode == StoreStatus::Mode::Unavailable)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT a.url, a.kind, a.title, a.local_path, a.pinned, a.expires_at_ms FROM artifacts a JOIN jobs j ON j.id = a.job"
              " WHERE j.key = ? ORDER BY a.position, a.url"_s);
    q.bindValue(0, key);
    if (!sql::exec(q, error))
        return out;
    while (q.next()) {
        StoredArtifact a;
        a.url = q.value(0).toString();
        a.kind = kindFromName(q.value(1).toString()).value_or(ArtifactKind::Other);
        a.title = q.value(2).toString();
        a.localPath = q.value(3).toString();
        a.pinned = q.value(4).toInt() != 0;
        a.expiresAtMs = q.value(5).toLongLong();
        out.append(a);
    }
    return out;
}

QList<DurationSample> SqliteJobStore::durations(QString *error) const
{
    QList<DurationSample> out;
    if (m_status.mode == StoreStatus::Mode::Unavailable)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!sql::exec(q, u"SELECT profile_id, job_type, duration_ms, showed_progress, recorded_at_ms, failed, rounds"
                         " FROM durations ORDER BY id"_s, error))
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt() != 0,
                    q.value(4).toLongLong(), q.value(5).toInt() != 0, q.value(6).toInt() != 0});
    }
    return out;
}

} // namespace jw
