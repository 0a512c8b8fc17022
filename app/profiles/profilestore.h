#pragma once
// Profiles that persist: keeps a ProfileList in step with the "profiles" settings key (no secrets there) and
// puts keys in the SecretStore under the profile's id. Renaming a profile keeps its key; removing a profile
// deletes its key. Transient profiles (the demo's) are never written.

#include "model/profile.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace jw {

class ProfileList;
class SecretVault;
class Settings;

class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)
public:
    // Loads the saved profiles into `list` (bad entries are skipped and listed in loadErrors()), applies the
    // saved secrets backend to `secrets`, and moves keys found in an old settings layout into `secrets`.
    ProfileStore(Settings *settings, ProfileList *list, SecretVault *secrets, QObject *parent = nullptr);

    ProfileList *list() const { return m_list; }
    SecretVault *secrets() const { return m_secrets; }
    Settings *settings() const { return m_settings; }
    QStringList loadErrors() const { return m_loadErrors; }

    void setTransient(const QString &profileId) { m_transient.insert(profileId); }

    // Validates and adds or replaces `profile` (a new one gets an id); false and the first problem otherwise.
    // A non-empty `key` is written to the secret store; keySaved() reports the result.
    bool save(Profile &profile, const QString &key = {}, QString *error = nullptr);
    void setKey(const QString &profileId, const QString &key);
    // Removes the profile and deletes its key (keyRemoved() reports the result).
    bool remove(const QString &profileId);

    // The explicit opt-in plaintext file store (persisted), or back to the keychain.
    void setFileStoreOptIn(bool on);
    bool fileStoreOptIn() const;

Q_SIGNALS:
    void keySaved(const QString &profileId, const QString &error, bool keychainUnavailable);
    void keyRemoved(const QString &profileId, const QString &error);

private:
    void persist();

    Settings *m_settings;
    ProfileList *m_list;
    SecretVault *m_secrets;
    QStringList m_loadErrors;
    QSet<QString> m_transient;
    bool m_loading = false;
};

} // namespace jw
