#include "cli/command.h"
#include "cli/output.h"

#include "formats/parser.h"
#include "formats/registry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

// Reads a whole file, or stdin for "-"; a one-line reason in *error on failure.
bool readInput(const QString &path, qsizetype limit, QByteArray *out, QString *error)
{
    QFile f;
    const bool ok = path == u"-"_s ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = Tr::tr("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    // Read one byte past the limit so an oversized input is reported as such, not silently cut. A pipe
    // delivers its data in chunks, so read until the end or the limit.
    out->clear();
    while (out->size() <= limit) {
        const QByteArray chunk = f.read(limit + 1 - out->size());
        if (chunk.isEmpty())
            break;
        *out += chunk;
    }
    return true;
}
} // namespace

int inspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Parse one job status response and print the normalized snapshot as JSON.\n"
               "Exits 0 on success, 1 when the input is not a JSON object or has no job ID, 2 on usage errors."));
    parser.addHelpOption();
    const QCommandLineOption dialectOpt(u"dialect"_s,
        Tr::tr("Dialect or preset: %1.").arg((nativeDialectNames() + presetNames()).join(u", "_s)), u"name"_s);
    const QCommandLineOption mappingOpt(u"mapping"_s, Tr::tr("A custom mapping JSON file (see docs/mapping.md)."), u"file"_s);
    parser.addOption(dialectOpt);
    parser.addOption(mappingOpt);
    parser.addPositionalArgument(u"file"_s, Tr::tr("The response body to parse, or - for standard input."));
    if (const std::optional<int> end = parseArguments(parser, arguments, u"inspect"_s))
        return *end;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(Tr::tr("inspect takes exactly one FILE (or - for stdin)."));
    if (parser.isSet(dialectOpt) == parser.isSet(mappingOpt))
        return usageError(Tr::tr("give either --dialect NAME or --mapping FILE."));

    QString error;
    std::unique_ptr<Dialect> dialect;
    if (parser.isSet(mappingOpt)) {
        QByteArray mapping;
        if (!readInput(parser.value(mappingOpt), 1024 * 1024, &mapping, &error))
            return usageError(error);
        dialect = createMappingDialect(mapping, &error);
        if (!dialect)
            return usageError(Tr::tr("mapping %1: %2").arg(parser.value(mappingOpt), error));
    } else {
        dialect = createDialect(parser.value(dialectOpt), &error);
        if (!dialect)
            return usageError(error);
    }

    QByteArray body;
    if (!readInput(files.first(), kMaxStatusBody, &body, &error)) {
        printError(error);
        return Failed;
    }
    const ParseResult result = parseJob(body, *dialect);
    if (const auto *e = std::get_if<ParseError>(&result)) {
        printError(e->message);
        return Failed;
    }
    printLine(QJsonDocument(toJson(std::get<JobSnapshot>(result))).toJson(QJsonDocument::Compact));
    return Ok;
}

} // namespace jw::cli
