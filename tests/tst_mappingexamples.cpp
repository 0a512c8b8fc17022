// The example mappings of docs/examples (Kling, MiniMax, Stability) read their example responses through the
// real `jobwatch-cli inspect`: every state each API documents, and its HTTP error bodies (--error-body).

#include "clitesthelpers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString examples()
{
    return QStringLiteral(JOBWATCH_TEST_DATA_DIR) + u"/../../docs/examples"_s;
}
} // namespace

class tst_MappingExamples final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyResponseReadsAsDocumented_data();
    void everyResponseReadsAsDocumented();
    void errorBodiesGiveTheProvidersMessage_data();
    void errorBodiesGiveTheProvidersMessage();
    void miniMaxsSecondAnswerGivesTheVideo();
    void everyExampleFileIsCovered();
};

void tst_MappingExamples::everyResponseReadsAsDocumented_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("response");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("errorMessage"); // empty: no error
    QTest::addColumn<QString>("artifactUrl");  // empty: no artifact; else the first one's
    QTest::addColumn<int>("artifactCount");
    const QString klingVideo = u"https://cdn.klingai.test/bs2/upload-kling-api/775921735484497921/output.mp4"_s;
    QTest::newRow("kling queued") << u"kling"_s << u"queued"_s << u"queued"_s << QString() << QString() << 0;
    QTest::newRow("kling running") << u"kling"_s << u"running"_s << u"running"_s << QString() << QString() << 0;
    QTest::newRow("kling succeeded") << u"kling"_s << u"succeeded"_s << u"completed"_s << QString() << klingVideo << 1;
    QTest::newRow("kling image task succeeded") << u"kling"_s << u"succeeded-image"_s << u"completed"_s << QString()
                                                << u"https://cdn.klingai.test/kling/download/775921735484497999/0.png"_s << 2;
    QTest::newRow("kling failed") << u"kling"_s << u"failed"_s << u"failed"_s << u"Failure to pass the risk control system"_s << QString() << 0;
    QTest::newRow("minimax queued") << u"minimax"_s << u"queued"_s << u"queued"_s << QString() << QString() << 0;
    QTest::newRow("minimax running") << u"minimax"_s << u"running"_s << u"running"_s << QString() << QString() << 0;
    QTest::newRow("minimax succeeded") << u"minimax"_s << u"succeeded"_s << u"completed"_s << QString() << QString() << 0;
    QTest::newRow("minimax failed") << u"minimax"_s << u"failed"_s << u"failed"_s
                                    << u"The job failed with status \"Fail\" and gave no message."_s << QString() << 0;
    // MiniMax answers a permanent error with HTTP 200 and a non-zero base_resp.status_code, and no status.
    QTest::newRow("minimax error in a 200 answer") << u"minimax"_s << u"error"_s << u"failed"_s
                                                   << u"invalid params, task_id is not valid"_s << QString() << 0;
    QTest::newRow("stability running") << u"stability"_s << u"running"_s << u"running"_s << QString() << QString() << 0;
    // The finished video comes inline (base64): its artifact names the decoded bytes by their SHA-1.
    QTest::newRow("stability succeeded") << u"stability"_s << u"succeeded"_s << u"completed"_s << QString()
                                         << u"jobwatch-inline:8f54ed29a5a4d32f37be44d4a1925bdd05dbaa67.mp4"_s << 1;
    QTest::newRow("stability failed") << u"stability"_s << u"failed"_s << u"failed"_s
                                      << u"Your request was flagged by our content moderation system, as a result your request "
                                         "was denied and you were not charged."_s << QString() << 0;
}

void tst_MappingExamples::everyResponseReadsAsDocumented()
{
    QFETCH(QString, api);
    QFETCH(QString, response);
    QFETCH(QString, state);
    QFETCH(QString, errorMessage);
    QFETCH(QString, artifactUrl);
    QFETCH(int, artifactCount);
    const QString mapping = examples() + u'/' + api + u".mapping.json"_s;
    const QString body = examples() + u'/' + api + u'/' + response + u".json"_s;
    // --id: Stability's finished result has no ID, so the one asked for stands in.
    const clitest::Run r = clitest::run({u"inspect"_s, u"--mapping"_s, mapping, u"--id"_s, u"asked-id"_s, body});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // no status warning: every state is decided
    const QJsonObject s = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(s.value(u"state"_s).toString(), state);
    QVERIFY(!s.value(u"id"_s).toString().isEmpty());
    if (!errorMessage.isEmpty() && api == u"minimax"_s && response == u"error"_s)
        QCOMPARE(s.value(u"error"_s).toObject().value(u"code"_s).toString(), u"2013"_s);
    if (errorMessage.isEmpty())
        QVERIFY2(s.value(u"error"_s).isNull(), r.out.constData());
    else
        QCOMPARE(s.value(u"error"_s).toObject().value(u"message"_s).toString(), errorMessage);
    const QJsonArray artifacts = s.value(u"artifacts"_s).toArray();
    QCOMPARE(artifacts.size(), artifactCount);
    if (!artifactUrl.isEmpty())
        QCOMPARE(artifacts.at(0).toObject().value(u"url"_s).toString(), artifactUrl);
    // --explain names a rule for the state of every example.
    const clitest::Run why = clitest::run({u"inspect"_s, u"--mapping"_s, mapping, u"--id"_s, u"asked-id"_s, u"--explain"_s, body});
    QVERIFY2(why.err.contains(QByteArray("state: " + state.toUtf8() + ", because ")), why.err.constData());
}

