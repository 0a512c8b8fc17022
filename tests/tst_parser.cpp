// parseJob on hostile input: malformed and non-object bodies, size limits, deep nesting, and missing, null
// or wrongly typed fields in every native dialect. Nothing crashes; a wrongly typed field reads as absent.

#include "formats/parser.h"
#include "formats/registry.h"
#include "model/jsonread.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = jw::ParseError::Kind;

namespace {

QString dataDir()
{
    const QByteArray env = qgetenv("JOBWATCH_TEST_DATA");
    return env.isEmpty() ? QStringLiteral(JOBWATCH_TEST_DATA_DIR) : QString::fromLocal8Bit(env);
}

QByteArray readData(const QString &relative)
{
    QFile f(dataDir() + u'/' + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readObject(const QString &relative)
{
    return QJsonDocument::fromJson(readData(relative)).object();
}

// The outcome as comparable JSON: the snapshot, or {"parseError": kind}.
QJsonObject outcome(const jw::ParseResult &r)
{
    if (const auto *e = std::get_if<jw::ParseError>(&r))
        return QJsonObject{{u"parseError"_s, int(e->kind)}};
    return jw::toJson(std::get<jw::JobSnapshot>(r));
}

// A copy of `root` with the value at `path` replaced, or removed when `value` is undefined.
QJsonValue withValueAt(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (root.isObject()) {
        QJsonObject o = root.toObject();
        if (path.isEmpty() && value.isUndefined())
            o.remove(step);
        else
            o.insert(step, withValueAt(o.value(step), path, value));
        return o;
    }
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const qsizetype i = step.toLongLong();
        if (i < 0 || i >= a.size())
            return a;
        if (path.isEmpty() && value.isUndefined())
            a.removeAt(i);
        else
            a.replace(i, withValueAt(a.at(i), path, value));
        return a;
    }
    return root;
}

void allPaths(const QJsonValue &v, const QStringList &prefix, QList<QStringList> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            out.append(prefix + QStringList{it.key()});
            allPaths(it.value(), prefix + QStringList{it.key()}, out);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            out.append(prefix + QStringList{QString::number(i)});
            allPaths(a.at(i), prefix + QStringList{QString::number(i)}, out);
        }
    }
}

struct Variant { const char *name; QJsonValue value; };
const QList<Variant> &variants()
{
    static const QList<Variant> list = {
        {"null", QJsonValue::Null},          {"bool", true},
        {"number", 42},                      {"string", u"text"_s},
        {"array", QJsonArray{1, u"x"_s}},    {"object", QJsonObject{{u"x"_s, 1}}},
    };
    return list;
}

QByteArray nested(int depth, char open, char close, const QByteArray &inner = {})
{
    QByteArray b;
    b.reserve(depth * 6 + inner.size());
    for (int i = 0; i < depth; ++i)
        b += open == '{' ? QByteArray("{\"a\":") : QByteArray(1, open);
    b += inner.isEmpty() ? QByteArray("1") : inner;
    b += QByteArray(depth, close);
    return b;
}

} // namespace

class TestParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedInput_data();
    void malformedInput();
    void missingIdNamesTheDialect_data();
    void missingIdNamesTheDialect();
    void byteOrderMarkIsAccepted();
    void wronglyTypedFieldReadsAsAbsent_data();
    void wronglyTypedFieldReadsAsAbsent();
    void everyFieldMutationIsSafe();
    void bodyAtTheLimitParsesAndAboveIsTooLarge();
    void hugeStringFieldIsTooLarge();
    void largeStringFieldParses();
    void deepNestingDoesNotCrash_data();
    void deepNestingDoesNotCrash();
    void messagesAreOneLineAndDoNotEchoInput();
    void unsafeLinksAreDroppedWithANote_data();
    void unsafeLinksAreDroppedWithANote();
};

