#include "formats/registry.h"

#include "formats/muvi.h"
#include "formats/scenes.h"
#include "formats/theo.h"
#include "formats/vidocu.h"
#include "formats/mapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

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

QByteArray presetJson(const QString &name)
{
    QFile f(u":/presets/"_s + name + u".json"_s);
    if (name.contains(u'/') || !f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
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
