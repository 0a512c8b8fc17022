#pragma once
// The sub-commands of jobwatch-cli. Each one parses its own arguments (with --help) and returns the
// process exit code (DESIGN.md §7). Commands that need the event loop run it themselves.

#include <QStringList>

namespace jw::cli {

// Exit codes (DESIGN.md §7).
enum Exit : int { Ok = 0, Failed = 1, Usage = 2, TimedOut = 3, Auth = 4 };

int inspect(const QStringList &arguments);
int demoServer(const QStringList &arguments);
int watch(const QStringList &arguments);
int listJobs(const QStringList &arguments); // `list`
int profiles(const QStringList &arguments);
int profilesBalance(const QStringList &arguments); // profiles balance (cli/profilebalance.cpp)
int history(const QStringList &arguments);

} // namespace jw::cli
