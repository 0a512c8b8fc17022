// The results archive: completed jobs' results are downloaded from the real SimulatedProvider on 127.0.0.1:0
// and kept in a folder the download cache never evicts, named by the pattern; signed links are archived
// before they expire (soonest first); an expired link asks for one fresh poll; an earlier run's archive is
// found again without a request; failures say what happened. No sleeps: QTRY_* waits for signals.

#include "archiverig.h"
#include "model/inlineresults.h"
#include "artifacts/resultsaver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUrlQuery>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
QByteArray sha1(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex();
}
} // namespace

class TestResultArchive final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ArchiveRig> m_rig;
    std::unique_ptr<ResultSaver> m_saver;
    // Short names for the rig's parts.
    SimulatedProvider *m_sim = nullptr;
    JobList *m_jobs = nullptr;
    DiskCache *m_cache = nullptr;
    ProfileList *m_profiles = nullptr;
    Scheduler *m_scheduler = nullptr;
    ResultArchive *m_archive = nullptr;
    const ResultLifetimes *m_lifetimes = nullptr;

    QString archiveDir() const { return m_rig->archiveDir(); }

    void makeSaver(ResultSaver::Policy policy = ResultSaver::Policy::All)
    {
        m_saver.reset();
        m_rig->resetArchive();
        m_archive = m_rig->archive.get();
        m_saver = std::make_unique<ResultSaver>(m_jobs, &m_rig->fetcher, m_archive, m_lifetimes);
        m_saver->setPolicy(policy);
    }

    bool addProfile(const QString &dialect) { return m_rig->addProfile(dialect); }
    QString watchJob(const QString &dialect, const QString &type = {}, int units = 0)
    {
        return m_rig->watchJob(dialect, type, units);
    }
    int artifactRequests() const { return m_rig->artifactRequests(); }

    FetchResult fetchNow(const QUrl &url, const QString &key)
    {
        FetchResult result;
        bool done = false;
        FetchHandle *handle = m_rig->fetcher.fetch(url, key);
        connect(handle, &FetchHandle::finished, this, [&](const FetchResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            handle->abort();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_rig = std::make_unique<ArchiveRig>();
        QVERIFY(m_rig->sim.port() != 0);
        m_sim = &m_rig->sim;
        m_jobs = &m_rig->jobs;
        m_cache = &m_rig->cache;
        m_profiles = &m_rig->profiles;
        m_scheduler = &m_rig->scheduler;
        m_lifetimes = &m_rig->lifetimes;
        m_archive = m_rig->archive.get();
    }

    void cleanup()
    {
        m_saver.reset();
        m_rig.reset();
    }

    void completedResultLandsInTheArchiveUnderItsPattern()
    {
        makeSaver();
        QSignalSpy archived(m_archive, &ResultArchive::archived);
        const QString key = watchJob(u"theo"_s, u"video"_s);
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 15000);
        const JobRecord record = m_jobs->value(key);
        const QString path = archived.first().at(2).toString();
        const QDate day = QDateTime::fromString(record.snapshot.completedAt, Qt::ISODateWithMs).toLocalTime().date();
        QCOMPARE(QDir(archiveDir()).relativeFilePath(path),
                 u"Theo account/%1/%2-1.mp4"_s.arg(day.toString(u"yyyy-MM-dd"_s), record.jobId));
        QCOMPARE(archived.first().at(1).toInt(), 1);
        // The same bytes the provider served (the cached download), and no temporary file is left behind.
        const QUrl url(record.snapshot.artifacts.value(0).url);
        QVERIFY(QFileInfo(path).size() > 1000);
        QCOMPARE(sha1(path), sha1(m_cache->lookup(url)));
        QCOMPARE(filesUnder(archiveDir()), QStringList{QDir(archiveDir()).relativeFilePath(path)});
        QCOMPARE(m_archive->archivedFile(url), path);
        QCOMPARE(m_archive->entries(key).size(), 1);
        QTRY_VERIFY(!m_cache->isPinned(url));
    }

    void inlineResultsLandInTheArchiveWithoutARequest()
    {
        // Stability's finished answer carries the image itself (base64): the engine leaves the bytes for the
        // fetcher, and save-on-complete archives them even when only expiring links are saved.
        InlineResults inlined;
        m_scheduler->setInlineResults(&inlined);
        m_rig->fetcher.setInlineResults(&inlined);
        makeSaver(ResultSaver::Policy::Expiring);
        QSignalSpy archived(m_archive, &ResultArchive::archived);
        QFile mapping(QStringLiteral(JOBWATCH_TEST_DATA_DIR) + u"/../../docs/examples/stability.mapping.json"_s);
        QVERIFY(mapping.open(QIODevice::ReadOnly));
        Profile p;
        p.id = u"stability"_s;
        p.name = u"Stability account"_s;
        p.mappingJson = mapping.readAll();
        p.baseUrl = m_sim->baseUrl(u"stability"_s);
        p.poll.intervalMs = 1000;
        m_rig->secrets.setKey(p.id, ArchiveRig::kKey);
        QVERIFY(m_profiles->add(p) && m_scheduler->addProfile(p));
        SimulatedProvider::JobSpec spec;
        spec.dialect = u"stability"_s;
        spec.type = u"image"_s;
        spec.runMs = 100;
        const QString key = m_scheduler->watch(p.id, m_sim->createJob(spec));
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 15000);
        const QString path = archived.first().at(2).toString();
        QVERIFY2(path.endsWith(m_jobs->value(key).jobId + u"-1.png"_s), qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\x89PNG"));
        const Artifact artifact = m_jobs->value(key).snapshot.artifacts.value(0);
        QCOMPARE(artifact.mimeType, u"image/png"_s);
        QCOMPARE(artifact.sizeBytes, QFileInfo(path).size());
        QCOMPARE(m_archive->archivedFile(QUrl(artifact.url)), path);
        QCOMPARE(artifactRequests(), 0);
        QCOMPARE(inlined.heldBytes(), 0);
        m_scheduler->setInlineResults(nullptr);
        m_rig->fetcher.setInlineResults(nullptr);
    }

    void archivedResultSurvivesCacheEviction()
    {
        makeSaver();
        QSignalSpy archived(m_archive, &ResultArchive::archived);
        const QString key = watchJob(u"theo"_s, u"image"_s);
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 15000);
        const QUrl url(m_jobs->value(key).snapshot.artifacts.value(0).url);
        m_cache->setMaxBytes(1); // evicts everything
        QVERIFY(!m_cache->contains(url));
        const int before = artifactRequests();
        const FetchResult again = fetchNow(url, key);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY(again.fromCache);
        QCOMPARE(again.filePath, archived.first().at(2).toString());
        QCOMPARE(artifactRequests(), before);
    }

    void signedResultsAreArchivedBeforeTheyExpire()
    {
        makeSaver();
        m_sim->setSignedUrlTtlMs(2000);
        QSignalSpy archived(m_archive, &ResultArchive::archived);
        const QString key = watchJob(u"scenes"_s, {}, 3);
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 3, 15000);
        const QList<Artifact> artifacts = m_jobs->value(key).snapshot.artifacts;
        QCOMPARE(artifacts.size(), 3);
        // Each link carried its expiry, and the saver knew it.
        const LinkExpiry expiry = m_lifetimes->expiryOf(m_jobs->value(key), artifacts.at(0).url);
        QCOMPARE(expiry.source, LinkExpiry::Source::Url);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expiry.at.addSecs(1), 5000);
        m_cache->clear();
        // Past expiry and with the cache empty, every result is still there, from the archive.
        const int before = artifactRequests();
        for (const Artifact &artifact : artifacts) {
            const FetchResult result = fetchNow(QUrl(artifact.url), key);
            QVERIFY2(result.ok(), qPrintable(result.message));
            QVERIFY(result.filePath.startsWith(archiveDir()));
        }
        QCOMPARE(artifactRequests(), before);
        QCOMPARE(filesUnder(archiveDir()).size(), 3);
    }

    void linksThatExpireSoonestGoFirst()
    {
        makeSaver(ResultSaver::Policy::Off);
        m_saver->setMaxConcurrent(1);
        QVERIFY(addProfile(u"theo"_s));
        const auto add = [this](const QString &id, const QString &url) {
            JobRecord record;
            record.profileId = u"theo"_s;
            record.jobId = id;
            record.hasSnapshot = true;
            record.snapshot.id = id;
            record.snapshot.state = JobState::Completed;
            Artifact a;
            a.kind = ArtifactKind::Image;
            a.url = url;
            record.snapshot.artifacts = {a};
            QVERIFY(m_jobs->add(record));
        };
        const QString root = m_sim->rootUrl().toString();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        add(u"plain"_s, root + u"/artifacts/plain/image.png"_s);
        add(u"late"_s, root + u"/artifacts/late/image.png?expires=%1&sig=x"_s.arg(now + 3600));
        add(u"soon"_s, root + u"/artifacts/soon/image.png?expires=%1&sig=x"_s.arg(now + 600));
        QSignalSpy saved(m_saver.get(), &ResultSaver::saved);
        m_saver->setPolicy(ResultSaver::Policy::All);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, 15000);
        QStringList order;
        for (const auto &args : saved)
            order << args.at(0).toString().section(u'/', 1);
        QCOMPARE(order, (QStringList{u"soon"_s, u"late"_s, u"plain"_s}));
    }

    void anEarlierRunsArchiveIsFoundWithoutARequest()
    {
        makeSaver();
        QSignalSpy archived(m_archive, &ResultArchive::archived);
        const QString key = watchJob(u"muvi"_s, u"video"_s);
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 15000);
        const QString path = archived.first().at(2).toString();
        QTRY_VERIFY(m_saver->running() == 0 && m_saver->queued() == 0);

        // A new run: the same completed job comes back (as the job store restores it), the cache is empty.
        const JobRecord record = m_jobs->value(key);
        m_saver.reset();
        m_cache->clear();
        QVERIFY(m_jobs->remove(key));
        makeSaver();
        QSignalSpy saved(m_saver.get(), &ResultSaver::saved);
        const int before = artifactRequests();
        QVERIFY(m_jobs->add(record));
        QTRY_COMPARE(m_archive->entries(key).size(), 1);
        QCOMPARE(m_archive->entries(key).first().path, path);
        QCOMPARE(m_archive->archivedFile(QUrl(record.snapshot.artifacts.value(0).url)), path);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(artifactRequests(), before);
    }

    void anExpiredLinkAsksOnceForAFreshPoll()
    {
        makeSaver(ResultSaver::Policy::Off);
        connect(m_saver.get(), &ResultSaver::refreshNeeded, m_scheduler, qOverload<const QString &>(&Scheduler::resume));
        QSignalSpy refresh(m_saver.get(), &ResultSaver::refreshNeeded);
        QSignalSpy archived(m_archive, &ResultArchive::archived);
        m_sim->setSignedUrlTtlMs(0);
        const QString key = watchJob(u"scenes"_s, {}, 1);
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_jobs->value(key).engine.local, LocalState::Done, 15000);
        // The app was not archiving while the link was valid (say it was closed); by now it has expired.
        const QUrl first(m_jobs->value(key).snapshot.artifacts.value(0).url);
        const qint64 expires = QUrlQuery(first).queryItemValue(u"expires"_s).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expires, 5000);
        m_saver->setPolicy(ResultSaver::Policy::All);
        QTRY_COMPARE_WITH_TIMEOUT(refresh.count(), 1, 15000);
        QCOMPARE(refresh.first().at(0).toString(), key);
        m_sim->setSignedUrlTtlMs(60 * 1000); // the fresh poll brings links that work
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 15000);
        QCOMPARE(refresh.count(), 1);
        QVERIFY(QFileInfo(archived.first().at(2).toString()).isFile());
    }

    void aFolderThatCannotBeWrittenIsReportedAndTheDownloadKept()
    {
        // A file where the archive folder should be (as root, permissions would not stop the copy).
        QFile blocker(archiveDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        makeSaver();
        QSignalSpy failed(m_archive, &ResultArchive::failed);
        QSignalSpy idle(m_saver.get(), &ResultSaver::idle);
        const QString key = watchJob(u"theo"_s, u"image"_s);
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        const QString message = failed.first().at(2).toString();
        QVERIFY2(message.contains(u"Result 1 of "_s + m_jobs->value(key).jobId + u" was not archived"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Theo account"_s), qPrintable(message)); // where it tried
        QVERIFY(!message.contains(ArchiveRig::kKey));
        const QUrl url(m_jobs->value(key).snapshot.artifacts.value(0).url);
        QVERIFY(m_cache->contains(url)); // the download itself is not lost
        QTRY_VERIFY(idle.count() > 0);
        QVERIFY(!m_cache->isPinned(url));
        QVERIFY(QFileInfo(archiveDir()).isFile()); // untouched
    }

    void policiesChooseWhatIsArchived()
    {
        makeSaver(ResultSaver::Policy::Off);
        QVERIFY(addProfile(u"theo"_s));
        Profile replicate;
        replicate.id = u"rep"_s;
        replicate.name = u"Replicate"_s;
        replicate.dialect = u"replicate"_s;
        QVERIFY(m_profiles->add(replicate));
        const auto record = [](const QString &profile, const QString &url) {
            JobRecord r;
            r.profileId = profile;
            r.jobId = u"j"_s;
            r.hasSnapshot = true;
            r.snapshot.state = JobState::Completed;
            r.snapshot.completedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            Artifact a;
            a.url = url;
            a.thumbnailUrl = u"https://cdn.example/thumb.png"_s;
            r.snapshot.artifacts = {a};
            return r;
        };
        const JobRecord plain = record(u"theo"_s, u"https://cdn.example/out.mp4"_s);
        const JobRecord signedLink = record(u"theo"_s, u"https://cdn.example/out.mp4?X-Amz-Signature=1"_s);
        const JobRecord documented = record(u"rep"_s, u"https://replicate.delivery/out.png"_s);
        QVERIFY(m_saver->plan(plain).isEmpty());
        m_saver->setPolicy(ResultSaver::Policy::Expiring);
        QVERIFY(m_saver->plan(plain).isEmpty());
        QCOMPARE(m_saver->urlsToSave(signedLink), QList<QUrl>{QUrl(signedLink.snapshot.artifacts[0].url)});
        // Replicate documents a 1 h lifetime for every link: the result is archived, its thumbnail cached.
        const QList<ResultSaver::Planned> planned = m_saver->plan(documented);
        QCOMPARE(planned.size(), 2);
        QCOMPARE(planned.first().expiry.source, LinkExpiry::Source::Documented);
        QCOMPARE(planned.first().n, 1);
        QCOMPARE(planned.last().url, QUrl(documented.snapshot.artifacts[0].thumbnailUrl));
        QCOMPARE(planned.last().n, 0);
        m_saver->setPolicy(ResultSaver::Policy::All);
        QCOMPARE(m_saver->urlsToSave(plain), QList<QUrl>{QUrl(plain.snapshot.artifacts[0].url)}); // not the plain thumbnail
        JobRecord running = plain;
        running.snapshot.state = JobState::Running;
        QVERIFY(m_saver->plan(running).isEmpty());
        QCOMPARE(ResultSaver::policyFromName(u"expiring"_s), ResultSaver::Policy::Expiring);
        QVERIFY(!ResultSaver::policyFromName(u"sometimes"_s));
    }

    void folderProblemsAreNamed()
    {
        const QString cache = m_rig->dir.path() + u"/cache"_s;
        QVERIFY(ResultArchive::folderProblem(archiveDir(), cache).isEmpty());
        QVERIFY(QFileInfo(archiveDir()).isDir()); // created
        QVERIFY(ResultArchive::folderProblem(u"relative/dir"_s).contains(u"full path"_s));
        QVERIFY(ResultArchive::folderProblem(cache + u"/inside"_s, cache).contains(u"download cache"_s));
        QVERIFY(ResultArchive::folderProblem(cache, cache).contains(u"download cache"_s));
        QFile file(m_rig->dir.path() + u"/a-file"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(ResultArchive::folderProblem(file.fileName()).contains(u"is a file"_s));
        const QString problem = ResultArchive::folderProblem(file.fileName() + u"/sub"_s);
        QVERIFY2(problem.contains(u"Could not create"_s), qPrintable(problem));
    }

    void extensionComesFromTheUrlThenTheType()
    {
        Artifact a;
        a.url = u"https://cdn.example/v/clip.MP4?sig=1"_s;
        QCOMPARE(ResultArchive::extensionFor(a), u"mp4"_s);
        a.url = u"https://api.example/v1/videos/video_1/content"_s;
        QCOMPARE(ResultArchive::extensionFor(a, u"video/mp4"_s), u"mp4"_s);
        a.mimeType = u"image/png"_s;
        QCOMPARE(ResultArchive::extensionFor(a), u"png"_s);
        QCOMPARE(ResultArchive::extensionFor(a, u"application/pdf; charset=binary"_s), u"pdf"_s);
        a.mimeType.clear();
        QVERIFY(ResultArchive::extensionFor(a).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResultArchive)
#include "tst_resultarchive.moc"
