// jobwatch-cli profiles balance NAME [--json] [--key-env VAR]: what the profile's account has left, where its
// API reports a balance (Runway's credits, Luma's dollars), read once with the same request rules as a poll
// (engine/balancereading.h). Exit 0 with the amount, 1 with the reason when it cannot be read, 2 when the
// profile's API has no balance endpoint, 4 when the key is missing or refused.

#include "cli/command.h"
#include "cli/output.h"
#include "cli/savedprofiles.h"

#include "formats/dialect.h"
#include "formats/registry.h"
#include "engine/balancereading.h"
#include "engine/poller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };
} // namespace

int profilesBalance(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Read what a saved profile's account has left, where its API reports a balance (Runway's credits,\n"
        "Luma's dollars). Exit 0 with the amount, 1 when it cannot be read (the reason on stderr), 2 when\n"
        "the profile's API reports no balance, 4 on a key problem."));
    parser.addHelpOption();
    const QCommandLineOption jsonOpt(u"json"_s, Tr::tr("Print one JSON object: {profile, amount, unit, readAt} or {profile, error}."));
    const QCommandLineOption keyEnvOpt(u"key-env"_s, Tr::tr("Use this environment variable's key instead of the saved one."), u"var"_s);
    parser.addOption(jsonOpt);
    parser.addOption(keyEnvOpt);
    parser.addPositionalArgument(u"name"_s, Tr::tr("The profile's name or id."));
    if (const std::optional<int> end = parseArguments(parser, arguments, u"profiles balance"_s))
        return *end;
    SavedProfiles saved;
    int exitCode = 0;
    const std::optional<Profile> named = saved.named(parser, keyEnvOpt, &exitCode);
    if (!named)
        return exitCode;
    const Profile &profile = *named;
    QString problem;
    const std::unique_ptr<Dialect> dialect = dialectFor(profile, &problem);
    if (!dialect)
        return usageError(Tr::tr("profile \"%1\": %2").arg(profile.name, problem));
    if (!dialect->balanceUrl(profile.baseUrl).isValid())
        return usageError(Tr::tr("profile \"%1\": its API (%2) reports no balance").arg(profile.name, dialect->name()));
    const bool json = parser.isSet(jsonOpt);

    QNetworkAccessManager nam;
    std::unique_ptr<Poller> request;
    QObject::connect(saved.vault.readKey(profile.id), &KeyReply::finished, &saved.vault,
                     [&](const QString &key, const QString &error) {
        if (!error.isEmpty()) {
            printError(Tr::tr("profile \"%1\": %2").arg(profile.name, error));
            QCoreApplication::exit(Auth);
            return;
        }
        request = std::make_unique<Poller>(&nam, balanceRequestSpec(profile, *dialect, key));
        QObject::connect(request.get(), &Poller::finished, request.get(), [&, key](const PollResult &result) {
            const BalanceAnswer answer = readBalanceAnswer(*dialect, result, key);
            const bool auth = result.httpStatus == 401 || result.httpStatus == 403;
            if (json) {
                QJsonObject o{{u"profile"_s, profile.name}};
                if (answer.balance) {
                    o.insert(u"amount"_s, answer.balance->amount);
                    o.insert(u"unit"_s, balanceUnitName(answer.balance->unit));
                    o.insert(u"readAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                } else {
                    o.insert(u"error"_s, answer.error);
                }
                printLine(QJsonDocument(o).toJson(QJsonDocument::Compact));
            } else if (answer.balance) {
                printLine(Tr::tr("%1: %2").arg(profile.name, balanceLabel(*answer.balance)).toUtf8());
            }
            if (!answer.balance && !json)
                printError(Tr::tr("profile \"%1\": the balance could not be read: %2").arg(profile.name, answer.error));
            QCoreApplication::exit(answer.balance ? Ok : auth ? Auth : Failed);
        });
        request->start();
    });
    return QCoreApplication::exec();
}

} // namespace jw::cli
