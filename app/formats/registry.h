#pragma once
// formats/: the pure parsers: the four native dialects, the declarative mapping and its shipped presets, and
// this registry over them. May include model/ only. Finds a dialect by name, or the one a profile names.

#include "formats/dialect.h"
#include "model/profile.h"

#include <QStringList>

#include <memory>

namespace jw {

// "theo", "vidocu", "scenes", "muvi".
QStringList nativeDialectNames();
// Names of the shipped mapping presets ("replicate", "runway", "luma", "fal", "openai-videos").
QStringList presetNames();
// The preset's mapping JSON as shipped (from the :/presets resource), or empty if unknown.
QByteArray presetJson(const QString &name);

// A native dialect or a preset by name; nullptr and a one-line reason in *error when unknown.
std::unique_ptr<Dialect> createDialect(const QString &name, QString *error = nullptr);
// A custom mapping from a JSON document; nullptr and a one-line reason in *error when invalid.
std::unique_ptr<Dialect> createMappingDialect(const QByteArray &mappingJson, QString *error = nullptr);

// The dialect a profile polls with: its custom mapping when it has one, else its named dialect or preset.
std::unique_ptr<Dialect> dialectFor(const Profile &profile, QString *error = nullptr);

} // namespace jw
