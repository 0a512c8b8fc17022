// StoreFile and the migrations: a new store is the latest schema in WAL mode; an older one is upgraded in one
// transaction (and left as it was when that fails); a newer one is opened read-only and never written; a damaged
// or unreadable file is moved aside (kept, never deleted) with a message and a new store starts; a folder that
// cannot be created makes the store unavailable with a message.

#include "storetesthelpers.h"

#include "store/datadir.h"
#include "store/sqlitejobstore.h"
#include "store/storeschema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace jw;
using namespace Qt::StringLiterals;
using storetest::batchOf;
using storetest::record;

namespace {
QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList asideFiles(const QString &dir)
{
    return QDir(dir).entryList({u"jobs.sqlite.broken-*"_s}, QDir::Files, QDir::Name);
}
} // namespace

class tst_StoreFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void newStoreIsTheLatestSchemaInWalMode();
    void version1StoreIsUpgradedAndItsJobsIndexed();
    void version3StoreIsUpgradedAndItsInputsIndexed();
    void failedUpgradeLeavesTheOldVersionIntact();
    void newerStoreOpensReadOnlyAndIsNeverWritten();
    void damagedStoreIsMovedAsideAndANewOneStarts_data();
    void damagedStoreIsMovedAsideAndANewOneStarts();
    void unreadableStoreIsMovedAside();
    void folderThatCannotBeCreatedMakesTheStoreUnavailable();
    void dataFolderIsTheWindowsAppDataUnlessNamed();

private:
    QString path() const { return SqliteJobStore::pathIn(m_dir->path()); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_StoreFile::newStoreIsTheLatestSchemaInWalMode()
{
    {
        SqliteJobStore store(path());
        QCOMPARE(store.status().mode, StoreStatus::Mode::ReadWrite);
        QCOMPARE(store.status().schemaVersion, 0);
        QCOMPARE(store.status().path, path());
        QVERIFY(store.write(batchOf({record(u"p"_s, u"j"_s)})));
        // While open: WAL (a -wal file beside the database).
        QVERIFY(QFile::exists(path() + u"-wal"_s));
    }
    storetest::RawDb raw(path());
    QVERIFY(raw.ok());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), storeschema::kLatestVersion);
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s); // persistent in the file
    QCOMPARE(raw.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    SqliteJobStore again(path());
    QCOMPARE(again.status().schemaVersion, storeschema::kLatestVersion);
    QCOMPARE(again.count(), 1);
}

