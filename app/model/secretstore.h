#pragma once
// Where API keys live (DESIGN.md §5). Access is asynchronous: requestKey() answers later with keyReady(),
// never inside the call, so a keychain-backed store (QtKeychain, another issue) fits the same contract.
// Keys never go to settings, job files, logs or error text; redactKey() is the only way to mention one.

#include <QHash>
#include <QObject>
#include <QString>

namespace jw {

class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    using QObject::QObject;
    ~SecretStore() override = default;

    // Asks for the key of `profileId`; keyReady() follows asynchronously. An empty key with an empty error
    // means "this profile has no key" (the engine then sends no auth header).
    virtual void requestKey(const QString &profileId) = 0;

Q_SIGNALS:
    void keyReady(const QString &profileId, const QString &key, const QString &error);
};

// Keys held in memory: the CLI (filled from an environment variable) and tests.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void setKey(const QString &profileId, const QString &key);
    void removeKey(const QString &profileId);
    // Reads the key from environment variable `variable`; false and a one-line reason when unset or empty.
    bool setKeyFromEnvironment(const QString &profileId, const QString &variable, QString *error);

    void requestKey(const QString &profileId) override;

private:
    QHash<QString, QString> m_keys;
};

// "••••last4" (or "••••" for keys shorter than 8 characters): how a key may appear in any text.
QString redactKey(const QString &key);
// Replaces every occurrence of `key` in `text` by redactKey(key). A no-op for an empty key.
QString scrubKey(QString text, const QString &key);

} // namespace jw
