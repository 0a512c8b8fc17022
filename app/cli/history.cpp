// jobwatch-cli history (DESIGN.md §7): the job store that the window and `watch --record` write.
//
//   history list [--json] [--limit N] [--data-dir D]
//   history search TEXT [--json] [--limit N] [--data-dir D]
//   history export --format csv|json [--signed-urls] [--search TEXT] [--data-dir D]

#include "cli/command.h"
#include "cli/output.h"
#include "cli/watchprinter.h"

#include "store/datadir.h"
#include "store/historyexport.h"
#include "store/sqlitejobstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

constexpr int kPage = 1000;

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

// One job as `list`/`search` print it: NDJSON like `watch --json`, or a line for people.
QByteArray line(const StoredJob &job, bool json)
{
    const JobRecord &r = job.record;
    if (json) {
        QJsonObject object{{u"at"_s, job.updatedAtMs},
                           {u"profile"_s, r.profileId},
                           {u"local"_s, localStateId(r.engine.local)},
                           {u"job"_s, toJson(r.snapshot)}};
        if (!job.profileName.isEmpty())
            object.insert(u"profileName"_s, job.profileName);
        return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    const QString when = QDateTime::fromMSecsSinceEpoch(job.updatedAtMs).toString(u"yyyy-MM-dd HH:mm"_s);
    const QString profile = job.profileName.isEmpty() ? r.profileId : job.profileName;
    return (when + u"  "_s + profile.left(16).leftJustified(16) + u"  "_s + WatchPrinter::tableLine(r) + u'\n').toUtf8();
}

// Opens the store; prints what the user should know about it on stderr. Null when there is nothing to read.
std::unique_ptr<SqliteJobStore> openStore(const QString &dataDir, int *exitCode)
{
    const QString path = SqliteJobStore::pathIn(dataDir);
    auto store = std::make_unique<SqliteJobStore>(path);
    const StoreStatus status = store->status();
    if (!status.message.isEmpty())
        printError(status.message);
    if (status.mode == StoreStatus::Mode::Unavailable) {
        *exitCode = Failed;
        return nullptr;
    }
    return store;
}

// Pages through the store (or the search hits) in store order; `each` gets every job.
bool forEachJob(const SqliteJobStore &store, const QString &search, bool searching, int limit, bool withTimeline,
                const std::function<void(const StoredJob &)> &each)
{
    QString error;
    int seen = 0;
    if (searching) {
        const QStringList keys = store.search(search, limit, &error);
        for (qsizetype from = 0; error.isEmpty() && from < keys.size(); from += kPage) {
            for (const StoredJob &job : store.jobs(keys.mid(from, kPage), withTimeline, &error))
                each(job);
        }
    } else {
        qint64 after = 0;
        while (error.isEmpty() && (limit < 0 || seen < limit)) {
            const int want = limit < 0 ? kPage : std::min(kPage, limit - seen);
            const QList<StoredJob> page = store.page(after, want, withTimeline, &error);
            for (const StoredJob &job : page)
                each(job);
            seen += int(page.size());
            if (page.size() < want)
                break;
            after = page.constLast().rowId;
        }
    }
    if (!error.isEmpty()) {
        printError(Tr::tr("reading the job history failed: %1").arg(error));
        return false;
    }
    return true;
}
} // namespace