void TestParser::malformedInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty file") << readData(u"edge/empty.json"_s) << Kind::Empty << u"empty"_s;
    QTest::newRow("whitespace only") << readData(u"edge/whitespace.json"_s) << Kind::Empty << u"empty"_s;
    QTest::newRow("array") << readData(u"edge/array.json"_s) << Kind::NotObject << u"JSON array"_s;
    QTest::newRow("empty array") << QByteArray("[]") << Kind::NotObject << u"JSON array"_s;
    QTest::newRow("string") << readData(u"edge/string.json"_s) << Kind::NotObject << u"JSON string"_s;
    QTest::newRow("number") << readData(u"edge/number.json"_s) << Kind::NotObject << u"JSON number"_s;
    QTest::newRow("negative float") << QByteArray(" -1.5e3 ") << Kind::NotObject << u"JSON number"_s;
    QTest::newRow("boolean") << QByteArray("false") << Kind::NotObject << u"JSON boolean"_s;
    QTest::newRow("null") << readData(u"edge/null.json"_s) << Kind::NotObject << u"JSON null"_s;
    QTest::newRow("truncated") << readData(u"edge/truncated.json"_s) << Kind::InvalidJson << u"not valid JSON"_s;
    QTest::newRow("truncated after brace") << QByteArray("{") << Kind::InvalidJson << u"at byte"_s;
    QTest::newRow("binary garbage") << readData(u"edge/garbage.bin"_s) << Kind::InvalidJson << u"not valid JSON"_s;
    QTest::newRow("html error page") << readData(u"edge/html-error-page.html"_s) << Kind::InvalidJson << u"not valid JSON"_s;
    QTest::newRow("two objects") << QByteArray(R"({"id":"a"}{"id":"b"})") << Kind::InvalidJson << u"not valid JSON"_s;
    QTest::newRow("trailing comma") << QByteArray(R"({"id":"a",})") << Kind::InvalidJson << u"not valid JSON"_s;
    QTest::newRow("number out of range") << QByteArray(R"({"id":"a","progress":1e999})") << Kind::InvalidJson << u"number"_s;
    QTest::newRow("bare word") << QByteArray("completed") << Kind::InvalidJson << u"not valid JSON"_s;
    QTest::newRow("NUL bytes") << QByteArray(16, '\0') << Kind::InvalidJson << u"not valid JSON"_s;
    QTest::newRow("empty object") << QByteArray("{}") << Kind::MissingId << u"job ID"_s;
}

void TestParser::malformedInput()
{
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, mentions);

    for (const QString &name : jw::nativeDialectNames()) {
        const auto dialect = jw::createDialect(name);
        QVERIFY(dialect);
        const jw::ParseResult r = jw::parseJob(body, *dialect);
        const auto *e = std::get_if<jw::ParseError>(&r);
        QVERIFY2(e, qPrintable(name + u": parsed although malformed"_s));
        QCOMPARE(int(e->kind), int(kind));
        QVERIFY2(e->message.contains(mentions, Qt::CaseInsensitive), qPrintable(e->message));
        QVERIFY2(!e->message.contains(u'\n'), qPrintable(e->message));
        QCOMPARE(jw::parseErrorBody(body, *dialect).isEmpty(), true);
    }
}

void TestParser::missingIdNamesTheDialect_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("idField");
    const QList<QPair<QString, QString>> fields = {
        {u"theo"_s, u"id"_s}, {u"vidocu"_s, u"jobId"_s}, {u"scenes"_s, u"job_id"_s}, {u"muvi"_s, u"jobId"_s}};
    for (const auto &[dialect, field] : fields)
        QTest::addRow("%s", qPrintable(dialect)) << dialect << field;
}

