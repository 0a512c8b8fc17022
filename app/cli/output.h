#pragma once
// Small output helpers shared by the CLI commands: one line each, flushed.

#include <QByteArray>
#include <QString>

class QCommandLineParser;

namespace jw::cli {

void printLine(const QByteArray &utf8);            // stdout
void printLines(const QByteArray &utf8Lines);      // stdout, lines that already end in '\n'; one flush
void printError(const QString &message);           // stderr, "jobwatch-cli: <message>"
int usageError(const QString &message);            // prints, returns Exit::Usage
int printHelp(const QCommandLineParser &parser, const QString &command); // prints help, returns Exit::Ok

} // namespace jw::cli
