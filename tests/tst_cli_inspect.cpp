// `jobwatch-cli inspect` end to end (DESIGN.md §2, §7): the built CLI run with QProcess on files and stdin.

#include "formats/registry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    const QByteArray env = qgetenv("JOBWATCH_TEST_DATA");
    return env.isEmpty() ? QStringLiteral(JOBWATCH_TEST_DATA_DIR) : QString::fromLocal8Bit(env);
}

QString dataFile(const QString &relative)
{
    return dataDir() + u'/' + relative;
}

QByteArray readData(const QString &relative)
{
    QFile f(dataFile(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(qEnvironmentVariable("JOBWATCH_CLI"), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCliInspect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsSnapshotOfFile_data();
    void printsSnapshotOfFile();
    void readsStandardInput();
    void nonObjectInputFailsWithOneLine_data();
    void nonObjectInputFailsWithOneLine();
    void missingIdFails();
    void unreadableFileFails();
    void oversizedStdinIsRefused();
    void usageErrors_data();
    void usageErrors();
    void helpMentionsDialect();
    void mappingWithItsOwnDialectNameIsAccepted();
    void explainTellsPathValueAndStateRule();
    void explainNeedsAMapping();
    void statusPathThatMatchesNothingWarns();
    void errorBodyPrintsTheProvidersError();
    void versionPrintsNameAndVersion();
};

void TestCliInspect::initTestCase()
{
    const QString cli = qEnvironmentVariable("JOBWATCH_CLI");
    QVERIFY2(!cli.isEmpty() && QFile::exists(cli), "JOBWATCH_CLI must name the built jobwatch-cli");
}

void TestCliInspect::printsSnapshotOfFile_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("caseName");
    QTest::newRow("theo video") << u"theo"_s << u"doc-completed-video"_s;
    QTest::newRow("theo research") << u"theo"_s << u"completed-research-full"_s;
    QTest::newRow("vidocu processing") << u"vidocu"_s << u"doc-processing"_s;
    QTest::newRow("vidocu export") << u"vidocu"_s << u"completed-export"_s;
    QTest::newRow("scenes signed urls") << u"scenes"_s << u"completed-signed-urls"_s;
    QTest::newRow("scenes failed") << u"scenes"_s << u"failed"_s;
    QTest::newRow("muvi completed") << u"muvi"_s << u"doc-completed"_s;
    QTest::newRow("muvi cancelled") << u"muvi"_s << u"cancelled"_s;
}

void TestCliInspect::printsSnapshotOfFile()
{
    QFETCH(QString, dialect);
    QFETCH(QString, caseName);
    const Run r = runCli({u"inspect"_s, u"--dialect"_s, dialect, dataFile(dialect + u'/' + caseName + u".json"_s)});
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.exitCode, 0);
    // One JSON object on one line.
    QVERIFY(r.out.endsWith('\n'));
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonDocument got = QJsonDocument::fromJson(r.out);
    QVERIFY(got.isObject());
    const QJsonDocument want = QJsonDocument::fromJson(readData(dialect + u'/' + caseName + u".expected.json"_s));
    QVERIFY(want.isObject());
    QCOMPARE(got.object(), want.object());
}

void TestCliInspect::readsStandardInput()
{
    for (const QString &dialect : jw::nativeDialectNames()) {
        const QDir dir(dataFile(dialect));
        const QStringList files = dir.entryList({u"*.expected.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        const QString caseName = files.first().chopped(14);
        const Run r = runCli({u"inspect"_s, u"--dialect"_s, dialect, u"-"_s},
                             readData(dialect + u'/' + caseName + u".json"_s));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object(),
                 QJsonDocument::fromJson(readData(dialect + u'/' + files.first())).object());
    }
}

void TestCliInspect::nonObjectInputFailsWithOneLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("array") << u"edge/array.json"_s << u"JSON array"_s;
    QTest::newRow("string") << u"edge/string.json"_s << u"JSON string"_s;
    QTest::newRow("number") << u"edge/number.json"_s << u"JSON number"_s;
    QTest::newRow("null") << u"edge/null.json"_s << u"JSON null"_s;
    QTest::newRow("truncated") << u"edge/truncated.json"_s << u"not valid JSON"_s;
    QTest::newRow("garbage") << u"edge/garbage.bin"_s << u"not valid JSON"_s;
    QTest::newRow("html") << u"edge/html-error-page.html"_s << u"not valid JSON"_s;
    QTest::newRow("empty") << u"edge/empty.json"_s << u"empty"_s;
    QTest::newRow("whitespace") << u"edge/whitespace.json"_s << u"empty"_s;
}

void TestCliInspect::nonObjectInputFailsWithOneLine()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    for (const bool viaStdin : {false, true}) {
        const Run r = viaStdin ? runCli({u"inspect"_s, u"--dialect"_s, u"theo"_s, u"-"_s}, readData(file))
                               : runCli({u"inspect"_s, u"--dialect"_s, u"theo"_s, dataFile(file)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY(r.err.endsWith('\n'));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(reason, Qt::CaseInsensitive), r.err.constData());
    }
}

void TestCliInspect::missingIdFails()
{
    for (const QString &dialect : jw::nativeDialectNames()) {
        const Run r = runCli({u"inspect"_s, u"--dialect"_s, dialect, dataFile(u"edge/no-id.json"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("job ID") && r.err.contains(dialect.toUtf8()), r.err.constData());
    }
}

void TestCliInspect::unreadableFileFails()
{
    const QString missing = dataFile(u"edge/does-not-exist.json"_s);
    const Run r = runCli({u"inspect"_s, u"--dialect"_s, u"muvi"_s, missing});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("does-not-exist.json"), r.err.constData());
}

void TestCliInspect::oversizedStdinIsRefused()
{
    // Over 2 MiB while the job is still processing: only a finished job's answer may be that large.
    const QByteArray body = R"({"jobId":"job_1","status":"processing","note":")" + QByteArray(3 * 1024 * 1024, 'z') + R"("})";
    const Run r = runCli({u"inspect"_s, u"--dialect"_s, u"vidocu"_s, u"-"_s}, body);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("limit"), r.err.constData());
    // The real size, not the limit plus one.
    QVERIFY2(r.err.contains(QByteArray(QByteArray::number(body.size()) + " bytes while the job is running")), r.err.constData());
    // A finished job's answer may be larger (results carried inline): it parses.
    const QByteArray failed = R"({"jobId":"job_1","status":"failed","error":")" + QByteArray(3 * 1024 * 1024, 'z') + R"("})";
    const Run done = runCli({u"inspect"_s, u"--dialect"_s, u"vidocu"_s, u"-"_s}, failed);
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QCOMPARE(QJsonDocument::fromJson(done.out).object().value(u"state"_s).toString(), u"failed"_s);
}

void TestCliInspect::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString file = dataFile(u"theo/doc-completed-video.json"_s);
    QTest::newRow("unknown dialect") << QStringList{u"inspect"_s, u"--dialect"_s, u"nope"_s, file};
    QTest::newRow("no arguments") << QStringList{u"inspect"_s};
    QTest::newRow("no dialect") << QStringList{u"inspect"_s, file};
    QTest::newRow("no file") << QStringList{u"inspect"_s, u"--dialect"_s, u"theo"_s};
    QTest::newRow("two files") << QStringList{u"inspect"_s, u"--dialect"_s, u"theo"_s, file, file};
    QTest::newRow("dialect without value") << QStringList{u"inspect"_s, file, u"--dialect"_s};
    QTest::newRow("unknown option") << QStringList{u"inspect"_s, u"--dialect"_s, u"theo"_s, u"--frobnicate"_s, file};
    QTest::newRow("unknown command") << QStringList{u"inspekt"_s, u"--dialect"_s, u"theo"_s, file};
    QTest::newRow("no command") << QStringList{};
}

