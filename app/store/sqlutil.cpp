#include "store/sqlutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace jw::sql {

int code(const QSqlError &error)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    return ok ? (native & 0xff) : 0;
}

QString text(const QSqlError &error)
{
    const QString db = error.databaseText().trimmed();
    return db.isEmpty() ? error.driverText().trimmed() : db;
}

bool isCorruption(const QSqlError &error)
{
    const int c = code(error);
    return c == Corrupt || c == NotADb;
}

bool exec(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.exec(statement))
        return true;
    if (error)
        *error = text(query.lastError());
    return false;
}

bool exec(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    return exec(query, statement, error);
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = text(query.lastError());
    return false;
}

} // namespace jw::sql
