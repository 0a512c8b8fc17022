// jobwatch-cli watch (DESIGN.md §7): watch jobs until all are terminal, over the real polling engine.

#include "cli/command.h"
#include "cli/inlinesaver.h"
#include "cli/numberoption.h"
#include "cli/output.h"
#include "cli/profileoptions.h"
#include "cli/savedprofiles.h"
#include "cli/watchinput.h"
#include "cli/watchprinter.h"

#include "intake/idextractor.h"
#include "model/inlineresults.h"
#include "model/joblist.h"
#include "model/jobtimeline.h"
#include "model/profile.h"
#include "model/profilelist.h"
#include "model/secretstore.h"
#include "formats/registry.h"
#include "net/requestbuilder.h"
#include "application/finishhook.h"
#include "artifacts/resultarchive.h"
#include "application/learneddurations.h"
#include "profiles/profilejson.h"
#include "engine/scheduler.h"
#include "store/datadir.h"
#include "store/sqlitejobstore.h"
#include "store/storesync.h"
#include "store/storethread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

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
        case LocalState::ConfigError:
            return Usage;
        case LocalState::Watching:
            break;
        }
    }
    return timedOut ? TimedOut : failed ? Failed : Ok;
}
} // namespace

// A result written to a file (or not): an NDJSON event with --json, else a line on stderr (stdout holds the table).
static void printSaved(const InlineSaver::Outcome &o, const QString &jobId, bool json)
{
    if (!o.error.isEmpty()) {
        printError(Tr::tr("%1: %2", "job ID: problem").arg(jobId, o.error));
    } else if (json) {
        const QJsonObject event{{u"at"_s, double(QDateTime::currentMSecsSinceEpoch())}, {u"event"_s, u"saved"_s}, {u"id"_s, jobId},
                                {u"result"_s, o.n}, {u"path"_s, QDir::toNativeSeparators(o.path)}, {u"url"_s, o.url}};
        printLine(QJsonDocument(event).toJson(QJsonDocument::Compact));
    } else {
        printError(Tr::tr("%1: result %2 saved to %3", "job ID, result number, file").arg(jobId).arg(o.n).arg(QDir::toNativeSeparators(o.path)));
    }
}

