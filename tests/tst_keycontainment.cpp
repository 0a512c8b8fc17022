// The API key stays contained (DESIGN.md §5), checked by grepping bytes for a distinctive key:
//  - a status body that quotes the request's Authorization header (a careless server's debug output, an error
//    text) reaches the snapshot, the raw JSON view and everything built from them only as ••••last4;
//  - a whole Application whose key lives in the real keychain (this test runs under tests/with-keyring.sh): the
//    log with every category on, the settings file, the job store (SQLite and its WAL), the cache, the
//    results archive and both history exports (the window's and jobwatch-cli's) hold no key;
//  - jobwatch-cli watch --json (NDJSON) and its debug log hold no key, also when the server echoes it, and
//    neither does what it writes when it crashes mid-poll (SIGSEGV, SIGABRT) with a request in flight;
//  - Test connection sends neither the key nor a mapping's extra header to another host (a redirect is not
//    followed; a poll URL on another origin goes without them), and artifact hosts on another origin get
//    neither.
// The recording server is the simulated provider: it keeps every header of every request.

#include "application/application.h"
#include "model/profilelist.h"
#include "profiles/profilestore.h"
#include "profiles/settings.h"
#include "store/historyexport.h"
#include "store/sqlitejobstore.h"
#include "profiles/filesecretstore.h"
#include "clitesthelpers.h"
#include "connectiontesthelpers.h"
#include "fetchrig.h"
#include "mappingtesthelpers.h"
#include "schedulertesthelpers.h"

#include <QDirIterator>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
// Distinctive, so a grep of any bytes finds it and nothing else.
const QString kSecret = u"sk-CONTAIN-7f3a9Q2xZk81vLpW"_s;
const QByteArray kHeaderSecret = "hdr-CONTAIN-4d1c0e9b77aa"; // a mapping's extra header, a secret too

// The forms a key could take in a file or a stream: as is, UTF-16 (QDataStream, QSettings' binary formats),
// base64 and percent-encoded. Empty when `bytes` holds none of them, else the form found.
QString leakIn(const QByteArray &bytes, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QList<QPair<QString, QByteArray>> forms{
        {u"plain"_s, utf8},
        {u"utf-16"_s, QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)},
        {u"base64"_s, utf8.toBase64().left(utf8.size())},
        {u"percent-encoded"_s, QUrl::toPercentEncoding(secret)}};
    for (const auto &[name, form] : forms) {
        if (bytes.contains(form))
            return name;
    }
    return {};
}

// The lines of `text` that hold the key, with it blanked out (the test log must not leak it either).
QByteArray linesWithKey(const QByteArray &text, const QString &secret)
{
    QByteArray out = "the key is in these lines: ";
    for (const QByteArray &line : text.split('\n')) {
        if (!leakIn(line, secret).isEmpty())
            out += QByteArray(line).replace(secret.toUtf8(), "<KEY>").left(300) + " | ";
    }
    return out;
}

// Every file under `dir` that holds the key in any form, as "path (form)"; *filesRead lists what was read.
QStringList filesWithKey(const QString &dir, const QString &secret, QStringList *filesRead)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            hits << file.fileName() + u" (unreadable: "_s + file.errorString() + u')';
            continue;
        }
        filesRead->append(file.fileName());
        if (const QString form = leakIn(file.readAll(), secret); !form.isEmpty())
            hits << file.fileName() + u" ("_s + form + u')';
    }
    return hits;
}

