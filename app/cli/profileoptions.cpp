#include "cli/profileoptions.h"

#include "cli/output.h"
#include "formats/registry.h"
#include "profiles/profilejson.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

const QString kProfileId = u"cli"_s;
} // namespace

ProfileOptions::ProfileOptions()
    : profileOpt(u"profile"_s, Tr::tr("A saved profile."), u"name"_s)
    , dialectOpt(u"dialect"_s, Tr::tr("Dialect or preset: %1.").arg((nativeDialectNames() + presetNames()).join(u", "_s)), u"name"_s)
    , mappingOpt(u"mapping"_s,
                 Tr::tr("A custom mapping file (docs/mapping.md), instead of --dialect. --base-url may be left out when the "
                        "mapping has a baseUrl."), u"file"_s)
    , baseOpt(u"base-url"_s, Tr::tr("The API's base URL (https://, or http:// on loopback)."), u"url"_s)
    , keyEnvOpt(u"key-env"_s, Tr::tr("Name of the environment variable holding the API key."), u"var"_s)
{
}

void ProfileOptions::addTo(QCommandLineParser &parser) const
{
    for (const auto *o : {&profileOpt, &dialectOpt, &mappingOpt, &baseOpt, &keyEnvOpt})
        parser.addOption(*o);
}

SecretStore *ProfileOptions::secrets()
{
    return m_saved ? static_cast<SecretStore *>(&m_saved->vault) : &m_envSecrets;
}

std::optional<int> ProfileOptions::readProfile(const QCommandLineParser &parser)
{
    Profile &profile = m_profile;
    if (parser.isSet(profileOpt)) {
        if (parser.isSet(dialectOpt) || parser.isSet(mappingOpt) || parser.isSet(baseOpt))
            return usageError(Tr::tr("--profile cannot be combined with --dialect, --mapping or --base-url"));
        m_saved = std::make_unique<SavedProfiles>();
        const Profile *found = m_saved->find(parser.value(profileOpt));
        if (!found)
            return usageError(Tr::tr("no profile named \"%1\" (see jobwatch-cli profiles list)").arg(parser.value(profileOpt)));
        profile = *found;
    } else if (parser.isSet(mappingOpt)) {
        if (parser.isSet(dialectOpt) || !parser.isSet(keyEnvOpt))
            return usageError(Tr::tr("give --mapping FILE with --key-env (and --base-url unless the mapping has a baseUrl), "
                                     "without --dialect"));
        QFile file(parser.value(mappingOpt));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(Tr::tr("cannot read the mapping file %1: %2").arg(parser.value(mappingOpt), file.errorString()));
        QString problem;
        const std::optional<Profile> fromMapping = profileForMapping(file.read(1024 * 1024), &problem);
        if (!fromMapping)
            return usageError(Tr::tr("mapping %1: %2").arg(parser.value(mappingOpt), problem));
        profile = *fromMapping;
        profile.id = kProfileId;
        if (parser.isSet(baseOpt))
            profile.baseUrl = QUrl(parser.value(baseOpt), QUrl::StrictMode);
        else if (profile.baseUrl.isEmpty())
            return usageError(Tr::tr("the mapping %1 has no baseUrl; give --base-url").arg(parser.value(mappingOpt)));
    } else {
        if (!parser.isSet(dialectOpt) || !parser.isSet(baseOpt) || !parser.isSet(keyEnvOpt))
            return usageError(Tr::tr("give --profile, or all of --dialect (or --mapping), --base-url and --key-env"));
        profile.id = kProfileId;
        profile.name = parser.value(dialectOpt);
        profile.dialect = parser.value(dialectOpt);
        profile.baseUrl = QUrl(parser.value(baseOpt), QUrl::StrictMode);
    }
    return std::nullopt;
}

std::optional<int> ProfileOptions::readKey(const QCommandLineParser &parser)
{
    if (!parser.isSet(keyEnvOpt))
        return std::nullopt;
    QString error;
    if (!m_envSecrets.setKeyFromEnvironment(m_profile.id, parser.value(keyEnvOpt), &error))
        return usageError(error);
    if (m_saved)
        m_saved->vault.setSessionKey(m_profile.id, qEnvironmentVariable(parser.value(keyEnvOpt).toLocal8Bit().constData()).trimmed());
    return std::nullopt;
}

} // namespace jw::cli
