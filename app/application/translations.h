#pragma once
// Installs the translators for the user's locale: Qt's own (qtbase) and Jobwatch's (embedded at :/i18n).
// When no Jobwatch translation matches the locale (C, POSIX, fr, ...), the English one is used, so %n
// plurals read "1 job" / "2 jobs" rather than the source text's "job(s)".

#include <QLocale>

class QCoreApplication;

namespace jw {

// Parented to `app`; `locale` defaults to the system locale (tests and screenshots pass one).
void installTranslators(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace jw
