// The declarative custom mapping (app/mapping, docs/mapping.md): every feature and every validation error.

#include "dialects/parser.h"
#include "job/normalize.h"
#include "mapping/mapping.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jw;

// Declared before the helpers: moc misreads multi-line raw strings that contain "//".
class tst_Mapping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsDocumentsThatAreNotMappings_data();
    void rejectsDocumentsThatAreNotMappings();
    void rejectsInvalidMappingsWithSpecificReason_data();
    void rejectsInvalidMappingsWithSpecificReason();
    void minimalMappingHasDefaults();
    void readsDescriptiveParts();
    void idPathForms_data();
    void idPathForms();
    void readsStringFields();
    void statusSynonyms_data();
    void statusSynonyms();
    void progressForms_data();
    void progressForms();
    void timestamps_data();
    void timestamps();
    void explicitArtifacts_data();
    void explicitArtifacts();
    void scanArtifacts_data();
    void scanArtifacts();
    void artifactRuleAppliesOnlyInListedStates();
    void derivedArtifacts_data();
    void derivedArtifacts();
    void pollUrl_data();
    void pollUrl();
    void authForms_data();
    void authForms();
    void extraHeadersKeepTheirValues();
    void errorBodies_data();
    void errorBodies();
    void missingIdIsAParseError();
    void wronglyTypedBodiesReadAsAbsent_data();
    void wronglyTypedBodiesReadAsAbsent();
    void mutatedBodiesNeverCrash();
    void mutatedMappingsNeverCrash();
    void documentedExampleParses();
};

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A minimal valid mapping with `patch` merged in (a member set to the string "<remove>" is removed).
QByteArray mappingWith(const QByteArray &patch = "{}")
{
    QJsonObject m = object(R"({"name": "acme", "pollUrl": "https://api.acme.test/v1/jobs/{id}",
                               "id": "id", "status": "status"})");
    const QJsonObject p = object(patch);
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
        if (it.value() == u"<remove>"_s)
            m.remove(it.key());
        else
            m.insert(it.key(), it.value());
    }
    return QJsonDocument(m).toJson(QJsonDocument::Compact);
}

std::unique_ptr<MappingDialect> load(const QByteArray &mapping)
{
    QString error;
    auto d = MappingDialect::fromJson(mapping, &error);
    if (!d)
        qWarning("mapping rejected: %s", qPrintable(error));
    return d;
}

std::optional<JobSnapshot> parse(const Dialect &d, const QByteArray &body)
{
    const ParseResult r = parseJob(body, d);
    if (const auto *e = std::get_if<ParseError>(&r)) {
        qWarning("parse failed: %s", qPrintable(e->message));
        return std::nullopt;
    }
    return std::get<JobSnapshot>(r);
}

QByteArray compact(const QJsonValue &v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

QByteArray compactJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.toJson(QJsonDocument::Compact);
}

QString dataDir()
{
    return QString::fromLocal8Bit(JOBWATCH_TEST_DATA_DIR);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace


void tst_Mapping::rejectsDocumentsThatAreNotMappings_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"({"name": "x")") << u"not valid JSON"_s;
    QTest::newRow("garbage") << QByteArray("\x00\xff\xfe", 3) << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << u"JSON array"_s;
}

void tst_Mapping::rejectsDocumentsThatAreNotMappings()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!MappingDialect::fromJson(document, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    QVERIFY(!MappingDialect::fromJson(document, nullptr)); // a null error pointer is fine
}

