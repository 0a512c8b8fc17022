// The real OS keychain (gnome-keyring in its own D-Bus session, run by tests/with-keyring.sh): write, read,
// rename keeps the key, delete, a missing entry, and a v0 settings key moved into the keychain. After every
// operation the settings file is scanned: no key is ever in it.

#include "model/profilelist.h"
#include "profiles/keychainsecretstore.h"
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
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace jw;

namespace {
const QString kKey = u"sk-live-keychain-7a41f00dcafe9b2e"_s;
}

class tst_KeychainStore final : public QObject
{
    Q_OBJECT

private:
    QString m_service;
    QTemporaryDir m_dir;

    QString settingsPath() const { return m_dir.filePath(u"settings.json"_s); }
    // Reads `id` through a fresh store (no cache): the keychain's answer.
    QPair<QString, QString> readFresh(const QString &id)
    {
        KeychainSecretStore store(m_service);
        QSignalSpy ready(&store, &SecretStore::keyReady);
        store.requestKey(id);
        if (!ready.wait(10000))
            return {u"<timeout>"_s, u"<timeout>"_s};
        return {ready.at(0).at(1).toString(), ready.at(0).at(2).toString()};
    }
    // Reads `id` through a fresh vault and profile store over `settings` (the profiles say how keys are kept).
    QPair<QString, QString> readThroughStore(Settings &settings, const QString &id)
    {
        SecretVault vault(m_service, m_dir.filePath(u"keys.json"_s));
        ProfileList list;
        ProfileStore store(&settings, &list, &vault);
        QSignalSpy ready(&vault, &SecretStore::keyReady);
        vault.requestKey(id);
        if (!ready.wait(10000))
            return {u"<timeout>"_s, u"<timeout>"_s};
        return {ready.at(0).at(1).toString(), ready.at(0).at(2).toString()};
    }
    void assertNoKeyInSettings(Settings &settings, const QString &key)
    {
        QVERIFY(settings.flush());
        QFile file(settings.filePath());
        if (!file.exists())
            return;
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(key.toUtf8()), "an API key was written to the settings file");
        QVERIFY(!bytes.contains(key.right(12).toUtf8()));
    }

