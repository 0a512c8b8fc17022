#pragma once
// A SecretStore that can also save and delete keys, asynchronously: writeKey() answers with keyWritten(),
// deleteKey() with keyDeleted(), never inside the call. `unavailable` tells the caller that the backend
// itself is missing (no D-Bus session, no Secret Service), as opposed to a problem with one entry.

#include "model/secretstore.h"

namespace jw {

class WritableSecretStore : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WritableSecretStore)
public:
    using SecretStore::SecretStore;

    virtual void writeKey(const QString &profileId, const QString &key) = 0;
    virtual void deleteKey(const QString &profileId) = 0;

Q_SIGNALS:
    void keyWritten(const QString &profileId, const QString &error, bool unavailable);
    void keyDeleted(const QString &profileId, const QString &error, bool unavailable);
    // Emitted (besides the error) whenever an operation finds the backend missing.
    void backendUnavailable(const QString &reason);
};

} // namespace jw