void TestParser::missingIdNamesTheDialect()
{
    QFETCH(QString, dialect);
    QFETCH(QString, idField);
    const auto d = jw::createDialect(dialect);
    QVERIFY(d);
    const QList<QJsonValue> badIds = {QJsonValue(QJsonValue::Undefined), QJsonValue::Null, 123, true, u""_s,
                                      u"   "_s, QJsonArray{u"job_1"_s}, QJsonObject{{u"id"_s, u"job_1"_s}}};
    for (const QJsonValue &id : badIds) {
        QJsonObject o{{u"status"_s, u"completed"_s}, {u"progress"_s, 100}};
        if (!id.isUndefined())
            o.insert(idField, id);
        const jw::ParseResult r = jw::parseJob(QJsonDocument(o).toJson(), *d);
        const auto *e = std::get_if<jw::ParseError>(&r);
        QVERIFY2(e, qPrintable(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
        QCOMPARE(int(e->kind), int(Kind::MissingId));
        QVERIFY2(e->message.contains(u"job ID"_s) && e->message.contains(dialect), qPrintable(e->message));
    }
    // The same object with a proper id parses.
    const QJsonObject ok{{idField, u"job_1"_s}, {u"status"_s, u"completed"_s}};
    QVERIFY(std::holds_alternative<jw::JobSnapshot>(jw::parseJob(QJsonDocument(ok).toJson(), *d)));
}

void TestParser::byteOrderMarkIsAccepted()
{
    const auto d = jw::createDialect(u"theo"_s);
    const jw::ParseResult r = jw::parseJob(readData(u"edge/bom-object.json"_s), *d);
    QVERIFY(std::holds_alternative<jw::JobSnapshot>(r));
    QCOMPARE(std::get<jw::JobSnapshot>(r).id, u"job_bom1"_s);
}

void TestParser::wronglyTypedFieldReadsAsAbsent_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");

    struct Field { const char *dialect; const char *file; const char *path; QStringList accepted; };
    const QString str = u"string"_s, num = u"number"_s, obj = u"object"_s, arr = u"array"_s;
    const QList<Field> fields = {
        {"theo", "failed-error-string", "id", {str}},
        {"theo", "failed-error-string", "type", {str}},
        {"theo", "failed-error-string", "status", {str}},
        {"theo", "failed-error-string", "progress", {num}},
        {"theo", "failed-error-string", "error", {str, obj}},
        {"theo", "failed-error-object", "error.code", {str}},
        {"theo", "failed-error-string", "created_at", {str}},
        {"theo", "failed-error-string", "completed_at", {str}},
        {"theo", "doc-completed-video", "result", {obj}},
        {"theo", "doc-completed-video", "result.videoUrl", {str}},
        {"theo", "doc-result-document", "result.downloadUrl", {str}},
        {"theo", "doc-result-document", "result.sizeBytes", {num}},
        {"theo", "doc-result-document", "result.title", {str}},
        {"theo", "doc-result-document", "result.format", {str}},
        {"theo", "completed-research-full", "result.report", {str}},
        {"theo", "completed-research-full", "result.sources", {arr}},
        {"theo", "completed-research-full", "result.queries", {arr}},
        {"theo", "completed-research-full", "result.sourceCount", {num}},
        {"vidocu", "doc-processing", "jobId", {str}},
        {"vidocu", "doc-processing", "type", {str}},
        {"vidocu", "doc-processing", "status", {str}},
        {"vidocu", "doc-processing", "progress", {obj}},
        {"vidocu", "doc-processing", "progress.step", {str}},
        {"vidocu", "doc-processing", "progress.message", {str}},
        {"vidocu", "doc-processing", "progress.percentage", {num}},
        {"vidocu", "doc-processing", "createdAt", {str}},
        {"vidocu", "doc-processing", "updatedAt", {str}},
        {"vidocu", "failed", "error", {str, obj}},
        {"vidocu", "completed-export", "result", {obj, arr}},
        {"vidocu", "completed-export", "result.downloadUrl", {str}},
        {"scenes", "failed", "job_id", {str}},
        {"scenes", "failed", "status", {str}},
        {"scenes", "failed", "scenes_completed", {num}},
        {"scenes", "failed", "scenes_total", {num}},
        {"scenes", "failed", "error", {obj, str}},
        {"scenes", "failed", "error.code", {str}},
        {"scenes", "failed", "error.message", {str}},
        {"scenes", "failed", "started_at", {str}},
        {"scenes", "completed-signed-urls", "result", {obj}},
        {"scenes", "completed-signed-urls", "result.scenes", {arr}},
        {"scenes", "completed-signed-urls", "result.scenes.0.image_url", {str}},
        {"scenes", "completed-signed-urls", "result.scenes.0.caption", {str}},
        {"scenes", "completed-signed-urls", "result.scenes.0.thumbnail_url", {str}},
        {"scenes", "completed-numbered-scenes", "result.scenes.2.scene_number", {num}},
        {"muvi", "doc-completed", "jobId", {str}},
        {"muvi", "doc-completed", "status", {str}},
        {"muvi", "doc-processing", "progress", {num}},
        {"muvi", "completed-output-only", "output", {str}},
        {"muvi", "doc-completed", "outputs", {arr}},
        {"muvi", "doc-completed", "outputs.0.url", {str}},
        {"muvi", "completed-mixed-outputs", "outputs.1.type", {str}},
        {"muvi", "doc-completed", "outputs.0.thumbnail", {str}},
        {"muvi", "doc-completed", "outputs.0.posterImage", {str}},
        {"muvi", "doc-completed", "createdAt", {str}},
        {"muvi", "doc-completed", "completedAt", {str}},
        {"muvi", "doc-failed", "error", {obj, str}},
        {"muvi", "doc-failed", "error.message", {str}},
    };
    const QHash<QString, QString> typeOf = {{u"null"_s, u"null"_s}, {u"bool"_s, u"bool"_s}, {u"number"_s, num},
                                            {u"string"_s, str}, {u"array"_s, arr}, {u"object"_s, obj}};
    for (const Field &f : fields) {
        for (const Variant &v : variants()) {
            if (f.accepted.contains(typeOf.value(QString::fromLatin1(v.name))))
                continue;
            QTest::addRow("%s %s = %s", f.dialect, f.path, v.name)
                << QString::fromLatin1(f.dialect)
                << QString::fromLatin1(f.dialect) + u'/' + QString::fromLatin1(f.file) + u".json"_s
                << QString::fromLatin1(f.path) << v.value;
        }
    }
}

void TestParser::wronglyTypedFieldReadsAsAbsent()
{
    QFETCH(QString, dialect);
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);

    const auto d = jw::createDialect(dialect);
    QVERIFY(d);
    const QJsonObject base = readObject(file);
    QVERIFY2(!base.isEmpty(), qPrintable(file));
    const QStringList steps = path.split(u'.');
    QVERIFY2(!jw::json::at(base, path).isUndefined(), "the field must exist in the base case");

    const QJsonObject removed = withValueAt(base, steps, QJsonValue(QJsonValue::Undefined)).toObject();
    const QJsonObject mutated = withValueAt(base, steps, value).toObject();
    const QJsonObject want = outcome(jw::parseJob(QJsonDocument(removed).toJson(), *d));
    const QJsonObject got = outcome(jw::parseJob(QJsonDocument(mutated).toJson(), *d));
    QCOMPARE(got, want);
    // The field mattered: the removal changed the outcome (so the comparison above is not vacuous).
    QVERIFY2(outcome(jw::parseJob(QJsonDocument(base).toJson(), *d)) != want, "field has no effect in its base case");
}

