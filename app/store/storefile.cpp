#include "store/storefile.h"

#include "store/sqlutil.h"
#include "store/storeschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(JobStore) };

constexpr char kSqliteHeader[] = "SQLite format 3"; // and a NUL: the first 16 bytes of every database file

// What is wrong with an existing file before SQLite sees it, or empty.
QString checkFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("it cannot be read: %1").arg(file.errorString());
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return {}; // an empty file is an empty database
    if (header.size() < 16 || !header.startsWith(kSqliteHeader) || header.at(15) != '\0')
        return Tr::tr("it is not a Jobwatch database");
    return {};
}

// The first value a pragma returns; empty and *error on failure.
QString pragmaText(const QSqlDatabase &db, const QString &pragma, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(pragma) || !q.next()) {
        *error = q.lastError();
        return {};
    }
    return q.value(0).toString();
}

enum class Outcome { Ok, Damaged, Failed };

struct Attempt {
    Outcome outcome = Outcome::Failed;
    QString reason;
};

// Opens and prepares the file; says whether it is damaged (move it aside) or failed otherwise.
Attempt openOnce(QSqlDatabase &db, const QString &path, const StoreFileOptions &options, StoreStatus &status)
{
    const auto damaged = [](const QString &reason) { return Attempt{Outcome::Damaged, reason}; };
    const auto failed = [](const QString &reason) { return Attempt{Outcome::Failed, reason}; };
    if (const QString reason = checkFile(path); !reason.isEmpty())
        return damaged(reason);
    const QString busy = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs);
    db.setDatabaseName(path);
    db.setConnectOptions(busy);
    if (!db.open())
        return sql::isCorruption(db.lastError()) ? damaged(sql::text(db.lastError())) : failed(sql::text(db.lastError()));
    QSqlError sqlError;
    const QString versionText = pragmaText(db, u"PRAGMA user_version"_s, &sqlError);
    if (versionText.isEmpty()) {
        db.close();
        return sql::isCorruption(sqlError) ? damaged(sql::text(sqlError)) : failed(sql::text(sqlError));
    }
    const int version = versionText.toInt();
    status.schemaVersion = version;
    if (version > storeschema::kLatestVersion) {
        // A newer Jobwatch wrote it: read it, never write it (not even the journal mode).
        db.close();
        db.setConnectOptions(busy + u";QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return failed(sql::text(db.lastError()));
        status.mode = StoreStatus::Mode::ReadOnly;
        status.message = Tr::tr("The job history at %1 was written by a newer version of Jobwatch (format %2; this version "
                                "knows up to %3). It is shown read-only and nothing of this session is saved to it.")
                             .arg(QDir::toNativeSeparators(path)).arg(version).arg(storeschema::kLatestVersion);
        return {Outcome::Ok, {}};
    }
    const QString journal = pragmaText(db, u"PRAGMA journal_mode = WAL"_s, &sqlError);
    if (journal.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        db.close();
        if (sql::isCorruption(sqlError))
            return damaged(sql::text(sqlError));
        return failed(journal.isEmpty() ? sql::text(sqlError) : Tr::tr("write-ahead logging is not available (journal mode %1)").arg(journal));
    }
    QString error;
    const bool pragmasOk = sql::exec(db, u"PRAGMA synchronous = NORMAL"_s, &error)
        && sql::exec(db, u"PRAGMA foreign_keys = ON"_s, &error)
        && sql::exec(db, u"PRAGMA busy_timeout = %1"_s.arg(options.busyTimeoutMs), &error)
        && (options.maxPages <= 0 || sql::exec(db, u"PRAGMA max_page_count = %1"_s.arg(options.maxPages), &error));
    if (!pragmasOk) {
        db.close();
        return failed(error);
    }
    if (options.quickCheck) {
        const QString check = pragmaText(db, u"PRAGMA quick_check(1)"_s, &sqlError);
        if (check != u"ok"_s) {
            db.close();
            return damaged(check.isEmpty() ? sql::text(sqlError) : check);
        }
    }
    if (!storeschema::migrate(db, storeschema::kLatestVersion, &error)) {
        db.close();
        return failed(error);
    }
    status.mode = StoreStatus::Mode::ReadWrite;
    return {Outcome::Ok, {}};
}
} // namespace

QString StoreFile::asidePath(const QString &path)
{
    const QString base = path + u".broken-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + u'-' + QString::number(n);
    return candidate;
}

StoreStatus StoreFile::open(const QString &path, const QString &connection, const StoreFileOptions &options)
{
    StoreStatus status;
    status.path = path;
    const QString nativePath = QDir::toNativeSeparators(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        status.message = Tr::tr("The job history cannot be saved: the folder %1 cannot be created. This session is not saved.")
                             .arg(QDir::toNativeSeparators(folder));
        return status;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    if (!db.isValid()) {
        status.message = Tr::tr("The job history cannot be opened: the Qt SQLite driver (QSQLITE) is missing. This session is not saved.");
        return status;
    }
    QString recovered;
    Attempt attempt = openOnce(db, path, options, status);
    if (attempt.outcome == Outcome::Damaged) {
        db.close();
        const QString aside = asidePath(path);
        QFile::remove(path + u"-shm"_s); // derived from the file and its -wal; rebuilt on open
        if (!QFile::rename(path, aside)) {
            status.message = Tr::tr("The job history %1 is damaged (%2) and could not be moved aside. It is left as it is and "
                                    "this session is not saved.").arg(nativePath, attempt.reason);
            return status;
        }
        if (QFile::exists(path + u"-wal"_s))
            QFile::rename(path + u"-wal"_s, aside + u"-wal"_s);
        recovered = Tr::tr("The job history %1 could not be read (%2). It was kept as %3 and a new, empty history was started.")
                        .arg(nativePath, attempt.reason, QDir::toNativeSeparators(aside));
        status = StoreStatus{};
        status.path = path;
        attempt = openOnce(db, path, options, status);
    }
    if (attempt.outcome != Outcome::Ok) {
        status.mode = StoreStatus::Mode::Unavailable;
        const QString why = Tr::tr("The job history %1 cannot be opened (%2). This session is not saved.").arg(nativePath, attempt.reason);
        status.message = recovered.isEmpty() ? why : recovered + u' ' + why;
        return status;
    }
    if (!recovered.isEmpty())
        status.message = status.message.isEmpty() ? recovered : recovered + u' ' + status.message;
    return status;
}

} // namespace jw
