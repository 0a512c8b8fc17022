#pragma once
// Installs the translators for the user's locale: Qt's own (qtbase) and Jobwatch's (embedded at :/i18n).
// When no Jobwatch translation matches the locale (C, POSIX, es, ...), the English one is used, so %n
// plurals read "1 job" / "2 jobs" rather than the source text's "job(s)".
//
// `--lang CODE` (jobwatch and jobwatch-cli) overrides the system locale: installTranslatorsFor() reads it
// from the raw arguments before any option parser runs, so help texts come out in that language too.

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace jw {

// Parented to `app`; `locale` defaults to the system locale (tests and screenshots pass one).
void installTranslators(QCoreApplication *app, const QLocale &locale = QLocale());

// The languages Jobwatch is translated into, as codes ("de", "en", "fr"), from the embedded translations.
QStringList availableLanguages();

// The locale for a --lang value ("fr", "de_CH", "en-GB"); QLocale::c() when Jobwatch has no translation for it.
QLocale languageLocale(const QString &code);

// Installs the translators for `--lang CODE` / `--lang=CODE` when *arguments hold it (and takes it out of
// them, before a "--"), else for the system locale. With --lang, the locale also becomes the default one
// (numbers, dates). Returns false with a translated *error when the code is missing or not available; the
// system locale's translators are installed then, so the message is in the user's language.
bool installTranslatorsFor(QCoreApplication *app, QStringList *arguments, QString *error);

// The help text of --lang, translated, e.g. for QCommandLineOption; and the name of its value.
QString languageOptionHelp();
QString languageValueName();

} // namespace jw
