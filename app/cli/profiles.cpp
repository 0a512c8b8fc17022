// jobwatch-cli profiles list|add|update|remove|test|balance (DESIGN.md §7): the saved profiles, with keys in the OS keychain
// (or the opt-in key file). Keys are read from --key-env VAR or standard input, never from argv, and are
// shown only as ••••last4.

#include "cli/command.h"
#include "cli/output.h"
#include "cli/savedprofiles.h"

#include "profiles/connectiontest.h"
#include "profiles/profilejson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

QString keychainAdvice()
{
    return Tr::tr("rerun with --file-store to keep keys in a plaintext file readable only by you (0600), "
                  "or skip saving the key and use watch --key-env VAR");
}

// A fresh profile from a mapping file; nothing and a one-line reason that names the file on error.
std::optional<Profile> readMappingProfile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read the mapping file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    std::optional<Profile> profile = profileForMapping(file.read(1024 * 1024), &problem);
    if (!profile)
        *error = Tr::tr("mapping %1: %2").arg(path, problem);
    return profile;
}

// --base-url and --interval of add and update; false when the interval is below the floor.
bool applyBaseAndInterval(const QCommandLineParser &parser, const QCommandLineOption &baseOpt,
                          const QCommandLineOption &intervalOpt, Profile &profile)
{
    if (parser.isSet(baseOpt))
        profile.baseUrl = QUrl(parser.value(baseOpt), QUrl::StrictMode);
    if (!parser.isSet(intervalOpt))
        return true;
    const qint64 ms = parser.value(intervalOpt).toLongLong();
    if (ms < PollSettings::kFloorMs)
        return false;
    profile.poll.intervalMs = ms;
    return true;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the saved profiles; keys appear only as \u2022\u2022\u2022\u2022last4."));
    parser.addHelpOption();
    const QCommandLineOption jsonOpt(u"json"_s, Tr::tr("Print a JSON array (without keys)."));
    parser.addOption(jsonOpt);
    if (const std::optional<int> end = parseArguments(parser, arguments, u"profiles list"_s))
        return *end;

    SavedProfiles saved;
    const QList<Profile> profiles = saved.list.all();
    QHash<QString, QString> keyState;
    const auto print = [&] {
        QJsonArray array;
        for (const Profile &p : profiles) {
            QJsonObject o = profileToJson(p);
            o.insert(u"key"_s, keyState.value(p.id));
            array.append(o);
            if (!parser.isSet(jsonOpt)) {
                const QString dialect = p.mappingJson.isEmpty() ? p.dialect : Tr::tr("custom mapping");
                printLine(QString(p.name + u'\t' + dialect + u'\t' + p.baseUrl.toString() + u'\t' + keyState.value(p.id)).toUtf8());
            }
        }
        if (parser.isSet(jsonOpt))
            printLine(QJsonDocument(array).toJson(QJsonDocument::Compact));
        QCoreApplication::exit(Ok);
    };
    if (profiles.isEmpty()) {
        if (!parser.isSet(jsonOpt))
            printError(Tr::tr("no profiles saved yet; add one with: jobwatch-cli profiles add --name NAME --dialect D --key-env VAR"));
        else
            printLine("[]");
        return Ok;
    }
    for (const Profile &p : profiles) {
        const QString id = p.id;
        QObject::connect(saved.vault.readKey(id), &KeyReply::finished, &saved.vault,
                         [&, id](const QString &key, const QString &error) {
                             keyState.insert(id, !key.isEmpty() ? redactKey(key)
                                                    : Tr::tr("no key (%1)").arg(error.isEmpty() ? Tr::tr("none saved") : error));
                             if (keyState.size() == profiles.size())
                                 print();
                         });
    }
    return QCoreApplication::exec();
}

