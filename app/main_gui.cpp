// jobwatch: the desktop app. A thin main: parse arguments, install the translators, build the Application
// (the composition root), show the window, hand command-line IDs to the intake.
//
//   jobwatch [--profile NAME] [--demo] [--add] [--filter STATE] [--window-size WxH] [--no-restore]
//            [--data-dir DIR] [ID|URL…]

#include "application/application.h"
#include "demo/demosession.h"
#include "intake/jobintake.h"
#include "model/profilelist.h"
#include "application/translations.h"
#include "model/joblist.h"
#include "historyactions.h"
#include "jobselector.h"
#include "mainwindow.h"
#include "profiles/profiledialog.h"
#include "store/datadir.h"
#include "resultactions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDemoJobs = 44;

void printError(const QString &text)
{
    std::fprintf(stderr, "jobwatch: %s\n", qPrintable(text));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"jobwatch"_s);
    QApplication::setApplicationDisplayName(u"Jobwatch"_s);
    QApplication::setOrganizationName(u"Jobwatch"_s);
    QApplication::setApplicationVersion(QStringLiteral(JOBWATCH_VERSION));

    QStringList arguments = QApplication::arguments();
    QString languageError;
    if (!jw::installTranslatorsFor(&app, &arguments, &languageError)) {
        printError(languageError);
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Watch asynchronous generative-AI jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOpt(u"demo"_s, QApplication::translate("main", "Run the built-in simulated provider and watch demo jobs."));
    const QCommandLineOption profileOpt(u"profile"_s, QApplication::translate("main", "Watch the given IDs with this profile (name or id)."),
                                        QApplication::translate("main", "name"));
    const QCommandLineOption sizeOpt(u"window-size"_s, QApplication::translate("main", "Open the window at this size, e.g. 800x700."),
                                     QApplication::translate("main", "WxH"));
    const QCommandLineOption freshOpt(u"no-restore"_s, QApplication::translate("main", "Ignore the saved window and column layout."));
    const QCommandLineOption filterOpt(u"filter"_s, QApplication::translate("main", "Show only these jobs: all, active, completed, failed or stopped."),
                                       QApplication::translate("main", "state"));
    parser.addOption(filterOpt);
    const QCommandLineOption addOpt(u"add"_s, QApplication::translate("main", "Open the Add jobs dialog (with the given IDs in it) instead of adding them at once."));
    parser.addOption(addOpt);
    parser.addOption(demoOpt);
    parser.addOption(profileOpt);
    parser.addOption(sizeOpt);
    parser.addOption(freshOpt);
    const QCommandLineOption selectOpt(u"select-first-completed"_s,
                                       QApplication::translate("main", "Debug: select the first completed job with a result of this kind "
                                                                       "(video, image, audio, report, scenes, document, text)."),
                                       QApplication::translate("main", "kind"));
    parser.addOption(selectOpt);
    const QCommandLineOption brokenOpt(u"broken-results"_s,
                                       QApplication::translate("main", "With --demo: also watch five jobs whose results fail to load (a corrupt "
                                                                       "image, an unplayable video, an expired link, a file too big, a reset "
                                                                       "connection), to see how Jobwatch reports each."));
    parser.addOption(brokenOpt);
    const QCommandLineOption selectIdOpt(u"select"_s, QApplication::translate("main", "Select the job with this ID as soon as it is watched."),
                                         QApplication::translate("main", "id"));
    parser.addOption(selectIdOpt);
    const QCommandLineOption profilesOpt(u"profiles"_s, QApplication::translate("main", "Open the Profiles dialog."));
    parser.addOption(profilesOpt);
    const QCommandLineOption dataDirOpt(u"data-dir"_s,
                                        QApplication::translate("main", "Keep the job history in this folder (default: $JOBWATCH_DATA_DIR, "
                                                                        "else the application data folder). With --demo, the demo "
                                                                        "jobs are only kept when a folder is named."),
                                        QApplication::translate("main", "dir"));
    parser.addOption(dataDirOpt);
    const QCommandLineOption settingsOpt(u"settings"_s, QApplication::translate("main", "Open the Settings dialog."));
    parser.addOption(settingsOpt);
    const QCommandLineOption searchOpt(u"search"_s, QApplication::translate("main", "Search the jobs and their history for this text."),
                                       u"text"_s);
    parser.addOption(searchOpt);
    const QCommandLineOption exportOpt(u"export"_s, QApplication::translate("main", "Open the Export dialog."));
    parser.addOption(exportOpt);
    parser.addOption(QCommandLineOption(u"lang"_s, jw::languageOptionHelp(), jw::languageValueName())); // read above
    parser.addPositionalArgument(u"ids"_s, QApplication::translate("main", "Job IDs or poll URLs to watch."), u"[ID...]"_s);
    parser.process(app);

    jw::DemoSession demo; // declared first, so the application stops polling before the demo server goes away
    jw::Application::Options options = jw::Application::Options::forUser();
    if (parser.isSet(dataDirOpt))
        options.dataDir = jw::datadir::resolve(parser.value(dataDirOpt));
    else if (parser.isSet(demoOpt) && !qEnvironmentVariableIsSet(jw::datadir::kEnvironmentVariable))
        options.dataDir.clear(); // the demo's jobs stay out of the real history (a temporary one instead)
    jw::Application core(options);
    if (parser.isSet(demoOpt)) {
        QString error;
        if (!demo.start(core, kDemoJobs, &error, parser.isSet(brokenOpt))) {
            printError(error);
            return 1;
        }
    }
    QString profileId;
    if (parser.isSet(profileOpt)) {
        const QString wanted = parser.value(profileOpt);
        const jw::Profile *profile = core.profiles()->byName(wanted);
        if (!profile)
            profile = core.profiles()->find(wanted);
        if (!profile) {
            printError(QApplication::translate("main", "no profile named \"%1\"").arg(wanted));
            return 2;
        }
        profileId = profile->id;
    }

    jw::MainWindow window(&core);
    window.setAutoSaveSettings(true);
    if (!parser.isSet(freshOpt)) {
        const QSettings settings;
        window.restoreSettings(settings);
    }
    if (parser.isSet(sizeOpt)) {
        const QStringList parts = parser.value(sizeOpt).split(u'x');
        const int w = parts.value(0).toInt();
        const int h = parts.value(1).toInt();
        if (w > 0 && h > 0) {
            window.resize(w, h);
            window.applyResponsiveLayout();
        }
    }
    if (parser.isSet(filterOpt)) {
        const QStringList names{u"all"_s, u"active"_s, u"completed"_s, u"failed"_s, u"stopped"_s};
        const int filter = int(names.indexOf(parser.value(filterOpt).toLower()));
        if (filter < 0) {
            printError(QApplication::translate("main", "unknown filter \"%1\"; use one of: %2").arg(parser.value(filterOpt), names.join(u", "_s)));
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
    if (parser.isSet(selectOpt))
        jw::JobSelector::selectFirstCompleted(&window, core.jobs(), parser.value(selectOpt));
    if (parser.isSet(selectIdOpt))
        jw::JobSelector::selectId(&window, core.jobs(), parser.value(selectIdOpt));
    if (parser.isSet(settingsOpt))
        window.resultActions()->openSettings();
    if (parser.isSet(searchOpt))
        window.searchField()->setText(parser.value(searchOpt));
    if (parser.isSet(exportOpt)) // once the first jobs are in the table
        QTimer::singleShot(1000, &window, [&window] { window.historyActions()->openExport(); });
    if (parser.isSet(profilesOpt)) {
        auto *dialog = new jw::ProfileDialog(core.profileStore(), core.network(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }

    const QStringList ids = parser.positionalArguments();
    if (parser.isSet(addOpt)) {
        window.openAddDialog(ids.join(u'\n'));
    } else if (!ids.isEmpty()) {
        const jw::IntakeResult result = core.intake()->add(ids, profileId);
        if (result.nothingRecognised())
            printError(result.summary);
        window.showIntakeResult(result); // the summary, and "2 lines not recognised" to show them
    }
    return QApplication::exec();
}
