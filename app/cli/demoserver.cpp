// jobwatch-cli demo-server: runs the simulated provider in-process until SIGINT/SIGTERM (DESIGN.md §6).

#include "cli/command.h"
#include "cli/output.h"

#include "sim/simulatedprovider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QUrl>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

// The self-pipe: the signal handler only writes one byte; the event loop reads it and quits.
int g_signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

class SignalGuard final
{
public:
    SignalGuard()
    {
        if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        struct sigaction action {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
        m_installed = true;
    }
    ~SignalGuard()
    {
        if (!m_installed)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }
    Q_DISABLE_COPY_MOVE(SignalGuard)
    bool installed() const { return m_installed; }
    int readFd() const { return g_signalPipe[0]; }

private:
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
    bool m_installed = false;
};

} // namespace

int demoServer(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run the simulated provider on 127.0.0.1 with a varied set of demo jobs in every dialect\n"
               "(theo, vidocu, scenes, muvi) and outcome. Stops cleanly on Ctrl+C or SIGTERM."));
    parser.addHelpOption();
    const QCommandLineOption portOpt(u"port"_s, Tr::tr("Port to listen on (default: a free port)."), u"N"_s, u"0"_s);
    const QCommandLineOption tokenOpt(u"token"_s, Tr::tr("Require \"Authorization: Bearer T\" on job polls."), u"T"_s);
    const QCommandLineOption jobsOpt(u"jobs"_s, Tr::tr("Number of demo jobs to create at start (default 20)."), u"N"_s, u"20"_s);
    parser.addOptions({portOpt, tokenOpt, jobsOpt});
    if (const std::optional<int> end = parseArguments(parser, arguments, u"demo-server"_s))
        return *end;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Tr::tr("demo-server takes no positional arguments."));
    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(Tr::tr("--port must be a number from 0 to 65535."));
    const int jobs = parser.value(jobsOpt).toInt(&ok);
    if (!ok || jobs < 0 || jobs > 10000)
        return usageError(Tr::tr("--jobs must be a number from 0 to 10000."));

    SignalGuard signalGuard;
    if (!signalGuard.installed()) {
        printError(Tr::tr("cannot install the signal handlers."));
        return Failed;
    }

    SimulatedProvider provider;
    const QString token = parser.value(tokenOpt);
    if (!token.isEmpty())
        provider.setToken(token);
    if (!provider.listen(quint16(port))) {
        printError(provider.errorString());
        return Failed;
    }
    QStringList pollUrls;
    for (const QString &id : provider.createDemoSet(jobs))
        pollUrls.append(provider.pollUrl(id).toString());

    const QString root = provider.rootUrl().toString();
    const QString auth = token.isEmpty() ? QString() : u" -H \"Authorization: Bearer $JOBWATCH_DEMO_TOKEN\""_s;
    QStringList out;
    out << Tr::tr("jobwatch demo-server listening on %1").arg(root);
    out << Tr::tr("Base URLs per dialect:");
    for (const QString &dialect : {u"theo"_s, u"vidocu"_s, u"scenes"_s, u"muvi"_s})
        out << u"  "_s + dialect.leftJustified(8) + provider.baseUrl(dialect).toString();
    out << Tr::tr("Base URLs per preset (create their jobs with the control endpoint):");
    for (const QString &preset : {u"replicate"_s, u"runway"_s, u"luma"_s, u"fal"_s, u"openai-videos"_s})
        out << u"  "_s + preset.leftJustified(14) + provider.baseUrl(preset).toString();
    out << Tr::tr("%n demo job(s) created.", nullptr, jobs);
    if (!token.isEmpty())
        out << Tr::tr("Job polls need the token: export JOBWATCH_DEMO_TOKEN=<the --token value>");
    out << Tr::tr("Create a job:");
    out << u"  curl -s -X POST %1/control/jobs -H 'Content-Type: application/json' "
           "-d '{\"dialect\":\"theo\",\"type\":\"video\",\"queueMs\":1000,\"runMs\":15000}'"_s.arg(root);
    out << u"  curl -s -X POST %1/theo/api/v1/research%2 -d '{\"prompt\":\"Compare grid batteries\"}'"_s.arg(root, auth);
    if (!pollUrls.isEmpty()) {
        out << Tr::tr("Poll one job of each dialect:");
        QStringList shown;
        for (const QString &url : pollUrls) {
            const QString dialect = QUrl(url).path().section(u'/', 1, 1);
            if (shown.contains(dialect))
                continue;
            shown << dialect;
            out << u"  curl -s %1%2"_s.arg(url, auth);
        }
        const QString firstId = QUrl(pollUrls.first()).path().section(u'/', -1);
        const QString firstDialect = QUrl(pollUrls.first()).path().section(u'/', 1, 1);
        out << Tr::tr("Watch it:");
        out << u"  jobwatch-cli watch --dialect %1 --base-url %2 --key-env JOBWATCH_DEMO_TOKEN %3"_s.arg(
            firstDialect, provider.baseUrl(firstDialect).toString(), firstId);
    }
    out << Tr::tr("Inject faults: curl -s -X POST %1/control/faults -d '{\"mix\":{\"429\":0.1,\"slow\":0.05},\"retryAfter\":2}'").arg(root);
    out << Tr::tr("Press Ctrl+C to stop.");
    printLine(out.join(u'\n').toUtf8());

    QSocketNotifier notifier(signalGuard.readFd(), QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&notifier, fd = signalGuard.readFd()] {
        char buffer[16];
        while (::read(fd, buffer, sizeof buffer) > 0) {
        }
        notifier.setEnabled(false);
        QCoreApplication::exit(Ok);
    });
    const int code = QCoreApplication::exec();
    printLine(Tr::tr("demo-server stopped.").toUtf8());
    return code;
}

} // namespace jw::cli
