#pragma once
// The CLI's view of the saved profiles: the same settings file, keychain entries and opt-in key file as the
// desktop app (Settings::defaultPath(), service "jobwatch"). Warns on stderr every time the plaintext key
// file is used.

#include "model/profilelist.h"
#include "profiles/profilestore.h"
#include "profiles/secretvault.h"
#include "profiles/settings.h"

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace jw::cli {

struct SavedProfiles {
    SavedProfiles();
    // By name (case-insensitive) or id; nullptr when unknown.
    const Profile *find(const QString &nameOrId) const;
    // The one profile `parser`'s only positional argument names, with the key of `keyEnv` (when given) set for
    // this run only. Nothing, with the usage error printed and its exit code in *exitCode, when there is none.
    std::optional<Profile> named(const QCommandLineParser &parser, const QCommandLineOption &keyEnv, int *exitCode);

    Settings settings;
    ProfileList list;
    SecretVault vault;
    ProfileStore store;
};

} // namespace jw::cli
