#include "profiles/secretvault.h"

#include "profiles/filesecretstore.h"
#include "profiles/keychainsecretstore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace jw {

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
    connect(s, &SecretStore::keyReady, this, [this](const QString &id, const QString &key, const QString &error) {
        if (m_session.contains(id)) // a session key set meanwhile wins
            return Q_EMIT keyReady(id, m_session.value(id), QString());
        if (m_writing.contains(id)) // a write started meanwhile: its key is the current one
            return Q_EMIT keyReady(id, m_cache.value(id), QString());
        if (error.isEmpty())
            m_cache.insert(id, key);
        Q_EMIT keyReady(id, key, error);
    });
    connect(s, &WritableSecretStore::keyWritten, this, [this](const QString &id, const QString &error, bool unavailable) {
        m_writing.remove(id);
        if (!error.isEmpty())
            m_cache.remove(id);
        Q_EMIT keyWritten(id, error, unavailable);
    });
    connect(s, &WritableSecretStore::keyDeleted, this, &WritableSecretStore::keyDeleted);
    connect(s, &WritableSecretStore::backendUnavailable, this, &WritableSecretStore::backendUnavailable);
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
    store()->requestKey(profileId);
}

void SecretVault::writeKey(const QString &profileId, const QString &key)
{
    m_session.remove(profileId);
    m_cache.insert(profileId, key);
    m_writing.insert(profileId);
    store()->writeKey(profileId, key);
}

void SecretVault::deleteKey(const QString &profileId)
{
    m_session.remove(profileId);
    m_cache.remove(profileId);
    store()->deleteKey(profileId);
}

} // namespace jw