int add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Save a profile. The key is read from --key-env VAR, or from standard input (one line), never from the\n"
        "command line, and is stored in the OS keychain. --file-store opts in to a plaintext key file (0600)."));
    parser.addHelpOption();
    const QCommandLineOption nameOpt(u"name"_s, Tr::tr("The profile's name."), u"name"_s);
    const QCommandLineOption dialectOpt(u"dialect"_s, Tr::tr("Dialect or preset: %1.").arg(profileDialectNames().join(u", "_s)), u"name"_s);
    const QCommandLineOption mappingOpt(u"mapping"_s, Tr::tr("A custom mapping file (docs/mapping.md)."), u"file"_s);
    const QCommandLineOption baseOpt(u"base-url"_s, Tr::tr("The API's base URL (default: the dialect's or preset's)."), u"url"_s);
    const QCommandLineOption keyEnvOpt(u"key-env"_s, Tr::tr("Environment variable holding the API key."), u"var"_s);
    const QCommandLineOption noKeyOpt(u"no-key"_s, Tr::tr("Save the profile without a key."));
    const QCommandLineOption fileOpt(u"file-store"_s, Tr::tr("Opt in to storing keys in a plaintext file (0600) instead of the keychain."));
    const QCommandLineOption intervalOpt(u"interval"_s, Tr::tr("Default poll interval in ms (at least 1000)."), u"ms"_s);
    for (const auto *o : {&nameOpt, &dialectOpt, &mappingOpt, &baseOpt, &keyEnvOpt, &noKeyOpt, &fileOpt, &intervalOpt})
        parser.addOption(*o);
    if (const std::optional<int> end = parseArguments(parser, arguments, u"profiles add"_s))
        return *end;
    if (!parser.isSet(nameOpt) || parser.isSet(dialectOpt) == parser.isSet(mappingOpt))
        return usageError(Tr::tr("give --name and one of --dialect or --mapping"));

    Profile profile;
    if (parser.isSet(mappingOpt)) {
        QString error;
        const std::optional<Profile> fromMapping = readMappingProfile(parser.value(mappingOpt), &error);
        if (!fromMapping)
            return usageError(error);
        profile = *fromMapping;
    } else {
        profile = profileForDialect(parser.value(dialectOpt));
    }
    profile.name = parser.value(nameOpt);
    if (!applyBaseAndInterval(parser, baseOpt, intervalOpt, profile))
        return usageError(Tr::tr("--interval takes a number of milliseconds, at least 1000"));

    QString key;
    if (parser.isSet(keyEnvOpt)) {
        key = qEnvironmentVariable(parser.value(keyEnvOpt).toLocal8Bit().constData()).trimmed();
        if (key.isEmpty())
            return usageError(Tr::tr("environment variable %1 is not set or empty").arg(parser.value(keyEnvOpt)));
    } else if (!parser.isSet(noKeyOpt)) {
        if (::isatty(STDIN_FILENO))
            printError(Tr::tr("paste the API key and press Enter (it is not echoed to any file):"));
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            key = QString::fromUtf8(in.readLine(64 * 1024)).trimmed();
        if (key.isEmpty())
            return usageError(Tr::tr("no key given: use --key-env VAR, pipe it on standard input, or --no-key"));
    }

    SavedProfiles saved;
    if (saved.find(profile.name))
        return usageError(Tr::tr("a profile named \"%1\" already exists").arg(profile.name));
    if (parser.isSet(fileOpt))
        saved.store.setFileStoreOptIn(true);
    QString error;
    if (!saved.store.save(profile, QString(), &error))
        return usageError(Tr::tr("profile \"%1\": %2").arg(profile.name, error));
    if (key.isEmpty()) {
        saved.settings.flush();
        printLine(Tr::tr("saved profile \"%1\" (no key)").arg(profile.name).toUtf8());
        return Ok;
    }
    QObject::connect(&saved.store, &ProfileStore::keySaved, &saved.store,
                     [&](const QString &, const QString &keyError, bool unavailable) {
                         if (!keyError.isEmpty()) {
                             saved.store.remove(profile.id); // nothing half-saved
                             saved.settings.flush();
                             printError(unavailable ? Tr::tr("%1; the profile was not saved: %2").arg(keyError, keychainAdvice())
                                                    : Tr::tr("the key could not be saved: %1").arg(keyError));
                             QCoreApplication::exit(Usage);
                             return;
                         }
                         saved.settings.flush();
                         printLine(Tr::tr("saved profile \"%1\" with key %2").arg(profile.name, redactKey(key)).toUtf8());
                         QCoreApplication::exit(Ok);
                     });
    saved.store.setKey(profile.id, key);
    return QCoreApplication::exec();
}

