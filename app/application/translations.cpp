#include "application/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace jw {
namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Language) };

const auto kOption = "--lang"_L1;

// Qt's own help texts that its French translation (qtbase_fr, Qt 6.4) lacks; listed here so that lupdate puts
// them in Jobwatch's .ts files, whose translator is asked before Qt's.
[[maybe_unused]] constexpr const char *kQtHelpTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
};

QString languageCode(const QLocale &locale)
{
    return QLocale::languageToCode(locale.language());
}

QString languageList()
{
    return availableLanguages().join(u", "_s);
}
} // namespace

void installTranslators(QCoreApplication *app, const QLocale &locale)
{
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(locale, u"jobwatch"_s, u"_"_s, u":/i18n"_s) || own->load(u":/i18n/jobwatch_en"_s))
        QCoreApplication::installTranslator(own);
}

QStringList availableLanguages()
{
    QStringList codes;
    const QStringList files = QDir(u":/i18n"_s).entryList({u"jobwatch_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(9, file.size() - 9 - 3); // "jobwatch_" ... ".qm"
    return codes;
}

QLocale languageLocale(const QString &code)
{
    const QLocale locale(code.trimmed());
    if (code.trimmed().isEmpty() || locale.language() == QLocale::C || !availableLanguages().contains(languageCode(locale)))
        return QLocale::c();
    return locale;
}

bool installTranslatorsFor(QCoreApplication *app, QStringList *arguments, QString *error)
{
    bool given = false;
    QString code;
    for (qsizetype i = 1; i < arguments->size(); ++i) {
        const QString argument = arguments->at(i);
        if (argument == u"--"_s)
            break;
        if (argument == kOption) {
            given = true;
            code = arguments->value(i + 1);
            arguments->remove(i, qMin<qsizetype>(2, arguments->size() - i));
            break;
        }
        if (argument.startsWith(kOption + u'=')) {
            given = true;
            code = argument.mid(kOption.size() + 1);
            arguments->removeAt(i);
            break;
        }
    }
    const QLocale locale = given ? languageLocale(code) : QLocale();
    if (given && locale.language() == QLocale::C) {
        installTranslators(app); // the message below comes out in the user's language
        *error = code.trimmed().isEmpty() || code.startsWith(u'-')
                     ? Tr::tr("--lang needs a language code; available: %1").arg(languageList())
                     : Tr::tr("no translation for the language \"%1\"; available: %2").arg(code, languageList());
        return false;
    }
    if (given)
        QLocale::setDefault(locale);
    installTranslators(app, locale);
    return true;
}

QString languageOptionHelp()
{
    return Tr::tr("Use this language instead of the system's: %1.").arg(availableLanguages().join(u", "_s));
}

QString languageValueName()
{
    return Tr::tr("code");
}

} // namespace jw