void TestCliInspect::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestCliInspect::helpMentionsDialect()
{
    const Run r = runCli({u"inspect"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("--dialect") && r.out.contains("inspect"), r.out.constData());
    for (const QString &dialect : jw::nativeDialectNames())
        QVERIFY2(r.out.contains(dialect.toUtf8()), r.out.constData());
}

void TestCliInspect::mappingWithItsOwnDialectNameIsAccepted()
{
    const QString mapping = dataFile(u"mapping/example.mapping.json"_s);
    const QString body = dataFile(u"mapping/example.body.json"_s);
    const Run both = runCli({u"inspect"_s, u"--dialect"_s, u"acme-render"_s, u"--mapping"_s, mapping, body});
    QVERIFY2(both.err.isEmpty(), both.err.constData());
    QCOMPARE(both.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(both.out).object(), QJsonDocument::fromJson(readData(u"mapping/example.expected.json"_s)).object());
    const Run other = runCli({u"inspect"_s, u"--dialect"_s, u"theo"_s, u"--mapping"_s, mapping, body});
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.err.contains("is named \"acme-render\", not \"theo\""), other.err.constData());
}

void TestCliInspect::explainTellsPathValueAndStateRule()
{
    const QString mapping = dataFile(u"mapping/example.mapping.json"_s);
    const QString body = dataFile(u"mapping/example.body.json"_s);
    const Run r = runCli({u"inspect"_s, u"--mapping"_s, mapping, u"--explain"_s, body});
    QCOMPARE(r.exitCode, 0);
    // stdout is the same snapshot; the explanation is on stderr.
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), QJsonDocument::fromJson(readData(u"mapping/example.expected.json"_s)).object());
    QVERIFY2(r.err.contains("status: \"render.state\" found \"encoding\" and reads \"encoding\"\n"), r.err.constData());
    QVERIFY2(r.err.contains("state: running, because \"statusSynonyms\" maps \"encoding\" to running\n"), r.err.constData());
    QVERIFY2(r.err.contains("progress.done: \"render.frames_done\" found 180 and reads \"180\"\n"), r.err.constData());
    QVERIFY2(r.err.contains("artifacts[0]: \"render.outputs\" gave 1 URL"), r.err.constData());
    // Presets are mappings too.
    const Run preset = runCli({u"inspect"_s, u"--dialect"_s, u"replicate"_s, u"--explain"_s, u"-"_s},
                              R"({"id": "p1", "status": "starting"})");
    QCOMPARE(preset.exitCode, 0);
    QVERIFY2(preset.err.contains("\"starting\" is a built-in status word for queued"), preset.err.constData());
}