void TestParser::everyFieldMutationIsSafe()
{
    QStringList files;
    for (const QString &name : jw::nativeDialectNames())
        for (const QString &f : QDir(dataDir() + u'/' + name).entryList({u"*.json"_s}, QDir::Files))
            if (!f.endsWith(u".expected.json"_s))
                files.append(name + u'/' + f);
    QVERIFY(files.size() >= 24);

    std::vector<std::unique_ptr<jw::Dialect>> dialects;
    for (const QString &name : jw::nativeDialectNames())
        dialects.push_back(jw::createDialect(name));

    int parsed = 0;
    for (const QString &file : std::as_const(files)) {
        const QJsonObject base = readObject(file);
        QList<QStringList> paths;
        allPaths(base, {}, paths);
        for (const QStringList &path : std::as_const(paths)) {
            QList<QJsonValue> values{QJsonValue(QJsonValue::Undefined)};
            for (const Variant &v : variants())
                values.append(v.value);
            for (const QJsonValue &value : std::as_const(values)) {
                const QByteArray body = QJsonDocument(withValueAt(base, path, value).toObject()).toJson();
                for (const auto &d : dialects) {
                    const jw::ParseResult r = jw::parseJob(body, *d);
                    ++parsed;
                    if (const auto *e = std::get_if<jw::ParseError>(&r)) {
                        QCOMPARE(int(e->kind), int(Kind::MissingId));
                        continue;
                    }
                    const jw::JobSnapshot &s = std::get<jw::JobSnapshot>(r);
                    const QString where = file + u' ' + path.join(u'.') + u' ' + d->name();
                    QVERIFY2(!s.id.trimmed().isEmpty(), qPrintable(where));
                    QVERIFY2(!s.progress || (*s.progress >= 0 && *s.progress <= 100), qPrintable(where));
                    QVERIFY2(s.state != jw::JobState::Completed || s.progress == 100.0, qPrintable(where));
                    QStringList urls;
                    for (const jw::Artifact &a : s.artifacts) {
                        QVERIFY2(!a.url.isEmpty() && !urls.contains(a.url), qPrintable(where));
                        urls.append(a.url);
                    }
                    QCOMPARE(jw::toJson(s).size(), 19);
                }
            }
        }
    }
    QVERIFY(parsed > 10000);
}

