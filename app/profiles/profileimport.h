#pragma once
// Import and export of profiles as JSON, never with keys (DESIGN.md §5):
//   {"format": "jobwatch-profiles", "version": 1, "profiles": [<profileToJson without secrets>, ...]}
// Import reads strictly (wrong types, unknown dialects, files over 1 MiB give clear errors) and asks a
// resolver about each conflict (same name or id): a seam that tests answer without a modal dialog.

#include "model/profile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace jw {

class ProfileStore;

QByteArray exportProfiles(const QList<Profile> &profiles);

struct ParsedImport {
    QList<Profile> profiles;
    QString error;         // the whole file is unusable (not JSON, wrong format, too big)
    QStringList skipped;   // one line per profile entry that was rejected
};
inline constexpr qint64 kMaxImportBytes = 1024 * 1024;
ParsedImport parseProfileImport(const QByteArray &bytes);

enum class ImportChoice { Skip, Replace, KeepBoth };
using ConflictResolver = std::function<ImportChoice(const Profile &incoming, const Profile &existing)>;

struct ImportReport {
    int added = 0;
    int replaced = 0;
    int skipped = 0;
    QStringList messages; // conflicts and rejected entries, one line each
    QString summary() const;
};
// Adds the parsed profiles to `store` (no keys: imported profiles ask for one). A replaced profile keeps its
// id, so its existing key stays; "keep both" saves the import under a new id and a free name.
ImportReport importProfiles(const ParsedImport &parsed, ProfileStore &store, const ConflictResolver &resolve);

} // namespace jw
