#pragma once
// Where the job store lives: --data-dir if given, else $JOBWATCH_DATA_DIR, else the desktop app's
// QStandardPaths::AppDataLocation (~/.local/share/Jobwatch/jobwatch on Linux). The CLI resolves the same folder
// as the window, so `watch --record` and `history` see the window's store.

#include <QString>

namespace jw::datadir {

inline constexpr char kEnvironmentVariable[] = "JOBWATCH_DATA_DIR";

QString defaultPath();
// `option` (the --data-dir value) when not empty, else the environment variable, else defaultPath().
QString resolve(const QString &option);

} // namespace jw::datadir
