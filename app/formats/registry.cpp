#include "formats/registry.h"

#include "formats/muvi.h"
#include "formats/scenes.h"
#include "formats/theo.h"
#include "formats/vidocu.h"
#include "formats/mapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Dialects) };
}

QStringList nativeDialectNames()
{
    return {u"theo"_s, u"vidocu"_s, u"scenes"_s, u"muvi"_s};
}

QStringList presetNames()
{
    QStringList names;
    const auto entries = QDir(u":/presets"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : entries)
        names.append(file.chopped(5));
    return names;
}

namespace {
constexpr auto kDashboardKey = "dashboardUrl"_L1;

QByteArray presetFile(const QString &name)
{
    QFile f(u":/presets/"_s + name + u".json"_s);
    if (name.contains(u'/') || !f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QJsonObject presetDocument(const QString &name)
{
    return QJsonDocument::fromJson(presetFile(name)).object();
}
} // namespace

QByteArray presetJson(const QString &name)
{
    const QByteArray file = presetFile(name);
    QJsonObject doc = QJsonDocument::fromJson(file).object();
    if (!doc.contains(kDashboardKey))
        return file;
    doc.remove(kDashboardKey); // the preset's own key, not part of the mapping format
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QString presetDashboardTemplate(const QString &name)
{
    return presetDocument(name).value(kDashboardKey).toString();
}

QUrl dashboardUrl(const Profile &profile, const QString &jobId)
{
    if (!profile.mappingJson.isEmpty() || jobId.isEmpty())
        return {};
    const QString pattern = presetDashboardTemplate(profile.dialect);
    if (!pattern.contains(u"{id}"_s))
        return {};
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(jobId));
    const QUrl url(QString(pattern).replace(u"{id}"_s, encoded), QUrl::StrictMode);
    // Only a web page over https leaves the app for the browser.
    return url.isValid() && url.scheme() == u"https"_s && !url.host().isEmpty() ? url : QUrl();
}

std::unique_ptr<Dialect> createDialect(const QString &name, QString *error)
{
    if (name == u"theo"_s)
        return std::make_unique<TheoDialect>();
    if (name == u"vidocu"_s)
        return std::make_unique<VidocuDialect>();
    if (name == u"scenes"_s)
        return std::make_unique<ScenesDialect>();
    if (name == u"muvi"_s)
        return std::make_unique<MuviDialect>();
    if (const QByteArray preset = presetJson(name); !preset.isEmpty())
        return createMappingDialect(preset, error);
    if (error)
        *error = Tr::tr("Unknown dialect \"%1\". Known: %2.")
                     .arg(name, (nativeDialectNames() + presetNames()).join(u", "_s));
    return nullptr;
}

std::unique_ptr<Dialect> createMappingDialect(const QByteArray &mappingJson, QString *error)
{
    return MappingDialect::fromJson(mappingJson, error);
}

std::unique_ptr<Dialect> dialectFor(const Profile &profile, QString *error)
{
    return profile.mappingJson.isEmpty() ? createDialect(profile.dialect, error) : createMappingDialect(profile.mappingJson, error);
}

} // namespace jw
