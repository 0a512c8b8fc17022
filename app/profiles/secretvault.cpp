#include "profiles/secretvault.h"

#include "profiles/filesecretstore.h"
#include "profiles/keychainsecretstore.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Profiles) };
} // namespace

SecretVault::SecretVault(const QString &keychainService, const QString &keyFilePath, QObject *parent)
    : WritableSecretStore(parent)
    , m_keychain(new KeychainSecretStore(keychainService, this))
    , m_file(new FileSecretStore(keyFilePath, this))
{
    connectStore(m_keychain);
    connectStore(m_file);
    connect(m_file, &FileSecretStore::warning, this, &SecretVault::plaintextWarning);
}

SecretVault::~SecretVault() = default;

void SecretVault::connectStore(WritableSecretStore *s)
{
    connect(s, &SecretStore::keyReady, this, &SecretVault::onKeyRead);
    connect(s, &WritableSecretStore::keyWritten, this, [this](const QString &entry, const QString &entryError, bool entryUnavailable) {
        QString id = entry;
        if (notePart(m_writingParts, entry, {}, entryError, entryUnavailable, &id) && id.isEmpty())
            return; // the other entry is still being written
        const Parts parts = m_writingParts.take(id);
        const QString error = id == entry ? entryError : (parts.accessError.isEmpty() ? parts.secretError : parts.accessError);
        const bool unavailable = id == entry ? entryUnavailable : parts.unavailable;
        m_writing.remove(id);
        if (!error.isEmpty())
            m_cache.remove(id);
        Q_EMIT keyWritten(id, error, unavailable);
    });
    connect(s, &WritableSecretStore::keyDeleted, this, [this](const QString &entry, const QString &entryError, bool entryUnavailable) {
        QString id = entry;
        if (notePart(m_deletingParts, entry, {}, entryError, entryUnavailable, &id) && id.isEmpty())
            return;
        const Parts parts = m_deletingParts.take(id);
        Q_EMIT keyDeleted(id, id == entry ? entryError : (parts.accessError.isEmpty() ? parts.secretError : parts.accessError),
                          id == entry ? entryUnavailable : parts.unavailable);
    });
    connect(s, &WritableSecretStore::backendUnavailable, this, &WritableSecretStore::backendUnavailable);
}

bool SecretVault::notePart(QHash<QString, Parts> &pending, const QString &id, const QString &value, const QString &error,
                           bool unavailable, QString *done)
{
    const QString suffix = secretEntry({});
    const bool isSecret = id.endsWith(suffix);
    const QString profileId = isSecret ? id.chopped(suffix.size()) : id;
    const auto it = pending.find(profileId);
    if (it == pending.end())
        return false;
    (isSecret ? it->secret : it->access) = value;
    (isSecret ? it->secretError : it->accessError) = error;
    it->unavailable = it->unavailable || unavailable;
    *done = --it->waiting <= 0 ? profileId : QString();
    return true;
}

void SecretVault::onKeyRead(const QString &id, const QString &key, const QString &error)
{
    QString profileId;
    if (notePart(m_reading, id, key, error, false, &profileId)) {
        if (!profileId.isEmpty())
            readPartsDone(profileId);
        return;
    }
    if (m_session.contains(id)) // a session key set meanwhile wins
        return Q_EMIT keyReady(id, m_session.value(id), QString());
    if (m_writing.contains(id)) // a write started meanwhile: its key is the current one
        return Q_EMIT keyReady(id, m_cache.value(id), QString());
    if (error.isEmpty())
        m_cache.insert(id, key);
    Q_EMIT keyReady(id, key, error);
}

void SecretVault::readPartsDone(const QString &profileId)
{
    const Parts parts = m_reading.take(profileId);
    QString key;
    QString error = parts.accessError;
    if (error.isEmpty() && parts.secretError.isEmpty())
        key = parts.access + u':' + parts.secret;
    else if (error.isEmpty() && parts.access.contains(u':'))
        key = parts.access; // saved before the parts had entries of their own: "ACCESS:SECRET" in one
    else if (error.isEmpty())
        error = Tr::tr("the secret key is missing (this profile signs a token from an access key and a secret key): %1")
                    .arg(parts.secretError);
    for (int i = 0; i < parts.requests; ++i) // every reader gets its own answer (SecretStore::readKey)
        onKeyRead(profileId, key, error);
}

WritableSecretStore *SecretVault::store() const
{
    return m_backend == Backend::File ? static_cast<WritableSecretStore *>(m_file) : m_keychain;
}

void SecretVault::setBackend(Backend backend)
{
    m_backend = backend;
}

QString SecretVault::keyFilePath() const
{
    return m_file->filePath();
}

void SecretVault::setSessionKey(const QString &profileId, const QString &key)
{
    m_session.insert(profileId, key);
}

void SecretVault::requestKey(const QString &profileId)
{
    const auto answer = [this, profileId](const QString &key) {
        QTimer::singleShot(0, this, [this, profileId, key] { Q_EMIT keyReady(profileId, key, QString()); });
    };
    if (m_session.contains(profileId))
        return answer(m_session.value(profileId));
    if (m_cache.contains(profileId))
        return answer(m_cache.value(profileId));
    if (!isTwoPart(profileId))
        return store()->requestKey(profileId);
    if (const auto it = m_reading.find(profileId); it != m_reading.end()) {
        ++it->requests; // both entries are being read already: their result answers this request too
        return;
    }
    m_reading.insert(profileId, Parts{2, {}, {}, {}, {}, false, 1});
    store()->requestKey(profileId);
    store()->requestKey(secretEntry(profileId));
}

void SecretVault::writeKey(const QString &profileId, const QString &key)
{
    m_session.remove(profileId);
    m_cache.insert(profileId, key);
    m_writing.insert(profileId);
    const qsizetype colon = key.indexOf(u':');
    if (!isTwoPart(profileId) || colon < 0)
        return store()->writeKey(profileId, key);
    m_writingParts.insert(profileId, Parts{2, {}, {}, {}, {}, false, 1});
    store()->writeKey(profileId, key.left(colon));
    store()->writeKey(secretEntry(profileId), key.mid(colon + 1));
}

void SecretVault::deleteKey(const QString &profileId)
{
    m_session.remove(profileId);
    m_cache.remove(profileId);
    if (!isTwoPart(profileId))
        return store()->deleteKey(profileId);
    m_deletingParts.insert(profileId, Parts{2, {}, {}, {}, {}, false, 1});
    store()->deleteKey(profileId);
    store()->deleteKey(secretEntry(profileId));
}

} // namespace jw