void TestCliInspect::explainNeedsAMapping()
{
    const Run r = runCli({u"inspect"_s, u"--dialect"_s, u"theo"_s, u"--explain"_s, dataFile(u"theo/doc-completed-video.json"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--explain works with mappings and presets"), r.err.constData());
}

void TestCliInspect::statusPathThatMatchesNothingWarns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile mapping(dir.filePath(u"typo.json"_s));
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    mapping.write(R"({"name": "typo", "pollUrl": "https://api.test/{id}", "id": "$.data.task_id", "status": "$.data.taskstatus"})");
    mapping.close();
    const Run r = runCli({u"inspect"_s, u"--mapping"_s, mapping.fileName(), u"-"_s},
                         R"({"data": {"task_id": "t1", "task_status": "succeed"}})");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"state"_s).toString(), u"unknown"_s);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("warning: the status path \"data.taskstatus\" matched nothing in this response, so the state is "
                            "unknown; did you mean \"data.task_status\"?"), r.err.constData());
}

void TestCliInspect::errorBodyPrintsTheProvidersError()
{
    const QString mapping = dataFile(u"mapping/example.mapping.json"_s);
    const Run r = runCli({u"inspect"_s, u"--mapping"_s, mapping, u"--error-body"_s, u"-"_s},
                         R"({"error": {"type": "invalid_prompt", "detail": "Prompt too long"}, "meta": {"request_id": "r9"}})");
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject want{{u"code"_s, u"invalid_prompt"_s}, {u"message"_s, u"Prompt too long"_s}, {u"requestId"_s, u"r9"_s}};
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), want);
    const Run notJson = runCli({u"inspect"_s, u"--mapping"_s, mapping, u"--error-body"_s, u"-"_s}, "<html>Bad Gateway</html>");
    QCOMPARE(notJson.exitCode, 1);
    QVERIFY2(notJson.err.contains("not a JSON object"), notJson.err.constData());
}

void TestCliInspect::versionPrintsNameAndVersion()
{
    const Run r = runCli({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("jobwatch-cli " JOBWATCH_VERSION "\n"));
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