void tst_MappingExamples::errorBodiesGiveTheProvidersMessage_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("kling") << u"kling"_s << u"1201"_s << u"Invalid request parameters: model_name kling-v9 is not supported"_s;
    QTest::newRow("minimax") << u"minimax"_s << u"2013"_s << u"invalid params, task_id is not valid"_s;
    QTest::newRow("stability") << u"stability"_s << u"bad_request"_s << u"image: is required; seed: must be between 0 and 4294967294"_s;
}

void tst_MappingExamples::errorBodiesGiveTheProvidersMessage()
{
    QFETCH(QString, api);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const clitest::Run r = clitest::run({u"inspect"_s, u"--mapping"_s, examples() + u'/' + api + u".mapping.json"_s,
                                         u"--error-body"_s, examples() + u'/' + api + u"/error.json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject e = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(e.value(u"code"_s).toString(), code);
    QCOMPARE(e.value(u"message"_s).toString(), message);
}

void tst_MappingExamples::miniMaxsSecondAnswerGivesTheVideo()
{
    const QString mapping = examples() + u"/minimax.mapping.json"_s;
    const QString succeeded = examples() + u"/minimax/succeeded.json"_s;
    // --explain names the second request the engine makes for a completed task.
    const clitest::Run why = clitest::run({u"inspect"_s, u"--mapping"_s, mapping, u"--explain"_s, succeeded});
    QVERIFY2(why.err.contains("second request: GET https://api.minimax.io/v1/files/retrieve?file_id=205258526306433"),
             why.err.constData());
    const clitest::Run r = clitest::run({u"inspect"_s, u"--mapping"_s, mapping, u"--resolved"_s,
                                         examples() + u"/minimax/file.json"_s, succeeded});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray artifacts = QJsonDocument::fromJson(r.out).object().value(u"artifacts"_s).toArray();
    QCOMPARE(artifacts.size(), 1);
    QCOMPARE(artifacts.at(0).toObject().value(u"kind"_s).toString(), u"video"_s);
    QCOMPARE(artifacts.at(0).toObject().value(u"url"_s).toString(),
             u"https://public-cdn-video-data-algeng.oss-cn-wulanchabu.aliyuncs.test/inference_output/video/2024-12-04/output_aigc.mp4"_s);
    // An answer without the URL names the path it tried; a running task asks for no second request.
    const clitest::Run wrong = clitest::run({u"inspect"_s, u"--mapping"_s, mapping, u"--resolved"_s,
                                             examples() + u"/minimax/error.json"_s, succeeded});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(R"(no value at "file.download_url" (resolve.path))"), wrong.err.constData());
    const clitest::Run running = clitest::run({u"inspect"_s, u"--mapping"_s, mapping, u"--resolved"_s,
                                               examples() + u"/minimax/file.json"_s, examples() + u"/minimax/running.json"_s});
    QCOMPARE(running.exitCode, 1);
    QVERIFY2(running.err.contains("asks for no second request"), running.err.constData());
    // MiniMax's own file API gives file_id as a JSON number: the second request names it in full, not as 2.05e+14.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile numeric(dir.filePath(u"succeeded-numeric.json"_s));
    QVERIFY(numeric.open(QIODevice::WriteOnly));
    numeric.write(R"({"task_id": "106916112212032", "status": "Success", "file_id": 205258526306433,
                      "base_resp": {"status_code": 0, "status_msg": "success"}})");
    numeric.close();
    const clitest::Run number = clitest::run({u"inspect"_s, u"--mapping"_s, mapping, u"--explain"_s, numeric.fileName()});
    QVERIFY2(number.err.contains("second request: GET https://api.minimax.io/v1/files/retrieve?file_id=205258526306433"),
             number.err.constData());
}

void tst_MappingExamples::everyExampleFileIsCovered()
{
    // A response added to docs/examples gets a row above (file.json is MiniMax's second answer, not a status).
    QStringList files;
    for (const QString &api : {u"kling"_s, u"minimax"_s, u"stability"_s})
        for (const QString &f : QDir(examples() + u'/' + api).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            files.append(api + u'/' + f);
    QCOMPARE(files, (QStringList{u"kling/error.json"_s, u"kling/failed.json"_s, u"kling/queued.json"_s, u"kling/running.json"_s,
                                 u"kling/succeeded-image.json"_s, u"kling/succeeded.json"_s, u"minimax/error.json"_s, u"minimax/failed.json"_s, u"minimax/file.json"_s,
                                 u"minimax/queued.json"_s, u"minimax/running.json"_s, u"minimax/succeeded.json"_s,
                                 u"stability/error.json"_s, u"stability/failed.json"_s, u"stability/running.json"_s,
                                 u"stability/succeeded.json"_s}));
}

QTEST_GUILESS_MAIN(tst_MappingExamples)
#include "tst_mappingexamples.moc"
