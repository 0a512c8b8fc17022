#include "cli/output.h"

#include "cli/command.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace jw::cli {

void printLine(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printLines(const QByteArray &utf8Lines)
{
    if (utf8Lines.isEmpty())
        return;
    std::fwrite(utf8Lines.constData(), 1, size_t(utf8Lines.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    // One line: a reason with embedded newlines would break scripts that read stderr by line.
    QString line = message;
    line.replace(u'\n', u' ');
    const QByteArray bytes = (u"jobwatch-cli: "_s + line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &message)
{
    printError(message + u" (see --help)"_s);
    return Usage;
}

int printHelp(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    // QCommandLineParser prints "Usage: jobwatch-cli [options]"; name the sub-command too.
    // QCommandLineParser writes argv[0] as given (often a full path); name the program and the sub-command.
    // "Usage: %1" is Qt's own text, translated by qtbase ("Aufruf: %1", "Utilisation : %1").
    const QString usage = QCommandLineParser::tr("Usage: %1").arg(QCoreApplication::applicationName() + u' ' + command);
    text.replace(QCommandLineParser::tr("Usage: %1").arg(QCoreApplication::arguments().value(0)), usage);
    if (!text.contains(usage))
        text.replace(QCommandLineParser::tr("Usage: %1").arg(QCoreApplication::applicationName()), usage);
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
    return Ok;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s))
        return printHelp(parser, command);
    return std::nullopt;
}

} // namespace jw::cli