int watch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Watch jobs until all of them are terminal.\n"
        "Jobs are job IDs or full poll URLs, as arguments or one per line on standard input (-).\n"
        "Arguments and input lines that give no job are named on standard error (--strict: exit 2).\n"
        "The API key is read from the environment variable named by --key-env, never from the command line.\n"
        "Exit codes: 0 all completed, 1 any failed, cancelled or not found, 2 usage or configuration error,\n"
        "3 any timed out locally or interrupted (Ctrl+C), 4 authentication or permission error."));
    parser.addHelpOption();
    ProfileOptions chosen;
    const QCommandLineOption jsonOpt(u"json"_s, Tr::tr("Print NDJSON events: {\"event\":\"update\"|\"final\"|\"error\",\"at\":<epoch ms>,\"job\":{...}}, and "
                                                           "{\"event\":\"saved\",\"id\":ID,\"result\":N,\"path\":FILE} for a result written to a file."));
    const QCommandLineOption maxWaitOpt(u"max-wait"_s, Tr::tr("Give up waiting after this many seconds (default 1800)."), u"seconds"_s);
    const QCommandLineOption intervalOpt(u"interval"_s,
        Tr::tr("Poll cadence: auto (adaptive, default) or a fixed interval in ms (at least 1000)."), u"auto|ms"_s);
    const QCommandLineOption strictOpt(u"strict"_s,
        Tr::tr("Exit with code 2, before watching anything, when an argument or input line gives no job."));
    const QCommandLineOption rateOpt(u"rate"_s,
        Tr::tr("Request budget: at most this many requests per second (default: the profile's, 20 for an API that documents "
               "no limit). A ceiling: a 429 or 503 lowers the rate at once, and it climbs back while polls wait."), u"R"_s);
    const QCommandLineOption burstOpt(u"burst"_s, Tr::tr("Requests that may go out at once after a quiet spell (default 10)."), u"B"_s);
    const QCommandLineOption concurrencyOpt(u"concurrency"_s, Tr::tr("Requests in flight at once (default 6)."), u"C"_s);
    const QCommandLineOption recordOpt(u"record"_s,
        Tr::tr("Write the watched jobs into the job history, where the window and `history` see them."));
    const QCommandLineOption dataDirOpt(u"data-dir"_s,
        Tr::tr("With --record: the folder of the job history (default: $%1, else the desktop app's data folder).")
            .arg(QString::fromLatin1(datadir::kEnvironmentVariable)), u"dir"_s);
    const QCommandLineOption resultsDirOpt(u"results-dir"_s,
        Tr::tr("Where results that come inside the provider's answer (base64) are written, named like the desktop "
               "app's results archive (default: \"results\" in the data folder of --data-dir)."), u"dir"_s);
    const QCommandLineOption onFinishOpt(u"on-finish"_s,
        Tr::tr("Run this program for each job that ends, without a shell. Placeholders, each replaced inside its own "
               "argument: %1. Its exit status and the end of its stderr are printed on standard error.")
            .arg(u'{' + FinishCommand::placeholders().join(u"}, {"_s) + u'}'), u"command"_s);
    const QCommandLineOption onFinishTimeoutOpt(u"on-finish-timeout"_s,
        Tr::tr("Kill the --on-finish program after this many seconds (default 60)."), u"seconds"_s);
    chosen.addTo(parser);
    for (const auto *o : {&jsonOpt, &maxWaitOpt, &intervalOpt, &strictOpt, &rateOpt,
                          &burstOpt, &concurrencyOpt, &recordOpt, &dataDirOpt, &resultsDirOpt, &onFinishOpt, &onFinishTimeoutOpt})
        parser.addOption(*o);
    parser.addPositionalArgument(u"jobs"_s, Tr::tr("Job IDs or poll URLs, or - to read them from standard input."), u"ID|URL...|-"_s);
    if (const std::optional<int> end = parseArguments(parser, arguments, u"watch"_s))
        return *end;

    if (const std::optional<int> end = chosen.readProfile(parser))
        return *end;
    Profile &profile = chosen.profile();
    // The ranges a saved profile allows too (profilejson.cpp): max wait up to 30 days, interval up to one day.
    if (parser.isSet(maxWaitOpt)) {
        constexpr double kMaxWaitSeconds = 30.0 * 86400;
        const std::optional<double> seconds = numberInRange(parser.value(maxWaitOpt), 1, kMaxWaitSeconds);
        if (!seconds) {
            return usageError(Tr::tr("--max-wait takes a number of seconds from 1 to %1 (30 days), not \"%2\"")
                                  .arg(qint64(kMaxWaitSeconds)).arg(parser.value(maxWaitOpt).left(40)));
        }
        profile.poll.maxWaitMs = qRound64(*seconds * 1000);
    }
    if (parser.isSet(intervalOpt) && parser.value(intervalOpt) != u"auto"_s) {
        constexpr qint64 kMaxIntervalMs = 86400000;
        const std::optional<qint64> ms = integerInRange(parser.value(intervalOpt), 1, kMaxIntervalMs);
        if (!ms) {
            return usageError(Tr::tr("--interval takes auto or a whole number of milliseconds from 1000 to %1 (one day), "
                                     "not \"%2\"").arg(kMaxIntervalMs).arg(parser.value(intervalOpt).left(40)));
        }
        if (*ms < PollSettings::kFloorMs)
            printError(Tr::tr("--interval %1 is below the 1000 ms floor; using 1000 ms").arg(*ms));
        profile.poll.adaptive = false;
        profile.poll.intervalMs = std::max(*ms, PollSettings::kFloorMs);
    }

    // The budget: the profile's rate is a ceiling; under it the engine adapts to what the server accepts.
    if (parser.isSet(rateOpt)) {
        bool ok = false;
        const double rate = parser.value(rateOpt).toDouble(&ok);
        if (!ok || !(rate >= 0.01 && rate <= 10000))
            return usageError(Tr::tr("--rate takes a number of requests per second from 0.01 to 10000"));
        profile.poll.ratePerSecond = rate;
    }
    if (parser.isSet(burstOpt)) {
        bool ok = false;
        const int burst = parser.value(burstOpt).toInt(&ok);
        if (!ok || burst < 1 || burst > 100000)
            return usageError(Tr::tr("--burst takes a whole number of requests from 1 to 100000"));
        profile.poll.burst = burst;
    }
    if (parser.isSet(concurrencyOpt)) {
        bool ok = false;
        const int concurrency = parser.value(concurrencyOpt).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > 64)
            return usageError(Tr::tr("--concurrency takes a whole number from 1 to 64"));
        profile.poll.concurrency = concurrency;
    }

    // --on-finish: split once, here; a command that cannot be used is a usage error before anything is watched.
    std::optional<FinishCommand> onFinish;
    int onFinishTimeoutMs = FinishHook::kDefaultTimeoutMs;
    if (parser.isSet(onFinishOpt)) {
        QString reason;
        onFinish = FinishCommand::parse(parser.value(onFinishOpt), &reason);
        if (!onFinish)
            return usageError(Tr::tr("--on-finish: %1").arg(reason));
    }
    if (parser.isSet(onFinishTimeoutOpt)) {
        const std::optional<qint64> seconds = integerInRange(parser.value(onFinishTimeoutOpt), 1, 86400);
        if (!seconds || !parser.isSet(onFinishOpt))
            return usageError(Tr::tr("--on-finish-timeout takes a whole number of seconds from 1 to 86400, with --on-finish"));
        onFinishTimeoutMs = int(*seconds * 1000);
    }

    // Every argument or input line that gives no job is named on stderr; --strict makes that an error.
    WatchInput input;
    for (const QString &arg : parser.positionalArguments()) {
        if (arg != u"-"_s) {
            input.addArgument(arg);
            continue;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usageError(Tr::tr("cannot read standard input"));
        QByteArray bytes;
        for (QByteArray chunk; bytes.size() <= WatchInput::kMaxStdinBytes; bytes += chunk) { // a pipe gives it in parts
            chunk = in.read(WatchInput::kMaxStdinBytes + 1 - bytes.size());
            if (chunk.isEmpty())
                break; // end of input (or a read error, which ends it too)
        }
        if (bytes.size() > WatchInput::kMaxStdinBytes)
            return usageError(Tr::tr("standard input is larger than %1 MiB; give the jobs in parts").arg(WatchInput::kMaxStdinBytes >> 20));
        input.addStdin(QString::fromUtf8(bytes));
    }
    for (const QString &message : input.dropped())
        printError(message);
    if (input.droppedCount() > 0 && parser.isSet(strictOpt))
        return usageError(Tr::tr("%n input item(s) gave no job; nothing is watched with --strict", nullptr, input.droppedCount()));
    if (input.targets().isEmpty())
        return usageError(Tr::tr("no job IDs or poll URLs given"));

    QString error;
    QNetworkAccessManager nam;
    JobList jobs;
    if (const std::optional<int> end = chosen.readKey(parser))
        return *end;
    Scheduler scheduler(&jobs, &nam, chosen.secrets());
    if (!scheduler.addProfile(profile, &error))
        return usageError(error);
    if (parser.isSet(dataDirOpt) && !parser.isSet(recordOpt))
        return usageError(Tr::tr("--data-dir is for --record"));
    // Results carried inside an answer (base64) are written to files when their job completes.
    InlineResults inlineResults;
    scheduler.setInlineResults(&inlineResults);
    ProfileList profiles;
    profiles.add(profile);
    ResultArchive archive(&profiles);
    archive.setDefaultFolder(parser.isSet(resultsDirOpt) ? QDir(parser.value(resultsDirOpt)).absolutePath()
                                                         : datadir::resolve(parser.value(dataDirOpt)) + u"/results"_s);
    InlineSaver inlineSaver(jobs, &inlineResults, archive);

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
        keepLearnedDurations(scheduler.history(), history.get()); // the cadence learns from the window's jobs too
        history->restoreDurations();
    }
    // Before the exit check below connects: the hook sees a job end (and starts its program) first.
    std::unique_ptr<FinishHook> finishHook;
    if (onFinish) {
        finishHook = std::make_unique<FinishHook>(&jobs, timeline.get());
        finishHook->setTimeoutMs(onFinishTimeoutMs);
        finishHook->setCommandFor([&onFinish](const JobRecord &) { return onFinish; });
        const QString profileName = profile.name;
        finishHook->setProfileName([profileName](const QString &) { return profileName; });
        QObject::connect(finishHook.get(), &FinishHook::ran, finishHook.get(), [&jobs](const QString &key, const FinishRun &run) {
            printError(Tr::tr("%1: on-finish %2", "job ID: on-finish exit status 0").arg(jobs.value(key).jobId, run.summary()));
        });
    }
    QList<Scheduler::Target> watchTargets;
    watchTargets.reserve(input.targets().size());
    for (const WatchTarget &t : input.targets())
        watchTargets.append({t.jobId, t.pollUrl});
    QStringList errors;
    const QStringList watched = scheduler.watchMany(profile.id, watchTargets, &errors);
    if (!errors.isEmpty() && parser.isSet(strictOpt))
        return usageError(errors.constFirst());
    for (const QString &e : std::as_const(errors))
        printError(e);
    if (watched.isEmpty())
        return usageError(Tr::tr("no job can be watched"));
    // One line on stderr when the profile's polls start waiting for budget, one when they stop.
    QObject::connect(&scheduler, &Scheduler::budgetShortageChanged, &scheduler, [&](const QString &, bool isShort, int waiting) {
        const Scheduler::Budget b = scheduler.budget(profile.id);
        if (isShort)
            printError(Tr::tr("request budget short: %n poll(s) waiting at %1 requests/s (ceiling %2; raise it with --rate)", nullptr, waiting)
                           .arg(b.rate, 0, 'f', 1).arg(b.ceiling, 0, 'f', 1));
        else
            printError(Tr::tr("request budget sufficient again"));
    });

    const WatchPrinter::Mode mode = parser.isSet(jsonOpt) ? WatchPrinter::Mode::Json
        : ::isatty(STDOUT_FILENO)                         ? WatchPrinter::Mode::Table
                                                          : WatchPrinter::Mode::Lines;
    WatchPrinter printer(jobs, mode);
    int exitCode = -1;
    bool resultLost = false; // an inline result that could not be written (InlineSaver)
    // Once the exit code is decided, nothing more is printed: after a 401/403 the jobs are paused, not final,
    // and stopping them on the way out must not report them as "final"/"stopped".
    const auto quit = [&](int code) {
        if (exitCode >= 0)
            return;
        exitCode = code;
        scheduler.stopAll(); // aborts anything in flight; no request after this
        if (finishHook && finishHook->busy() > 0) { // the last jobs' programs run to their end (or timeout) first
            QObject::connect(finishHook.get(), &FinishHook::idle, finishHook.get(), [code] { QCoreApplication::exit(code); });
            return;
        }
        QCoreApplication::exit(code);
    };
    QObject::connect(&jobs, &JobList::jobsChanged, &jobs, [&](const QList<JobChange> &changes) {
        if (exitCode >= 0)
            return;
        for (const InlineSaver::Outcome &o : inlineSaver.save(changes)) {
            printSaved(o, jobs.value(o.key).jobId, mode == WatchPrinter::Mode::Json);
            resultLost = resultLost || !o.error.isEmpty();
        }
        printer.print(changes);
        if (scheduler.isProfilePaused(profile.id)) {
            printError(scheduler.profilePauseReason(profile.id));
            quit(Auth);
            return;
        }
        if (scheduler.watchingCount() > 0)
            return; // O(1): the scheduler counts the jobs it still plans
        // A result that came only inside the answer and could not be written is lost: not a success.
        const int code = exitCodeFor(jobs);
        quit(code == Ok && resultLost ? Failed : code);
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
