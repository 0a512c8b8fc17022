#pragma once
// The desktop app's command line (jobwatch --help lists it). Kept apart from the window so that --help and
// --version print with only a QCoreApplication: they work without a display (over SSH).

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace jw {

class GuiCommandLine final
{
public:
    GuiCommandLine(); // translated texts: install the translators first
    Q_DISABLE_COPY_MOVE(GuiCommandLine)

    // True when the arguments ask for --help, --help-all or --version (before a "--"): answer those with a
    // QCoreApplication, since no window will open.
    static bool asksForInformation(int argc, char **argv);

    QCommandLineParser parser;
    const QCommandLineOption demo;
    const QCommandLineOption profile;
    const QCommandLineOption windowSize;
    const QCommandLineOption noRestore;
    const QCommandLineOption filter;
    const QCommandLineOption add;
    const QCommandLineOption selectFirstCompleted;
    const QCommandLineOption compare;
    const QCommandLineOption brokenResults;
    const QCommandLineOption waitingJobs;
    const QCommandLineOption select;
    const QCommandLineOption profiles;
    const QCommandLineOption dataDir;
    const QCommandLineOption settings;
    const QCommandLineOption search;
    const QCommandLineOption exportDialog;
    const QCommandLineOption newInstance;
    const QCommandLineOption quitAfter;
    const QCommandLineOption about;
    const QCommandLineOption shortcuts;
    const QCommandLineOption lang; // read by installTranslatorsFor() before the parser runs
};

} // namespace jw
