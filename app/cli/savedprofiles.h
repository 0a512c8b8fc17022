#pragma once
// The CLI's view of the saved profiles: the same settings file, keychain entries and opt-in key file as the
// desktop app (Settings::defaultPath(), service "jobwatch"). Warns on stderr every time the plaintext key
// file is used.

#include "model/profilelist.h"
#include "profiles/profilestore.h"
#include "profiles/secretvault.h"
#include "profiles/settings.h"

namespace jw::cli {

struct SavedProfiles {
    SavedProfiles();
    // By name (case-insensitive) or id; nullptr when unknown.
    const Profile *find(const QString &nameOrId) const;

    Settings settings;
    ProfileList list;
    SecretVault vault;
    ProfileStore store;
};

} // namespace jw::cli
