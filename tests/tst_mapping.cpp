// The declarative custom mapping (app/mapping, docs/mapping.md): every field, progress form, URL, auth and error-body feature.
// Artifacts: tst_mappingartifacts.cpp; validation errors and malformed input: tst_mappingvalidation.cpp.

#include "formats/parser.h"
#include "model/normalize.h"
#include "formats/mapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "mappingtesthelpers.h"

using namespace Qt::StringLiterals;
using namespace jw;
using namespace jw::mappingtest;

// Declared first: moc misreads multi-line raw strings that contain "//".
class tst_Mapping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
    void pollUrl_data();
    void pollUrl();
    void authForms_data();
    void authForms();
    void extraHeadersKeepTheirValues();
    void errorBodies_data();
    void errorBodies();
    void documentedExampleParses();
};

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
