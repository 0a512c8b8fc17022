#pragma once
// The options that choose a profile and its key, shared by `watch` and `list`: --profile P, or --dialect D
// (or --mapping F) with --base-url URL and --key-env VAR. The key is read from the named environment variable,
// never from the command line; a saved profile's comes from the keychain (or the opt-in key file) unless
// --key-env overrides it.

#include "cli/savedprofiles.h"
#include "model/profile.h"
#include "model/secretstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace jw::cli {

class ProfileOptions
{
public:
    ProfileOptions();

    void addTo(QCommandLineParser &parser) const;
    // Reads the chosen profile (into profile()); the exit code when that is a usage error (already printed).
    std::optional<int> readProfile(const QCommandLineParser &parser);
    // Reads the key named by --key-env, if given; the exit code on a usage error (already printed).
    std::optional<int> readKey(const QCommandLineParser &parser);

    Profile &profile() { return m_profile; }
    // Where the profile's key is: the keychain's vault for a saved profile, else the environment's.
    SecretStore *secrets();
    bool isSaved() const { return m_saved != nullptr; }

    const QCommandLineOption profileOpt;
    const QCommandLineOption dialectOpt;
    const QCommandLineOption mappingOpt;
    const QCommandLineOption baseOpt;
    const QCommandLineOption keyEnvOpt;

private:
    Profile m_profile;
    std::unique_ptr<SavedProfiles> m_saved;
    MemorySecretStore m_envSecrets;
};

} // namespace jw::cli
