// jobwatch-cli watch (DESIGN.md §7): watch jobs until all are terminal, over the real polling engine.

#include "cli/command.h"
#include "cli/output.h"
#include "cli/savedprofiles.h"
#include "cli/watchprinter.h"

#include "intake/idextractor.h"
#include "model/joblist.h"
#include "model/jobtimeline.h"
#include "model/profile.h"
#include "model/secretstore.h"
#include "formats/registry.h"
#include "net/requestbuilder.h"
#include "engine/scheduler.h"
#include "store/datadir.h"
#include "store/sqlitejobstore.h"
#include "store/storesync.h"
#include "store/storethread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

const QString kProfileId = u"cli"_s;

struct WatchTarget {
    QString jobId;
    QUrl pollUrl; // empty: the dialect's poll URL for jobId under --base-url
};

// An argument, or stdin's text -> watch targets. A single plain token is taken as an ID as given (the user
// named the dialect, so the ID's shape need not be guessed); anything else (poll URLs, enqueue JSON, free
// text) goes through the core ID extractor, and what looks like an attempt but cannot be used is a usage
// error with the extractor's reason.
bool targetsFromText(const QString &text, QList<WatchTarget> *out, QString *error)
{
    static const QRegularExpression plainId(u"^[A-Za-z0-9][A-Za-z0-9._:~-]{0,199}$"_s);
    if (plainId.match(text.trimmed()).hasMatch()) {
        out->append({text.trimmed(), QUrl()});
        return true;
    }
    const IdExtractor::Result found = IdExtractor::extract(QStringView(text));
    if (!found.rejected.isEmpty()) {
        const IdExtractor::Rejected &r = found.rejected.constFirst();
        *error = Tr::tr("\"%1\": %2").arg(r.text.left(80), r.reason);
        return false;
    }
    if (found.candidates.isEmpty() && !found.inputEmpty) {
        *error = Tr::tr("\"%1\" is neither a job ID nor an http(s) poll URL (%2)")
                     .arg(text.simplified().left(80), IdExtractor::summary(found));
        return false;
    }
    for (const IdExtractor::Candidate &c : found.candidates)
        out->append({c.id, c.pollUrl});
    return true;
}

// SIGINT/SIGTERM -> a byte on a socket pair -> a QSocketNotifier in the event loop (the handler stays
// async-signal-safe).
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[0], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

int exitCodeFor(const JobList &jobs)
{
    bool timedOut = false;
    bool failed = false;
    for (const QString &key : jobs.keys()) {
        const JobRecord *r = jobs.find(key);
        switch (r->engine.local) {
        case LocalState::Done:
            failed = failed || r->snapshot.state != JobState::Completed;
            break;
        case LocalState::TimedOut:
        case LocalState::Stopped:
            timedOut = true;
            break;
        case LocalState::NotFound:
            failed = true;
            break;
        case LocalState::Paused:
            return Auth;
        case LocalState::Watching:
            break;
        }
    }
    return timedOut ? TimedOut : failed ? Failed : Ok;
}
} // namespace

