// jobwatch: the desktop app. A thin main: parse arguments, install the translator, show the window.

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"jobwatch"_s);
    QApplication::setApplicationDisplayName(u"Jobwatch"_s);
    QApplication::setOrganizationName(u"Jobwatch"_s);
    QApplication::setApplicationVersion(QStringLiteral(JOBWATCH_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"jobwatch"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Watch asynchronous generative-AI jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOpt(u"demo"_s, QApplication::translate("main", "Run the built-in simulated provider and watch demo jobs."));
    parser.addOption(demoOpt);
    parser.addPositionalArgument(u"ids"_s, QApplication::translate("main", "Job IDs or poll URLs to watch."), u"[ID...]"_s);
    parser.process(app);

    jw::MainWindow window;
    window.show();
    return QApplication::exec();
}
