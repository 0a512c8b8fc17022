// The declarative custom mapping (app/mapping, docs/mapping.md): every validation error of MappingDialect::fromJson,
// missing ids, and robustness against wrongly typed or mutated bodies and mappings.

#include "formats/parser.h"
#include "model/normalize.h"
#include "formats/mapping.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include "mappingtesthelpers.h"

using namespace Qt::StringLiterals;
using namespace jw;
using namespace jw::mappingtest;

// Declared first: moc misreads multi-line raw strings that contain "//".
class tst_MappingValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsDocumentsThatAreNotMappings_data();
    void rejectsDocumentsThatAreNotMappings();
    void rejectsInvalidMappingsWithSpecificReason_data();
    void rejectsInvalidMappingsWithSpecificReason();
    void missingIdIsAParseError();
    void wronglyTypedBodiesReadAsAbsent_data();
    void wronglyTypedBodiesReadAsAbsent();
    void mutatedBodiesNeverCrash();
    void mutatedMappingsNeverCrash();
};

void tst_MappingValidation::rejectsDocumentsThatAreNotMappings_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"({"name": "x")") << u"not valid JSON"_s;
    QTest::newRow("garbage") << QByteArray("\x00\xff\xfe", 3) << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << u"JSON array"_s;
}

void tst_MappingValidation::rejectsDocumentsThatAreNotMappings()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!MappingDialect::fromJson(document, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    QVERIFY(!MappingDialect::fromJson(document, nullptr)); // a null error pointer is fine
}

void tst_MappingValidation::rejectsInvalidMappingsWithSpecificReason_data()
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
    row("auth unknown scheme", R"({"auth": {"scheme": "basic"}})", u"\"auth.scheme\" must be bearer, key, jwt-hs256 or header (got \"basic\")"_s);
    row("auth unknown shorthand", R"({"auth": "token"})", u"\"auth.scheme\" must be bearer, key, jwt-hs256 or header (got \"token\")"_s);
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
    row("result lifetime too short", R"({"resultLifetimeSeconds": 5})", u"\"resultLifetimeSeconds\" must be a whole number from 60"_s);
    row("result lifetime not a number", R"({"resultLifetimeSeconds": "1h"})", u"\"resultLifetimeSeconds\""_s);
    row("idPattern invalid", R"({"idPattern": "[a-z"})", u"\"idPattern\" is not a valid regular expression"_s);
    row("input not object", R"({"input": "input.prompt"})", u"\"input\" must be an object of input names and fields, not string"_s);
    row("input empty", R"({"input": {}})", u"\"input\" names no input"_s);
    row("input bad name", R"({"input": {"2nd prompt": "p"}})", u"\"input.2nd prompt\" needs a name of up to 64 letters"_s);
    row("input field type", R"({"input": {"seed": 5}})", u"\"input.seed\" must be a path string"_s);
    row("input format without value", R"({"input": {"seed": {"path": "s", "format": "Seed"}}})", u"\"input.seed.format\" must contain {value}"_s);
    row("cost not object", R"({"cost": "metrics.predict_time"})", u"\"cost\" must be an object with \"value\" and \"unit\", not string"_s);
    row("cost without unit", R"({"cost": {"value": "metrics.predict_time"}})", u"\"cost.unit\" is missing."_s);
    row("cost without value", R"({"cost": {"unit": "seconds"}})", u"\"cost.value\" is missing"_s);
    row("cost unit unknown", R"({"cost": {"value": "price", "unit": "dollars"}})", u"\"cost.unit\" must be \"seconds\" (compute time), \"credits\" or a currency code in capitals such as \"USD\" (got \"dollars\")."_s);
    row("cost estimate not bool", R"({"cost": {"value": "price", "unit": "USD", "estimate": "yes"}})", u"\"cost.estimate\" must be true or false"_s);
    row("cost unknown key", R"({"cost": {"value": "price", "unit": "USD", "currency": "USD"}})", u"Unknown key \"currency\" in \"cost\"."_s);
    row("input rest not a path", R"({"input": {"*": ["input"]}})", u"\"input.*\" must be a path string"_s);
}

void tst_MappingValidation::rejectsInvalidMappingsWithSpecificReason()
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
void tst_MappingValidation::missingIdIsAParseError()
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

void tst_MappingValidation::wronglyTypedBodiesReadAsAbsent_data()
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

void tst_MappingValidation::wronglyTypedBodiesReadAsAbsent()
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

void tst_MappingValidation::mutatedBodiesNeverCrash()
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

void tst_MappingValidation::mutatedMappingsNeverCrash()
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

QTEST_GUILESS_MAIN(tst_MappingValidation)
#include "tst_mappingvalidation.moc"
