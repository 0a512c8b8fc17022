#include "cli/savedprofiles.h"

#include "cli/output.h"
#include "profiles/filesecretstore.h"

using namespace Qt::StringLiterals;

namespace jw::cli {

SavedProfiles::SavedProfiles()
    : settings(Settings::defaultPath())
    , vault(u"jobwatch"_s, FileSecretStore::defaultPath(Settings::defaultPath()))
    , store(&settings, &list, &vault)
{
    if (!settings.loadError().isEmpty())
        printError(settings.loadError());
    for (const QString &error : store.loadErrors())
        printError(error);
    QObject::connect(&vault, &SecretVault::plaintextWarning, &vault, [](const QString &text) { printError(text); });
}

const Profile *SavedProfiles::find(const QString &nameOrId) const
{
    const Profile *p = list.byName(nameOrId);
    return p ? p : list.find(nameOrId);
}

} // namespace jw::cli
