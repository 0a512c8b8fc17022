#include "cli/command.h"
#include "cli/output.h"

#include "formats/mapping.h"
#include "formats/parser.h"
#include "formats/registry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

// Reads a whole file, or stdin for "-"; a one-line reason in *error on failure.
bool readInput(const QString &path, qsizetype limit, QByteArray *out, QString *error, qint64 *total = nullptr)
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
    // Over the limit: count the rest, so the message gives the real size, not the limit plus one.
    if (total) {
        *total = out->size();
        if (out->size() > limit) {
            if (f.isSequential()) {
                for (QByteArray chunk; !(chunk = f.read(1 << 20)).isEmpty();)
                    *total += chunk.size();
            } else {
                *total = f.size();
            }
        }
    }
    return true;
}

// An explanation line on stderr, without the "jobwatch-cli:" prefix of errors.
void printNote(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int printErrorBody(const QByteArray &body, const Dialect &dialect)
{
    if (!QJsonDocument::fromJson(body).isObject()) {
        printError(Tr::tr("the error body is not a JSON object, so only the HTTP status would show."));
        return Failed;
    }
    const ApiError e = parseErrorBody(body, dialect);
    const auto orNull = [](const QString &s) { return s.isNull() ? QJsonValue() : QJsonValue(s); };
    const QJsonObject o{{u"code"_s, orNull(e.code)}, {u"message"_s, orNull(e.message)}, {u"requestId"_s, orNull(e.requestId)}};
    printLine(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return Ok;
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
    const QCommandLineOption mappingOpt(u"mapping"_s,
        Tr::tr("A custom mapping JSON file (see docs/mapping.md). With --dialect too, the names must agree."), u"file"_s);
    const QCommandLineOption explainOpt(u"explain"_s,
        Tr::tr("Also print on stderr, for each mapped field, the path tried and what it matched, and the rule that "
               "decided the state (mappings and presets)."));
    const QCommandLineOption errorBodyOpt(u"error-body"_s,
        Tr::tr("FILE is an HTTP error body (status 400 or above): print the error read from it as "
               "{\"code\",\"message\",\"requestId\"}."));
    const QCommandLineOption idOpt(u"id"_s,
        Tr::tr("The job ID the response was asked for; it stands in when the mapping has \"idOptional\" and the body has no ID."),
        u"id"_s);
    const QCommandLineOption resolvedOpt(u"resolved"_s,
        Tr::tr("The answer to the mapping's \"resolve\" request (the second call for a completed job's result URL): "
               "add the result read from it."),
        u"file"_s);
    parser.addOptions({dialectOpt, mappingOpt, explainOpt, errorBodyOpt, idOpt, resolvedOpt});
    parser.addPositionalArgument(u"file"_s, Tr::tr("The response body to parse, or - for standard input."));
    if (const std::optional<int> end = parseArguments(parser, arguments, u"inspect"_s))
        return *end;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(Tr::tr("inspect takes exactly one FILE (or - for stdin)."));
    if (!parser.isSet(dialectOpt) && !parser.isSet(mappingOpt))
        return usageError(Tr::tr("give --dialect NAME or --mapping FILE."));

    QString error;
    std::unique_ptr<Dialect> dialect;
    if (parser.isSet(mappingOpt)) {
        QByteArray mapping;
        if (!readInput(parser.value(mappingOpt), 1024 * 1024, &mapping, &error))
            return usageError(error);
        dialect = createMappingDialect(mapping, &error);
        if (!dialect)
            return usageError(Tr::tr("mapping %1: %2").arg(parser.value(mappingOpt), error));
        if (parser.isSet(dialectOpt) && parser.value(dialectOpt) != dialect->name())
            return usageError(Tr::tr("the mapping %1 is named \"%2\", not \"%3\"; give --mapping alone, or --dialect %2.")
                                  .arg(parser.value(mappingOpt), dialect->name(), parser.value(dialectOpt)));
    } else {
        dialect = createDialect(parser.value(dialectOpt), &error);
        if (!dialect)
            return usageError(error);
    }
    const auto *mapping = dynamic_cast<const MappingDialect *>(dialect.get());
    if (parser.isSet(explainOpt) && !mapping)
        return usageError(Tr::tr("--explain works with mappings and presets, not with the native dialect %1.").arg(dialect->name()));

    QByteArray body;
    qint64 size = 0;
    if (!readInput(files.first(), kMaxFinishedBody, &body, &error, &size)) {
        printError(error);
        return Failed;
    }
    if (size > kMaxFinishedBody) {
        printError(Tr::tr("the response body is %1 bytes, more than the %2-byte limit of a finished job's response.")
                       .arg(size).arg(kMaxFinishedBody));
        return Failed;
    }
    if (parser.isSet(errorBodyOpt))
        return printErrorBody(body, *dialect);
    QString linkNote;
    const ParseResult result = parseJob(body, *dialect, kMaxFinishedBody, parser.value(idOpt), nullptr, &linkNote);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (mapping && parser.isSet(explainOpt))
        for (const QString &line : mapping->explain(object))
            printNote(line);
    if (const auto *e = std::get_if<ParseError>(&result)) {
        printError(e->message);
        return Failed;
    }
    if (mapping)
        if (const QString warning = mapping->statusWarning(object); !warning.isEmpty())
            printError(Tr::tr("warning: %1").arg(warning));
    if (!linkNote.isEmpty())
        printError(Tr::tr("warning: %1").arg(linkNote));
    JobSnapshot snapshot = std::get<JobSnapshot>(result);
    if (size > kMaxStatusBody && !isTerminal(snapshot.state)) {
        printError(Tr::tr("the response body is %1 bytes while the job is %2; over the %3-byte limit for a job that has not finished.")
                       .arg(size).arg(stateName(snapshot.state)).arg(kMaxStatusBody));
        return Failed;
    }
    const QUrl resolveUrl = dialect->resolveUrl({}, object, snapshot);
    if (parser.isSet(resolvedOpt)) {
        if (!resolveUrl.isValid()) {
            printError(Tr::tr("--resolved: this response asks for no second request (the mapping has no \"resolve\", the job is "
                              "not completed, or a value its URL needs is missing)."));
            return Failed;
        }
        QByteArray answer;
        if (!readInput(parser.value(resolvedOpt), kMaxStatusBody, &answer, &error)) {
            printError(error);
            return Failed;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(answer);
        const QString problem = doc.isObject() ? dialect->readResolved(doc.object(), snapshot)
                                               : Tr::tr("the answer is not a JSON object");
        if (!problem.isEmpty()) {
            printError(Tr::tr("--resolved %1: %2").arg(parser.value(resolvedOpt), problem));
            return Failed;
        }
    } else if (resolveUrl.isValid() && parser.isSet(explainOpt)) {
        printNote(Tr::tr("The result's URL takes a second request: GET %1 (try its answer with --resolved FILE).")
                      .arg(resolveUrl.toString()));
    }
    printLine(QJsonDocument(toJson(snapshot)).toJson(QJsonDocument::Compact));
    return Ok;
}

} // namespace jw::cli
