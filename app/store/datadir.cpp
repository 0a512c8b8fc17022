#include "store/datadir.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace jw::datadir {

QString defaultPath()
{
    // AppDataLocation is GenericDataLocation/<organization>/<application>; the CLI is another application, so
    // name the desktop app's folder outright.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Jobwatch/jobwatch"_s;
}

QString resolve(const QString &option)
{
    if (!option.isEmpty())
        return QDir::cleanPath(option);
    const QString fromEnvironment = qEnvironmentVariable(kEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(fromEnvironment);
    return defaultPath();
}

} // namespace jw::datadir
