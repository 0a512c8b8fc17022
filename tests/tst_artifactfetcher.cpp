// The artifact fetcher, disk cache hits and save-on-complete against the real SimulatedProvider on
// 127.0.0.1:0 (a second instance is "another origin"), plus a raw loopback server for chunked bodies without
// Content-Length and for stalled transfers. No sleeps: asynchronous steps wait with QTRY_* / qWaitFor.

#include "artifacts/artifactfetcher.h"
#include "artifacts/diskcache.h"
#include "artifacts/resultsaver.h"
#include "model/inlineresults.h"
#include "model/joblist.h"
#include "model/profilelist.h"
#include "model/secretstore.h"
#include "engine/scheduler.h"
#include "sim/simulatedprovider.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-artifact-0123456789wxyz"_s;

// HTTP/1.1 on loopback that answers every request with a chunked body of `bodyBytes` (no Content-Length), or
// with headers only and then silence (`stall`).
class RawHttpServer final : public QObject
{
    Q_OBJECT
public:
    explicit RawHttpServer(qint64 bodyBytes, bool stall)
        : m_bodyBytes(bodyBytes)
        , m_stall(stall)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    ++disconnects;
                    socket->deleteLater();
                });
            }
        });
    }
    QUrl url(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path)); }
    int connections = 0;
    int disconnects = 0;
    qint64 sent = 0;

private:
    void answer(QTcpSocket *socket)
    {
        m_buffer[socket] += socket->readAll();
        if (!m_buffer[socket].contains("\r\n\r\n"))
            return;
        m_buffer.remove(socket);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
        if (m_stall)
            return;
        const QByteArray chunk(64 * 1024, 'z');
        for (qint64 left = m_bodyBytes; left > 0; left -= chunk.size()) {
            const QByteArray part = chunk.left(int(qMin<qint64>(left, chunk.size())));
            socket->write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
            sent += part.size();
        }
        socket->write("0\r\n\r\n");
    }
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffer;
    qint64 m_bodyBytes;
    bool m_stall;
};
} // namespace