private Q_SLOTS:
    void init()
    {
        m_service = u"jobwatch-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QFile::remove(settingsPath());
    }

    void writeThenReadReturnsTheKey()
    {
        KeychainSecretStore store(m_service);
        QSignalSpy written(&store, &WritableSecretStore::keyWritten);
        store.writeKey(u"p1"_s, kKey);
        QCOMPARE(written.size(), 0); // asynchronous, never inside the call
        QVERIFY(written.wait(10000));
        QCOMPARE(written.at(0).at(1).toString(), QString());
        const auto [key, error] = readFresh(u"p1"_s);
        QCOMPARE(error, QString());
        QCOMPARE(key, kKey);
    }

    void missingEntryIsReportedNotInvented()
    {
        const auto [key, error] = readFresh(u"never-saved"_s);
        QCOMPARE(key, QString());
        QVERIFY2(error.contains(u"no API key"_s), qPrintable(error));
    }

    void deleteRemovesTheEntry()
    {
        KeychainSecretStore store(m_service);
        QSignalSpy written(&store, &WritableSecretStore::keyWritten);
        QSignalSpy deleted(&store, &WritableSecretStore::keyDeleted);
        store.writeKey(u"p2"_s, kKey);
        QVERIFY(written.wait(10000));
        store.deleteKey(u"p2"_s);
        QVERIFY(deleted.wait(10000));
        QCOMPARE(deleted.at(0).at(1).toString(), QString());
        QCOMPARE(readFresh(u"p2"_s).first, QString());
        // Deleting what is not there is not an error.
        store.deleteKey(u"p2"_s);
        QVERIFY(deleted.wait(10000));
        QCOMPARE(deleted.at(1).at(1).toString(), QString());
    }

    void renamingAProfileKeepsItsKey()
    {
        Settings settings(settingsPath());
        ProfileList list;
        SecretVault vault(m_service, m_dir.filePath(u"keys.json"_s));
        ProfileStore store(&settings, &list, &vault);
        QSignalSpy saved(&store, &ProfileStore::keySaved);

        Profile p = profileForDialect(u"theo"_s);
        p.name = u"Personal"_s;
        QString error;
        QVERIFY2(store.save(p, kKey, &error), qPrintable(error));
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(1).toString(), QString());
        assertNoKeyInSettings(settings, kKey);

        p.name = u"Team"_s;
        QVERIFY2(store.save(p, QString(), &error), qPrintable(error));
        assertNoKeyInSettings(settings, kKey);
        QCOMPARE(list.find(p.id)->name, u"Team"_s);
        QCOMPARE(readFresh(p.id).first, kKey);

        // A reload from the settings file finds the renamed profile; its key still comes from the keychain.
        Settings reloaded(settingsPath());
        ProfileList list2;
        SecretVault vault2(m_service, m_dir.filePath(u"keys.json"_s));
        ProfileStore store2(&reloaded, &list2, &vault2);
        QVERIFY(store2.loadErrors().isEmpty());
        QVERIFY(list2.byName(u"Team"_s));
        QSignalSpy ready(&vault2, &SecretStore::keyReady);
        vault2.requestKey(p.id);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.at(0).at(1).toString(), kKey);
    }

    void deletingAProfileDeletesItsKey()
    {
        Settings settings(settingsPath());
        ProfileList list;
        SecretVault vault(m_service, m_dir.filePath(u"keys.json"_s));
        ProfileStore store(&settings, &list, &vault);
        QSignalSpy saved(&store, &ProfileStore::keySaved);
        QSignalSpy removed(&store, &ProfileStore::keyRemoved);
        Profile p = profileForDialect(u"muvi"_s);
        QString error;
        QVERIFY2(store.save(p, kKey, &error), qPrintable(error));
        QVERIFY(saved.wait(10000));
        QCOMPARE(readFresh(p.id).first, kKey);

        QVERIFY(store.remove(p.id));
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.at(0).at(1).toString(), QString());
        assertNoKeyInSettings(settings, kKey);
        QVERIFY(!list.find(p.id));
        const auto [key, readError] = readFresh(p.id);
        QCOMPARE(key, QString());
        QVERIFY(readError.contains(u"no API key"_s));
    }

    void aSigningKeysTwoSecretsAreTwoKeychainEntries()
    {
        // Kling's mapping signs a JWT (jwt-hs256) from an access key and a secret key: two entries.
        QFile kling(QStringLiteral(JOBWATCH_TEST_DATA_DIR) + u"/../../docs/examples/kling.mapping.json"_s);
        QVERIFY(kling.open(QIODevice::ReadOnly));
        Settings settings(settingsPath());
        ProfileList list;
        SecretVault vault(m_service, m_dir.filePath(u"keys.json"_s));
        ProfileStore store(&settings, &list, &vault);
        QSignalSpy saved(&store, &ProfileStore::keySaved);
        Profile p;
        p.name = u"Kling"_s;
        p.mappingJson = kling.readAll();
        p.baseUrl = QUrl(u"https://api-singapore.klingai.com"_s);
        QString error;
        QVERIFY2(store.save(p, u"ak-0042:sk-secret-7788"_s, &error), qPrintable(error));
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.size(), 1); // one answer for the pair
        QCOMPARE(saved.at(0).at(0).toString(), p.id);
        QCOMPARE(saved.at(0).at(1).toString(), QString());
        QCOMPARE(readFresh(p.id).first, u"ak-0042"_s);
        QCOMPARE(readFresh(SecretVault::secretEntry(p.id)).first, u"sk-secret-7788"_s);
        assertNoKeyInSettings(settings, u"sk-secret-7788"_s);

        // Read back through a fresh vault (no cache): the pair as the signer takes it.
        SecretVault vault2(m_service, m_dir.filePath(u"keys.json"_s));
        ProfileList list2;
        ProfileStore store2(&settings, &list2, &vault2);
        QSignalSpy ready(&vault2, &SecretStore::keyReady);
        vault2.requestKey(p.id);
        KeyReply *second = vault2.readKey(p.id); // asked again while the entries are read: answered too
        QSignalSpy secondAnswer(second, &KeyReply::finished);
        QVERIFY(ready.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 10000);
        QCOMPARE(ready.at(0).at(1).toString(), u"ak-0042:sk-secret-7788"_s);
        QCOMPARE(ready.at(0).at(2).toString(), QString());
        QTRY_COMPARE(secondAnswer.size(), 1);
        QCOMPARE(secondAnswer.at(0).at(0).toString(), u"ak-0042:sk-secret-7788"_s);

        // Without its secret entry (and not an older "ACCESS:SECRET" entry), the read says what is missing.
        KeychainSecretStore raw(m_service);
        QSignalSpy rawDeleted(&raw, &WritableSecretStore::keyDeleted);
        raw.deleteKey(SecretVault::secretEntry(p.id));
        QVERIFY(rawDeleted.wait(10000));
        const auto [noKey, missing] = readThroughStore(settings, p.id);
        QCOMPARE(noKey, QString());
        QVERIFY2(missing.contains(u"the secret key is missing"_s), qPrintable(missing));

        // An entry saved before the split, "ACCESS:SECRET" in one, is still read.
        QSignalSpy rawWritten(&raw, &WritableSecretStore::keyWritten);
        raw.writeKey(p.id, u"ak-old:sk-old"_s);
        QVERIFY(rawWritten.wait(10000));
        QCOMPARE(readThroughStore(settings, p.id).first, u"ak-old:sk-old"_s);

        // Removing the profile deletes both entries.
        QVERIFY2(store.save(p, u"ak-1:sk-2"_s, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);
        QSignalSpy removed(&store, &ProfileStore::keyRemoved);
        QVERIFY(store.remove(p.id));
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toString(), QString());
        QVERIFY(readFresh(p.id).second.contains(u"no API key"_s));
        QVERIFY(readFresh(SecretVault::secretEntry(p.id)).second.contains(u"no API key"_s));
    }

    void keyInAnOldSettingsLayoutMovesToTheKeychain()
    {
        {
            QFile file(settingsPath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QJsonObject v0{{u"profiles"_s, QJsonArray{QJsonObject{
                {u"id"_s, u"legacy-1"_s}, {u"name"_s, u"Old"_s}, {u"dialect"_s, u"vidocu"_s},
                {u"url"_s, u"https://api.vidocu.ai"_s}, {u"apiKey"_s, kKey}, {u"intervalMs"_s, 4000}}}}};
            file.write(QJsonDocument(v0).toJson());
        }
        Settings settings(settingsPath());
        ProfileList list;
        SecretVault vault(m_service, m_dir.filePath(u"keys.json"_s));
        ProfileStore store(&settings, &list, &vault);
        QSignalSpy saved(&store, &ProfileStore::keySaved);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(0).toString(), u"legacy-1"_s);
        QCOMPARE(saved.at(0).at(1).toString(), QString());
        assertNoKeyInSettings(settings, kKey);
        QCOMPARE(list.find(u"legacy-1"_s)->poll.intervalMs, 4000);
        QCOMPARE(readFresh(u"legacy-1"_s).first, kKey);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainStore)
#include "tst_keychainstore.moc"
