#pragma once
// formats/: the pure parsers: the four native dialects, the declarative mapping and its shipped presets, and
// this registry over them. May include model/ only. Finds a dialect by name, or the one a profile names.

#include "formats/dialect.h"
#include "model/profile.h"

#include <QStringList>
#include <QUrl>

#include <memory>

namespace jw {

// "theo", "vidocu", "scenes", "muvi".
QStringList nativeDialectNames();
// Names of the shipped mapping presets ("replicate", "runway", "luma", "fal", "openai-videos").
QStringList presetNames();
// The preset's mapping JSON as shipped (from the :/presets resource), or empty if unknown. Without the preset's
// "dashboardUrl", which is not a mapping key.
QByteArray presetJson(const QString &name);
// The preset's "dashboardUrl": the provider's web page for one job, "{id}" standing for the job ID
// ("https://replicate.com/p/{id}"); empty when the provider documents none.
QString presetDashboardTemplate(const QString &name);
// The provider's web page for `jobId` of a profile that uses a preset with a dashboard template; an invalid
// QUrl otherwise (native dialects, custom mappings, presets without one). The ID is percent-encoded; only
// https URLs are given.
QUrl dashboardUrl(const Profile &profile, const QString &jobId);

// A native dialect or a preset by name; nullptr and a one-line reason in *error when unknown.
std::unique_ptr<Dialect> createDialect(const QString &name, QString *error = nullptr);
// A custom mapping from a JSON document; nullptr and a one-line reason in *error when invalid.
std::unique_ptr<Dialect> createMappingDialect(const QByteArray &mappingJson, QString *error = nullptr);

// The dialect a profile polls with: its custom mapping when it has one, else its named dialect or preset.
std::unique_ptr<Dialect> dialectFor(const Profile &profile, QString *error = nullptr);

} // namespace jw