class TestArtifactFetcher final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<SimulatedProvider> m_other; // another origin (another port)
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileList> m_profiles;
    std::unique_ptr<JobList> m_jobs;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<DiskCache> m_cache;
    std::unique_ptr<ArtifactFetcher> m_fetcher;

    QUrl artifact(const SimulatedProvider &sim, const QString &jobId, const QString &file) const
    {
        return QUrl(sim.rootUrl().toString() + u"/artifacts/"_s + jobId + u'/' + file);
    }

    // A profile "p" whose base URL is the main simulator's theo dialect, with a completed job "done" in it.
    QString addCompletedJob(const QString &jobId = u"done"_s)
    {
        JobRecord record;
        record.profileId = u"p"_s;
        record.jobId = jobId;
        record.hasSnapshot = true;
        record.snapshot.id = jobId;
        record.snapshot.state = JobState::Completed;
        m_jobs->add(record);
        return jobKey(u"p"_s, jobId);
    }

    // A profile "scenes" on the main simulator (in the list and the scheduler) watching a new scenes job that
    // completes after 100 ms with `units` signed result URLs. Returns the job's key, or "" if anything refused.
    QString watchScenesJob(int units)
    {
        Profile scenes;
        scenes.id = u"scenes"_s;
        scenes.name = u"Scenes"_s;
        scenes.dialect = u"scenes"_s;
        scenes.baseUrl = m_sim->baseUrl(u"scenes"_s);
        if (!m_profiles->add(scenes) || !m_scheduler->addProfile(scenes))
            return {};
        SimulatedProvider::JobSpec spec;
        spec.dialect = u"scenes"_s;
        spec.queueMs = 0;
        spec.runMs = 100;
        spec.units = units;
        return m_scheduler->watch(u"scenes"_s, m_sim->createJob(spec));
    }

    FetchResult fetchNow(const QUrl &url, const QString &key = {})
    {
        FetchResult result;
        int finishedCount = 0;
        FetchHandle *handle = m_fetcher->fetch(url, key);
        connect(handle, &FetchHandle::finished, this, [&](const FetchResult &r) {
            result = r;
            ++finishedCount;
        });
        if (!QTest::qWaitFor([&] { return finishedCount > 0; }, 15000)) {
            handle->abort();
            result.message = u"test: no result within 15 s"_s;
        }
        return result;
    }

    QList<SimulatedProvider::Request> artifactRequests(const SimulatedProvider &sim) const
    {
        QList<SimulatedProvider::Request> out;
        for (const auto &request : sim.requests()) {
            if (request.path.startsWith(u"/artifacts/"_s))
                out.append(request);
        }
        return out;
    }

    QStringList partFiles() const { return QDir(m_cache->directory() + u"/tmp"_s).entryList(QDir::Files); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sim = std::make_unique<SimulatedProvider>();
        m_other = std::make_unique<SimulatedProvider>();
        QVERIFY(m_sim->listen(0));
        QVERIFY(m_other->listen(0));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_profiles = std::make_unique<ProfileList>();
        m_jobs = std::make_unique<JobList>();
        m_scheduler = std::make_unique<Scheduler>(m_jobs.get(), m_nam.get(), m_secrets.get());
        m_cache = std::make_unique<DiskCache>(m_dir->path());
        m_fetcher = std::make_unique<ArtifactFetcher>(m_nam.get(), m_secrets.get(), m_profiles.get(), m_jobs.get(),
                                                      m_cache.get());
        Profile profile;
        profile.id = u"p"_s;
        profile.name = u"Theo"_s;
        profile.dialect = u"theo"_s;
        profile.baseUrl = m_sim->baseUrl(u"theo"_s);
        QVERIFY(m_profiles->add(profile));
        m_secrets->setKey(u"p"_s, kKey);
    }

    void cleanup()
    {
        m_fetcher.reset();
        m_cache.reset();
        m_scheduler.reset();
        m_jobs.reset();
        m_profiles.reset();
        m_secrets.reset();
        m_nam.reset();
        m_other.reset();
        m_sim.reset();
        m_dir.reset();
    }

    void eachKindDownloads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("magic");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("mimeType");
        QTest::newRow("video") << u"video.mp4"_s << QByteArray("ftyp") << 4 << u"video/mp4"_s;
        QTest::newRow("poster") << u"poster.jpg"_s << QByteArray("\xFF\xD8\xFF") << 0 << u"image/jpeg"_s;
        QTest::newRow("image") << u"image.png"_s << QByteArray("\x89PNG") << 0 << u"image/png"_s;
        QTest::newRow("audio") << u"audio.wav"_s << QByteArray("RIFF") << 0 << u"audio/wav"_s;
        QTest::newRow("document") << u"document.pdf"_s << QByteArray("%PDF") << 0 << u"application/pdf"_s;
        QTest::newRow("report") << u"report.md"_s << QByteArray("#") << 0 << u"text/markdown"_s;
    }
    void eachKindDownloads()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, magic);
        QFETCH(int, offset);
        QFETCH(QString, mimeType);
        const QUrl url = artifact(*m_other, u"job_kind"_s, file);
        FetchHandle *handle = m_fetcher->fetch(url);
        QSignalSpy progress(handle, &FetchHandle::progress);
        QSignalSpy finished(handle, &FetchHandle::finished);
        QTRY_COMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<FetchResult>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.fromCache);
        QCOMPARE(result.mimeType, mimeType);
        QFile local(result.filePath);
        QVERIFY(local.open(QIODevice::ReadOnly));
        const QByteArray bytes = local.readAll();
        QCOMPARE(bytes.mid(offset, magic.size()), magic);
        QCOMPARE(result.sizeBytes, bytes.size());
        QVERIFY(result.filePath.startsWith(m_cache->directory()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), bytes.size());
        QCOMPARE(progress.last().at(1).toLongLong(), bytes.size());
        QVERIFY(partFiles().isEmpty());
    }

    void keyIsSentOnTheProfilesOwnOrigin()
    {
        const QString key = addCompletedJob();
        const FetchResult result = fetchNow(artifact(*m_sim, u"done"_s, u"image.png"_s), key);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const auto requests = artifactRequests(*m_sim);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().authorization, "Bearer " + kKey.toUtf8());
    }

    void keyIsNotSentToAnotherOrigin()
    {
        const QString key = addCompletedJob();
        const FetchResult result = fetchNow(artifact(*m_other, u"done"_s, u"image.png"_s), key);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const auto requests = artifactRequests(*m_other);
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().authorization.isEmpty());
        for (auto it = requests.first().headers.cbegin(); it != requests.first().headers.cend(); ++it)
            QVERIFY2(!it.value().contains(kKey.toUtf8()), it.key().constData());
    }

    void keyIsDroppedOnACrossOriginRedirect()
    {
        const QString key = addCompletedJob();
        QUrl hop(m_sim->rootUrl().toString() + u"/redirect"_s);
        QUrlQuery query;
        query.addQueryItem(u"to"_s, QString::fromLatin1(QUrl::toPercentEncoding(artifact(*m_other, u"done"_s, u"video.mp4"_s).toString())));
        hop.setQuery(query);
        const FetchResult result = fetchNow(hop, key);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.url, hop);
        bool sawRedirect = false;
        for (const auto &request : m_sim->requests()) {
            if (request.path == u"/redirect"_s) {
                sawRedirect = true;
                QCOMPARE(request.authorization, "Bearer " + kKey.toUtf8()); // the first hop is the own origin
            }
        }
        QVERIFY(sawRedirect);
        const auto other = artifactRequests(*m_other);
        QCOMPARE(other.size(), 1);
        QVERIFY(other.first().authorization.isEmpty());
    }

    void nonHttpLinksAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("file") << u"file:///etc/passwd"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s;
        QTest::newRow("data") << u"data:image/png;base64,iVBORw0KGgo="_s;
        QTest::newRow("ftp") << u"ftp://example.com/a.png"_s;
        QTest::newRow("plain http off loopback") << u"http://example.com/a.png"_s;
        QTest::newRow("no scheme") << u"/artifacts/x/image.png"_s;
    }
    void nonHttpLinksAreRefused()
    {
        QFETCH(QString, url);
        const FetchResult result = fetchNow(QUrl(url), addCompletedJob());
        QCOMPARE(result.error, FetchError::Refused);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!result.message.contains(u'\n'));
        QVERIFY(result.filePath.isEmpty());
        QCOMPARE(ArtifactFetcher::refusalReason(QUrl(url)), result.message);
    }

    void redirectToAFileLinkIsRefused()
    {
        QUrl hop(m_sim->rootUrl().toString() + u"/redirect"_s);
        hop.setQuery(u"to=file:///etc/passwd"_s);
        const FetchResult result = fetchNow(hop);
        QCOMPARE(result.error, FetchError::Refused);
        QVERIFY(result.message.contains(u"file"_s));
    }

    void tooLargeMessageNamesBothSizes()
    {
        const qint64 mib = 1024 * 1024;
        QCOMPARE(ArtifactFetcher::tooLargeMessage(300 * mib, 200 * mib), u"The file is 300 MB, over the 200 MB limit set in Settings"_s);
        QCOMPARE(ArtifactFetcher::tooLargeMessage(5 * mib / 2, 2 * mib), u"The file is 2.5 MB, over the 2 MB limit set in Settings"_s);
    }

    void sizeCapIsCheckedAgainstContentLength()
    {
        m_fetcher->setMaxBytes(20 * 1024); // the clip is about 48 KB
        const FetchResult result = fetchNow(artifact(*m_other, u"big"_s, u"video.mp4"_s));
        QCOMPARE(result.error, FetchError::TooLarge);
        QVERIFY(result.sizeBytes > 20 * 1024);
        QCOMPARE(result.message, ArtifactFetcher::tooLargeMessage(result.sizeBytes, 20 * 1024));
        QVERIFY(result.message.startsWith(u"The file is 0.05 MB, over the 0.02 MB limit"_s));
        QVERIFY(!m_cache->contains(artifact(*m_other, u"big"_s, u"video.mp4"_s)));
        QVERIFY(partFiles().isEmpty());
    }

    void sizeCapIsEnforcedWhileStreaming()
    {
        RawHttpServer server(8 * 1024 * 1024, false); // chunked: no Content-Length to check up front
        m_fetcher->setMaxBytes(2 * 1024 * 1024);
        const QUrl url = server.url(u"/huge.bin"_s);
        const FetchResult result = fetchNow(url);
        QCOMPARE(result.error, FetchError::TooLarge);
        QVERIFY(result.sizeBytes > 2 * 1024 * 1024);
        QVERIFY(result.sizeBytes < 8 * 1024 * 1024); // stopped early, not after the whole body
        QVERIFY2(result.message.contains(u"over the 2 MB limit set in Settings"_s), qPrintable(result.message));
        QVERIFY(!m_cache->contains(url));
        QVERIFY(partFiles().isEmpty());
    }

    void chunkedBodyUnderTheCapLands()
    {
        RawHttpServer server(300 * 1024, false);
        const FetchResult result = fetchNow(server.url(u"/ok.bin"_s));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.sizeBytes, 300 * 1024);
    }

    void stalledTransferTimesOut()
    {
        RawHttpServer server(0, true);
        m_fetcher->setTransferTimeoutMs(300);
        const FetchResult result = fetchNow(server.url(u"/stall.bin"_s));
        QCOMPARE(result.error, FetchError::Network);
        QVERIFY2(result.message.contains(u"stalled"_s), qPrintable(result.message));
        QVERIFY(partFiles().isEmpty());
    }

    void abortEndsTheDownloadOnce()
    {
        RawHttpServer server(0, true);
        FetchHandle *handle = m_fetcher->fetch(server.url(u"/stall.bin"_s));
        QPointer<FetchHandle> guard(handle);
        QSignalSpy finished(handle, &FetchHandle::finished);
        QTRY_COMPARE(server.connections, 1);
        handle->abort();
        handle->abort();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<FetchResult>().error, FetchError::Aborted);
        QTRY_COMPARE(server.disconnects, 1); // the connection was really closed
        QTRY_VERIFY(guard.isNull());         // the handle deletes itself
        QCOMPARE(m_fetcher->activeCount(), 0);
        QVERIFY(partFiles().isEmpty());
    }

    void httpErrorWhileRunningIsNotExpired()
    {
        JobRecord running;
        running.profileId = u"p"_s;
        running.jobId = u"run"_s;
        running.hasSnapshot = true;
        running.snapshot.state = JobState::Running;
        m_jobs->add(running);
        const FetchResult result = fetchNow(artifact(*m_other, u"run"_s, u"secrets.txt"_s), jobKey(u"p"_s, u"run"_s));
        QCOMPARE(result.error, FetchError::Http);
        QCOMPARE(result.httpStatus, 404);
        QVERIFY(result.message.contains(u"404"_s));
    }

    void secondOpenIsACacheHit()
    {
        const QUrl url = artifact(*m_other, u"job_c"_s, u"image_3.png"_s);
        const FetchResult first = fetchNow(url);
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(artifactRequests(*m_other).size(), 1);
        const FetchResult second = fetchNow(url);
        QVERIFY(second.ok());
        QVERIFY(second.fromCache);
        QCOMPARE(second.filePath, first.filePath);
        QCOMPARE(artifactRequests(*m_other).size(), 1); // no network request the second time
        QCOMPARE(m_fetcher->cachedFile(url), first.filePath);
    }

    void expiredLinkThenPollAgainFetchesTheFreshUrl()
    {
        m_sim->setSignedUrlTtlMs(0); // scene URLs expire at the next second boundary
        const QString key = watchScenesJob(2);
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_jobs->value(key).snapshot.state, JobState::Completed, 15000);
        const QUrl expired(m_jobs->value(key).snapshot.artifacts.value(0).url);
        QVERIFY(DiskCache::isSignedUrl(expired));
        const qint64 expires = QUrlQuery(expired).queryItemValue(u"expires"_s).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expires, 5000);

        const FetchResult stale = fetchNow(expired, key);
        QCOMPARE(stale.error, FetchError::Expired);
        QCOMPARE(stale.httpStatus, 403);
        QCOMPARE(stale.message, u"Link expired \u2014 poll again to refresh"_s);
        // Without the job (nothing says it completed) the same answer is a plain HTTP error.
        QCOMPARE(fetchNow(expired).error, FetchError::Http);

        // "Poll again": the re-poll brings fresh signed URLs, and they download.
        m_sim->setSignedUrlTtlMs(10 * 60 * 1000);
        m_scheduler->resume(key);
        QTRY_VERIFY_WITH_TIMEOUT(QUrl(m_jobs->value(key).snapshot.artifacts.value(0).url) != expired, 15000);
        const QUrl fresh(m_jobs->value(key).snapshot.artifacts.value(0).url);
        QCOMPARE(DiskCache::key(fresh), DiskCache::key(expired)); // same cache entry, other signature
        const FetchResult ok = fetchNow(fresh, key);
        QVERIFY2(ok.ok(), qPrintable(ok.message));
        QVERIFY(!ok.fromCache);
    }

    void saveOnCompleteKeepsSignedResultsPastExpiry()
    {
        ResultSaver saver(m_jobs.get(), m_fetcher.get());
        QCOMPARE(saver.policy(), ResultSaver::Policy::All);
        QSignalSpy saved(&saver, &ResultSaver::saved);
        m_sim->setSignedUrlTtlMs(1500);
        const QString key = watchScenesJob(3);
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, 15000);
        for (const auto &args : saved)
            QVERIFY2(args.at(1).value<FetchResult>().ok(), qPrintable(args.at(1).value<FetchResult>().message));
        QCOMPARE(saver.running(), 0);
        const int requestsAfterSave = int(artifactRequests(*m_sim).size());

        const QUrl first(m_jobs->value(key).snapshot.artifacts.value(0).url);
        const qint64 expires = QUrlQuery(first).queryItemValue(u"expires"_s).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expires, 5000);
        const FetchResult later = fetchNow(first, key);
        QVERIFY2(later.ok(), qPrintable(later.message));
        QVERIFY(later.fromCache);
        QCOMPARE(int(artifactRequests(*m_sim).size()), requestsAfterSave);
    }

    void inlineResultsGoIntoTheCacheWithoutARequest()
    {
        InlineResults store;
        m_fetcher->setInlineResults(&store);
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(3000, 'x');
        const QString url = inlineUrl(png, u"png"_s);
        store.put(InlineResult{url, png, u"image/png"_s});
        const int requestsBefore = int(m_sim->requests().size());
        const FetchResult first = fetchNow(QUrl(url), u"p/j"_s);
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(first.mimeType, u"image/png"_s);
        QFile file(first.filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), png);
        QCOMPARE(store.heldBytes(), 0); // handed over: the cache holds it now
        const FetchResult again = fetchNow(QUrl(url), u"p/j"_s);
        QVERIFY(again.ok() && again.fromCache);
        QCOMPARE(int(m_sim->requests().size()), requestsBefore);
        // Over the size cap: refused with both sizes, and the bytes stay out of the cache.
        const QByteArray big(4096, 'b');
        const QString bigUrl = inlineUrl(big, u"bin"_s);
        store.put(InlineResult{bigUrl, big, {}});
        m_fetcher->setMaxBytes(1024);
        const FetchResult tooLarge = fetchNow(QUrl(bigUrl), u"p/j"_s);
        QCOMPARE(tooLarge.error, FetchError::TooLarge);
        QCOMPARE(tooLarge.message, ArtifactFetcher::tooLargeMessage(4096, 1024));
        QVERIFY(!m_cache->contains(QUrl(bigUrl)));
        // Gone from memory (a restart) and not cached: "expired", so the window offers to poll again.
        const FetchResult gone = fetchNow(QUrl(bigUrl), u"p/j"_s);
        QCOMPARE(gone.error, FetchError::Expired);
        QVERIFY2(gone.message.contains(u"poll again"_s), qPrintable(gone.message));
    }

    void savePolicyChoosesTheUrls()
    {
        ResultSaver saver(m_jobs.get(), m_fetcher.get());
        saver.setPolicy(ResultSaver::Policy::Off);
        JobRecord record;
        record.profileId = u"p"_s;
        record.jobId = u"mix"_s;
        record.hasSnapshot = true;
        record.snapshot.state = JobState::Completed;
        Artifact plain;
        plain.kind = ArtifactKind::Video;
        plain.url = u"https://cdn.example/v.mp4"_s;
        plain.posterUrl = u"https://cdn.example/p.jpg?X-Amz-Signature=1"_s;
        Artifact local;
        local.kind = ArtifactKind::Document;
        local.url = u"file:///etc/passwd"_s;
        Artifact inlined; // base64 in the answer: held in memory only, so saved like an expiring link
        inlined.kind = ArtifactKind::Image;
        inlined.url = inlineUrl("png bytes", u"png"_s);
        record.snapshot.artifacts = {plain, local, inlined};
        QVERIFY(saver.urlsToSave(record).isEmpty());
        saver.setPolicy(ResultSaver::Policy::Expiring);
        QCOMPARE(saver.urlsToSave(record), (QList<QUrl>{QUrl(inlined.url), QUrl(plain.posterUrl)}));
        saver.setPolicy(ResultSaver::Policy::All);
        QCOMPARE(saver.urlsToSave(record), (QList<QUrl>{QUrl(plain.url), QUrl(inlined.url), QUrl(plain.posterUrl)}));
        record.snapshot.state = JobState::Running;
        QVERIFY(saver.urlsToSave(record).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArtifactFetcher)
#include "tst_artifactfetcher.moc"
