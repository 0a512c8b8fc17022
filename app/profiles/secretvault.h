#pragma once
// The application's SecretStore (DESIGN.md §5): keys go to the OS keychain; when there is none, the user
// chooses between a key that lives only for this session (setSessionKey) and the explicit opt-in plaintext
// file (setBackend(File), a warning on every use). Demo profiles use session keys. Keys read or written in
// this session are cached in memory so the engine never waits twice; nothing here ever writes a key to the
// settings.

#include "profiles/writablesecretstore.h"

#include <QHash>
#include <QSet>

namespace jw {

class FileSecretStore;
class KeychainSecretStore;

class SecretVault final : public WritableSecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretVault)
public:
    enum class Backend { Keychain, File };

    // `keychainService`: the QtKeychain service name; `keyFilePath`: where the opt-in file store lives.
    SecretVault(const QString &keychainService, const QString &keyFilePath, QObject *parent = nullptr);
    ~SecretVault() override;

    void setBackend(Backend backend);
    Backend backend() const { return m_backend; }
    QString keyFilePath() const;

    // A key for this session only: never written anywhere, gone when the app quits.
    void setSessionKey(const QString &profileId, const QString &key);
    bool hasSessionKey(const QString &profileId) const { return m_session.contains(profileId); }

    void requestKey(const QString &profileId) override;
    void writeKey(const QString &profileId, const QString &key) override;
    void deleteKey(const QString &profileId) override;

Q_SIGNALS:
    // Shown every time the plaintext file store is used.
    void plaintextWarning(const QString &text);

private:
    WritableSecretStore *store() const;
    void connectStore(WritableSecretStore *store);

    Backend m_backend = Backend::Keychain;
    KeychainSecretStore *m_keychain;
    FileSecretStore *m_file;
    QHash<QString, QString> m_session; // session-only keys
    QHash<QString, QString> m_cache;   // keys read or written in this session
    QSet<QString> m_writing;           // writes in flight (their key is answered from m_cache)
};

} // namespace jw
