// jobwatch: the desktop app. A thin main: parse arguments, install the translators, hand the command line to a
// running window (single instance), else build the Application (the composition root), show the window and
// apply the command line's IDs and jobwatch: links through the LaunchHandler.
//
//   jobwatch [--profile NAME] [--demo] [--add] [--filter STATE] [--window-size WxH] [--no-restore]
//            [--data-dir DIR] [--new-instance] [--quit-after S] [ID|URL|jobwatch:LINK…]

#include "application/application.h"
#include "application/guicommandline.h"
#include "application/instancechannel.h"
#include "application/launchrequest.h"
#include "application/translations.h"
#include "compare/comparelauncher.h"
#include "demo/demosession.h"
#include "helpactions.h"
#include "historyactions.h"
#include "jobselector.h"
#include "launchhandler.h"
#include "mainwindow.h"
#include "profiles/profiledialog.h"
#include "resultactions.h"
#include "store/datadir.h"

#include <QApplication>
#include <QIcon>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDemoJobs = 44;

void printError(const QString &text)
{
    std::fprintf(stderr, "jobwatch: %s\n", qPrintable(text));
}

void setNames()
{
    QCoreApplication::setApplicationName(u"jobwatch"_s);
    QCoreApplication::setOrganizationName(u"Jobwatch"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(JOBWATCH_VERSION));
}