int watch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Watch jobs until all of them are terminal.\n"
        "Jobs are job IDs or full poll URLs, as arguments or one per line on standard input (-).\n"
        "The API key is read from the environment variable named by --key-env, never from the command line.\n"
        "Exit codes: 0 all completed, 1 any failed, cancelled or not found, 2 usage or configuration error,\n"
        "3 any timed out locally or interrupted (Ctrl+C), 4 authentication or permission error."));
    parser.addHelpOption();
    const QCommandLineOption profileOpt(u"profile"_s, Tr::tr("A saved profile."), u"name"_s);
    const QCommandLineOption dialectOpt(u"dialect"_s,
        Tr::tr("Dialect or preset: %1.").arg((nativeDialectNames() + presetNames()).join(u", "_s)), u"name"_s);
    const QCommandLineOption baseOpt(u"base-url"_s, Tr::tr("The API's base URL (https://, or http:// on loopback)."), u"url"_s);
    const QCommandLineOption keyEnvOpt(u"key-env"_s, Tr::tr("Name of the environment variable holding the API key."), u"var"_s);
    const QCommandLineOption jsonOpt(u"json"_s, Tr::tr("Print NDJSON events: {\"event\":\"update\"|\"final\"|\"error\",\"at\":<epoch ms>,\"job\":{...}}."));
    const QCommandLineOption maxWaitOpt(u"max-wait"_s, Tr::tr("Give up waiting after this many seconds (default 1800)."), u"seconds"_s);
    const QCommandLineOption intervalOpt(u"interval"_s,
        Tr::tr("Poll cadence: auto (adaptive, default) or a fixed interval in ms (at least 1000)."), u"auto|ms"_s);
    const QCommandLineOption recordOpt(u"record"_s,
        Tr::tr("Write the watched jobs into the job history, where the window and `history` see them."));
    const QCommandLineOption dataDirOpt(u"data-dir"_s,
        Tr::tr("With --record: the folder of the job history (default: $%1, else the desktop app's data folder).")
            .arg(QString::fromLatin1(datadir::kEnvironmentVariable)), u"dir"_s);
    for (const auto *o : {&profileOpt, &dialectOpt, &baseOpt, &keyEnvOpt, &jsonOpt, &maxWaitOpt, &intervalOpt, &recordOpt, &dataDirOpt})
        parser.addOption(*o);
    parser.addPositionalArgument(u"jobs"_s, Tr::tr("Job IDs or poll URLs, or - to read them from standard input."), u"ID|URL...|-"_s);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s))
        return printHelp(parser, u"watch"_s);

    Profile profile;
    // A saved profile: its key comes from the keychain (or the opt-in key file); --key-env overrides it.
    std::unique_ptr<SavedProfiles> saved;
    if (parser.isSet(profileOpt)) {
        if (parser.isSet(dialectOpt) || parser.isSet(baseOpt))
            return usageError(Tr::tr("--profile cannot be combined with --dialect or --base-url"));
        saved = std::make_unique<SavedProfiles>();
        const Profile *found = saved->find(parser.value(profileOpt));
        if (!found)
            return usageError(Tr::tr("no profile named \"%1\" (see jobwatch-cli profiles list)").arg(parser.value(profileOpt)));
        profile = *found;
    } else {
        if (!parser.isSet(dialectOpt) || !parser.isSet(baseOpt) || !parser.isSet(keyEnvOpt))
            return usageError(Tr::tr("give --profile, or all of --dialect, --base-url and --key-env"));
        profile.id = kProfileId;
        profile.name = parser.value(dialectOpt);
        profile.dialect = parser.value(dialectOpt);
        profile.baseUrl = QUrl(parser.value(baseOpt), QUrl::StrictMode);
    }
    if (parser.isSet(maxWaitOpt)) {
        bool ok = false;
        const double seconds = parser.value(maxWaitOpt).toDouble(&ok);
        if (!ok || seconds <= 0)
            return usageError(Tr::tr("--max-wait takes a positive number of seconds"));
        profile.poll.maxWaitMs = qint64(seconds * 1000);
    }
    if (parser.isSet(intervalOpt) && parser.value(intervalOpt) != u"auto"_s) {
        bool ok = false;
        const qint64 ms = parser.value(intervalOpt).toLongLong(&ok);
        if (!ok || ms <= 0)
            return usageError(Tr::tr("--interval takes auto or a number of milliseconds"));
        if (ms < PollSettings::kFloorMs)
            printError(Tr::tr("--interval %1 is below the 1000 ms floor; using 1000 ms").arg(ms));
        profile.poll.adaptive = false;
        profile.poll.intervalMs = std::max(ms, PollSettings::kFloorMs);
    }

    QList<WatchTarget> targets;
    QString error;
    for (const QString &arg : parser.positionalArguments()) {
        QString text = arg;
        if (arg == u"-"_s) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return usageError(Tr::tr("cannot read standard input"));
            text = QString::fromUtf8(in.read(4 * 1024 * 1024));
        }
        if (!targetsFromText(text, &targets, &error))
            return usageError(error);
    }
    if (targets.isEmpty())
        return usageError(Tr::tr("no job IDs or poll URLs given"));

    QNetworkAccessManager nam;
    MemorySecretStore envSecrets;
    JobList jobs;
    Scheduler scheduler(&jobs, &nam, saved ? static_cast<SecretStore *>(&saved->vault) : &envSecrets);
    if (parser.isSet(keyEnvOpt)) {
        if (!envSecrets.setKeyFromEnvironment(profile.id, parser.value(keyEnvOpt), &error))
            return usageError(error);
        if (saved)
            saved->vault.setSessionKey(profile.id, qEnvironmentVariable(parser.value(keyEnvOpt).toLocal8Bit().constData()).trimmed());
    }
    if (!scheduler.addProfile(profile, &error))
        return usageError(error);
    if (parser.isSet(dataDirOpt) && !parser.isSet(recordOpt))
        return usageError(Tr::tr("--data-dir is for --record"));

    // --record: the jobs go into the job history as they change (the window's store; a second process is fine).
    std::unique_ptr<JobTimeline> timeline;
    std::unique_ptr<StoreThread> storeThread;
    std::unique_ptr<StoreSync> history;
    if (parser.isSet(recordOpt)) {
        const QString path = SqliteJobStore::pathIn(datadir::resolve(parser.value(dataDirOpt)));
        timeline = std::make_unique<JobTimeline>(&jobs);
        storeThread = std::make_unique<StoreThread>([path] { return std::make_unique<SqliteJobStore>(path); });
        history = std::make_unique<StoreSync>(&jobs, timeline.get(), storeThread.get());
        const QString profileName = profile.name;
        history->setProfileNames([profileName](const QString &) { return profileName; });
        QObject::connect(history.get(), &StoreSync::opened, history.get(), [](const StoreStatus &status) {
            if (!status.message.isEmpty())
                printError(status.message);
        });
        QObject::connect(history.get(), &StoreSync::writeFailed, history.get(), [](const QString &message) {
            printError(Tr::tr("recording into the job history failed: %1 (watching goes on; retrying)").arg(message));
        });
        QObject::connect(&scheduler, &Scheduler::durationLearned, history.get(),
                         [&history](const QString &profileId, const QString &type, qint64 ms, bool showedProgress) {
                             history->addDuration({profileId, type, ms, showedProgress, QDateTime::currentMSecsSinceEpoch()});
                         });
    }
    for (const WatchTarget &t : std::as_const(targets)) {
        if (scheduler.watch(profile.id, t.jobId, t.pollUrl, &error).isEmpty())
            return usageError(error);
    }

    const WatchPrinter::Mode mode = parser.isSet(jsonOpt) ? WatchPrinter::Mode::Json
        : ::isatty(STDOUT_FILENO)                         ? WatchPrinter::Mode::Table
                                                          : WatchPrinter::Mode::Lines;
    WatchPrinter printer(jobs, mode);
    int exitCode = -1;
    const auto quit = [&](int code) {
        if (exitCode >= 0)
            return;
        exitCode = code;
        scheduler.stopAll(); // aborts anything in flight; no request after this
        QCoreApplication::exit(code);
    };
    QObject::connect(&jobs, &JobList::jobsChanged, &jobs, [&](const QList<JobChange> &changes) {
        printer.print(changes);
        if (exitCode >= 0)
            return;
        if (scheduler.isProfilePaused(profile.id)) {
            printError(scheduler.profilePauseReason(profile.id));
            quit(Auth);
            return;
        }
        for (const QString &key : jobs.keys()) {
            if (jobs.find(key)->engine.local == LocalState::Watching)
                return;
        }
        quit(exitCodeFor(jobs));
    });

    std::unique_ptr<QSocketNotifier> signalNotifier;
    if (installSignalHandlers()) {
        signalNotifier = std::make_unique<QSocketNotifier>(g_signalPipe[1], QSocketNotifier::Read);
        QObject::connect(signalNotifier.get(), &QSocketNotifier::activated, &jobs, [&] {
            char byte = 0;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[1], &byte, 1);
            scheduler.stopAll();
            jobs.flush();
            printError(Tr::tr("interrupted; stopped watching (the jobs keep running on the server)"));
            if (exitCode < 0) {
                exitCode = TimedOut;
                QCoreApplication::exit(TimedOut);
            }
        });
    }

    const int code = QCoreApplication::exec();
    printer.finish();
    return exitCode >= 0 ? exitCode : code;
}

} // namespace jw::cli
