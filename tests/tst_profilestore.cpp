// Profiles in settings: the key table, the v0 migration, debounced atomic writes, a newer file left alone,
// and the secrets fallback when no keychain is reachable (no D-Bus session): a plain error, then a session-only
// key or the opt-in 0600 file store with its warning on every use. The settings file never holds a key.

#include "model/profilelist.h"
#include "profiles/filesecretstore.h"
#include "profiles/profilejson.h"
#include "profiles/profilestore.h"
#include "profiles/secretvault.h"
#include "profiles/settings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jw;

namespace {
const QString kKey = u"sk-test-fallback-41b2c3d4e5f6a7b8"_s;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class tst_ProfileStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"settings.json"_s); }
    void assertNoKey(Settings &settings)
    {
        QVERIFY(settings.flush());
        QVERIFY2(!fileBytes(settings.filePath()).contains(kKey.toUtf8()), "a key is in the settings file");
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No D-Bus session: QtKeychain cannot reach any Secret Service.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/jobwatch-no-bus");
    }
    void init() { QFile::remove(path()); QFile::remove(m_dir.filePath(u"keys.json"_s)); }

    void everyKeyHasADefault()
    {
        Settings settings(QString{});
        for (const Settings::Key &k : Settings::keys())
            QCOMPARE(settings.value(k.name), k.defaultValue);
        QCOMPARE(settings.value("settingsVersion"_L1).toInt(), Settings::kVersion);
    }

    void migratesAVersion0Layout()
    {
        const QJsonObject v0{{u"profiles"_s, QJsonArray{QJsonObject{
            {u"id"_s, u"a"_s}, {u"name"_s, u"A"_s}, {u"dialect"_s, u"theo"_s}, {u"url"_s, u"https://www.hitheo.ai"_s},
            {u"apiKey"_s, kKey}, {u"intervalMs"_s, 5000}, {u"burst"_s, 3}}}}};
        QList<QPair<QString, QString>> legacy;
        const QJsonObject v1 = Settings::migrate(v0, &legacy);
        QCOMPARE(v1.value("settingsVersion"_L1).toInt(), 1);
        const QJsonObject p = v1.value("profiles"_L1).toArray().at(0).toObject();
        QVERIFY(!p.contains("apiKey"_L1));
        QVERIFY(!p.contains("url"_L1));
        QCOMPARE(p.value("baseUrl"_L1).toString(), u"https://www.hitheo.ai"_s);
        QCOMPARE(p.value("poll"_L1).toObject().value("intervalMs"_L1).toInt(), 5000);
        QCOMPARE(legacy, (QList<QPair<QString, QString>>{{u"a"_s, kKey}}));

        // Through a file: the migrated layout is written back without the key.
        {
            QFile f(path());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(v0).toJson());
        }
        Settings settings(path());
        QCOMPARE(settings.takeLegacyKeys().size(), 1);
        QVERIFY(settings.isDirty());
        assertNoKey(settings);
        QCOMPARE(QJsonDocument::fromJson(fileBytes(path())).object().value("settingsVersion"_L1).toInt(), 1);
    }

    void writesAreDebouncedAndAtomic()
    {
        Settings settings(path());
        settings.setSaveDelay(50);
        settings.setValue("secrets/backend"_L1, u"file"_s);
        settings.setValue("secrets/backend"_L1, u"keychain"_s);
        QVERIFY(!QFile::exists(path())); // not yet: debounced
        QTRY_VERIFY(!settings.isDirty());
        QCOMPARE(QJsonDocument::fromJson(fileBytes(path())).object().value("secrets/backend"_L1).toString(), u"keychain"_s);
        QCOMPARE(QFile::permissions(path()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{u"settings.json"_s}); // no temp file left
    }

    void newerOrBrokenFilesAreLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("newer") << QByteArray(R"({"settingsVersion": 99, "profiles": []})");
        QTest::newRow("not json") << QByteArray("{profiles: nope");
    }
    void newerOrBrokenFilesAreLeftUntouched()
    {
        QFETCH(QByteArray, content);
        {
            QFile f(path());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        Settings settings(path());
        QVERIFY(!settings.loadError().isEmpty());
        settings.setValue("secrets/backend"_L1, u"file"_s);
        QVERIFY(settings.flush());
        QCOMPARE(fileBytes(path()), content);
    }

    void profilesPersistWithoutKeys()
    {
        Settings settings(path());
        ProfileList list;
        SecretVault vault(u"jobwatch-test"_s, m_dir.filePath(u"keys.json"_s));
        ProfileStore store(&settings, &list, &vault);
        Profile p = profileForDialect(u"replicate"_s);
        p.tag = u"#2563eb"_s;
        p.auth = AuthForm{AuthForm::Scheme::Header, u"x-api-key"_s};
        QString error;
        QVERIFY2(store.save(p, QString(), &error), qPrintable(error));
        vault.setSessionKey(p.id, kKey);
        assertNoKey(settings);
        store.setTransient(u"demo"_s);
        Profile demo = profileForDialect(u"theo"_s);
        demo.id = u"demo"_s;
        demo.name = u"Demo"_s;
        QVERIFY(store.save(demo));
        QVERIFY(settings.flush());

        Settings reloaded(path());
        ProfileList list2;
        ProfileStore store2(&reloaded, &list2, &vault);
        QCOMPARE(list2.size(), 1); // the transient profile is not saved
        QCOMPARE(*list2.find(p.id), *list.find(p.id));
    }

    void keychainUnavailableIsSaidPlainly()
    {
        Settings settings(path());
        ProfileList list;
        SecretVault vault(u"jobwatch-test"_s, m_dir.filePath(u"keys.json"_s));
        ProfileStore store(&settings, &list, &vault);
        QSignalSpy saved(&store, &ProfileStore::keySaved);
        QSignalSpy unavailable(&vault, &WritableSecretStore::backendUnavailable);
        Profile p = profileForDialect(u"theo"_s);
        QVERIFY(store.save(p, kKey));
        QVERIFY(saved.wait(10000));
        const QString error = saved.at(0).at(1).toString();
        QVERIFY2(error.contains(u"keychain is not available"_s), qPrintable(error));
        QVERIFY(!error.contains(kKey));
        QCOMPARE(saved.at(0).at(2).toBool(), true);
        QCOMPARE(unavailable.size(), 1);
        assertNoKey(settings);

        // The engine asks: the key is not there (the failed write left nothing behind).
        QSignalSpy ready(&vault, &SecretStore::keyReady);
        vault.requestKey(p.id);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.at(0).at(1).toString(), QString());
        QVERIFY(!ready.at(0).at(2).toString().isEmpty());

        // Choice 1: a session-only key; answered from memory, never written anywhere.
        vault.setSessionKey(p.id, kKey);
        vault.requestKey(p.id);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.at(1).at(1).toString(), kKey);
        QVERIFY(!QFile::exists(m_dir.filePath(u"keys.json"_s)));
        assertNoKey(settings);
    }

    void optInFileStoreIs0600AndWarnsEveryTime()
    {
        Settings settings(path());
        ProfileList list;
        const QString keyFile = m_dir.filePath(u"keys.json"_s);
        SecretVault vault(u"jobwatch-test"_s, keyFile);
        ProfileStore store(&settings, &list, &vault);
        QSignalSpy warned(&vault, &SecretVault::plaintextWarning);
        QSignalSpy saved(&store, &ProfileStore::keySaved);
        store.setFileStoreOptIn(true);
        QVERIFY(store.fileStoreOptIn());
        Profile p = profileForDialect(u"muvi"_s);
        QVERIFY(store.save(p, kKey));
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.at(0).at(1).toString(), QString());
        QCOMPARE(warned.size(), 1);
        QVERIFY(warned.at(0).at(0).toString().contains(keyFile));
        const QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(keyFile) & groupOrOther, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(keyFile).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        assertNoKey(settings);

        // A fresh vault (new session) with the persisted opt-in reads it back, warning again.
        Settings reloaded(path());
        ProfileList list2;
        SecretVault vault2(u"jobwatch-test"_s, keyFile);
        ProfileStore store2(&reloaded, &list2, &vault2);
        QSignalSpy warned2(&vault2, &SecretVault::plaintextWarning);
        QSignalSpy ready(&vault2, &SecretStore::keyReady);
        vault2.requestKey(p.id);
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.at(0).at(1).toString(), kKey);
        QCOMPARE(warned2.size(), 1);

        // Others may not read it: a widened file is refused, not used.
        QVERIFY(QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        FileSecretStore files(keyFile);
        QSignalSpy ready2(&files, &SecretStore::keyReady);
        files.requestKey(p.id);
        QVERIFY(ready2.wait(5000));
        QCOMPARE(ready2.at(0).at(1).toString(), QString());
        QVERIFY(ready2.at(0).at(2).toString().contains(u"readable by others"_s));

        // Removing the profile removes its key from the file.
        QVERIFY(QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QSignalSpy removed(&store, &ProfileStore::keyRemoved);
        QVERIFY(store.remove(p.id));
        QVERIFY(removed.wait(5000));
        QVERIFY(!fileBytes(keyFile).contains(kKey.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
