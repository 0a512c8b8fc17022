#include "application/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace jw {

void installTranslators(QCoreApplication *app, const QLocale &locale)
{
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(locale, u"jobwatch"_s, u"_"_s, u":/i18n"_s) || own->load(u":/i18n/jobwatch_en"_s))
        QCoreApplication::installTranslator(own);
}

} // namespace jw