void tst_StoreFile::version1StoreIsUpgradedAndItsJobsIndexed()
{
    {
        // A store as version 1 left it: the tables, two jobs, no full-text index.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QString error;
        QVERIFY2(storeschema::migrate(db, 1, &error), qPrintable(error));
        QCOMPARE(storeschema::version(db, &error), 1);
        storetest::RawDb raw(path(), u"v1-insert"_s);
        QVERIFY(raw.exec(u"INSERT INTO jobs (key, profile_id, profile_name, job_id, local_state, snapshot, added_at_ms, updated_at_ms)"
                         " VALUES ('theo/job_old1', 'theo', 'Theo (home)', 'job_old1', 'done',"
                         " '{\"id\":\"job_old1\",\"state\":\"completed\",\"message\":\"Rendered the lighthouse\"}', 1, 2),"
                         " ('theo/job_old2', 'theo', '', 'job_old2', 'stopped', NULL, 3, 4)"_s));
        QVERIFY(raw.exec(u"INSERT INTO durations (profile_id, job_type, duration_ms, showed_progress, recorded_at_ms)"
                         " VALUES ('theo', 'video', 42000, 1, 5)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    SqliteJobStore store(path());
    QCOMPARE(store.status().mode, StoreStatus::Mode::ReadWrite);
    QCOMPARE(store.status().schemaVersion, 1);
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.search(u"lighthouse"_s), QStringList{u"theo/job_old1"_s});
    QCOMPARE(store.search(u"home"_s), QStringList{u"theo/job_old1"_s});
    QCOMPARE(store.search(u"old2"_s), QStringList{u"theo/job_old2"_s});
    const StoredJob old = store.jobs({u"theo/job_old1"_s}, false).value(0);
    QCOMPARE(old.record.snapshot.state, JobState::Completed);
    QCOMPARE(old.record.engine.local, LocalState::Done);
    // Durations learned before version 3 are kept, as completed jobs with no rounding seen.
    QCOMPARE(store.durations(), (QList<DurationSample>{{u"theo"_s, u"video"_s, 42'000, true, 5, false, false}}));
    storetest::RawDb raw(path());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), storeschema::kLatestVersion);
}

void tst_StoreFile::version3StoreIsUpgradedAndItsInputsIndexed()
{
    {
        // A store as version 3 left it: its index has no inputs column, and a job whose snapshot has inputs.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QString error;
        QVERIFY2(storeschema::migrate(db, 3, &error), qPrintable(error));
        storetest::RawDb raw(path(), u"v3-insert"_s);
        QVERIFY(raw.exec(u"INSERT INTO jobs (key, profile_id, profile_name, job_id, local_state, snapshot, added_at_ms, updated_at_ms)"
                         " VALUES ('replicate/gm3q', 'replicate', '', 'gm3q', 'done',"
                         " '{\"id\":\"gm3q\",\"state\":\"completed\",\"message\":\"Rendered\","
                         "\"inputs\":[{\"name\":\"prompt\",\"value\":\"an astronaut riding a horse\"},"
                         "{\"name\":\"seed\",\"value\":\"31337\"}]}', 1, 2)"_s));
        QVERIFY(raw.exec(u"INSERT INTO jobs_fts (rowid, job_id, profile, job_type, message, error, titles, prompt)"
                         " SELECT id, job_id, profile_id, '', 'Rendered', '', '', '' FROM jobs"_s));
        QVERIFY(!raw.exec(u"SELECT inputs FROM jobs_fts"_s)); // not there yet
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v3"_s);
    SqliteJobStore store(path());
    QCOMPARE(store.status().mode, StoreStatus::Mode::ReadWrite);
    QCOMPARE(store.status().schemaVersion, 3);
    QCOMPARE(store.search(u"astronaut"_s), QStringList{u"replicate/gm3q"_s});
    QCOMPARE(store.search(u"31337"_s), QStringList{u"replicate/gm3q"_s});
    QCOMPARE(store.search(u"Rendered"_s), QStringList{u"replicate/gm3q"_s}); // the other columns are indexed again
    const QList<JobInput> inputs = store.jobs({u"replicate/gm3q"_s}, false).value(0).record.snapshot.inputs;
    QCOMPARE(inputs, (QList<JobInput>{{u"prompt"_s, u"an astronaut riding a horse"_s}, {u"seed"_s, u"31337"_s}}));
    // Removing the job still clears its index row (the trigger came back with the new table).
    StoreBatch removal;
    removal.removed = {u"replicate/gm3q"_s};
    QVERIFY(store.write(removal));
    storetest::RawDb raw(path());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), storeschema::kLatestVersion);
    QCOMPARE(raw.value(u"SELECT count(*) FROM jobs_fts"_s).toInt(), 0);
}

void tst_StoreFile::failedUpgradeLeavesTheOldVersionIntact()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QString error;
        QVERIFY2(storeschema::migrate(db, 1, &error), qPrintable(error));
        // Something in the way of version 2's index (as if another program had put it there).
        storetest::RawDb raw(path(), u"v1-block"_s);
        QVERIFY(raw.exec(u"CREATE TABLE jobs_fts (x)"_s));
        QVERIFY(raw.exec(u"INSERT INTO jobs (key, profile_id, job_id, local_state, added_at_ms, updated_at_ms)"
                         " VALUES ('p/j', 'p', 'j', 'done', 1, 2)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    {
        SqliteJobStore store(path());
        QCOMPARE(store.status().mode, StoreStatus::Mode::Unavailable);
        QVERIFY2(store.status().message.contains(u"version 2"_s), qPrintable(store.status().message));
        QVERIFY2(store.status().message.contains(u"not saved"_s), qPrintable(store.status().message));
        QString error;
        QVERIFY(!store.write(batchOf({record(u"p"_s, u"k"_s)}), &error));
        QVERIFY(!error.isEmpty());
    }
    storetest::RawDb raw(path());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM jobs"_s).toInt(), 1);
    QVERIFY(asideFiles(m_dir->path()).isEmpty()); // not damaged: nothing moved
}

void tst_StoreFile::newerStoreOpensReadOnlyAndIsNeverWritten()
{
    {
        SqliteJobStore store(path());
        QVERIFY(store.write(batchOf({record(u"theo"_s, u"job_1"_s, JobState::Completed)})));
    }
    {
        storetest::RawDb raw(path());
        QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
        QVERIFY(raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    const QByteArray before = digest(path());
    QVERIFY(!before.isEmpty());
    {
        SqliteJobStore store(path());
        QCOMPARE(store.status().mode, StoreStatus::Mode::ReadOnly);
        QCOMPARE(store.status().schemaVersion, 99);
        QVERIFY2(store.status().message.contains(u"newer version"_s), qPrintable(store.status().message));
        QVERIFY2(store.status().message.contains(u"read-only"_s), qPrintable(store.status().message));
        // Readable: the window shows it.
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.page(0, 10, true).value(0).record.key, u"theo/job_1"_s);
        QCOMPARE(store.search(u"job_1"_s), QStringList{u"theo/job_1"_s});
        // Never written.
        QString error;
        QVERIFY(!store.write(batchOf({record(u"theo"_s, u"job_2"_s)}), &error));
        QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
        QVERIFY(store.remove(RemovalFilter{}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
    QCOMPARE(digest(path()), before);
    storetest::RawDb raw(path());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 99);
}

void tst_StoreFile::damagedStoreIsMovedAsideAndANewOneStarts_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("not a database") << u"garbage"_s;
    QTest::newRow("header cut short") << u"truncated"_s;
    QTest::newRow("pages overwritten") << u"pages"_s;
}

void tst_StoreFile::damagedStoreIsMovedAsideAndANewOneStarts()
{
    QFETCH(QString, damage);
    if (damage == u"garbage"_s) {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not an SQLite database, it is a note someone saved here by mistake\n");
    } else {
        {
            SqliteJobStore store(path());
            StoreBatch batch;
            for (int i = 0; i < 300; ++i)
                batch.jobs.append(storetest::write(record(u"p"_s, u"job-%1"_s.arg(i))));
            QVERIFY(store.write(batch));
        }
        {
            storetest::RawDb raw(path());
            QVERIFY(raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (damage == u"truncated"_s) {
            QVERIFY(file.resize(10));
        } else {
            QVERIFY(file.size() > 40000);
            file.seek(8192); // the pages after the first two: table b-trees
            file.write(QByteArray(32768, '\x5a'));
        }
    }
    const QByteArray original = digest(path());

    SqliteJobStore store(path());
    QCOMPARE(store.status().mode, StoreStatus::Mode::ReadWrite);
    const QStringList aside = asideFiles(m_dir->path());
    QCOMPARE(aside.size(), 1);
    const QString message = store.status().message;
    QVERIFY2(message.contains(u"could not be read"_s), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(QDir(m_dir->path()).filePath(aside.first()))), qPrintable(message));
    QVERIFY2(message.contains(u"new, empty history"_s), qPrintable(message));
    QCOMPARE(digest(QDir(m_dir->path()).filePath(aside.first())), original); // kept as it was
    QCOMPARE(store.count(), 0);
    QVERIFY(store.write(batchOf({record(u"p"_s, u"after"_s)})));
    QCOMPARE(store.count(), 1);
}

void tst_StoreFile::unreadableStoreIsMovedAside()
{
    if (::geteuid() == 0)
        QSKIP("root reads any file: an unreadable file cannot be made here");
    {
        SqliteJobStore store(path());
        QVERIFY(store.write(batchOf({record(u"p"_s, u"j"_s)})));
    }
    QVERIFY(QFile::setPermissions(path(), QFileDevice::Permissions()));
    SqliteJobStore store(path());
    QCOMPARE(store.status().mode, StoreStatus::Mode::ReadWrite);
    QVERIFY2(store.status().message.contains(u"cannot be read"_s), qPrintable(store.status().message));
    QCOMPARE(asideFiles(m_dir->path()).size(), 1);
    QCOMPARE(store.count(), 0);
}

void tst_StoreFile::folderThatCannotBeCreatedMakesTheStoreUnavailable()
{
    // A regular file where the data folder should be: it cannot be created, even by root.
    const QString blocker = m_dir->filePath(u"blocker"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    SqliteJobStore store(SqliteJobStore::pathIn(blocker + u"/data"_s));
    QCOMPARE(store.status().mode, StoreStatus::Mode::Unavailable);
    QVERIFY2(store.status().message.contains(QDir::toNativeSeparators(blocker + u"/data"_s)), qPrintable(store.status().message));
    QVERIFY2(store.status().message.contains(u"not saved"_s), qPrintable(store.status().message));
    QString error;
    QVERIFY(!store.write(batchOf({record(u"p"_s, u"j"_s)}), &error));
    QVERIFY2(error.contains(u"not available"_s), qPrintable(error));
    QCOMPARE(store.count(), 0);
    QVERIFY(store.page(0, 10, false).isEmpty());
}

void tst_StoreFile::dataFolderIsTheWindowsAppDataUnlessNamed()
{
    // What the desktop app (organization "Jobwatch", application "jobwatch") gets as its AppDataLocation; the
    // CLI, another application, resolves the same folder.
    const QString name = QCoreApplication::applicationName();
    const QString organization = QCoreApplication::organizationName();
    QCoreApplication::setApplicationName(u"jobwatch"_s);
    QCoreApplication::setOrganizationName(u"Jobwatch"_s);
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(name);
    QCoreApplication::setOrganizationName(organization);
    QCOMPARE(datadir::defaultPath(), appData);

    const QByteArray saved = qgetenv(datadir::kEnvironmentVariable); // ctest names a folder per test
    qunsetenv(datadir::kEnvironmentVariable);
    QCOMPARE(datadir::resolve(QString()), appData);
    qputenv(datadir::kEnvironmentVariable, m_dir->path().toLocal8Bit() + "/./env");
    QCOMPARE(datadir::resolve(QString()), m_dir->path() + u"/env"_s);
    QCOMPARE(datadir::resolve(m_dir->path() + u"/option/"_s), m_dir->path() + u"/option"_s); // the option wins
    qputenv(datadir::kEnvironmentVariable, saved);
}

QTEST_GUILESS_MAIN(tst_StoreFile)
#include "tst_store_file.moc"
