#pragma once
// The application's SecretStore (DESIGN.md §5): keys go to the OS keychain; when there is none, the user
// chooses between a key that lives only for this session (setSessionKey) and the explicit opt-in plaintext
// file (setBackend(File), a warning on every use). Demo profiles use session keys. Keys read or written in
// this session are cached in memory so the engine never waits twice; nothing here ever writes a key to the
// settings.
//
// A key in two parts (jwt-hs256: an access key and a secret key, handed out as "ACCESS:SECRET") is kept as two
// keychain entries, "<profile id>" and "<profile id>#secret". Which profiles have one is asked through
// setTwoPartLookup. An older single entry that holds "ACCESS:SECRET" is still read.

#include "profiles/writablesecretstore.h"

#include <QHash>
#include <QSet>

#include <functional>

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

    // True for a profile whose key is stored in two parts. Unset: none is.
    void setTwoPartLookup(std::function<bool(const QString &profileId)> isTwoPart) { m_isTwoPart = std::move(isTwoPart); }
    static QString secretEntry(const QString &profileId) { return profileId + QLatin1StringView("#secret"); }

    void requestKey(const QString &profileId) override;
    void writeKey(const QString &profileId, const QString &key) override;
    void deleteKey(const QString &profileId) override;

Q_SIGNALS:
    // Shown every time the plaintext file store is used.
    void plaintextWarning(const QString &text);

private:
    struct Parts { // a two-part key's entries while they are read, written or deleted
        int waiting = 0;
        QString access, secret, accessError, secretError;
        bool unavailable = false;
        int requests = 1; // reads asked for while the entries were read: each gets its answer
    };
    WritableSecretStore *store() const;
    void connectStore(WritableSecretStore *store);
    bool isTwoPart(const QString &profileId) const { return m_isTwoPart && m_isTwoPart(profileId); }
    // The answer of one entry of a two-part key (`id` is "<profile>" or "<profile>#secret"); false when `id`
    // belongs to no two-part operation in `pending`. Sets *done (with the profile id) when it was the last one.
    static bool notePart(QHash<QString, Parts> &pending, const QString &id, const QString &value, const QString &error,
                         bool unavailable, QString *done);
    void onKeyRead(const QString &id, const QString &key, const QString &error);
    void readPartsDone(const QString &profileId);

    Backend m_backend = Backend::Keychain;
    KeychainSecretStore *m_keychain;
    FileSecretStore *m_file;
    QHash<QString, QString> m_session; // session-only keys
    QHash<QString, QString> m_cache;   // keys read or written in this session
    QSet<QString> m_writing;           // writes in flight (their key is answered from m_cache)
    std::function<bool(const QString &)> m_isTwoPart;
    QHash<QString, Parts> m_reading, m_writingParts, m_deletingParts; // two-part keys, by profile id
};

} // namespace jw
