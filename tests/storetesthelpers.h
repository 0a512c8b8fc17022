#pragma once
// Shared by the job store tests: records with a realistic snapshot, and raw SQL on a store file.

#include "model/jobrecord.h"
#include "store/jobstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace storetest {

inline jw::JobRecord record(const QString &profile, const QString &id, jw::JobState state = jw::JobState::Running,
                            double progress = 40)
{
    using namespace Qt::StringLiterals;
    jw::JobRecord r;
    r.profileId = profile;
    r.jobId = id;
    r.key = jw::jobKey(profile, id);
    r.hasSnapshot = true;
    r.snapshot.id = id;
    r.snapshot.type = u"video"_s;
    r.snapshot.state = state;
    r.snapshot.rawStatus = jw::stateName(state);
    r.snapshot.progress = progress;
    r.snapshot.message = u"Rendering scene 3 of 7"_s;
    r.snapshot.createdAt = u"2024-05-01T10:00:00Z"_s;
    if (state == jw::JobState::Completed) {
        jw::Artifact a;
        a.kind = jw::ArtifactKind::Video;
        a.url = u"https://cdn.example.com/out/"_s + id + u".mp4?X-Amz-Expires=3600&X-Amz-Signature=abc123"_s;
        a.title = u"Lighthouse at dusk"_s;
        r.snapshot.artifacts.append(a);
        r.engine.local = jw::LocalState::Done;
    }
    if (state == jw::JobState::Failed) {
        r.snapshot.error = jw::JobError{u"insufficient_credits"_s, u"Your balance is too low"_s};
        r.engine.local = jw::LocalState::Done;
    }
    r.engine.requestCount = 7;
    r.engine.lastPollAtMs = 1'714'557'600'000;
    r.engine.reportedAtMs = 1'714'557'600'000;
    r.engine.lastHttpStatus = 200;
    r.addedAtMs = 1'714'557'000'000;
    return r;
}

inline jw::JobWrite write(const jw::JobRecord &r, const QString &profileName = {})
{
    jw::JobWrite w;
    w.record = r;
    w.profileName = profileName;
    return w;
}

inline jw::StoreBatch batchOf(std::initializer_list<jw::JobRecord> records, qint64 atMs = 1'714'557'700'000)
{
    jw::StoreBatch b;
    b.atMs = atMs;
    for (const jw::JobRecord &r : records)
        b.jobs.append(write(r));
    return b;
}

// A separate raw connection to a store file (PRAGMA checks, tampering); removed when it goes out of scope.
class RawDb
{
public:
    explicit RawDb(const QString &path, const QString &name = QStringLiteral("raw-test"))
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace storetest
