// jobwatch-cli list (DESIGN.md §7): the account's jobs from the provider's list endpoint, one per line, so that
// `jobwatch-cli list … | jobwatch-cli watch … -` watches them.

#include "cli/command.h"
#include "cli/numberoption.h"
#include "cli/output.h"
#include "cli/profileoptions.h"

#include "engine/accountlister.h"
#include "model/normalize.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

constexpr qint64 kDefaultLimit = 100;
constexpr qint64 kDefaultPages = 10;

// The machine words of --state (never translated).
std::optional<QList<JobState>> statesFrom(const QString &text)
{
    QList<JobState> states;
    for (const QString &word : text.split(u',', Qt::SkipEmptyParts)) {
        const QString w = word.trimmed().toLower();
        if (w == u"active"_s) { // not done yet: what can still be watched
            states += {JobState::Queued, JobState::Running, JobState::Unknown};
            continue;
        }
        bool found = false;
        for (const JobState s : {JobState::Queued, JobState::Running, JobState::Completed, JobState::Failed, JobState::Cancelled,
                                 JobState::Unknown}) {
            if (stateName(s) == w) {
                states.append(s);
                found = true;
            }
        }
        if (!found)
            return std::nullopt;
    }
    if (states.isEmpty())
        return std::nullopt;
    return states;
}

QByteArray jsonLine(const JobSnapshot &job)
{
    const QJsonObject o{{u"id"_s, job.id},
                        {u"state"_s, stateName(job.state)},
                        {u"rawStatus"_s, job.rawStatus},
                        {u"type"_s, job.type.isNull() ? QJsonValue() : QJsonValue(job.type)},
                        {u"progress"_s, job.progress ? QJsonValue(*job.progress) : QJsonValue()},
                        {u"createdAt"_s, job.createdAt.isNull() ? QJsonValue() : QJsonValue(job.createdAt)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

int listJobs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "List the account's jobs from the provider's list endpoint (Replicate predictions, OpenAI videos, Luma\n"
        "generations, or a mapping with a \"list\" section), newest first as the provider gives them.\n"
        "Prints one job ID per line, so that `jobwatch-cli list ... | jobwatch-cli watch ... -` watches them.\n"
        "Pages are read with the provider's cursor, within the profile's request budget.\n"
        "Exit codes: 0 listed, 1 the list could not be read to its end (the jobs before are printed),\n"
        "2 usage or configuration error, 4 authentication or permission error."));
    parser.addHelpOption();
    ProfileOptions chosen;
    chosen.addTo(parser);
    const QCommandLineOption stateOpt(u"state"_s,
        Tr::tr("Only jobs in these states, comma-separated: queued, running, completed, failed, cancelled, unknown, or "
               "active (queued, running or unknown)."), u"states"_s);
    const QCommandLineOption jsonOpt(u"json"_s,
        Tr::tr("Print one JSON object per job: {\"id\",\"state\",\"rawStatus\",\"type\",\"progress\",\"createdAt\"}."));
    const QCommandLineOption limitOpt(u"limit"_s, Tr::tr("Print at most this many jobs (default %1).").arg(kDefaultLimit), u"N"_s);
    const QCommandLineOption pagesOpt(u"pages"_s, Tr::tr("Read at most this many pages (default %1).").arg(kDefaultPages), u"N"_s);
    for (const auto *o : {&stateOpt, &jsonOpt, &limitOpt, &pagesOpt})
        parser.addOption(*o);
    if (const std::optional<int> end = parseArguments(parser, arguments, u"list"_s))
        return *end;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Tr::tr("list takes no arguments (got \"%1\")").arg(parser.positionalArguments().constFirst().left(40)));
    if (const std::optional<int> end = chosen.readProfile(parser))
        return *end;
    std::optional<QList<JobState>> states;
    if (parser.isSet(stateOpt)) {
        states = statesFrom(parser.value(stateOpt));
        if (!states)
            return usageError(Tr::tr("--state takes queued, running, completed, failed, cancelled, unknown or active, "
                                     "comma-separated (got \"%1\")").arg(parser.value(stateOpt).left(40)));
    }
    const std::optional<qint64> limit = parser.isSet(limitOpt) ? integerInRange(parser.value(limitOpt), 1, 100000) : kDefaultLimit;
    const std::optional<qint64> pages = parser.isSet(pagesOpt) ? integerInRange(parser.value(pagesOpt), 1, 10000) : kDefaultPages;
    if (!limit)
        return usageError(Tr::tr("--limit takes a whole number from 1 to 100000"));
    if (!pages)
        return usageError(Tr::tr("--pages takes a whole number from 1 to 10000"));
    if (!AccountLister::canList(chosen.profile()))
        return usageError(Tr::tr("the API of \"%1\" (%2) has no job list; list works with the replicate, openai-videos and luma "
                                 "presets and with mappings that have a \"list\" section")
                              .arg(chosen.profile().name, chosen.profile().dialect));
    if (const std::optional<int> end = chosen.readKey(parser))
        return *end;

    QNetworkAccessManager nam;
    AccountLister lister(&nam, chosen.secrets(), chosen.profile());
    const bool json = parser.isSet(jsonOpt);
    qint64 printed = 0;
    int exitCode = Ok;
    QObject::connect(&lister, &AccountLister::pageReady, &lister, [&](const QList<JobSnapshot> &jobs, bool more) {
        QByteArray out;
        for (const JobSnapshot &job : jobs) {
            if (printed >= *limit)
                break;
            if (states && !states->contains(job.state))
                continue;
            out += (json ? jsonLine(job) : job.id.toUtf8()) + '\n';
            ++printed;
        }
        printLines(out);
        if (more && printed < *limit && lister.pagesRead() >= *pages)
            printError(Tr::tr("stopped after %n page(s); the account has more jobs (read more with --pages)", nullptr, lister.pagesRead()));
        if (more && printed < *limit && lister.pagesRead() < *pages)
            lister.fetchMore();
        else
            QCoreApplication::exit(Ok);
    });
    QObject::connect(&lister, &AccountLister::failed, &lister, [&](AccountLister::Failure kind, const QString &message) {
        printError(message);
        exitCode = kind == AccountLister::Failure::Auth ? Auth : kind == AccountLister::Failure::Config ? Usage : Failed;
        QCoreApplication::exit(exitCode);
    });
    lister.fetchMore();
    const int code = QCoreApplication::exec();
    return exitCode != Ok ? exitCode : code;
}

} // namespace jw::cli