void TestParser::bodyAtTheLimitParsesAndAboveIsTooLarge()
{
    const auto d = jw::createDialect(u"muvi"_s);
    QByteArray body = R"({"jobId":"job_1","status":"processing","progress":50})";
    body += QByteArray(jw::kMaxStatusBody - body.size(), ' ');
    QCOMPARE(body.size(), jw::kMaxStatusBody);
    QVERIFY(std::holds_alternative<jw::JobSnapshot>(jw::parseJob(body, *d)));

    body += ' ';
    const jw::ParseResult r = jw::parseJob(body, *d);
    QVERIFY(std::holds_alternative<jw::ParseError>(r));
    QCOMPARE(int(std::get<jw::ParseError>(r).kind), int(Kind::TooLarge));
    // A caller may set a smaller cap.
    const jw::ParseResult small = jw::parseJob(R"({"jobId":"job_1","status":"processing"})", *d, 16);
    QCOMPARE(int(std::get<jw::ParseError>(small).kind), int(Kind::TooLarge));
}

void TestParser::hugeStringFieldIsTooLarge()
{
    const auto d = jw::createDialect(u"theo"_s);
    const QByteArray body = R"({"id":"job_1","status":"failed","error":")" + QByteArray(5 * 1024 * 1024, 'x') + R"("})";
    const jw::ParseResult r = jw::parseJob(body, *d);
    QVERIFY(std::holds_alternative<jw::ParseError>(r));
    const jw::ParseError &e = std::get<jw::ParseError>(r);
    QCOMPARE(int(e.kind), int(Kind::TooLarge));
    QVERIFY2(e.message.contains(QString::number(body.size())) && e.message.contains(QString::number(jw::kMaxStatusBody))
                 && e.message.contains(u"limit"_s),
             qPrintable(e.message));
    QVERIFY(e.message.size() < 200);
}