// Everything logged in this process (every category, every level) while a LogCapture lives, except what the
// simulated provider's HTTP server (qt.httpserver) logs about the requests it received: that is the provider's
// side of the wire, which is given the key, and it lives in this process only because the test runs it here.
QMutex g_logMutex;
QByteArray g_log;
QtMessageHandler g_previous = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category(context.category ? context.category : "default");
    if (!category.startsWith("qt.httpserver")) {
        QMutexLocker lock(&g_logMutex);
        g_log += category + ": " + message.toUtf8() + '\n';
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previous)
        g_previous(type, context, message); // warnings still reach the test log
}
struct LogCapture {
    LogCapture()
    {
        g_log.clear();
        QLoggingCategory::setFilterRules(u"*=true"_s); // as QT_LOGGING_RULES="*=true"
        g_previous = qInstallMessageHandler(captureMessage);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QByteArray text() const
    {
        QMutexLocker lock(&g_logMutex);
        return g_log;
    }
};

// A mapping of the simulated Theo API whose key goes in "X-Api-Key" and that adds a secret extra header.
QByteArray secretHeaderMapping(const QString &pollUrl)
{
    const QJsonObject patch{{u"pollUrl"_s, pollUrl},
                            {u"auth"_s, QJsonObject{{u"scheme"_s, u"header"_s}, {u"header"_s, u"X-Api-Key"_s}}},
                            {u"headers"_s, QJsonObject{{u"X-Account-Secret"_s, QString::fromLatin1(kHeaderSecret)}}}};
    return mappingtest::mappingWith(QJsonDocument(patch).toJson(QJsonDocument::Compact));
}

Profile mappingProfile(const QUrl &base, const QString &pollUrl)
{
    Profile p;
    p.id = u"mapped"_s;
    p.name = u"Mapped"_s;
    p.baseUrl = base;
    p.mappingJson = secretHeaderMapping(pollUrl);
    return p;
}

// The secrets a request carried, by header: empty when it carried none.
QStringList secretsIn(const SimulatedProvider::Request &request)
{
    QStringList found;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        if (!leakIn(it.value(), kSecret).isEmpty() || it.value().contains(kHeaderSecret))
            found << QString::fromLatin1(it.key());
    }
    return found;
}
} // namespace

class tst_KeyContainment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void echoedKeyIsRedactedInTheSnapshotAndRawBody_data();
    void echoedKeyIsRedactedInTheSnapshotAndRawBody();
    void keychainKeyStaysOutOfLogsSettingsStoreAndExports();
    void cliNdjsonAndDebugLogHoldNoKey();
    void crashOutputHoldsNoKey_data();
    void crashOutputHoldsNoKey();
    void testConnectionFollowsNoRedirectToAnotherHost();
    void testConnectionSendsNothingSecretToAPollUrlOnAnotherHost();
    void artifactHostOnAnotherOriginGetsNoKeyNorMappingHeader();
};

void tst_KeyContainment::echoedKeyIsRedactedInTheSnapshotAndRawBody_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("outcome");
    QTest::newRow("theo failed") << u"theo"_s << int(Outcome::Failed);
    QTest::newRow("theo completed (only the debug field)") << u"theo"_s << int(Outcome::Completed);
    QTest::newRow("vidocu failed (error string)") << u"vidocu"_s << int(Outcome::Failed);
    QTest::newRow("scenes failed (error object)") << u"scenes"_s << int(Outcome::Failed);
}

void tst_KeyContainment::echoedKeyIsRedactedInTheSnapshotAndRawBody()
{
    QFETCH(QString, dialect);
    QFETCH(int, outcome);
    SimulatedProvider sim;
    QVERIFY(sim.listen());
    sim.setToken(kKey);
    const QString id = sim.createJob(spec(dialect, 300, Outcome(outcome)));
    // Every answer of this job quotes the Authorization header it received.
    sim.queueFaults(id, QList<Fault>(20, Fault::EchoKey));
    Engine e;
    e.addProfile(u"p"_s, dialect, sim.baseUrl(dialect));
    const QString key = e.scheduler.watch(u"p"_s, id);
    QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::Done, 10000);

    const JobRecord r = e.rec(key);
    const QByteArray secret = kKey.toUtf8();
    QVERIFY2(!r.rawBody.contains(secret), r.rawBody.constData());
    QVERIFY2(r.rawBody.contains(redactKey(kKey).toUtf8()), r.rawBody.constData()); // it was echoed, redacted
    const JobError error = r.snapshot.error.value_or(JobError{});
    QVERIFY(!error.message.contains(kKey));
    QVERIFY(!error.code.contains(kKey));
    QVERIFY(!r.snapshot.message.contains(kKey));
    QVERIFY(!r.engine.lastError.contains(kKey));
    if (Outcome(outcome) == Outcome::Failed)
        QVERIFY2(error.message.contains(redactKey(kKey)), qPrintable(error.message));
}

