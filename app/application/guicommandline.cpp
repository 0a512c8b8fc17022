#include "application/guicommandline.h"

#include "application/translations.h"

#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

namespace jw {

GuiCommandLine::GuiCommandLine()
    : demo(u"demo"_s, QCoreApplication::translate("main", "Run the built-in simulated provider and watch demo jobs."))
    , profile(u"profile"_s, QCoreApplication::translate("main", "Watch the given IDs with this profile (name or id)."), QCoreApplication::translate("main", "name"))
    , windowSize(u"window-size"_s, QCoreApplication::translate("main", "Open the window at this size, e.g. 800x700."), QCoreApplication::translate("main", "WxH"))
    , noRestore(u"no-restore"_s, QCoreApplication::translate("main", "Ignore the saved window and column layout."))
    , filter(u"filter"_s, QCoreApplication::translate("main", "Show only these jobs: all, active, completed, failed or stopped."), QCoreApplication::translate("main", "state"))
    , add(u"add"_s, QCoreApplication::translate("main", "Open the Add jobs dialog (with the given IDs in it) instead of adding them at once."))
    , selectFirstCompleted(u"select-first-completed"_s,
                           QCoreApplication::translate("main", "Debug: select the first completed job with a result of this kind "
                              "(video, image, audio, report, scenes, document, text)."),
                           QCoreApplication::translate("main", "kind"))
    , compare(u"compare"_s,
              QCoreApplication::translate("main", "Debug: compare the first completed jobs with a result of this kind "
                 "(video: two, image: four) as soon as there are enough."),
              QCoreApplication::translate("main", "kind"))
    , brokenResults(u"broken-results"_s,
                    QCoreApplication::translate("main", "With --demo: also watch five jobs whose results fail to load (a corrupt "
                       "image, an unplayable video, an expired link, a file too big, a reset "
                       "connection), to see how Jobwatch reports each."))
    , waitingJobs(u"waiting-jobs"_s,
                  QCoreApplication::translate("main", "With --demo: also watch two jobs that wait a long while, one far back "
                     "in fal's queue and one throttled by Runway, to see how Jobwatch says why a job waits."))
    , select(u"select"_s, QCoreApplication::translate("main", "Select the job with this ID as soon as it is watched."), QCoreApplication::translate("main", "id"))
    , profiles(u"profiles"_s, QCoreApplication::translate("main", "Open the Profiles dialog."))
    , dataDir(u"data-dir"_s,
              QCoreApplication::translate("main", "Keep the job history in this folder (default: $JOBWATCH_DATA_DIR, "
                 "else the application data folder). With --demo, the demo "
                 "jobs are only kept when a folder is named."),
              QCoreApplication::translate("main", "dir"))
    , settings(u"settings"_s, QCoreApplication::translate("main", "Open the Settings dialog."))
    , search(u"search"_s, QCoreApplication::translate("main", "Search the jobs and their history for this text."), u"text"_s)
    , exportDialog(u"export"_s, QCoreApplication::translate("main", "Open the Export dialog."))
    , newInstance(u"new-instance"_s,
                  QCoreApplication::translate("main", "Open a window of its own even when Jobwatch already runs on this data folder (by default the "
                     "IDs go to the running window)."))
    , quitAfter(u"quit-after"_s, QCoreApplication::translate("main", "Quit after this many seconds (smoke tests)."), QCoreApplication::translate("main", "seconds"))
    , about(u"about"_s, QCoreApplication::translate("main", "Open the About window."))
    , shortcuts(u"shortcuts"_s, QCoreApplication::translate("main", "Open the Keyboard shortcuts window."))
    , lang(u"lang"_s, languageOptionHelp(), languageValueName())
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Watch asynchronous generative-AI jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(filter);
    parser.addOption(add);
    parser.addOption(demo);
    parser.addOption(profile);
    parser.addOption(windowSize);
    parser.addOption(noRestore);
    parser.addOption(selectFirstCompleted);
    parser.addOption(compare);
    parser.addOption(brokenResults);
    parser.addOption(waitingJobs);
    parser.addOption(select);
    parser.addOption(profiles);
    parser.addOption(dataDir);
    parser.addOption(settings);
    parser.addOption(search);
    parser.addOption(exportDialog);
    parser.addOption(newInstance);
    parser.addOption(quitAfter);
    parser.addOption(about);
    parser.addOption(shortcuts);
    parser.addOption(lang);
    parser.addPositionalArgument(u"ids"_s, QCoreApplication::translate("main", "Job IDs, poll URLs or jobwatch:watch?profile=NAME&id=ID links to watch."),
                                 u"[ID...]"_s);
}

bool GuiCommandLine::asksForInformation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            return false;
        for (const char *option : {"-h", "--help", "-help", "--help-all", "-help-all", "-v", "--version", "-version", "-?"}) {
            if (std::strcmp(arg, option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace jw
