// jobwatch-cli: watch generative-AI jobs headless. A thin main: pick the sub-command, hand over.

#include "cli/command.h"
#include "cli/output.h"
#include "application/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

struct Command {
    QLatin1StringView name;
    int (*run)(const QStringList &);
    const char *summary;
};

const Command kCommands[] = {
    {"inspect"_L1, jw::cli::inspect, QT_TRANSLATE_NOOP("Cli", "Parse a status response and print the snapshot JSON")},
    {"watch"_L1, jw::cli::watch, QT_TRANSLATE_NOOP("Cli", "Watch jobs until they finish (NDJSON with --json)")},
    {"profiles"_L1, jw::cli::profiles, QT_TRANSLATE_NOOP("Cli", "Saved profiles: list, add, remove, test (keys in the OS keychain)")},
    {"list"_L1, jw::cli::listJobs, QT_TRANSLATE_NOOP("Cli", "List the account's jobs from the provider (pipe into watch -)")},
    {"history"_L1, jw::cli::history, QT_TRANSLATE_NOOP("Cli", "The job history: list, search TEXT, export --format csv|json")},
    {"demo-server"_L1, jw::cli::demoServer, QT_TRANSLATE_NOOP("Cli", "Run the simulated provider with demo jobs on 127.0.0.1")},
};

int printUsage(FILE *to)
{
    QString text = Tr::tr("Usage: jobwatch-cli COMMAND [options]\n\nCommands:\n");
    for (const Command &c : kCommands)
        text += u"  "_s + QString(c.name).leftJustified(14) + Tr::tr(c.summary) + u'\n';
    text += Tr::tr("\nRun jobwatch-cli COMMAND --help for a command's options. jobwatch-cli --version prints the version.\n");
    text += u'\n' + QCommandLineParser::tr("Options:") + u"\n  --lang "_s + jw::languageValueName().leftJustified(7)
            + jw::languageOptionHelp() + u'\n';
    std::fputs(text.toUtf8().constData(), to);
    return to == stdout ? jw::cli::Ok : jw::cli::Usage;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"jobwatch-cli"_s);
    QCoreApplication::setOrganizationName(u"Jobwatch"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(JOBWATCH_VERSION));
    QStringList args = QCoreApplication::arguments();
    QString languageError;
    if (!jw::installTranslatorsFor(&app, &args, &languageError)) { // takes --lang CODE out of args
        jw::cli::printError(languageError);
        return jw::cli::Usage;
    }

    if (args.size() < 2)
        return printUsage(stderr);
    const QString first = args.at(1);
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s)
        return printUsage(stdout);
    if (first == u"--version"_s || first == u"-v"_s) {
        jw::cli::printLine((u"jobwatch-cli "_s + QCoreApplication::applicationVersion()).toUtf8());
        return jw::cli::Ok;
    }
    for (const Command &c : kCommands) {
        if (first == c.name) {
            args.removeAt(1); // the parser sees "jobwatch-cli [options] ..."
            return c.run(args);
        }
    }
    jw::cli::printError(Tr::tr("unknown command \"%1\"").arg(first));
    return printUsage(stderr);
}
