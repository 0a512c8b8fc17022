#include "cli/savedprofiles.h"

#include "cli/output.h"
#include "profiles/filesecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };
} // namespace

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

std::optional<Profile> SavedProfiles::named(const QCommandLineParser &parser, const QCommandLineOption &keyEnv, int *exitCode)
{
    if (parser.positionalArguments().size() != 1) {
        *exitCode = usageError(Tr::tr("give the name of one profile"));
        return std::nullopt;
    }
    const Profile *found = find(parser.positionalArguments().constFirst());
    if (!found) {
        *exitCode = usageError(Tr::tr("no profile named \"%1\"").arg(parser.positionalArguments().constFirst()));
        return std::nullopt;
    }
    if (parser.isSet(keyEnv)) {
        const QString key = qEnvironmentVariable(parser.value(keyEnv).toLocal8Bit().constData()).trimmed();
        if (key.isEmpty()) {
            *exitCode = usageError(Tr::tr("environment variable %1 is not set or empty").arg(parser.value(keyEnv)));
            return std::nullopt;
        }
        vault.setSessionKey(found->id, key);
    }
    return *found;
}

} // namespace jw::cli
