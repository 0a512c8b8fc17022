// The declarative custom mapping (app/mapping, docs/mapping.md): explicit, scanned, state-limited and derived artifacts.

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
class tst_MappingArtifacts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explicitArtifacts_data();
    void explicitArtifacts();
    void scanArtifacts_data();
    void scanArtifacts();
    void artifactRuleAppliesOnlyInListedStates();
    void derivedArtifacts_data();
    void derivedArtifacts();
    void derivedTemplatesUseTheMappingsVars();
    void varProblemsNameTheKeyAndTheFix_data();
    void varProblemsNameTheKeyAndTheFix();
    void base64ResultsAreDecoded();
    void base64ProblemsAreNamed();
    void base64RuleProblemsNameTheKeyAndTheFix_data();
    void base64RuleProblemsNameTheKeyAndTheFix();
};

void tst_MappingArtifacts::explicitArtifacts_data()
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

void tst_MappingArtifacts::explicitArtifacts()
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

void tst_MappingArtifacts::scanArtifacts_data()
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

void tst_MappingArtifacts::scanArtifacts()
{
    explicitArtifacts();
}

void tst_MappingArtifacts::artifactRuleAppliesOnlyInListedStates()
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

void tst_MappingArtifacts::derivedArtifacts_data()
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

void tst_MappingArtifacts::derivedArtifacts()
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

void tst_MappingArtifacts::derivedTemplatesUseTheMappingsVars()
{
    // MiniMax-style: the body names a file_id; the result's URL is built from it.
    const auto d = load(mappingWith(R"({"baseUrl": "https://api.acme.test", "statusSynonyms": {"success": "completed"},
        "vars": {"fileId": ["file_id", "file.id"], "group": "meta.group"},
        "derivedArtifacts": [{"url": "{base}/v1/files/{fileId}/content?group={group}", "kind": "video", "title": "Video"},
                             {"url": "{base}/v1/jobs/{id}/poster.jpg", "kind": "image", "when": ["running", "completed"]}]})"));
    QVERIFY(d);
    const QJsonObject body = object(R"({"id": "t 1", "status": "Success", "file_id": "a/b c", "meta": {"group": "g1"}})");
    auto s = parse(*d, QJsonDocument(body).toJson());
    QVERIFY(s);
    d->deriveArtifacts(QUrl(), body, *s);
    QCOMPARE(s->artifacts.size(), 2);
    QCOMPARE(s->artifacts.at(0).url, u"https://api.acme.test/v1/files/a%2Fb%20c/content?group=g1"_s);
    QCOMPARE(s->artifacts.at(0).kind, ArtifactKind::Video);
    QCOMPARE(s->artifacts.at(1).url, u"https://api.acme.test/v1/jobs/t%201/poster.jpg"_s);
    // A var the body does not have: that rule gives nothing, the others still do.
    const QJsonObject noFile = object(R"({"id": "t1", "status": "success", "meta": {"group": "g1"}})");
    auto t = parse(*d, QJsonDocument(noFile).toJson());
    QVERIFY(t);
    d->deriveArtifacts(QUrl(), noFile, *t);
    QCOMPARE(t->artifacts.size(), 1);
    QVERIFY(t->artifacts.at(0).url.endsWith(u"/poster.jpg"_s));
}

void tst_MappingArtifacts::varProblemsNameTheKeyAndTheFix_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown placeholder") << QByteArray(R"({"vars": {"fileId": "file_id"}, "derivedArtifacts": [{"url": "{base}/f/{file_id}"}]})")
                                         << u"\"derivedArtifacts[0].url\" must contain {id} or one of the \"vars\" ({fileId})"_s;
    QTest::newRow("unknown beside known") << QByteArray(R"({"vars": {"fileId": "file_id"}, "derivedArtifacts": [{"url": "{base}/f/{fileId}/{size}"}]})")
                                          << u"has an unknown placeholder {size}; known are {base}, {id} and the \"vars\" {fileId}"_s;
    QTest::newRow("no vars") << QByteArray(R"({"derivedArtifacts": [{"url": "{base}/{id}/{model}"}]})")
                             << u"unknown placeholder {model}; only {base} and {id} are known here"_s;
    QTest::newRow("bad var name") << QByteArray(R"({"vars": {"file-id": "file_id"}})") << u"\"vars.file-id\" needs a name"_s;
    QTest::newRow("var named id") << QByteArray(R"({"vars": {"id": "x"}})") << u"is not \"id\" or \"base\""_s;
    QTest::newRow("var not a field") << QByteArray(R"({"vars": {"fileId": 3}})") << u"\"vars.fileId\" must be a path string"_s;
    QTest::newRow("vars in pollUrl") << QByteArray(R"({"vars": {"fileId": "f"}, "pollUrl": "{base}/{fileId}"})")
                                     << u"\"pollUrl\" must contain {id}"_s;
}