// The key is saved to the real keychain by one Application and read from it by the next (a restart), which
// polls a job to completion (its results downloaded with the key and archived) and one whose server echoes
// the key in its error. Then nothing this process logged or wrote, and no export, holds the key.
void tst_KeyContainment::keychainKeyStaysOutOfLogsSettingsStoreAndExports()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    Application::Options options;
    options.settingsPath = root.filePath(u"config/settings.json"_s);
    options.keychainService = u"jobwatch-keycontainment-test"_s;
    options.cacheDir = root.filePath(u"cache"_s);
    options.dataDir = root.filePath(u"data"_s);
    options.storeFlushIntervalMs = 50;
    SimulatedProvider sim;
    QVERIFY(sim.listen());
    sim.setToken(kSecret);
    const LogCapture log;

    Profile p;
    p.name = u"Contained"_s;
    p.dialect = u"theo"_s;
    p.baseUrl = sim.baseUrl(u"theo"_s);
    p.poll.intervalMs = 1000;
    {
        Application first(options);
        QSignalSpy saved(first.profileStore(), &ProfileStore::keySaved);
        QString error;
        QVERIFY2(first.profileStore()->save(p, kSecret, &error), qPrintable(error));
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(1).toString(), QString()); // no error
        QCOMPARE(saved.at(0).at(2).toBool(), false);       // the keychain, not a fallback
        QVERIFY(first.settings()->flush(&error));
    }
    QVERIFY(!QFile::exists(FileSecretStore::defaultPath(options.settingsPath))); // no plaintext key file

    QString doneKey;
    QString failedKey;
    QString failedId;
    QByteArray windowCsv;
    QByteArray windowJson;
    {
        Application app(options);
        QVERIFY(app.profiles()->find(p.id));
        SimulatedProvider::JobSpec done = spec(u"theo"_s, 300);
        done.type = u"image"_s;
        doneKey = app.scheduler()->watch(p.id, sim.createJob(done));
        failedId = sim.createJob(spec(u"theo"_s, 300, Outcome::Failed));
        sim.queueFaults(failedId, QList<Fault>(20, Fault::EchoKey));
        failedKey = app.scheduler()->watch(p.id, failedId);
        QVERIFY(!doneKey.isEmpty() && !failedKey.isEmpty());
        QSignalSpy archived(app.resultSaver(), &ResultSaver::saved);
        QTRY_COMPARE_WITH_TIMEOUT(app.jobs()->value(doneKey).engine.local, LocalState::Done, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(app.jobs()->value(failedKey).engine.local, LocalState::Done, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!archived.isEmpty(), 15000);
        // The archive copy is written after saved(): wait for the file, so the grep below reads it.
        QTRY_VERIFY_WITH_TIMEOUT(QDirIterator(options.dataDir + u"/results"_s, QDir::Files, QDirIterator::Subdirectories).hasNext(), 15000);
        const auto result = archived.at(0).at(1).value<FetchResult>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        // The key was read back from the keychain: the provider saw it, on its own origin only.
        int withKey = 0;
        for (const auto &r : sim.requests())
            withKey += r.authorization == "Bearer " + kSecret.toUtf8();
        QVERIFY(withKey >= 2);
        const JobRecord failed = app.jobs()->value(failedKey);
        QVERIFY2(failed.snapshot.error && failed.snapshot.error->message.contains(redactKey(kSecret)),
                 failed.rawBody.constData()); // echoed, and redacted

        // The window's Export… of these rows.
        const QList<StoredJob> rows{HistoryExport::fromRecord(app.jobs()->value(doneKey), p.name),
                                    HistoryExport::fromRecord(failed, p.name)};
        windowCsv = HistoryExport::serialize(rows, HistoryExport::Format::Csv, {});
        windowJson = HistoryExport::serialize(rows, HistoryExport::Format::Json, {.signedUrls = true});
        QVERIFY(app.settings()->flush());
    } // the Application flushes the job store as it goes

    const QByteArray logged = log.text();
    QVERIFY2(logged.contains("qt."), "no Qt category logged: the capture is not working");
    QVERIFY2(leakIn(logged, kSecret).isEmpty(), linesWithKey(logged, kSecret).constData());
    QVERIFY(windowCsv.contains(redactKey(kSecret).toUtf8())); // the echoed error is in it, redacted
    QVERIFY2(leakIn(windowCsv, kSecret).isEmpty(), windowCsv.constData());
    QVERIFY2(leakIn(windowJson, kSecret).isEmpty(), windowJson.constData());

    // jobwatch-cli history export reads the same store.
    for (const QString &format : {u"csv"_s, u"json"_s}) {
        const clitest::Run r = clitest::run({u"history"_s, u"export"_s, u"--format"_s, format, u"--signed-urls"_s,
                                             u"--data-dir"_s, options.dataDir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(failedId.toUtf8()), r.out.constData());
        QVERIFY2(leakIn(r.out + r.err, kSecret).isEmpty(), r.out.constData());
    }

    // Settings, job store (with its WAL and journal), cache and archive: every byte of every file.
    QFile store(SqliteJobStore::pathIn(options.dataDir));
    QVERIFY2(store.open(QIODevice::ReadOnly), qPrintable(store.fileName()));
    const QByteArray storeBytes = store.readAll();
    QVERIFY(storeBytes.startsWith("SQLite format 3")); // the bytes are the real file's
    QStringList filesRead;
    const QStringList hits = filesWithKey(root.path(), kSecret, &filesRead);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    QVERIFY(filesRead.contains(options.settingsPath));
    QVERIFY(filesRead.contains(store.fileName()));
    const auto archivedFiles = filesRead.filter(options.dataDir + u"/results/"_s);
    QVERIFY2(!archivedFiles.isEmpty(), qPrintable(filesRead.join(u", "_s)));
    QVERIFY(QFile::exists(options.settingsPath));
}

// `watch --json --record` against a server that echoes the key in a failed job's error, with every logging
// category on in the child: its NDJSON, its log and the store it records hold the key only redacted.
void tst_KeyContainment::cliNdjsonAndDebugLogHoldNoKey()
{
    std::unique_ptr<SimulatedProvider> sim;
    const QString error = clitest::startWatchFixture(sim, kSecret);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString failed = sim->createJob(spec(u"vidocu"_s, 300, Outcome::Failed));
    sim->queueFaults(failed, QList<Fault>(20, Fault::EchoKey));
    const QString done = sim->createJob(spec(u"vidocu"_s, 300));
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const clitest::Run r = clitest::run(QStringList{u"watch"_s} + clitest::engineArgs(*sim, u"vidocu"_s)
                                            + QStringList{u"--json"_s, u"--record"_s, u"--data-dir"_s, data.path(), failed, done},
                                        clitest::keyEnvironment(kSecret, {{u"QT_LOGGING_RULES"_s, u"*=true"_s}}));
    QVERIFY2(r.exitCode == 1, r.err.right(2000).constData()); // one failed
    QVERIFY2(r.out.contains("\"event\":\"final\""), r.out.constData());
    QVERIFY2(r.out.contains(redactKey(kSecret).toUtf8()), r.out.constData()); // the echo arrived, redacted
    QVERIFY2(r.err.contains("qt."), "the child logged no Qt category: QT_LOGGING_RULES did not apply");
    QVERIFY2(leakIn(r.out, kSecret).isEmpty(), r.out.constData());
    QVERIFY2(leakIn(r.err, kSecret).isEmpty(), "the key is in jobwatch-cli's log");
    QStringList filesRead;
    const QStringList hits = filesWithKey(data.path(), kSecret, &filesRead);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    QVERIFY(filesRead.contains(SqliteJobStore::pathIn(data.path()))); // the recorded store
}

void tst_KeyContainment::crashOutputHoldsNoKey_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGSEGV") << int(SIGSEGV);
    QTest::newRow("SIGABRT") << int(SIGABRT);
}

