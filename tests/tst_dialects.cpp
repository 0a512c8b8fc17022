// The four native dialects against every example of the provider documents (tests/data/<dialect>/*.json,
// each with the exact expected snapshot in <case>.expected.json), their HTTP error bodies and poll URLs.

#include "formats/parser.h"
#include "formats/registry.h"
#include "model/job.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    const QByteArray env = qgetenv("JOBWATCH_TEST_DATA");
    return env.isEmpty() ? QStringLiteral(JOBWATCH_TEST_DATA_DIR) : QString::fromLocal8Bit(env);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    // Wrap scalars so strings keep their quotes and null reads as null.
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

// One line per differing field: "  artifacts[0].kind: expected "video", got "other"".
void diff(const QJsonValue &expected, const QJsonValue &actual, const QString &path, QStringList &out)
{
    if (expected == actual)
        return;
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        QStringList keys = e.keys() + a.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &k : std::as_const(keys))
            diff(e.value(k), a.value(k), path.isEmpty() ? k : path + u'.' + k, out);
        return;
    }
    if (expected.isArray() && actual.isArray() && expected.toArray().size() == actual.toArray().size()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        for (qsizetype i = 0; i < e.size(); ++i)
            diff(e.at(i), a.at(i), path + u'[' + QString::number(i) + u']', out);
        return;
    }
    out.append(u"  %1: expected %2, got %3"_s.arg(path, expected.isUndefined() ? u"(missing)"_s : compact(expected),
                                                   actual.isUndefined() ? u"(missing)"_s : compact(actual)));
}

} // namespace

class TestDialects final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyNativeDialectIsRegistered();
    void everyDialectHasExampleCases();
    void snapshotsMatchExpected_data();
    void snapshotsMatchExpected();
    void httpErrorBodies_data();
    void httpErrorBodies();
    void pollUrls_data();
    void pollUrls();
};

void TestDialects::everyNativeDialectIsRegistered()
{
    for (const QString &name : jw::nativeDialectNames()) {
        QString error;
        const auto dialect = jw::createDialect(name, &error);
        QVERIFY2(dialect, qPrintable(error));
        QCOMPARE(dialect->name(), name);
    }
    QString error;
    QVERIFY(!jw::createDialect(u"no-such-dialect"_s, &error));
    QVERIFY2(error.contains(u"no-such-dialect"_s) && error.contains(u"theo"_s), qPrintable(error));
}

void TestDialects::everyDialectHasExampleCases()
{
    for (const QString &name : jw::nativeDialectNames()) {
        const QDir dir(dataDir() + u'/' + name);
        const QStringList inputs = dir.entryList({u"*.json"_s}, QDir::Files).filter(u".expected."_s);
        QVERIFY2(inputs.size() >= 6, qPrintable(name + u": too few expected snapshots"_s));
        // Every input has its expected snapshot and vice versa.
        for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files)) {
            const QString partner = file.endsWith(u".expected.json"_s)
                ? file.chopped(14) + u".json"_s
                : file.chopped(5) + u".expected.json"_s;
            QVERIFY2(dir.exists(partner), qPrintable(name + u'/' + file + u" has no "_s + partner));
        }
    }
}

void TestDialects::snapshotsMatchExpected_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    for (const QString &name : jw::nativeDialectNames()) {
        const QDir dir(dataDir() + u'/' + name);
        for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            if (file.endsWith(u".expected.json"_s))
                continue;
            const QString base = file.chopped(5);
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(base))
                << name << dir.filePath(file) << dir.filePath(base + u".expected.json"_s);
        }
    }
}