void tst_MappingArtifacts::varProblemsNameTheKeyAndTheFix()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!MappingDialect::fromJson(mappingWith(patch), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

namespace {
// The smallest PNG: signature and IHDR of a 1x1 image (enough for the MIME sniffer).
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000");
} // namespace

void tst_MappingArtifacts::base64ResultsAreDecoded()
{
    const auto d = load(mappingWith(R"({"artifacts": [{"path": "image", "encoding": "base64", "when": ["completed"]},
                                                      {"path": "outputs", "url": "data", "encoding": "base64", "kind": "document"}]})"));
    QVERIFY(d);
    const QString plain = QString::fromLatin1(kPng.toBase64());
    const QString wrapped = plain.left(20) + u"\n"_s + plain.mid(20); // MIME-style line breaks
    const QString dataUrl = u"data:application/pdf;base64,"_s + QString::fromLatin1(QByteArray("%PDF-1.4 x").toBase64());
    const QJsonObject body{{u"id"_s, u"j"_s}, {u"status"_s, u"completed"_s}, {u"image"_s, wrapped},
                           {u"outputs"_s, QJsonArray{QJsonObject{{u"data"_s, dataUrl}}}}};
    const auto s = parse(*d, QJsonDocument(body).toJson());
    QVERIFY(s);
    QCOMPARE(s->artifacts.size(), 2);
    const Artifact &image = s->artifacts.at(0);
    QCOMPARE(image.kind, ArtifactKind::Image); // from the bytes' MIME type
    QCOMPARE(image.mimeType, u"image/png"_s);
    QCOMPARE(image.sizeBytes, kPng.size());
    QCOMPARE(image.url, inlineUrl(kPng, u"png"_s));
    QVERIFY(image.url.startsWith(u"jobwatch-inline:"_s));
    QCOMPARE(s->artifacts.at(1).mimeType, u"application/pdf"_s); // from the data: prefix
    QCOMPARE(s->artifacts.at(1).kind, ArtifactKind::Document);
    QVERIFY(s->artifacts.at(1).url.endsWith(u".pdf"_s));
    // The bytes themselves, for the engine to keep.
    QStringList problems;
    const QList<InlineResult> results = d->inlineResults(body, *s, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'|')));
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).bytes, kPng);
    QCOMPARE(results.at(0).url, image.url);
    QCOMPARE(results.at(1).bytes, QByteArray("%PDF-1.4 x"));
    // The rule's "when" holds for the bytes too: a running answer gives none.
    JobSnapshot running = *s;
    running.state = JobState::Running;
    QCOMPARE(d->inlineResults(body, running, nullptr).size(), 1);
}

void tst_MappingArtifacts::base64ProblemsAreNamed()
{
    const auto d = load(mappingWith(R"({"artifacts": [{"path": "images", "encoding": "base64"}]})"));
    QVERIFY(d);
    const QJsonObject body{{u"id"_s, u"j"_s}, {u"status"_s, u"completed"_s},
                           {u"images"_s, QJsonArray{QString::fromLatin1(kPng.toBase64()), u"not base64!"_s, 42}}};
    const auto s = parse(*d, QJsonDocument(body).toJson());
    QVERIFY(s);
    QCOMPARE(s->artifacts.size(), 1); // the good one stays
    QStringList problems;
    QCOMPARE(d->inlineResults(body, *s, &problems).size(), 1);
    QCOMPARE(problems, (QStringList{u"artifacts[0]: item 2 is not valid base64 data (11 characters)"_s,
                                    u"artifacts[0]: item 3 is not text, so it is not base64 data"_s}));
    const QStringList why = d->explain(body);
    QVERIFY2(why.contains(u"artifacts[0]: item 2 is not valid base64 data (11 characters)"_s), qPrintable(why.join(u'\n')));
}

void tst_MappingArtifacts::base64RuleProblemsNameTheKeyAndTheFix_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown encoding") << QByteArray(R"({"artifacts": [{"path": "x", "encoding": "hex"}]})")
                                      << u"\"artifacts[0].encoding\" must be \"url\" (the default) or \"base64\" (got \"hex\")"_s;
    QTest::newRow("scan") << QByteArray(R"({"artifacts": [{"scan": "", "encoding": "base64"}]})")
                          << u"base64 results need a \"path\" rule"_s;
    QTest::newRow("thumbnail") << QByteArray(R"({"artifacts": [{"path": "x", "thumbnail": "t", "encoding": "base64"}]})")
                               << u"\"artifacts[0].thumbnail\" does not apply to base64 results"_s;
    QTest::newRow("not text") << QByteArray(R"({"artifacts": [{"path": "x", "encoding": true}]})") << u"artifacts[0].encoding"_s;
}

void tst_MappingArtifacts::base64RuleProblemsNameTheKeyAndTheFix()
{
    varProblemsNameTheKeyAndTheFix();
}

QTEST_GUILESS_MAIN(tst_MappingArtifacts)
#include "tst_mappingartifacts.moc"