// jobwatch-cli watch with every logging category on, killed by a crash signal while a poll is in flight after
// the server echoed the key in a failed job's error: everything it wrote up to and at the crash (the NDJSON, the
// debug log, and under the sanitizers their crash report) holds the key only redacted.
void tst_KeyContainment::crashOutputHoldsNoKey()
{
    QFETCH(int, signal);
    std::unique_ptr<SimulatedProvider> sim;
    const QString error = clitest::startWatchFixture(sim, kSecret);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString failed = sim->createJob(spec(u"vidocu"_s, 200, Outcome::Failed));
    sim->queueFaults(failed, QList<Fault>(20, Fault::EchoKey));
    const QString running = sim->createJob(spec(u"vidocu"_s, 600000));
    sim->setSlowDelayMs(20000);
    QProcess process;
    clitest::start(process, QStringList{u"watch"_s} + clitest::engineArgs(*sim, u"vidocu"_s) + QStringList{u"--json"_s, failed, running},
                   clitest::keyEnvironment(kSecret, {{u"QT_LOGGING_RULES"_s, u"*=true"_s}}));
    QVERIFY(process.waitForStarted(30000));
    QByteArray out;
    QByteArray err;
    const auto read = [&] {
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        return out.contains("\"event\":\"final\"");
    };
    QTRY_VERIFY2_WITH_TIMEOUT(read(), out.right(2000).constData(), 30000); // the failed job's end, with the echo
    sim->queueFaults(running, {Fault::Slow}); // the next poll hangs in flight
    const int before = sim->requestCount(running);
    QTRY_VERIFY_WITH_TIMEOUT(sim->requestCount(running) > before, 30000);
    ::kill(pid_t(process.processId()), signal);
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000);
    read();
    // A crash: killed by the signal, or (under ASan, which handles SIGSEGV) ended by the sanitizer's report.
    QVERIFY2(process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0, err.right(2000).constData());
    QVERIFY2(out.contains(redactKey(kSecret).toUtf8()), out.constData()); // the echo arrived, redacted
    QVERIFY2(err.contains("qt."), "the child logged no Qt category: QT_LOGGING_RULES did not apply");
    QVERIFY2(leakIn(out, kSecret).isEmpty(), linesWithKey(out, kSecret).constData());
    QVERIFY2(leakIn(err, kSecret).isEmpty(), linesWithKey(err, kSecret).constData());
}

