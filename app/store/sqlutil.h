#pragma once
// Small helpers over Qt SQL for the store: run a statement and say why it failed in one line, and name
// SQLite's result codes (QSqlError::nativeErrorCode holds the primary or extended code as text).

#include <QSqlError>
#include <QString>

class QSqlDatabase;
class QSqlQuery;

namespace jw::sql {

enum Code : int {
    Busy = 5,     // SQLITE_BUSY: another connection holds the lock past the busy timeout
    ReadOnly = 8, // SQLITE_READONLY
    IoError = 10, // SQLITE_IOERR
    Corrupt = 11, // SQLITE_CORRUPT
    Full = 13,    // SQLITE_FULL: disk full, or the page limit reached
    CantOpen = 14,
    NotADb = 26,  // SQLITE_NOTADB
};

// The primary result code of an error (extended codes folded), 0 when there is none.
int code(const QSqlError &error);
// One line: SQLite's message ("database or disk is full"), else Qt's.
QString text(const QSqlError &error);
// The error means the file is damaged or not a database (move it aside), not a passing condition.
bool isCorruption(const QSqlError &error);

// Runs `statement`; false and text(error) in *error on failure.
bool exec(QSqlQuery &query, const QString &statement, QString *error);
bool exec(const QSqlDatabase &db, const QString &statement, QString *error);
// Runs a prepared query; false and text(error) in *error on failure.
bool exec(QSqlQuery &query, QString *error);

} // namespace jw::sql