void TestParser::largeStringFieldParses()
{
    const auto d = jw::createDialect(u"theo"_s);
    const QByteArray text(1536 * 1024, 'y');
    const QByteArray body = R"({"id":"job_1","status":"failed","progress":30,"error":")" + text + R"("})";
    const jw::ParseResult r = jw::parseJob(body, *d);
    QVERIFY(std::holds_alternative<jw::JobSnapshot>(r));
    const jw::JobSnapshot &s = std::get<jw::JobSnapshot>(r);
    QVERIFY(s.error);
    QCOMPARE(s.error->message.size(), text.size());
    QCOMPARE(s.progress, std::optional<double>(30));
}

void TestParser::deepNestingDoesNotCrash_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::newRow("10000 arrays") << nested(10000, '[', ']') << false;
    QTest::newRow("10000 objects") << nested(10000, '{', '}') << false;
    QTest::newRow("10000 arrays in result")
        << (R"({"id":"a","jobId":"a","job_id":"a","status":"completed","result":)" + nested(10000, '[', ']') + '}') << false;
    QTest::newRow("10000 objects in outputs")
        << (R"({"jobId":"a","status":"completed","outputs":)" + nested(10000, '{', '}') + '}') << false;
    // Within the JSON parser's own limit: parses, and URL collection stays bounded.
    const QByteArray url = R"("https://deep.example/x.mp4")";
    QTest::newRow("500 arrays in result")
        << (R"({"id":"a","jobId":"a","job_id":"a","status":"completed","result":)" + nested(500, '[', ']', url) + '}') << true;
    QTest::newRow("500 objects in result")
        << (R"({"id":"a","jobId":"a","job_id":"a","status":"completed","result":)" + nested(500, '{', '}', url) + '}') << true;
}

void TestParser::deepNestingDoesNotCrash()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    for (const QString &name : jw::nativeDialectNames()) {
        const auto d = jw::createDialect(name);
        const jw::ParseResult r = jw::parseJob(body, *d);
        if (valid) {
            QVERIFY2(std::holds_alternative<jw::JobSnapshot>(r), qPrintable(name));
            QVERIFY(std::get<jw::JobSnapshot>(r).artifacts.isEmpty()); // deeper than any dialect looks
        } else {
            QVERIFY2(std::holds_alternative<jw::ParseError>(r), qPrintable(name));
            const jw::ParseError &e = std::get<jw::ParseError>(r);
            QCOMPARE(int(e.kind), int(Kind::InvalidJson));
            QVERIFY2(e.message.contains(u"nested"_s), qPrintable(e.message));
        }
        QVERIFY(jw::parseErrorBody(body, *d).isEmpty() || valid);
    }
}

void TestParser::messagesAreOneLineAndDoNotEchoInput()
{
    const auto d = jw::createDialect(u"vidocu"_s);
    const QList<QByteArray> bodies = {
        "Authorization: Bearer sk-live-SECRET123\n\n{broken",
        "{\"jobId\": \"x\",\n \"token\": \"sk-live-SECRET123\"\n",
        "[\"sk-live-SECRET123\"]",
        "\"sk-live-SECRET123\"",
    };
    for (const QByteArray &body : bodies) {
        const jw::ParseResult r = jw::parseJob(body, *d);
        QVERIFY(std::holds_alternative<jw::ParseError>(r));
        const QString message = std::get<jw::ParseError>(r).message;
        QVERIFY2(!message.contains(u"SECRET"_s), qPrintable(message));
        QVERIFY2(!message.contains(u'\n') && !message.isEmpty(), qPrintable(message));
    }
}