void tst_Mapping::rejectsInvalidMappingsWithSpecificReason_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, const char *patch, const QString &reason) {
        QTest::newRow(name) << QByteArray(patch) << reason;
    };
    row("missing name", R"({"name": "<remove>"})", u"\"name\" is missing"_s);
    row("name not a string", R"({"name": 42})", u"\"name\" must be a string, not number"_s);
    row("name with spaces", R"({"name": "my api"})", u"\"name\" must be up to 64 letters"_s);
    row("missing pollUrl", R"({"pollUrl": "<remove>"})", u"\"pollUrl\" is missing"_s);
    row("pollUrl not a string", R"({"pollUrl": ["a"]})", u"\"pollUrl\" must be a string, not array"_s);
    row("pollUrl without id", R"({"pollUrl": "https://api.acme.test/v1/jobs"})", u"\"pollUrl\" must contain {id}"_s);
    row("pollUrl ftp", R"({"pollUrl": "ftp://api.acme.test/{id}"})", u"\"pollUrl\" must start with {base} or be an http or https URL"_s);
    row("pollUrl relative", R"({"pollUrl": "/v1/jobs/{id}"})", u"\"pollUrl\" must start with {base}"_s);
    row("pollUrl base in middle", R"({"pollUrl": "https://x.test/{base}/{id}"})", u"{base} only at its start"_s);
    row("pollUrl unknown placeholder", R"({"pollUrl": "{base}/{model}/{id}"})", u"unknown placeholder"_s);
    row("baseUrl file", R"({"baseUrl": "file:///etc/passwd"})", u"\"baseUrl\" must be an http or https URL"_s);
    row("baseUrl no host", R"({"baseUrl": "https://"})", u"\"baseUrl\" must be an http or https URL"_s);
    row("missing id", R"({"id": "<remove>"})", u"\"id\" is missing"_s);
    row("missing status", R"({"status": "<remove>"})", u"\"status\" is missing"_s);
    row("id not a path", R"({"id": 42})", u"\"id\" must be a path string or an object with \"path\", not number"_s);
    row("id empty path", R"({"id": ""})", u"\"id\" is an empty path"_s);
    row("id no alternatives", R"({"id": []})", u"\"id\" is an empty list of alternatives"_s);
    row("id bad alternative", R"({"id": ["id", true]})", u"\"id[1]\" must be a path string"_s);
    row("id rule without path", R"({"id": {"match": "x"}})", u"\"id.path\" is missing"_s);
    row("id bad match", R"({"id": {"path": "id", "match": "(["}})", u"\"id.match\" is not a valid regular expression"_s);
    row("format without value", R"({"message": {"path": "m", "format": "Queue"}})", u"\"message.format\" must contain {value}"_s);
    row("unknown key", R"({"staus": "state"})", u"Unknown key \"staus\" in the mapping"_s);
    row("unknown nested key", R"({"progress": {"form": "percent", "path": "p", "scale": 2}})", u"Unknown key \"scale\" in \"progress\""_s);
    row("format version", R"({"formatVersion": 2})", u"\"formatVersion\" must be 1"_s);
    row("auth unknown scheme", R"({"auth": {"scheme": "basic"}})", u"\"auth.scheme\" must be bearer, key or header (got \"basic\")"_s);
    row("auth unknown shorthand", R"({"auth": "token"})", u"\"auth.scheme\" must be bearer, key or header (got \"token\")"_s);
    row("auth wrong type", R"({"auth": 5})", u"\"auth\" must be a scheme string or an object, not number"_s);
    row("auth header without name", R"({"auth": {"scheme": "header"}})", u"\"auth.header\" is missing"_s);
    row("auth header authorization", R"({"auth": {"scheme": "header", "header": "Authorization"}})", u"other than Authorization"_s);
    row("header sets authorization", R"({"headers": {"authorization": "Bearer x"}})", u"would replace the API key header"_s);
    row("header sets key header", R"({"auth": {"scheme": "header", "header": "x-api-key"}, "headers": {"X-API-Key": "k"}})", u"would replace the API key header"_s);
    row("header value not string", R"({"headers": {"X-Version": 3}})", u"\"headers.X-Version\" must be a string, not number"_s);
    row("header bad name", R"({"headers": {"X Version": "3"}})", u"\"headers.X Version\" is not a valid header name"_s);
    row("header line break", R"({"headers": {"X-Version": "3\r\nX-Evil: 1"}})", u"contains a line break"_s);
    row("headers wrong type", R"({"headers": ["X-Version"]})", u"\"headers\" must be an object"_s);
    row("progress unknown form", R"({"progress": {"form": "steps", "path": "p"}})", u"\"progress.form\" must be percent, fraction, doneTotal or regex (got \"steps\")"_s);
    row("progress without form", R"({"progress": {"path": "p"}})", u"\"progress.form\" is missing"_s);
    row("progress not object", R"({"progress": "p"})", u"\"progress\" must be an object"_s);
    row("progress percent without path", R"({"progress": {"form": "percent"}})", u"\"progress.path\" is missing"_s);
    row("progress doneTotal without total", R"({"progress": {"form": "doneTotal", "done": "d"}})", u"\"progress.total\" is missing"_s);
    row("progress regex missing", R"({"progress": {"form": "regex", "path": "logs"}})", u"\"progress.regex\" is missing"_s);
    row("progress bad regex", R"({"progress": {"form": "regex", "path": "logs", "regex": "(\\d+%"}})", u"\"progress.regex\" is not a valid regular expression"_s);
    row("progress regex without group", R"({"progress": {"form": "regex", "path": "logs", "regex": "\\d+%"}})", u"needs a capture group"_s);
    row("progress regex done only", R"({"progress": {"form": "regex", "path": "logs", "regex": "(?<done>\\d+)/\\d+"}})", u"both (?<done>"_s);
    row("progress regex not string", R"({"progress": {"form": "regex", "path": "logs", "regex": 5}})", u"\"progress.regex\" must be a regular expression string"_s);
    row("synonym unknown state", R"({"statusSynonyms": {"dreaming": "sleeping"}})", u"\"statusSynonyms.dreaming\" must be queued, running, completed, failed, cancelled or unknown (got \"sleeping\")"_s);
    row("synonym wrong type", R"({"statusSynonyms": {"dreaming": 1}})", u"\"statusSynonyms.dreaming\" must be a state name, not number"_s);
    row("synonyms wrong type", R"({"statusSynonyms": ["dreaming"]})", u"\"statusSynonyms\" must be an object"_s);
    row("timestamps unknown", R"({"timestamps": "rfc2822"})", u"\"timestamps\" must be iso, unix-seconds or unix-ms (got \"rfc2822\")"_s);
    row("artifacts not array", R"({"artifacts": {"path": "output"}})", u"\"artifacts\" must be an array of rules, not object"_s);
    row("artifact not object", R"({"artifacts": ["output"]})", u"\"artifacts[0]\" must be an object, not string"_s);
    row("artifact path and scan", R"({"artifacts": [{"path": "a", "scan": "b"}]})", u"\"artifacts[0]\" needs exactly one of \"path\" or \"scan\""_s);
    row("artifact neither", R"({"artifacts": [{"kind": "video"}]})", u"needs exactly one of"_s);
    row("artifact unknown kind", R"({"artifacts": [{"path": "a", "kind": "movie"}]})", u"\"artifacts[0].kind\" must be video, image, audio, document, text or other (got \"movie\")"_s);
    row("artifact depth", R"({"artifacts": [{"scan": "", "maxDepth": 100}]})", u"\"artifacts[0].maxDepth\" must be a whole number from 1 to 32"_s);
    row("artifact scan subpath", R"({"artifacts": [{"scan": "", "thumbnail": "t"}]})", u"\"artifacts[0].thumbnail\" applies to \"path\" rules"_s);
    row("artifact subpath type", R"({"artifacts": [{"path": "a", "url": 1}]})", u"\"artifacts[0].url\" must be a path string, not number"_s);
    row("artifact when", R"({"artifacts": [{"path": "a", "when": "finished"}]})", u"\"artifacts[0].when\" must list queued"_s);
    row("derived without id", R"({"derivedArtifacts": [{"url": "{base}/content"}]})", u"\"derivedArtifacts[0].url\" must contain {id}"_s);
    row("derived missing url", R"({"derivedArtifacts": [{"kind": "video"}]})", u"\"derivedArtifacts[0].url\" is missing"_s);
    row("derived bad when", R"({"derivedArtifacts": [{"url": "{base}/{id}", "when": [1]}]})", u"\"derivedArtifacts[0].when\" must list"_s);
    row("derived javascript", R"j({"derivedArtifacts": [{"url": "javascript:alert({id})"}]})j", u"must start with {base} or be an http or https URL"_s);
    row("errorBody empty", R"({"errorBody": {}})", u"\"errorBody\" needs at least one of"_s);
    row("errorBody wrong type", R"({"errorBody": {"message": 3}})", u"\"errorBody.message\" must be a path string"_s);
    row("recommended negative", R"({"recommended": {"intervalMs": -5}})", u"\"recommended.intervalMs\" must be a whole number from 1"_s);
    row("recommended rate", R"({"recommended": {"ratePerSecond": 0}})", u"\"recommended.ratePerSecond\" must be a number above 0"_s);
    row("idPattern invalid", R"({"idPattern": "[a-z"})", u"\"idPattern\" is not a valid regular expression"_s);
}

void tst_Mapping::rejectsInvalidMappingsWithSpecificReason()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, reason);
    QString error;
    const auto dialect = MappingDialect::fromJson(mappingWith(patch), &error);
    QVERIFY(!dialect);
    QVERIFY2(error.contains(reason), qPrintable(u"got: "_s + error));
    QVERIFY(!error.contains(u'\n'));
    QVERIFY(error.size() < 300);
}

void tst_Mapping::minimalMappingHasDefaults()
{
    const auto d = load(mappingWith());
    QVERIFY(d);
    QCOMPARE(d->name(), u"acme"_s);
    QCOMPARE(d->title(), u"acme"_s);
    QCOMPARE(d->auth(), AuthForm{});
    QVERIFY(d->extraHeaders().isEmpty());
    QVERIFY(d->defaultBaseUrl().isEmpty());
    QVERIFY(d->idPattern().isEmpty());
    QVERIFY(!d->recommended().intervalMs);
    const auto s = parse(*d, R"({"id": "j1", "status": "running", "extra": {"ignored": true}})");
    QVERIFY(s);
    QCOMPARE(s->id, u"j1"_s);
    QCOMPARE(s->state, JobState::Running);
    QVERIFY(!s->progress);
    QVERIFY(s->artifacts.isEmpty());
}

void tst_Mapping::readsDescriptiveParts()
{
    const auto d = load(mappingWith(R"({"title": "Acme jobs", "notes": "Polls nicely.", "baseUrl": "https://api.acme.test",
        "idPattern": "^job_[0-9]+$", "_comment": "ignored", "$schema": "ignored too",
        "recommended": {"intervalMs": 5000, "ratePerSecond": 2.5, "burst": 4, "concurrency": 3}})"));
    QVERIFY(d);
    QCOMPARE(d->title(), u"Acme jobs"_s);
    QCOMPARE(d->notes(), u"Polls nicely."_s);
    QCOMPARE(d->defaultBaseUrl(), QUrl(u"https://api.acme.test"_s));
    QCOMPARE(d->idPattern(), u"^job_[0-9]+$"_s);
    QCOMPARE(d->recommended().intervalMs, std::optional<int>(5000));
    QCOMPARE(d->recommended().ratePerSecond, std::optional<double>(2.5));
    QCOMPARE(d->recommended().burst, std::optional<int>(4));
    QCOMPARE(d->recommended().concurrency, std::optional<int>(3));
}

void tst_Mapping::idPathForms_data()
{
    QTest::addColumn<QByteArray>("idSpec");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *spec, const char *body, const QString &expected) {
        QTest::newRow(name) << QByteArray(spec) << QByteArray(body) << expected;
    };
    row("top-level key", R"("id")", R"({"id": "a1"})", u"a1"_s);
    row("dotted path", R"("job.meta.id")", R"({"job": {"meta": {"id": "a2"}}})", u"a2"_s);
    row("json pointer", R"("/job/meta/id")", R"({"job": {"meta": {"id": "a3"}}})", u"a3"_s);
    row("pointer escapes", R"("/a~1b/c~0d")", R"({"a/b": {"c~d": "a4"}})", u"a4"_s);
    row("pointer keeps dots", R"("/job.id")", R"({"job.id": "a5", "job": {"id": "wrong"}})", u"a5"_s);
    row("array index", R"("items.1.id")", R"({"items": [{"id": "x"}, {"id": "a6"}]})", u"a6"_s);
    row("negative index", R"("items.-1.id")", R"({"items": [{"id": "x"}, {"id": "y"}, {"id": "a7"}]})", u"a7"_s);
    row("index out of range", R"(["items.5.id", "fallback"])", R"({"items": [{"id": "x"}], "fallback": "a8"})", u"a8"_s);
    row("first alternative wins", R"(["jobId", "id"])", R"({"jobId": "a9", "id": "other"})", u"a9"_s);
    row("missing alternative skipped", R"(["jobId", "job_id", "id"])", R"({"job_id": "b1", "id": "other"})", u"b1"_s);
    row("wrong type skipped", R"(["job", "id"])", R"({"job": {"id": "nested"}, "id": "b2"})", u"b2"_s);
    row("blank string skipped", R"(["jobId", "id"])", R"({"jobId": "  ", "id": "b3"})", u"b3"_s);
    row("whole number", R"("id")", R"({"id": 12345})", u"12345"_s);
    row("match group", R"j({"path": "url", "match": "/requests/([^/?#]+)"})j",
        R"({"url": "https://q.test/app/requests/b4/status"})", u"b4"_s);
    row("failed match skipped", R"j([{"path": "url", "match": "/requests/([^/]+)"}, "id"])j",
        R"({"url": "https://q.test/other", "id": "b5"})", u"b5"_s);
    row("format", R"({"path": "n", "format": "job-{value}"})", R"({"n": 7})", u"job-7"_s);
}

void tst_Mapping::idPathForms()
{
    QFETCH(QByteArray, idSpec);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const auto d = load(mappingWith("{\"id\": " + idSpec + "}"));
    QVERIFY(d);
    const auto s = parse(*d, body);
    QVERIFY(s);
    QCOMPARE(s->id, expected);
}

void tst_Mapping::readsStringFields()
{
    const auto d = load(mappingWith(R"({"type": "kind", "step": "progress.stage", "message": ["progress.text", "note"],
        "requestId": "meta.request_id", "errorCode": "err.code", "errorMessage": ["err.message", "err"]})"));
    QVERIFY(d);
    auto s = parse(*d, R"({"id": "j", "status": "failed", "kind": "video", "progress": {"stage": "render", "text": "Rendering"},
        "meta": {"request_id": "req_9"}, "err": {"code": "quota", "message": "Out of credits"}})");
    QVERIFY(s);
    QCOMPARE(s->type, u"video"_s);
    QCOMPARE(s->step, u"render"_s);
    QCOMPARE(s->message, u"Rendering"_s);
    QCOMPARE(s->requestId, u"req_9"_s);
    QVERIFY(s->error);
    QCOMPARE(s->error->code, u"quota"_s);
    QCOMPARE(s->error->message, u"Out of credits"_s);

    // An error given only as a string: code null, message from the second alternative.
    s = parse(*d, R"({"id": "j", "status": "failed", "err": "Something broke", "note": "see logs"})");
    QVERIFY(s);
    QVERIFY(s->error);
    QVERIFY(s->error->code.isNull());
    QCOMPARE(s->error->message, u"Something broke"_s);
    QCOMPARE(s->message, u"see logs"_s);
    QVERIFY(s->type.isNull());

    // No error fields: no error.
    s = parse(*d, R"({"id": "j", "status": "running", "err": null})");
    QVERIFY(s);
    QVERIFY(!s->error);
}

void tst_Mapping::statusSynonyms_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QString>("state");
    QTest::newRow("synonym") << QByteArray("\"dreaming\"") << u"running"_s;
    QTest::newRow("synonym any case") << QByteArray("\"THROTTLED\"") << u"queued"_s;
    QTest::newRow("synonym overrides builtin") << QByteArray("\"done\"") << u"running"_s;
    QTest::newRow("builtin still applies") << QByteArray("\"SUCCEEDED\"") << u"completed"_s;
    QTest::newRow("unknown stays unknown") << QByteArray("\"sleeping\"") << u"unknown"_s;
    QTest::newRow("number status is text") << QByteArray("3") << u"cancelled"_s;
    QTest::newRow("missing status") << QByteArray("null") << u"unknown"_s;
}

void tst_Mapping::statusSynonyms()
{
    QFETCH(QByteArray, status);
    QFETCH(QString, state);
    const auto d = load(mappingWith(R"({"statusSynonyms": {"dreaming": "running", "Throttled": "queued",
                                        "done": "running", "3": "cancelled"}})"));
    QVERIFY(d);
    const auto s = parse(*d, "{\"id\": \"j\", \"status\": " + status + "}");
    QVERIFY(s);
    QCOMPARE(stateName(s->state), state);
    if (status != "null")
        QCOMPARE(s->rawStatus, QString::fromUtf8(status).remove(u'"'));
    else
        QVERIFY(s->rawStatus.isNull());
}

void tst_Mapping::progressForms_data()
{
    QTest::addColumn<QByteArray>("progress");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected"); // [progress, done, total]
    const auto row = [](const char *name, const char *progress, const char *body, const char *expected) {
        QTest::newRow(name) << QByteArray(progress) << QByteArray(body) << QByteArray(expected);
    };
    row("percent", R"({"form": "percent", "path": "p"})", R"({"p": 45})", "[45,null,null]");
    row("percent clamped", R"({"form": "percent", "path": "p"})", R"({"p": 140})", "[100,null,null]");
    row("percent negative", R"({"form": "percent", "path": "p"})", R"({"p": -3})", "[0,null,null]");
    row("percent string is absent", R"({"form": "percent", "path": "p"})", R"({"p": "45"})", "[null,null,null]");
    row("percent string with match", R"({"form": "percent", "path": {"path": "p", "match": "([0-9.]+)\\s*%"}})",
        R"({"p": "45.5 %"})", "[45.5,null,null]");
    row("percent alternatives", R"({"form": "percent", "path": ["a.pct", "pct"]})", R"({"pct": 12})", "[12,null,null]");
    row("fraction", R"({"form": "fraction", "path": "p"})", R"({"p": 0.25})", "[25,null,null]");
    row("fraction above one", R"({"form": "fraction", "path": "p"})", R"({"p": 1.5})", "[100,null,null]");
    row("fraction with counts", R"({"form": "fraction", "path": "p", "done": "d", "total": "t"})",
        R"({"p": 0.5, "d": 1, "t": 4})", "[50,1,4]");
    row("done total", R"({"form": "doneTotal", "done": "scenes_completed", "total": "scenes_total"})",
        R"({"scenes_completed": 3, "scenes_total": 12})", "[25,3,12]");
    row("done total zero", R"({"form": "doneTotal", "done": "d", "total": "t"})", R"({"d": 0, "t": 0})", "[null,0,0]");
    row("done not integer", R"({"form": "doneTotal", "done": "d", "total": "t"})", R"({"d": 2.5, "t": 10})", "[null,null,10]");
    row("regex percent last match wins", R"({"form": "regex", "path": "logs", "regex": "(\\d+)%\\|"})",
        R"({"logs": "  0%|   | 0/50\n 20%|██ | 10/50\n 46%|████▌ | 23/50"})", "[46,null,null]");
    row("regex named percent", R"({"form": "regex", "path": "logs", "regex": "step (\\d+): (?<percent>[0-9.]+)%"})",
        R"({"logs": "step 1: 10%\nstep 2: 62.5%"})", "[62.5,null,null]");
    row("regex done total", R"({"form": "regex", "path": "logs", "regex": "(?<done>\\d+)/(?<total>\\d+) \\["})",
        R"({"logs": " 20%|██ | 10/50 [00:01\n 46%|████▌ | 23/50 [00:02"})", "[46,23,50]");
    row("regex over log array", R"({"form": "regex", "path": "logs", "itemPath": "message", "regex": "(\\d+)%"})",
        R"({"logs": [{"message": "Loading"}, {"message": "Step 30%"}, {"message": 5}, {"message": "Step 80%"}]})", "[80,null,null]");
    row("regex over string array", R"({"form": "regex", "path": "logs", "regex": "(\\d+)%"})",
        R"({"logs": ["10%", "90%"]})", "[90,null,null]");
    row("regex no match", R"({"form": "regex", "path": "logs", "regex": "(\\d+)%"})", R"({"logs": "warming up"})", "[null,null,null]");
    row("regex log wrong type", R"({"form": "regex", "path": "logs", "regex": "(\\d+)%"})", R"({"logs": {"a": "5%"}})", "[null,null,null]");
    row("completed is 100", R"({"form": "percent", "path": "p"})", R"({"p": 40, "status": "completed"})", "[100,null,null]");
    row("failed keeps progress", R"({"form": "percent", "path": "p"})", R"({"p": 40, "status": "failed"})", "[40,null,null]");
}

void tst_Mapping::progressForms()
{
    QFETCH(QByteArray, progress);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    const auto d = load(mappingWith("{\"progress\": " + progress + "}"));
    QVERIFY(d);
    QJsonObject b = object(body);
    b.insert(u"id"_s, u"j"_s);
    if (!b.contains(u"status"_s))
        b.insert(u"status"_s, u"running"_s);
    const auto s = parse(*d, QJsonDocument(b).toJson());
    QVERIFY(s);
    const QJsonObject json = toJson(*s);
    const QJsonArray got{json.value(u"progress"_s), json.value(u"done"_s), json.value(u"total"_s)};
    QCOMPARE(compact(got), compactJson(expected));
}

void tst_Mapping::timestamps_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected"); // empty = null
    QTest::newRow("iso string as given") << u"iso"_s << QByteArray("\"2024-06-27T19:49:32.334Z\"") << u"2024-06-27T19:49:32.334Z"_s;
    QTest::newRow("iso ignores numbers") << u"iso"_s << QByteArray("1758941485") << QString();
    QTest::newRow("unix seconds") << u"unix-seconds"_s << QByteArray("1758941485") << u"2025-09-27T02:51:25Z"_s;
    QTest::newRow("unix seconds fraction") << u"unix-seconds"_s << QByteArray("1758941485.25") << u"2025-09-27T02:51:25.250Z"_s;
    QTest::newRow("unix epoch") << u"unix-seconds"_s << QByteArray("0") << u"1970-01-01T00:00:00Z"_s;
    QTest::newRow("unix before epoch") << u"unix-seconds"_s << QByteArray("-1") << u"1969-12-31T23:59:59Z"_s;
    QTest::newRow("unix ms") << u"unix-ms"_s << QByteArray("1758941485123") << u"2025-09-27T02:51:25.123Z"_s;
    QTest::newRow("unix keeps strings") << u"unix-seconds"_s << QByteArray("\"2025-01-01T00:00:00Z\"") << u"2025-01-01T00:00:00Z"_s;
    QTest::newRow("unix huge is absent") << u"unix-seconds"_s << QByteArray("1e300") << QString();
    QTest::newRow("unix past year 9999 is absent") << u"unix-seconds"_s << QByteArray("253402300800") << QString();
    QTest::newRow("unix null") << u"unix-seconds"_s << QByteArray("null") << QString();
    QTest::newRow("unix bool") << u"unix-seconds"_s << QByteArray("true") << QString();
}

void tst_Mapping::timestamps()
{
    QFETCH(QString, mode);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    const auto d = load(mappingWith("{\"timestamps\": \"" + mode.toUtf8()
                                    + R"(", "createdAt": "t", "startedAt": "t", "updatedAt": ["missing", "t"], "completedAt": "/t"})"));
    QVERIFY(d);
    const auto s = parse(*d, "{\"id\": \"j\", \"status\": \"running\", \"t\": " + value + "}");
    QVERIFY(s);
    for (const QString &field : {s->createdAt, s->startedAt, s->updatedAt, s->completedAt}) {
        QCOMPARE(field, expected);
        QCOMPARE(field.isNull(), expected.isNull());
    }
}

void tst_Mapping::explicitArtifacts_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected"); // [[kind, url, thumbnailUrl, posterUrl, mimeType, sizeBytes, title], ...]
    const auto row = [](const char *name, const char *rules, const char *body, const char *expected) {
        QTest::newRow(name) << QByteArray(rules) << QByteArray(body) << QByteArray(expected);
    };
    row("string by extension", R"([{"path": "output"}])", R"({"output": "https://cdn.test/a.mp4"})",
        R"([["video","https://cdn.test/a.mp4",null,null,null,null,null]])");
    row("string by field name", R"([{"path": "result.imageUrl"}])", R"({"result": {"imageUrl": "https://cdn.test/x?sig=1"}})",
        R"([["image","https://cdn.test/x?sig=1",null,null,null,null,null]])");
    row("string fixed kind", R"([{"path": "output", "kind": "audio"}])", R"({"output": "https://cdn.test/a.mp4"})",
        R"([["audio","https://cdn.test/a.mp4",null,null,null,null,null]])");
    row("unknown kind is other", R"([{"path": "output"}])", R"({"output": "https://cdn.test/blob"})",
        R"([["other","https://cdn.test/blob",null,null,null,null,null]])");
    row("array of strings in order", R"([{"path": "output"}])",
        R"({"output": ["https://cdn.test/2.png", "https://cdn.test/1.wav", 7, null, "https://cdn.test/2.png"]})",
        R"([["image","https://cdn.test/2.png",null,null,null,null,null],["audio","https://cdn.test/1.wav",null,null,null,null,null]])");
    row("array of objects", R"([{"path": "outputs", "url": "url", "thumbnail": "thumb", "poster": "poster.url", "kindPath": "type",
                               "mimeType": "mime", "title": "name", "size": "bytes"}])",
        R"({"outputs": [{"url": "https://cdn.test/v", "type": "video", "thumb": "https://cdn.test/t.jpg",
            "poster": {"url": "https://cdn.test/p.jpg"}, "mime": "video/mp4", "name": "Clip", "bytes": 1024},
            {"url": "https://cdn.test/s", "mime": "audio/mpeg", "bytes": -1, "thumb": "ftp://cdn.test/t"},
            {"type": "image"}, "https://cdn.test/direct.pdf"]})",
        R"([["video","https://cdn.test/v","https://cdn.test/t.jpg","https://cdn.test/p.jpg","video/mp4",1024,"Clip"],
            ["audio","https://cdn.test/s",null,null,"audio/mpeg",null,null],
            ["document","https://cdn.test/direct.pdf",null,null,null,null,null]])");
    row("single object", R"([{"path": "assets", "url": "video", "thumbnail": "image"}])",
        R"({"assets": {"video": "https://cdn.test/v", "image": "https://cdn.test/i.jpg"}})",
        R"([["video","https://cdn.test/v","https://cdn.test/i.jpg",null,null,null,null]])");
    row("thumbnail is not its own result", R"([{"path": "assets", "url": "video", "thumbnail": "image", "kind": "video"},
                                               {"path": "assets.image", "kind": "image"}])",
        R"({"assets": {"video": "https://cdn.test/v.mp4", "image": "https://cdn.test/i.jpg"}})",
        R"([["video","https://cdn.test/v.mp4","https://cdn.test/i.jpg",null,null,null,null]])");
    row("second rule alone", R"([{"path": "assets", "url": "video", "thumbnail": "image", "kind": "video"},
                                 {"path": "assets.image", "kind": "image"}])",
        R"({"assets": {"image": "https://cdn.test/i.jpg"}})",
        R"([["image","https://cdn.test/i.jpg",null,null,null,null,null]])");
    row("unsafe schemes ignored", R"([{"path": "output"}])",
        R"j({"output": ["javascript:alert(1)", "file:///etc/passwd", "/relative.png", "data:image/png;base64,AA", "https:///nohost", "https://ok.test/a.png"]})j",
        R"([["image","https://ok.test/a.png",null,null,null,null,null]])");
    row("wrong types ignored", R"([{"path": "output"}, {"path": "missing"}])", R"({"output": 42})", "[]");
    row("duplicates across rules", R"([{"path": "a"}, {"path": "b"}])",
        R"({"a": "https://cdn.test/a.png", "b": ["https://cdn.test/a.png", "https://cdn.test/b.png"]})",
        R"([["image","https://cdn.test/a.png",null,null,null,null,null],["image","https://cdn.test/b.png",null,null,null,null,null]])");
}

namespace {
QByteArray artifactRows(const JobSnapshot &s)
{
    QJsonArray rows;
    for (const QJsonValue &v : toJson(s).value(u"artifacts"_s).toArray()) {
        const QJsonObject a = v.toObject();
        rows.append(QJsonArray{a[u"kind"_s], a[u"url"_s], a[u"thumbnailUrl"_s], a[u"posterUrl"_s], a[u"mimeType"_s],
                               a[u"sizeBytes"_s], a[u"title"_s]});
    }
    return compact(rows);
}
} // namespace

void tst_Mapping::explicitArtifacts()
{
    QFETCH(QByteArray, rules);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    const auto d = load(mappingWith("{\"artifacts\": " + rules + "}"));
    QVERIFY(d);
    QJsonObject b = object(body);
    QVERIFY(!b.isEmpty());
    b.insert(u"id"_s, u"j"_s);
    b.insert(u"status"_s, u"completed"_s);
    const auto s = parse(*d, QJsonDocument(b).toJson());
    QVERIFY(s);
    QCOMPARE(artifactRows(*s), compactJson(expected));
}

void tst_Mapping::scanArtifacts_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    const auto row = [](const char *name, const char *rules, const char *body, const char *expected) {
        QTest::newRow(name) << QByteArray(rules) << QByteArray(body) << QByteArray(expected);
    };
    row("subtree only", R"([{"scan": "output"}])",
        R"({"urls": {"get": "https://api.test/jobs/j"}, "output": ["https://cdn.test/1.png", "https://cdn.test/2.png"]})",
        R"([["image","https://cdn.test/1.png",null,null,null,null,null],["image","https://cdn.test/2.png",null,null,null,null,null]])");
    row("field name before extension", R"([{"scan": "result"}])",
        R"({"result": {"videoUrl": "https://cdn.test/v.png", "notes": "not a url", "count": 3, "flag": true,
            "nested": {"items": [{"audio": "https://cdn.test/a"}]}}})",
        R"([["audio","https://cdn.test/a",null,null,null,null,null],["video","https://cdn.test/v.png",null,null,null,null,null]])");
    row("whole body", R"([{"scan": ""}])", R"({"a": "https://cdn.test/x.pdf", "b": "http://cdn.test/y.txt", "c": "ftp://n"})",
        R"([["document","https://cdn.test/x.pdf",null,null,null,null,null],["text","http://cdn.test/y.txt",null,null,null,null,null]])");
    row("string subtree", R"([{"scan": "output"}])", R"({"output": "https://cdn.test/o.webm"})",
        R"([["video","https://cdn.test/o.webm",null,null,null,null,null]])");
    row("depth bound", R"([{"scan": "r", "maxDepth": 2}])",
        R"({"r": {"one": "https://cdn.test/1.png", "a": {"two": "https://cdn.test/2.png", "b": {"three": "https://cdn.test/3.png"}}}})",
        R"([["image","https://cdn.test/2.png",null,null,null,null,null],["image","https://cdn.test/1.png",null,null,null,null,null]])");
    row("fixed kind", R"([{"scan": "r", "kind": "document"}])", R"({"r": ["https://cdn.test/1.png"]})",
        R"([["document","https://cdn.test/1.png",null,null,null,null,null]])");
    row("duplicates once", R"([{"scan": "r"}])", R"({"r": ["https://cdn.test/1.png", {"u": "https://cdn.test/1.png"}]})",
        R"([["image","https://cdn.test/1.png",null,null,null,null,null]])");
    row("missing subtree", R"([{"scan": "nothing"}])", R"({"r": ["https://cdn.test/1.png"]})", "[]");
}

void tst_Mapping::scanArtifacts()
{
    explicitArtifacts();
}

void tst_Mapping::artifactRuleAppliesOnlyInListedStates()
{
    const auto d = load(mappingWith(R"({"artifacts": [{"path": "response_url", "kind": "text", "when": ["completed"]},
                                                      {"path": "preview", "when": ["running", "queued"]}]})"));
    QVERIFY(d);
    auto s = parse(*d, R"({"id": "j", "status": "running", "response_url": "https://q.test/r/j", "preview": "https://q.test/p.jpg"})");
    QVERIFY(s);
    QCOMPARE(artifactRows(*s), compactJson(R"([["image","https://q.test/p.jpg",null,null,null,null,null]])"));
    s = parse(*d, R"({"id": "j", "status": "completed", "response_url": "https://q.test/r/j", "preview": "https://q.test/p.jpg"})");
    QVERIFY(s);
    QCOMPARE(artifactRows(*s), compactJson(R"([["text","https://q.test/r/j",null,null,null,null,null]])"));
}

void tst_Mapping::derivedArtifacts_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("default base") << QString() << u"video_1"_s << u"completed"_s
        << QByteArray(R"([["video","https://api.acme.test/v1/videos/video_1/content","https://api.acme.test/v1/videos/video_1/content?variant=thumbnail",null,null,null,"Video"]])");
    QTest::newRow("profile base with slash") << u"http://127.0.0.1:8080/"_s << u"video_2"_s << u"completed"_s
        << QByteArray(R"([["video","http://127.0.0.1:8080/v1/videos/video_2/content","http://127.0.0.1:8080/v1/videos/video_2/content?variant=thumbnail",null,null,null,"Video"]])");
    QTest::newRow("id percent-encoded") << QString() << u"a/b c"_s << u"completed"_s
        << QByteArray(R"([["video","https://api.acme.test/v1/videos/a%2Fb%20c/content","https://api.acme.test/v1/videos/a%2Fb%20c/content?variant=thumbnail",null,null,null,"Video"]])");
    QTest::newRow("not before completion") << QString() << u"video_3"_s << u"in_progress"_s << QByteArray("[]");
    QTest::newRow("not when failed") << QString() << u"video_4"_s << u"failed"_s << QByteArray("[]");
}

void tst_Mapping::derivedArtifacts()
{
    QFETCH(QString, base);
    QFETCH(QString, id);
    QFETCH(QString, status);
    QFETCH(QByteArray, expected);
    const auto d = load(mappingWith(R"({"baseUrl": "https://api.acme.test", "derivedArtifacts": [{
        "url": "{base}/v1/videos/{id}/content", "thumbnail": "{base}/v1/videos/{id}/content?variant=thumbnail",
        "kind": "video", "title": "Video"}]})"));
    QVERIFY(d);
    JobSnapshot s;
    s.id = id;
    s.state = normalizeStatus(status);
    d->deriveArtifacts(QUrl(base), s);
    QCOMPARE(artifactRows(s), compactJson(expected));
    d->deriveArtifacts(QUrl(base), s); // applying twice adds nothing
    QCOMPARE(artifactRows(s), compactJson(expected));
}

void tst_Mapping::pollUrl_data()
{
    QTest::addColumn<QString>("templ");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected"); // empty = invalid URL
    const QString tmpl = u"{base}/v1/predictions/{id}"_s;
    QTest::newRow("default base") << tmpl << QString() << u"abc"_s << u"https://api.acme.test/v1/predictions/abc"_s;
    QTest::newRow("profile base") << tmpl << u"http://127.0.0.1:4010"_s << u"abc"_s << u"http://127.0.0.1:4010/v1/predictions/abc"_s;
    QTest::newRow("trailing slashes") << tmpl << u"https://proxy.test/api//"_s << u"abc"_s << u"https://proxy.test/api/v1/predictions/abc"_s;
    QTest::newRow("base query dropped") << tmpl << u"https://proxy.test/api?x=1#f"_s << u"abc"_s << u"https://proxy.test/api/v1/predictions/abc"_s;
    QTest::newRow("base user info dropped") << tmpl << u"https://me:secret@proxy.test/api"_s << u"abc"_s
        << u"https://proxy.test/api/v1/predictions/abc"_s;
    QTest::newRow("base with path (fal)") << u"{base}/requests/{id}/status?logs=1"_s << u"https://queue.fal.run/fal-ai/flux"_s
        << u"80e7-2a"_s << u"https://queue.fal.run/fal-ai/flux/requests/80e7-2a/status?logs=1"_s;
    QTest::newRow("slash and space encoded") << tmpl << QString() << u"a/b c"_s << u"https://api.acme.test/v1/predictions/a%2Fb%20c"_s;
    QTest::newRow("query chars encoded") << tmpl << QString() << u"x?y#z&"_s << u"https://api.acme.test/v1/predictions/x%3Fy%23z%26"_s;
    QTest::newRow("dots encoded as data") << tmpl << QString() << u"../admin"_s << u"https://api.acme.test/v1/predictions/..%2Fadmin"_s;
    QTest::newRow("unicode encoded") << tmpl << QString() << u"grü"_s << u"https://api.acme.test/v1/predictions/gr%C3%BC"_s;
    QTest::newRow("absolute template") << u"https://jobs.acme.test/status/{id}"_s << u"https://ignored.test"_s << u"7"_s
        << u"https://jobs.acme.test/status/7"_s;
    QTest::newRow("no base at all") << tmpl << u"not a url"_s << u"abc"_s << u"https://api.acme.test/v1/predictions/abc"_s;
}

void tst_Mapping::pollUrl()
{
    QFETCH(QString, templ);
    QFETCH(QString, base);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QJsonObject patch{{u"pollUrl"_s, templ}, {u"baseUrl"_s, u"https://api.acme.test/"_s}};
    const auto d = load(mappingWith(QJsonDocument(patch).toJson()));
    QVERIFY(d);
    const QUrl url = d->pollUrl(QUrl(base), id);
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
}

void tst_Mapping::authForms_data()
{
    QTest::addColumn<QByteArray>("auth");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("header");
    QTest::newRow("default") << QByteArray("null") << int(AuthForm::Scheme::Bearer) << QString();
    QTest::newRow("bearer") << QByteArray(R"({"scheme": "bearer"})") << int(AuthForm::Scheme::Bearer) << QString();
    QTest::newRow("key shorthand") << QByteArray(R"("Key")") << int(AuthForm::Scheme::Key) << QString();
    QTest::newRow("key") << QByteArray(R"({"scheme": "key"})") << int(AuthForm::Scheme::Key) << QString();
    QTest::newRow("custom header") << QByteArray(R"({"scheme": "header", "header": "x-api-key"})")
                                   << int(AuthForm::Scheme::Header) << u"x-api-key"_s;
}

void tst_Mapping::authForms()
{
    QFETCH(QByteArray, auth);
    QFETCH(int, scheme);
    QFETCH(QString, header);
    const auto d = load(mappingWith("{\"auth\": " + auth + "}"));
    QVERIFY(d);
    QCOMPARE(int(d->auth().scheme), scheme);
    QCOMPARE(d->auth().headerName, header);
}

void tst_Mapping::extraHeadersKeepTheirValues()
{
    const auto d = load(mappingWith(R"({"headers": {"X-Runway-Version": "2024-11-06", "Accept": "application/json"}})"));
    QVERIFY(d);
    const auto headers = d->extraHeaders();
    QCOMPARE(headers.size(), 2);
    QVERIFY(headers.contains(qMakePair(QByteArray("X-Runway-Version"), QByteArray("2024-11-06"))));
    QVERIFY(headers.contains(qMakePair(QByteArray("Accept"), QByteArray("application/json"))));
}

void tst_Mapping::errorBodies_data()
{
    QTest::addColumn<QByteArray>("errorBody");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected"); // code, message, requestId; "<null>" = null
    const QString null = u"<null>"_s;
    QTest::newRow("described") << QByteArray(R"({"code": "title", "message": ["detail", "title"], "requestId": "trace"})")
        << QByteArray(R"({"title": "Unauthenticated", "detail": "No token", "status": 401, "trace": "t-1"})")
        << QStringList{u"Unauthenticated"_s, u"No token"_s, u"t-1"_s};
    QTest::newRow("alternative message") << QByteArray(R"({"message": ["detail.0.msg", "detail"]})")
        << QByteArray(R"({"detail": [{"loc": ["body"], "msg": "field required"}]})")
        << QStringList{null, u"field required"_s, null};
    QTest::newRow("common fills the gaps") << QByteArray(R"({"message": "detail"})")
        << QByteArray(R"({"detail": "Not found", "request_id": "r-9", "code": "not_found"})")
        << QStringList{u"not_found"_s, u"Not found"_s, u"r-9"_s};
    QTest::newRow("no description: common shapes") << QByteArray("null")
        << QByteArray(R"({"error": {"code": "rate_limited", "message": "Slow down"}, "request_id": "r-1"})")
        << QStringList{u"rate_limited"_s, u"Slow down"_s, u"r-1"_s};
    QTest::newRow("wrong types") << QByteArray(R"({"code": "c", "message": "m"})")
        << QByteArray(R"({"c": {"x": 1}, "m": [1]})") << QStringList{null, null, null};
}

void tst_Mapping::errorBodies()
{
    QFETCH(QByteArray, errorBody);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    const auto d = load(mappingWith("{\"errorBody\": " + errorBody + "}"));
    QVERIFY(d);
    const ApiError e = parseErrorBody(body, *d);
    const auto show = [](const QString &s) { return s.isNull() ? u"<null>"_s : s; };
    QCOMPARE((QStringList{show(e.code), show(e.message), show(e.requestId)}), expected);
}

void tst_Mapping::missingIdIsAParseError()
{
    const auto d = load(mappingWith(R"({"id": ["job.id", "id"]})"));
    QVERIFY(d);
    for (const QByteArray &body : {QByteArray(R"({"status": "running"})"), QByteArray(R"({"id": "   ", "status": "running"})"),
                                  QByteArray(R"({"id": {"x": 1}})"), QByteArray(R"({"id": true})"), QByteArray(R"({"job": "x"})")}) {
        const ParseResult r = parseJob(body, *d);
        const auto *e = std::get_if<ParseError>(&r);
        QVERIFY2(e, body.constData());
        QCOMPARE(e->kind, ParseError::Kind::MissingId);
        QVERIFY(e->message.contains(u"acme"_s));
    }
}

namespace {
// Uses every feature, so that wrongly typed bodies exercise every reader.
QByteArray kitchenSinkMapping(const char *progress)
{
    return mappingWith(QByteArray(R"({"type": "type", "step": "progress.step", "message": [{"path": "queue", "format": "#{value}"}, "logs.-1"],
        "requestId": "request_id", "errorCode": "error.code", "errorMessage": ["error.message", "error"],
        "createdAt": "created_at", "startedAt": "/started_at", "updatedAt": "updated_at", "completedAt": "completed_at",
        "timestamps": "unix-seconds", "statusSynonyms": {"dreaming": "running"}, "progress": )") + progress + R"(,
        "artifacts": [{"path": "outputs", "url": "url", "thumbnail": "thumbnail", "kindPath": "type", "size": "size"},
                      {"path": "output"}, {"scan": "result", "maxDepth": 32}],
        "derivedArtifacts": [{"url": "{base}/jobs/{id}/content"}],
        "errorBody": {"message": "error.message"}})");
}

const char *const kProgressForms[] = {
    R"({"form": "percent", "path": "progress.percentage"})",
    R"({"form": "fraction", "path": ["progress", "progress.fraction"]})",
    R"({"form": "doneTotal", "done": "progress.done", "total": "progress.total"})",
    R"({"form": "regex", "path": "logs", "itemPath": "message", "regex": "(?<done>\\d+)/(?<total>\\d+)|(?<percent>\\d+)%"})",
};
} // namespace

void tst_Mapping::wronglyTypedBodiesReadAsAbsent_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("all null") << QByteArray(R"({"id": "j", "status": null, "type": null, "progress": null, "logs": null,
        "error": null, "created_at": null, "outputs": null, "output": null, "result": null, "queue": null})");
    QTest::newRow("all objects") << QByteArray(R"({"id": "j", "status": {}, "type": {}, "progress": {"step": {}, "percentage": {},
        "done": {}, "total": {}}, "logs": {}, "error": {"code": {}, "message": {}}, "created_at": {}, "outputs": {}, "output": {},
        "result": {}, "queue": {}, "request_id": {}})");
    QTest::newRow("all arrays") << QByteArray(R"({"id": "j", "status": [], "type": [[]], "progress": [1, 2], "logs": [[], {}, 3],
        "error": [], "created_at": [], "outputs": [[], 1, null, {"url": []}], "output": [[["https://x.test/a.png"]]], "result": [],
        "queue": []})");
    QTest::newRow("numbers and bools") << QByteArray(R"({"id": "j", "status": true, "type": 1.5, "progress": {"percentage": "50",
        "fraction": true, "done": 1e300, "total": -1e300}, "logs": 42, "error": 0, "created_at": 1e308, "started_at": -1e308,
        "outputs": 5, "output": false, "result": 1, "queue": 1e20, "request_id": false})");
    QTest::newRow("huge counts") << QByteArray(R"({"id": "j", "progress": {"done": 9223372036854775807, "total": 1}, "logs":
        [{"message": "99999999999999999999999/1"}, {"message": "1e999%"}]})");
    QTest::newRow("negative counts") << QByteArray(R"({"id": "j", "progress": {"done": -5, "total": -10}})");
    QByteArray deep = R"({"id": "j", "result": )";
    deep.append(QByteArray(200, '[')).append(R"("https://x.test/deep.png")").append(QByteArray(200, ']')).append('}');
    QTest::newRow("deep nesting") << deep;
    QTest::newRow("many urls") << [] {
        QByteArray b = R"({"id": "j", "status": "completed", "result": [)";
        for (int i = 0; i < 3000; ++i)
            b.append(i ? "," : "").append("\"https://x.test/").append(QByteArray::number(i)).append(".png\"");
        return b.append("]}");
    }();
}

void tst_Mapping::wronglyTypedBodiesReadAsAbsent()
{
    QFETCH(QByteArray, body);
    for (const char *progress : kProgressForms) {
        const auto d = load(kitchenSinkMapping(progress));
        QVERIFY(d);
        const auto s = parse(*d, body);
        QVERIFY(s);
        QCOMPARE(s->id, u"j"_s);
        if (s->progress)
            QVERIFY(*s->progress >= 0.0 && *s->progress <= 100.0);
        QVERIFY(s->artifacts.size() <= 500);
        if (QByteArrayView(QTest::currentDataTag()) == "many urls")
            QCOMPARE(s->artifacts.size(), 500); // bounded, however many URLs the body holds
        for (const Artifact &a : s->artifacts)
            QVERIFY(a.url.startsWith(u"https://x.test/"_s));
        JobSnapshot copy = *s;
        d->deriveArtifacts(QUrl(), copy); // no base URL anywhere: nothing derived, nothing breaks
        QCOMPARE(copy.artifacts.size(), s->artifacts.size());
        (void)parseErrorBody(body, *d);
    }
}

void tst_Mapping::mutatedBodiesNeverCrash()
{
    // Deterministic byte mutations of every preset sample, read through a mapping that uses every feature.
    QRandomGenerator rng(20240611);
    const QDir presets(dataDir() + u"/presets"_s);
    QList<QByteArray> samples;
    for (const QString &dir : presets.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString &file : QDir(presets.filePath(dir)).entryList({u"*.json"_s}, QDir::Files))
            if (!file.endsWith(u".expected.json"_s))
                samples.append(readFile(presets.filePath(dir + u'/' + file)));
    QVERIFY(samples.size() >= 20);
    int parsed = 0;
    for (const char *progress : kProgressForms) {
        const auto d = load(kitchenSinkMapping(progress));
        QVERIFY(d);
        for (const QByteArray &sample : std::as_const(samples)) {
            for (int round = 0; round < 40; ++round) {
                QByteArray body = sample;
                const int edits = 1 + int(rng.bounded(4));
                for (int i = 0; i < edits && !body.isEmpty(); ++i) {
                    const int at = int(rng.bounded(int(body.size())));
                    switch (rng.bounded(3)) {
                    case 0: body[at] = char(rng.bounded(256)); break;
                    case 1: body.remove(at, 1 + int(rng.bounded(8))); break;
                    default: body.insert(at, "[{\"1\":null}]"); break;
                    }
                }
                const ParseResult r = parseJob(body, *d);
                if (const auto *s = std::get_if<JobSnapshot>(&r)) {
                    ++parsed;
                    QVERIFY(!s->id.trimmed().isEmpty());
                    if (s->progress)
                        QVERIFY(*s->progress >= 0.0 && *s->progress <= 100.0);
                } else {
                    QVERIFY(!std::get<ParseError>(r).message.isEmpty());
                }
            }
        }
    }
    QVERIFY(parsed > 0); // some mutations keep valid JSON, so the readers ran on odd shapes too
}

void tst_Mapping::mutatedMappingsNeverCrash()
{
    QRandomGenerator rng(7);
    const QList<QByteArray> sources = {kitchenSinkMapping(kProgressForms[3]), kitchenSinkMapping(kProgressForms[0]),
                                       readFile(dataDir() + u"/mapping/example.mapping.json"_s)};
    int accepted = 0;
    for (const QByteArray &source : sources) {
        QVERIFY(!source.isEmpty());
        for (int round = 0; round < 400; ++round) {
            QByteArray doc = source;
            const int at = int(rng.bounded(int(doc.size())));
            if (rng.bounded(2))
                doc[at] = char(rng.bounded(256));
            else
                doc.remove(at, 1 + int(rng.bounded(6)));
            QString error;
            const auto d = MappingDialect::fromJson(doc, &error);
            QCOMPARE(bool(d), error.isEmpty()); // exactly one of a dialect or a reason
            if (d) {
                ++accepted;
                (void)parseJob(R"({"id": "j", "status": "completed", "result": ["https://x.test/a"]})", *d);
                (void)d->pollUrl(QUrl(), u"j"_s);
            } else {
                QVERIFY(!error.contains(u'\n'));
            }
        }
    }
    QVERIFY(accepted > 0);
}

void tst_Mapping::documentedExampleParses()
{
    // The full example of docs/mapping.md, kept in tests/data/mapping so that the documentation cannot rot.
    const auto d = load(readFile(dataDir() + u"/mapping/example.mapping.json"_s));
    QVERIFY(d);
    QCOMPARE(d->name(), u"acme-render"_s);
    QCOMPARE(d->auth().scheme, AuthForm::Scheme::Header);
    QCOMPARE(d->auth().headerName, u"x-api-key"_s);
    QCOMPARE(d->pollUrl(QUrl(), u"rj_42"_s), QUrl(u"https://api.acme-render.test/v2/renders/rj_42"_s));
    const auto s = parse(*d, readFile(dataDir() + u"/mapping/example.body.json"_s));
    QVERIFY(s);
    const QJsonObject expected = object(readFile(dataDir() + u"/mapping/example.expected.json"_s));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(compact(toJson(*s)), compact(expected));
}

QTEST_GUILESS_MAIN(tst_Mapping)
#include "tst_mapping.moc"
