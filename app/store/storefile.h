#pragma once
// Opens the store's SQLite file for SqliteJobStore, and deals with what can be wrong with it:
// - the folder cannot be created, or the file cannot be opened: the store is unavailable (the session runs
//   unsaved), with a message;
// - the file is unreadable, not a database, or damaged (PRAGMA quick_check): it is moved aside as
//   "<name>.broken-<time>" (never deleted) with its -wal file, and a new, empty store is started, with a message;
// - it was written by a newer Jobwatch (user_version above ours): it is opened read-only, with a message, and
//   never written;
// - otherwise: WAL, synchronous=NORMAL, foreign keys on, a busy timeout (a second process, such as the CLI with
//   --record while the window is open, waits for the lock instead of failing), and the migrations.

#include "store/jobstore.h"

#include <QString>

namespace jw {

struct StoreFileOptions {
    int busyTimeoutMs = 10000;
    bool quickCheck = true;  // PRAGMA quick_check on open, to find a damaged file before it is used
    qint64 maxPages = 0;     // PRAGMA max_page_count when > 0 (a size cap; tests use it to fill the "disk")
};

class StoreFile final
{
public:
    // Opens `path` on the QSQLITE connection named `connection` (which the caller removes when done).
    static StoreStatus open(const QString &path, const QString &connection, const StoreFileOptions &options);
    // Where a damaged file is moved: "<path>.broken-<yyyyMMdd-HHmmss>" (with a counter when taken).
    static QString asidePath(const QString &path);
};

} // namespace jw