void TestDialects::snapshotsMatchExpected()
{
    QFETCH(QString, dialect);
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const auto d = jw::createDialect(dialect);
    QVERIFY(d);
    const QByteArray body = readFile(input);
    QVERIFY2(!body.isEmpty(), qPrintable(input));
    QJsonParseError err;
    const QJsonDocument want = QJsonDocument::fromJson(readFile(expected), &err);
    QVERIFY2(want.isObject(), qPrintable(expected + u": "_s + err.errorString()));

    const jw::ParseResult result = jw::parseJob(body, *d);
    if (const auto *e = std::get_if<jw::ParseError>(&result))
        QFAIL(qPrintable(u"parse failed: "_s + e->message));
    const QJsonObject got = jw::toJson(std::get<jw::JobSnapshot>(result));

    QStringList lines;
    diff(want.object(), got, QString(), lines);
    if (!lines.isEmpty())
        QFAIL(qPrintable(u"snapshot differs from %1:\n"_s.arg(expected) + lines.join(u'\n')));

    // The expected snapshot survives the store's round trip unchanged.
    QCOMPARE(jw::toJson(jw::snapshotFromJson(want.object())), want.object());
}

void TestDialects::httpErrorBodies_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("theo 401 plain string") << u"theo"_s << QByteArray(R"({"error":"Invalid API key"})")
                                           << QString() << u"Invalid API key"_s << QString();
    QTest::newRow("theo 503 bare code") << u"theo"_s << QByteArray(R"({"error":"queue_unavailable"})")
                                        << u"queue_unavailable"_s << u"queue_unavailable"_s << QString();
    QTest::newRow("theo 503 object")
        << u"theo"_s << QByteArray(R"({"error":{"code":"queue_unavailable","message":"The job queue is temporarily down."}})")
        << u"queue_unavailable"_s << u"The job queue is temporarily down."_s << QString();
    QTest::newRow("vidocu 401")
        << u"vidocu"_s << QByteArray(R"({"error":{"code":"authentication_error","message":"Invalid or missing API key"}})")
        << u"authentication_error"_s << u"Invalid or missing API key"_s << QString();
    QTest::newRow("vidocu 404")
        << u"vidocu"_s
        << QByteArray(R"({"error":{"code":"not_found","message":"Job not found or belongs to a different workspace"}})")
        << u"not_found"_s << u"Job not found or belongs to a different workspace"_s << QString();
    QTest::newRow("scenes 404")
        << u"scenes"_s
        << QByteArray(R"({"details":null,"error":"not_found","message":"Job not found.","request_id":"req_01HVZK9X2Q"})")
        << u"not_found"_s << u"Job not found."_s << u"req_01HVZK9X2Q"_s;
    QTest::newRow("scenes 429 with details object")
        << u"scenes"_s
        << QByteArray(R"({"details":{"retry_after":3},"error":"rate_limited","message":"Too many requests.","request_id":"req_429"})")
        << u"rate_limited"_s << u"Too many requests."_s << u"req_429"_s;
    QTest::newRow("scenes 402 details array")
        << u"scenes"_s
        << QByteArray(R"({"details":["balance: 0"],"error":"insufficient_credits","message":"Top up to continue.","request_id":"req_402"})")
        << u"insufficient_credits"_s << u"Top up to continue."_s << u"req_402"_s;
    QTest::newRow("scenes 500 without request id")
        << u"scenes"_s << QByteArray(R"({"error":"internal_error","message":"Something went wrong."})")
        << u"internal_error"_s << u"Something went wrong."_s << QString();
    QTest::newRow("muvi 403 missing scope")
        << u"muvi"_s
        << QByteArray(R"({"error":{"code":"INSUFFICIENT_SCOPE","message":"API key lacks the check_status scope."}})")
        << u"INSUFFICIENT_SCOPE"_s << u"API key lacks the check_status scope."_s << QString();
    QTest::newRow("muvi 404") << u"muvi"_s
                              << QByteArray(R"({"error":{"code":"JOB_NOT_FOUND","message":"Job not found."}})")
                              << u"JOB_NOT_FOUND"_s << u"Job not found."_s << QString();
    for (const QString &name : jw::nativeDialectNames()) {
        QTest::addRow("%s html gateway page", qPrintable(name))
            << name << QByteArray("<html><body>502 Bad Gateway</body></html>") << QString() << QString() << QString();
        QTest::addRow("%s empty body", qPrintable(name)) << name << QByteArray() << QString() << QString() << QString();
    }
}