int history(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "The job history: every job the window watched, and those `watch --record` watched.\n"
        "  list                 the stored jobs, oldest first\n"
        "  search TEXT          the jobs whose ID, profile, type, status message, error, result titles, prompt or inputs\n"
        "                       contain every word of TEXT\n"
        "  export --format F    every job (or the --search hits) as csv or json on standard output; signed result\n"
        "                       links lose their signature unless --signed-urls is given"));
    parser.addHelpOption();
    const QCommandLineOption jsonOpt(u"json"_s, Tr::tr("list, search: one JSON object per line: {\"at\":<epoch ms>,\"profile\":...,\"local\":...,\"job\":{...}}."));
    const QCommandLineOption limitOpt(u"limit"_s, Tr::tr("list, search: at most this many jobs."), u"n"_s);
    const QCommandLineOption formatOpt(u"format"_s, Tr::tr("export: csv or json."), u"csv|json"_s);
    const QCommandLineOption signedOpt(u"signed-urls"_s, Tr::tr("export: keep the signatures of signed result links."));
    const QCommandLineOption searchOpt(u"search"_s, Tr::tr("export: only the jobs matching this text."), u"text"_s);
    const QCommandLineOption dataDirOpt(u"data-dir"_s,
        Tr::tr("The folder of the job history (default: $%1, else the desktop app's data folder).")
            .arg(QString::fromLatin1(datadir::kEnvironmentVariable)), u"dir"_s);
    for (const auto *o : {&jsonOpt, &limitOpt, &formatOpt, &signedOpt, &searchOpt, &dataDirOpt})
        parser.addOption(*o);
    parser.addPositionalArgument(u"command"_s, Tr::tr("list, search or export."), u"list|search TEXT|export"_s);
    if (const std::optional<int> end = parseArguments(parser, arguments, u"history"_s))
        return *end;

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command.isEmpty())
        return usageError(Tr::tr("give a command: list, search TEXT or export --format csv|json"));
    if (command != u"list"_s && command != u"search"_s && command != u"export"_s)
        return usageError(Tr::tr("unknown history command \"%1\"; use list, search or export").arg(command));
    const qsizetype wanted = command == u"search"_s ? 2 : 1;
    if (args.size() < wanted)
        return usageError(Tr::tr("search needs the text to look for"));
    if (args.size() > wanted)
        return usageError(Tr::tr("unexpected argument \"%1\"").arg(args.at(wanted)));
    int limit = -1;
    if (parser.isSet(limitOpt)) {
        bool ok = false;
        limit = parser.value(limitOpt).toInt(&ok);
        if (!ok || limit < 0)
            return usageError(Tr::tr("--limit takes a number of jobs"));
    }
    std::optional<HistoryExport::Format> format;
    if (command == u"export"_s) {
        if (!parser.isSet(formatOpt))
            return usageError(Tr::tr("export needs --format csv or --format json"));
        format = HistoryExport::formatFromName(parser.value(formatOpt));
        if (!format)
            return usageError(Tr::tr("unknown export format \"%1\"; use csv or json").arg(parser.value(formatOpt)));
        if (parser.isSet(jsonOpt) || parser.isSet(limitOpt))
            return usageError(Tr::tr("--json and --limit are for list and search; export takes --format"));
    } else if (parser.isSet(formatOpt) || parser.isSet(signedOpt) || parser.isSet(searchOpt)) {
        return usageError(Tr::tr("--format, --signed-urls and --search are for export"));
    }

    const QString dataDir = datadir::resolve(parser.value(dataDirOpt));
    if (!QFileInfo::exists(SqliteJobStore::pathIn(dataDir))) {
        // Nothing watched yet: say so, and leave no empty store behind.
        printError(Tr::tr("no job history in %1 yet").arg(QDir::toNativeSeparators(dataDir)));
        if (format)
            writeOut(HistoryExport::serialize({}, *format, {}));
        return Ok;
    }
    int exitCode = Ok;
    const std::unique_ptr<SqliteJobStore> store = openStore(dataDir, &exitCode);
    if (!store)
        return exitCode;

    const bool json = parser.isSet(jsonOpt);
    bool ok = true;
    if (!format) {
        const bool searching = command == u"search"_s;
        ok = forEachJob(*store, args.value(1), searching, limit, false, [json](const StoredJob &job) { writeOut(line(job, json)); });
    } else {
        HistoryExport::Options options;
        options.signedUrls = parser.isSet(signedOpt);
        const bool csv = *format == HistoryExport::Format::Csv;
        writeOut(csv ? HistoryExport::csvHeader() : QByteArray("["));
        bool first = true;
        ok = forEachJob(*store, parser.value(searchOpt), parser.isSet(searchOpt), -1, !csv, [&](const StoredJob &job) {
            if (csv)
                writeOut(HistoryExport::csvRow(job, options));
            else
                writeOut((first ? "\n" : ",\n") + QJsonDocument(HistoryExport::jsonObject(job, options)).toJson(QJsonDocument::Compact));
            first = false;
        });
        if (!csv)
            writeOut("\n]\n");
    }
    std::fflush(stdout);
    return ok ? Ok : Failed;
}

} // namespace jw::cli
