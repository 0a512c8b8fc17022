#pragma once
// The JobStore on SQLite through Qt SQL (QSQLITE: the system SQLite with FTS5). StoreFile opens the file (WAL,
// busy timeout, migrations, recovery); this class reads and writes it. One connection, used only from the
// thread that created the object.
//
// Writes: each batch is one BEGIN IMMEDIATE transaction (the write lock is taken up front, so a second process
// waits for it within the busy timeout instead of failing half-way). A job whose snapshot did not change gets a
// cheap update of its state and statistics columns; its full-text row and artifact rows are only rewritten
// when their content changed (hashes kept for this session). Timelines are capped as in memory
// (JobTimeline::cap: the first entries, a marker counting the dropped ones, the newest). Duration history keeps the newest kDurationCap samples per (profile, job type).

#include "model/jobtimeline.h"
#include "store/jobstore.h"
#include "store/storefile.h"

#include <QHash>
#include <QString>

#include <memory>

namespace jw {

class SqliteJobStore final : public JobStore
{
public:
    static constexpr int kTimelineCap = JobTimeline::kMaxEntries;
    static constexpr int kDurationCap = 64; // DurationHistory::kWindow

    // Opens (or creates) `path`; see status() for how that went.
    explicit SqliteJobStore(const QString &path, const StoreFileOptions &options = {});
    ~SqliteJobStore() override;
    SqliteJobStore(const SqliteJobStore &) = delete;
    SqliteJobStore &operator=(const SqliteJobStore &) = delete;

    static QString fileName() { return QStringLiteral("jobs.sqlite"); }
    static QString pathIn(const QString &dataDir);

    StoreStatus status() const override { return m_status; }
    bool write(const StoreBatch &batch, QString *error = nullptr) override;
    QStringList remove(const RemovalFilter &filter, QString *error = nullptr) override;
    bool setArtifactFile(const QString &key, const StoredArtifact &artifact, QString *error = nullptr) override;
    int count(QString *error = nullptr) const override;
    QList<StoredJob> page(qint64 afterRowId, int limit, bool withTimeline, QString *error = nullptr) const override;
    QList<StoredJob> jobs(const QStringList &keys, bool withTimeline, QString *error = nullptr) const override;
    QStringList search(const QString &text, int limit = -1, QString *error = nullptr) const override;
    QList<StoredArtifact> artifacts(const QString &key, QString *error = nullptr) const override;
    QList<DurationSample> durations(QString *error = nullptr) const override;

    // The FTS5 query and LIKE patterns `text` becomes (tests): every word is a quoted trigram phrase; words of
    // one or two characters, which a trigram index cannot match, are LIKE patterns.
    struct SearchPlan {
        QString match;        // empty: no MATCH clause
        QStringList likes;    // "%word%" patterns, escaped with '\'
    };
    static SearchPlan searchPlan(const QString &text);

private:
    struct Known {
        qint64 id = -1;
        size_t searchHash = 0;    // 0: unknown, rewrite on the next snapshot
        size_t artifactsHash = 0;
        QString prompt;           // as stored
    };
    struct Statements;
    bool writeJob(const JobWrite &job, qint64 atMs, QHash<QString, Known> &touched, QString *error);
    bool refuseWrite(QString *error) const;
    QList<StoredJob> readJobs(const QString &where, const QVariantList &values, bool withTimeline, QString *error) const;

    QString m_connection;
    StoreStatus m_status;
    std::unique_ptr<Statements> m_statements;
    QHash<QString, Known> m_known; // jobs written in this session, by key
};

} // namespace jw