void TestDialects::httpErrorBodies()
{
    QFETCH(QString, dialect);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);

    const auto d = jw::createDialect(dialect);
    QVERIFY(d);
    const jw::ApiError e = jw::parseErrorBody(body, *d);
    QCOMPARE(e.code, code);
    QCOMPARE(e.message, message);
    QCOMPARE(e.requestId, requestId);
    QCOMPARE(e.isEmpty(), code.isNull() && message.isNull() && requestId.isNull());
}

void TestDialects::pollUrls_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("theo") << u"theo"_s << u"https://www.hitheo.ai"_s << u"job_xyz789"_s
                          << u"https://www.hitheo.ai/api/v1/jobs/job_xyz789"_s;
    QTest::newRow("theo trailing slash") << u"theo"_s << u"https://www.hitheo.ai/"_s << u"job_xyz789"_s
                                         << u"https://www.hitheo.ai/api/v1/jobs/job_xyz789"_s;
    QTest::newRow("theo path prefix") << u"theo"_s << u"http://127.0.0.1:1234/theo"_s << u"job_1"_s
                                      << u"http://127.0.0.1:1234/theo/api/v1/jobs/job_1"_s;
    QTest::newRow("vidocu") << u"vidocu"_s << u"https://api.vidocu.ai"_s << u"analysis_1708300000000_abc1234"_s
                            << u"https://api.vidocu.ai/v1/jobs/analysis_1708300000000_abc1234"_s;
    QTest::newRow("vidocu prefix and slash") << u"vidocu"_s << u"http://127.0.0.1:1234/vidocu/"_s << u"export_1"_s
                                             << u"http://127.0.0.1:1234/vidocu/v1/jobs/export_1"_s;
    QTest::newRow("scenes uuid") << u"scenes"_s << u"https://api.example.com"_s
                                 << u"5f0c6f1e-8a5b-4c1e-9d2e-3b7a1c9e4f10"_s
                                 << u"https://api.example.com/v1/jobs/5f0c6f1e-8a5b-4c1e-9d2e-3b7a1c9e4f10"_s;
    QTest::newRow("muvi") << u"muvi"_s << u"https://api.muvi.video"_s << u"job_abc123def456"_s
                          << u"https://api.muvi.video/v1/jobs/job_abc123def456"_s;
    // The id is one path segment whatever it contains: no path traversal, no query injection.
    QTest::newRow("theo id with slash and query") << u"theo"_s << u"https://www.hitheo.ai"_s << u"../admin?x=1#f"_s
                                                  << u"https://www.hitheo.ai/api/v1/jobs/..%2Fadmin%3Fx%3D1%23f"_s;
    QTest::newRow("muvi id with space and unicode") << u"muvi"_s << u"https://api.muvi.video/"_s << u"job 1 é%"_s
                                                    << u"https://api.muvi.video/v1/jobs/job%201%20%C3%A9%25"_s;
    QTest::newRow("scenes encoded prefix kept") << u"scenes"_s << u"https://h.example/a%20b/"_s << u"u1"_s
                                                << u"https://h.example/a%20b/v1/jobs/u1"_s;
}

void TestDialects::pollUrls()
{
    QFETCH(QString, dialect);
    QFETCH(QString, base);
    QFETCH(QString, id);
    QFETCH(QString, expected);

    const auto d = jw::createDialect(dialect);
    QVERIFY(d);
    const QUrl url = d->pollUrl(QUrl(base), id);
    QVERIFY(url.isValid());
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
}

QTEST_GUILESS_MAIN(TestDialects)
#include "tst_dialects.moc"
