#pragma once
// API keys in the OS keychain through QtKeychain (DESIGN.md §5), asynchronously: every operation is a
// QKeychain job with autoDelete, answered through its finished signal (no nested event loop). The entry is
// service "jobwatch" (configurable for tests), key "profile/<id>": derived from the profile's id, so renaming
// a profile keeps its key.

#include "profiles/writablesecretstore.h"

namespace QKeychain { class Job; }

namespace jw {

class KeychainSecretStore final : public WritableSecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("jobwatch"), QObject *parent = nullptr);

    static QString entryName(const QString &profileId); // "profile/<id>"
    QString service() const { return m_service; }

    // keyReady: the key; a missing entry gives an empty key and the error "no API key is saved …".
    void requestKey(const QString &profileId) override;
    void writeKey(const QString &profileId, const QString &key) override;
    void deleteKey(const QString &profileId) override; // a missing entry is not an error

private:
    // A one-line reason and whether the keychain as a whole is unavailable.
    QString describe(const QKeychain::Job &job, bool *unavailable) const;

    QString m_service;
};

} // namespace jw