// Test connection to a host that redirects elsewhere: the redirect is reported, not followed, so the other
// host sees nothing; the first host (the profile's own) got the key and the mapping's header.
void tst_KeyContainment::testConnectionFollowsNoRedirectToAnotherHost()
{
    SimulatedProvider home;
    SimulatedProvider other;
    QVERIFY(home.listen());
    QVERIFY(other.listen());
    const QString id = jobRedirectedTo(home, other, 60000);
    int finished = 0;
    const auto result = runConnectionTest(mappingProfile(home.baseUrl(u"theo"_s), u"{base}/api/v1/jobs/{id}"_s), kSecret, id, &finished);
    QCOMPARE(finished, 1);
    QCOMPARE(result.outcome, ConnectionTest::Outcome::Refused);
    QCOMPARE(result.httpStatus, 302);
    QVERIFY2(result.message.contains(u"redirected"_s), qPrintable(result.message));
    QVERIFY(leakIn(result.message.toUtf8(), kSecret).isEmpty());
    QCOMPARE(home.requests().size(), 1);
    QCOMPARE(secretsIn(home.requests().constFirst()).size(), 2); // X-Api-Key and X-Account-Secret, at home
    QVERIFY(other.requests().isEmpty());
}

// A mapping whose poll URL is on another host than the profile's base URL: Test connection asks that host
// without the key and without the mapping's extra header.
void tst_KeyContainment::testConnectionSendsNothingSecretToAPollUrlOnAnotherHost()
{
    SimulatedProvider home;
    SimulatedProvider other;
    QVERIFY(home.listen());
    QVERIFY(other.listen());
    const QString id = other.createJob(spec(u"theo"_s, 60000));
    const QString foreignPoll = other.baseUrl(u"theo"_s).toString() + u"/api/v1/jobs/{id}"_s;
    int finished = 0;
    const auto result = runConnectionTest(mappingProfile(home.baseUrl(u"theo"_s), foreignPoll), kSecret, id, &finished);
    QCOMPARE(finished, 1);
    QVERIFY2(result.outcome == ConnectionTest::Outcome::Ok, qPrintable(result.message)); // it did reach the host
    QVERIFY(home.requests().isEmpty());
    QCOMPARE(other.requests().size(), 1);
    QCOMPARE(other.requests().constFirst().authorization, QByteArray());
    QCOMPARE(secretsIn(other.requests().constFirst()), QStringList());
}

// Results on another origin (a CDN) are fetched without the custom key header and the mapping's header;
// the same fetcher sends both to the profile's own origin.
void tst_KeyContainment::artifactHostOnAnotherOriginGetsNoKeyNorMappingHeader()
{
    SimulatedProvider home;
    SimulatedProvider cdn;
    QVERIFY(home.listen());
    QVERIFY(cdn.listen());
    FetchRig rig;
    QVERIFY(rig.dir.isValid());
    const Profile p = mappingProfile(home.baseUrl(u"theo"_s), u"{base}/api/v1/jobs/{id}"_s);
    const QString job = rig.addCompletedJob(p, kSecret);
    QList<FetchResult> results;
    for (const SimulatedProvider *host : {&home, &cdn}) {
        FetchHandle *handle = rig.fetcher.fetch(QUrl(host->rootUrl().toString() + u"/artifacts/done/image.png"_s), job);
        connect(handle, &FetchHandle::finished, this, [&results](const FetchResult &r) { results.append(r); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 15000);
    for (const FetchResult &r : std::as_const(results))
        QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(home.requests().size(), 1);
    QCOMPARE(secretsIn(home.requests().constFirst()).size(), 2); // own origin: key and header
    QCOMPARE(cdn.requests().size(), 1);
    QCOMPARE(cdn.requests().constFirst().authorization, QByteArray());
    QCOMPARE(secretsIn(cdn.requests().constFirst()), QStringList());
}

QTEST_GUILESS_MAIN(tst_KeyContainment)
#include "tst_keycontainment.moc"
