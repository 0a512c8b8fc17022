#pragma once
// Small output helpers shared by the CLI commands: one line each, flushed.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace jw::cli {

void printLine(const QByteArray &utf8);            // stdout
void printLines(const QByteArray &utf8Lines);      // stdout, lines that already end in '\n'; one flush
void printError(const QString &message);           // stderr, "jobwatch-cli: <message>"
int usageError(const QString &message);            // prints, returns Exit::Usage
int printHelp(const QCommandLineParser &parser, const QString &command); // prints help, returns Exit::Ok
// Parses `arguments` with `parser` (which has addHelpOption()). Returns the exit code when the command ends here:
// a usage error or --help, printed as above for `command`; nothing when the command goes on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command);

} // namespace jw::cli