// --help and --version: printed by the parser (which exits), with no display needed.
int printInformation(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setNames();
    QStringList arguments = QCoreApplication::arguments();
    QString languageError;
    if (!jw::installTranslatorsFor(&app, &arguments, &languageError)) {
        printError(languageError);
        return 2;
    }
    jw::GuiCommandLine commandLine;
    commandLine.parser.process(app);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (jw::GuiCommandLine::asksForInformation(argc, argv))
        return printInformation(argc, argv);

    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(u"Jobwatch"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/jobwatch.svg"_s));
    QGuiApplication::setDesktopFileName(u"io.github.jobwatch.Jobwatch"_s);
    QStringList arguments = QApplication::arguments();
    QString error;
    if (!jw::installTranslatorsFor(&app, &arguments, &error)) {
        printError(error);
        return 2;
    }

    jw::GuiCommandLine cl;
    cl.parser.process(app);
    const std::optional<jw::LaunchRequest> request = jw::LaunchRequests::fromArguments(
        cl.parser.positionalArguments(), cl.parser.value(cl.profile), cl.parser.value(cl.select), cl.parser.isSet(cl.add), &error);
    if (!request) {
        printError(error);
        return 2;
    }
    double quitAfter = -1;
    if (cl.parser.isSet(cl.quitAfter)) {
        bool ok = false;
        quitAfter = cl.parser.value(cl.quitAfter).toDouble(&ok);
        if (!ok || quitAfter < 0) {
            printError(QApplication::translate("main", "--quit-after needs a number of seconds, not \"%1\"").arg(cl.parser.value(cl.quitAfter)));
            return 2;
        }
    }

    jw::Application::Options options = jw::Application::Options::forUser();
    if (cl.parser.isSet(cl.dataDir))
        options.dataDir = jw::datadir::resolve(cl.parser.value(cl.dataDir));
    else if (cl.parser.isSet(cl.demo) && !qEnvironmentVariableIsSet(jw::datadir::kEnvironmentVariable))
        options.dataDir.clear(); // the demo's jobs stay out of the real history (a temporary one instead)

    // One window per data folder: hand the IDs to the one that runs (a demo on a temporary history has its own).
    std::unique_ptr<jw::InstanceChannel> channel;
    std::unique_ptr<jw::LaunchHandler> launcher;
    if (!cl.parser.isSet(cl.newInstance) && !options.dataDir.isEmpty()) {
        channel = std::make_unique<jw::InstanceChannel>(options.dataDir);
        switch (channel->forward(*request)) {
        case jw::InstanceChannel::Forward::Delivered:
            for (const QString &note : channel->notes())
                printError(note);
            return 0;
        case jw::InstanceChannel::Forward::Refused:
            printError(channel->error());
            return 2;
        case jw::InstanceChannel::Forward::Failed:
            printError(QApplication::translate("main", "%1; start with --new-instance to open another window").arg(channel->error()));
            return 1;
        case jw::InstanceChannel::Forward::NoInstance:
            break;
        }
        // Requests are answered from the event loop, so only once the window below exists.
        if (!channel->listen([&launcher](const jw::LaunchRequest &forwarded) { return launcher->applyForwarded(forwarded); }))
            printError(channel->error()); // this window still works; a later start opens one of its own
    }

    jw::DemoSession demo; // declared first, so the application stops polling before the demo server goes away
    jw::Application core(options);
    if (cl.parser.isSet(cl.demo)) {
        if (!demo.start(core, kDemoJobs, &error, cl.parser.isSet(cl.brokenResults), cl.parser.isSet(cl.waitingJobs))) {
            printError(error);
            return 1;
        }
    }
    jw::LaunchRequest own = *request;
    if (!jw::LaunchRequests::resolveProfiles(*core.profiles(), &own, &error)) {
        printError(error);
        return 2;
    }

    jw::MainWindow window(&core);
    launcher = std::make_unique<jw::LaunchHandler>(&core, &window);
    window.setAutoSaveSettings(true);
    if (!cl.parser.isSet(cl.noRestore)) {
        const QSettings settings;
        window.restoreSettings(settings);
    }
    if (cl.parser.isSet(cl.windowSize)) {
        const QStringList parts = cl.parser.value(cl.windowSize).split(u'x');
        const int w = parts.value(0).toInt();
        const int h = parts.value(1).toInt();
        if (w > 0 && h > 0) {
            window.resize(w, h);
            window.applyResponsiveLayout();
        }
    }
    if (cl.parser.isSet(cl.filter)) {
        const QStringList names{u"all"_s, u"active"_s, u"completed"_s, u"failed"_s, u"stopped"_s};
        const int filter = int(names.indexOf(cl.parser.value(cl.filter).toLower()));
        if (filter < 0) {
            printError(QApplication::translate("main", "unknown filter \"%1\"; use one of: %2").arg(cl.parser.value(cl.filter), names.join(u", "_s)));
            return 2;
        }
        window.setStatusFilter(filter);
    }
    QObject::connect(&core, &jw::Application::historyMessage, &window, [&window](const QString &message) {
        if (!message.isEmpty()) {
            printError(message);
            window.showNotice(message);
        }
    });
    window.show();
    // A settings file from a newer version (left untouched, so changes are not saved) or a saved profile skipped.
    if (const QStringList problems = core.startupProblems(); !problems.isEmpty()) {
        for (const QString &problem : problems)
            printError(problem);
        window.showStartupProblems(problems);
    }
    if (cl.parser.isSet(cl.selectFirstCompleted))
        jw::JobSelector::selectFirstCompleted(&window, core.jobs(), cl.parser.value(cl.selectFirstCompleted));
    if (cl.parser.isSet(cl.compare) && !jw::CompareLauncher::start(&window, core.jobs(), cl.parser.value(cl.compare))) {
        printError(QApplication::translate("main", "unknown kind \"%1\" for --compare; use video or image").arg(cl.parser.value(cl.compare)));
        return 2;
    }
    if (cl.parser.isSet(cl.settings))
        window.resultActions()->openSettings();
    if (cl.parser.isSet(cl.about))
        window.helpActions()->openAbout();
    if (cl.parser.isSet(cl.shortcuts))
        window.helpActions()->openShortcuts();
    if (cl.parser.isSet(cl.search))
        window.searchField()->setText(cl.parser.value(cl.search));
    if (cl.parser.isSet(cl.exportDialog)) // once the first jobs are in the table
        QTimer::singleShot(1000, &window, [&window] { window.historyActions()->openExport(); });
    if (cl.parser.isSet(cl.profiles)) {
        auto *dialog = new jw::ProfileDialog(core.profileStore(), core.network(), &window);
        dialog->setBalanceSource(core.scheduler());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    for (const QString &note : launcher->apply(own).notes)
        printError(note);
    if (quitAfter >= 0)
        QTimer::singleShot(int(quitAfter * 1000), &app, &QCoreApplication::quit);
    return QApplication::exec();
}
