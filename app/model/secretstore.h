#pragma once
// Where API keys live. Access is asynchronous: requestKey() answers later with keyReady(), never inside the
// call, so a keychain-backed store fits the same contract. Users read a key with readKey(): the answer comes
// on that read's own KeyReply, so a read by one part (a preview, Copy as curl, the profile dialog) never
// reaches another (the engine) as if it had asked.
// Keys never go to settings, job files, logs or error text; redactKey() is the only way to mention one.

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace jw {

// The answer to one readKey(): finished() once, then the reply deletes itself.
class KeyReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyReply)
public:
    using QObject::QObject;
    ~KeyReply() override = default;

Q_SIGNALS:
    void finished(const QString &key, const QString &error);
};

class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override = default;

    // Reads the key of `profileId` (one store request per read); the reply's finished() follows asynchronously,
    // to this caller only (connect it with a context object).
    KeyReply *readKey(const QString &profileId);

    // The store's own request (implementations; users call readKey()): keyReady() follows asynchronously. An
    // empty key with an empty error means "this profile has no key" (no auth header is sent).
    virtual void requestKey(const QString &profileId) = 0;

Q_SIGNALS:
    void keyReady(const QString &profileId, const QString &key, const QString &error);

private:
    void answerReaders(const QString &profileId, const QString &key, const QString &error);

    QHash<QString, QList<QPointer<KeyReply>>> m_readers; // profile id -> reads waiting for its answer
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