// Only http(s) links become artifacts, thumbnails, posters or report sources (DESIGN.md §5). The rest is dropped
// by the parser for every dialect and mapping, and the note for the job's messages names the schemes.
void TestParser::unsafeLinksAreDroppedWithANote_data()
{
    QTest::addColumn<QString>("dialect"); // a native dialect, or "mapping"
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("kept");  // the artifact and source URLs left, in order
    QTest::addColumn<QString>("note");      // empty: none
    QTest::newRow("theo video javascript, thumbnail file")
        << u"theo"_s
        << QByteArray(R"J({"id":"j","type":"video","status":"completed","result":{"videoUrl":"javascript:alert(1)","thumbnailUrl":"file:///etc/passwd"}})J")
        << QStringList() << u"dropped 2 link(s) that are not http or https: javascript:, file:"_s;
    QTest::newRow("theo video kept, thumbnail data")
        << u"theo"_s
        << QByteArray(R"J({"id":"j","type":"video","status":"completed","result":{"videoUrl":"https://cdn.test/a.mp4","thumbnailUrl":"data:image/png;base64,AA"}})J")
        << QStringList{u"https://cdn.test/a.mp4"_s} << u"dropped 1 link(s) that are not http or https: data:"_s;
    QTest::newRow("theo research source javascript")
        << u"theo"_s
        << QByteArray(R"J({"id":"j","type":"research","status":"completed","result":{"report":"# R","sources":[{"title":"bad","url":"JavaScript:alert(1)"},{"title":"good","url":"https://example.org/"}]}})J")
        << QStringList{u"https://example.org/"_s} << u"dropped 1 link(s) that are not http or https: javascript:"_s;
    QTest::newRow("scenes file image")
        << u"scenes"_s
        << QByteArray(R"J({"job_id":"j","status":"completed","result":{"scenes":[{"image_url":"file:///home/u/a.png"},{"image_url":"https://cdn.test/b.png"}]}})J")
        << QStringList{u"https://cdn.test/b.png"_s} << u"dropped 1 link(s) that are not http or https: file:"_s;
    QTest::newRow("muvi data output")
        << u"muvi"_s
        << QByteArray(R"J({"jobId":"j","status":"completed","output":"data:video/mp4;base64,AAAA","outputs":[{"url":"data:video/mp4;base64,AAAA","type":"video"}]})J")
        << QStringList() << u"dropped 2 link(s) that are not http or https: data:"_s;
    QTest::newRow("mapping relative path")
        << u"mapping"_s << QByteArray(R"J({"id":"j","status":"completed","output":["/relative.png","https://ok.test/a.png"]})J")
        << QStringList{u"https://ok.test/a.png"_s} << u"dropped 1 link(s) that are not http or https (relative or malformed)"_s;
    QTest::newRow("mapping javascript")
        << u"mapping"_s << QByteArray(R"J({"id":"j","status":"completed","output":"javascript:alert(document.cookie)"})J")
        << QStringList() << u"dropped 1 link(s) that are not http or https: javascript:"_s;
    QTest::newRow("clean answer")
        << u"theo"_s << QByteArray(R"({"id":"j","type":"image","status":"completed","result":{"imageUrl":"https://cdn.test/a.png"}})")
        << QStringList{u"https://cdn.test/a.png"_s} << QString();
}

void TestParser::unsafeLinksAreDroppedWithANote()
{
    QFETCH(QString, dialect);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, kept);
    QFETCH(QString, note);
    const auto d = dialect == u"mapping"_s
        ? jw::createMappingDialect(R"({"name": "m", "pollUrl": "https://api.test/{id}", "id": "id", "status": "status",
                                      "artifacts": [{"path": "output"}]})")
        : jw::createDialect(dialect);
    QVERIFY(d);
    QString got = u"(not set)"_s;
    const jw::ParseResult r = jw::parseJob(body, *d, jw::kMaxStatusBody, {}, nullptr, &got);
    QVERIFY(std::holds_alternative<jw::JobSnapshot>(r));
    const jw::JobSnapshot &s = std::get<jw::JobSnapshot>(r);
    QStringList urls;
    for (const jw::Artifact &a : s.artifacts) {
        urls.append(a.url);
        QVERIFY2(a.thumbnailUrl.isNull() && a.posterUrl.isNull(), qPrintable(a.thumbnailUrl + a.posterUrl));
    }
    if (s.report) {
        for (const jw::Source &source : s.report->sources)
            urls.append(source.url);
    }
    QCOMPARE(urls, kept);
    QCOMPARE(got, note);
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