int update(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Change a saved profile in place: its mapping (or dialect), base URL or poll interval. Its name, id, key\n"
        "and other poll settings stay. A new mapping replaces the old one whole."));
    parser.addHelpOption();
    const QCommandLineOption dialectOpt(u"dialect"_s, Tr::tr("Dialect or preset: %1.").arg(profileDialectNames().join(u", "_s)), u"name"_s);
    const QCommandLineOption mappingOpt(u"mapping"_s, Tr::tr("A custom mapping file (docs/mapping.md)."), u"file"_s);
    const QCommandLineOption baseOpt(u"base-url"_s, Tr::tr("The API's base URL."), u"url"_s);
    const QCommandLineOption intervalOpt(u"interval"_s, Tr::tr("Default poll interval in ms (at least 1000)."), u"ms"_s);
    for (const auto *o : {&dialectOpt, &mappingOpt, &baseOpt, &intervalOpt})
        parser.addOption(*o);
    parser.addPositionalArgument(u"name"_s, Tr::tr("The profile's name or id."));
    if (const std::optional<int> end = parseArguments(parser, arguments, u"profiles update"_s))
        return *end;
    if (parser.positionalArguments().size() != 1)
        return usageError(Tr::tr("give the name of one profile"));
    if (parser.isSet(dialectOpt) && parser.isSet(mappingOpt))
        return usageError(Tr::tr("give --dialect or --mapping, not both"));
    if (!parser.isSet(dialectOpt) && !parser.isSet(mappingOpt) && !parser.isSet(baseOpt) && !parser.isSet(intervalOpt))
        return usageError(Tr::tr("nothing to change: give --mapping, --dialect, --base-url or --interval"));
    SavedProfiles saved;
    const Profile *found = saved.find(parser.positionalArguments().constFirst());
    if (!found)
        return usageError(Tr::tr("no profile named \"%1\"").arg(parser.positionalArguments().constFirst()));
    Profile profile = *found;
    if (parser.isSet(mappingOpt)) {
        QString error;
        const std::optional<Profile> fromMapping = readMappingProfile(parser.value(mappingOpt), &error);
        if (!fromMapping)
            return usageError(error);
        profile.mappingJson = fromMapping->mappingJson;
        profile.dialect.clear();
    } else if (parser.isSet(dialectOpt)) {
        profile.mappingJson.clear();
        profile.dialect = parser.value(dialectOpt);
    }
    if (!applyBaseAndInterval(parser, baseOpt, intervalOpt, profile))
        return usageError(Tr::tr("--interval takes a number of milliseconds, at least 1000"));
    QString error;
    if (!saved.store.save(profile, QString(), &error))
        return usageError(Tr::tr("profile \"%1\": %2").arg(profile.name, error));
    saved.settings.flush();
    printLine(Tr::tr("updated profile \"%1\"").arg(profile.name).toUtf8());
    return Ok;
}

int remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Remove a saved profile and delete its key."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"name"_s, Tr::tr("The profile's name or id."));
    if (const std::optional<int> end = parseArguments(parser, arguments, u"profiles remove"_s))
        return *end;
    if (parser.positionalArguments().size() != 1)
        return usageError(Tr::tr("give the name of one profile"));
    SavedProfiles saved;
    const Profile *p = saved.find(parser.positionalArguments().constFirst());
    if (!p)
        return usageError(Tr::tr("no profile named \"%1\"").arg(parser.positionalArguments().constFirst()));
    const QString name = p->name;
    QObject::connect(&saved.store, &ProfileStore::keyRemoved, &saved.store, [&](const QString &, const QString &error) {
        saved.settings.flush();
        if (!error.isEmpty())
            printError(Tr::tr("profile \"%1\" removed, but its key could not be deleted: %2").arg(name, error));
        else
            printLine(Tr::tr("removed profile \"%1\" and its key").arg(name).toUtf8());
        QCoreApplication::exit(error.isEmpty() ? Ok : Failed);
    });
    saved.store.remove(p->id);
    return QCoreApplication::exec();
}

int test(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Test a saved profile: poll a job (--job) or a probe ID and report the outcome: ok, not-found (key\n"
        "accepted), unauthorised, missing-scope, forbidden, unreachable, tls-error, wrong-dialect, rate-limited,\n"
        "server-error or refused. Exit 0 when the key was accepted, 4 on an auth problem, 1 otherwise."));
    parser.addHelpOption();
    const QCommandLineOption jobOpt(u"job"_s, Tr::tr("A job ID to poll."), u"id"_s);
    const QCommandLineOption keyEnvOpt(u"key-env"_s, Tr::tr("Use this environment variable's key instead of the saved one."), u"var"_s);
    parser.addOption(jobOpt);
    parser.addOption(keyEnvOpt);
    parser.addPositionalArgument(u"name"_s, Tr::tr("The profile's name or id."));
    if (const std::optional<int> end = parseArguments(parser, arguments, u"profiles test"_s))
        return *end;
    SavedProfiles saved;
    int exitCode = 0;
    const std::optional<Profile> named = saved.named(parser, keyEnvOpt, &exitCode);
    if (!named)
        return exitCode;
    const Profile &profile = *named;

    QNetworkAccessManager nam;
    ConnectionTest connection(&nam);
    QObject::connect(&connection, &ConnectionTest::finished, &connection, [](const ConnectionTest::Result &r) {
        printLine(QString(ConnectionTest::outcomeName(r.outcome) + u": "_s + r.message).toUtf8());
        const bool auth = r.outcome == ConnectionTest::Outcome::Unauthorised || r.outcome == ConnectionTest::Outcome::MissingScope
            || r.outcome == ConnectionTest::Outcome::Forbidden;
        QCoreApplication::exit(r.success() ? Ok : auth ? Auth : Failed);
    });
    QObject::connect(saved.vault.readKey(profile.id), &KeyReply::finished, &saved.vault,
                     [&](const QString &key, const QString &error) {
                         if (!error.isEmpty()) {
                             printError(Tr::tr("profile \"%1\": %2").arg(profile.name, error));
                             QCoreApplication::exit(Auth);
                             return;
                         }
                         connection.start(profile, key, parser.value(jobOpt));
                     });
    return QCoreApplication::exec();
}
} // namespace

int profiles(const QStringList &arguments)
{
    const QString usage = Tr::tr("usage: jobwatch-cli profiles list|add|update|remove|test|balance [options] (--help on each)");
    if (arguments.size() < 2)
        return usageError(usage);
    const QString &sub = arguments.at(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (sub == u"list"_s)
        return list(rest);
    if (sub == u"add"_s)
        return add(rest);
    if (sub == u"update"_s)
        return update(rest);
    if (sub == u"remove"_s)
        return remove(rest);
    if (sub == u"test"_s)
        return test(rest);
    if (sub == u"balance"_s)
        return profilesBalance(rest);
    if (sub == u"--help"_s || sub == u"-h"_s) {
        printLine(usage.toUtf8());
        return Ok;
    }
    return usageError(usage);
}

} // namespace jw::cli
