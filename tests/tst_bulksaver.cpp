// "Save all results…": every result of the chosen jobs lands in a chosen folder under the archive's pattern,
// from the archive when the link has expired, with progress per file; each file that fails is reported with
// its reason while the others go on; a second run does not duplicate identical files. Real media from the
// SimulatedProvider on 127.0.0.1:0; no sleeps.

#include "archiverig.h"
#include "artifacts/bulksaver.h"
#include "artifacts/resultsaver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QUrlQuery>

using namespace jw;
using namespace Qt::StringLiterals;

class TestBulkSaver final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ArchiveRig> m_rig;

    QString target() const { return m_rig->dir.path() + u"/chosen"_s; }

    BulkSaver::Summary run(BulkSaver &saver, const QStringList &keys, QList<BulkSaver::Failure> *failures = nullptr,
                           QList<int> *progress = nullptr)
    {
        BulkSaver::Summary summary;
        bool finished = false;
        const auto c1 = connect(&saver, &BulkSaver::finished, this, [&](const BulkSaver::Summary &s) {
            summary = s;
            finished = true;
        });
        const auto c2 = connect(&saver, &BulkSaver::fileFailed, this, [&](const BulkSaver::Failure &f) {
            if (failures)
                failures->append(f);
        });
        const auto c3 = connect(&saver, &BulkSaver::progress, this, [&](int done, int) {
            if (progress)
                progress->append(done);
        });
        QString error;
        if (!saver.start(keys, target(), &error))
            qWarning("start: %s", qPrintable(error));
        else if (!QTest::qWaitFor([&] { return finished; }, 20000))
            qWarning("no finished() within 20 s");
        disconnect(c1);
        disconnect(c2);
        disconnect(c3);
        return summary;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_rig = std::make_unique<ArchiveRig>();
        QVERIFY(m_rig->sim.port() != 0);
    }
    void cleanup() { m_rig.reset(); }

    void savesEveryResultOfTheJobs()
    {
        const QString video = m_rig->watchJob(u"theo"_s, u"video"_s);
        const QString images = m_rig->watchJob(u"muvi"_s, u"image"_s, 3);
        const QString research = m_rig->watchJob(u"theo"_s, u"research"_s);
        QVERIFY(m_rig->waitDone(video) && m_rig->waitDone(images) && m_rig->waitDone(research));
        BulkSaver saver(&m_rig->jobs, &m_rig->fetcher, m_rig->archive.get());
        const QStringList keys{video, images, research};
        QCOMPARE(BulkSaver::countFiles(&m_rig->jobs, keys), 5);
        QList<BulkSaver::Failure> failures;
        QList<int> progress;
        const BulkSaver::Summary summary = run(saver, keys, &failures, &progress);
        QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.first().message));
        QCOMPARE(summary.total, 5);
        QCOMPARE(summary.saved, 5);
        QCOMPARE(summary.failed, 0);
        QVERIFY(!summary.cancelled);
        QCOMPARE(progress.last(), 5);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));

        const QStringList files = filesUnder(target());
        QCOMPARE(files.size(), 5);
        const QString muviId = m_rig->jobs.value(images).jobId;
        for (int n = 1; n <= 3; ++n)
            QVERIFY2(files.filter(u"Muvi account/"_s).filter(u"/%1-%2.png"_s.arg(muviId).arg(n)).size() == 1, qPrintable(files.join(u", "_s)));
        QCOMPARE(files.filter(u".mp4"_s).size(), 1);
        const QStringList reports = files.filter(u".md"_s);
        QCOMPARE(reports.size(), 1);
        QFile report(target() + u'/' + reports.first());
        QVERIFY(report.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(report.readAll()), m_rig->jobs.value(research).snapshot.report->markdown);
        QVERIFY(QFileInfo(target() + u'/' + files.filter(u".mp4"_s).first()).size() > 1000);
    }

    void anExpiredLinkIsSavedFromTheArchive()
    {
        ResultSaver archiver(&m_rig->jobs, &m_rig->fetcher, m_rig->archive.get(), &m_rig->lifetimes);
        QSignalSpy archived(m_rig->archive.get(), &ResultArchive::archived);
        m_rig->sim.setSignedUrlTtlMs(1500);
        const QString key = m_rig->watchJob(u"scenes"_s, {}, 2);
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 2, 15000);
        const QUrl first(m_rig->jobs.value(key).snapshot.artifacts.value(0).url);
        const qint64 expires = QUrlQuery(first).queryItemValue(u"expires"_s).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expires, 5000);
        m_rig->cache.clear();
        const int before = m_rig->artifactRequests();
        BulkSaver saver(&m_rig->jobs, &m_rig->fetcher, m_rig->archive.get());
        const BulkSaver::Summary summary = run(saver, {key});
        QCOMPARE(summary.saved, 2);
        QCOMPARE(m_rig->artifactRequests(), before);
        QCOMPARE(filesUnder(target()).size(), 2);
    }

    void eachFailureIsReportedAndTheOthersGoOn()
    {
        const QString good = m_rig->watchJob(u"theo"_s, u"image"_s);
        const QString expired = m_rig->watchJob(u"theo"_s, u"video"_s, 0, SimulatedProvider::ArtifactFault::Expired);
        const QString running = [&] {
            SimulatedProvider::JobSpec spec;
            spec.dialect = u"theo"_s;
            spec.runMs = 600000;
            return m_rig->scheduler.watch(u"theo"_s, m_rig->sim.createJob(spec));
        }();
        QVERIFY(m_rig->waitDone(good) && m_rig->waitDone(expired));
        BulkSaver saver(&m_rig->jobs, &m_rig->fetcher, m_rig->archive.get());
        QList<BulkSaver::Failure> failures;
        const BulkSaver::Summary summary = run(saver, {expired, running, good}, &failures);
        QCOMPARE(summary.total, 2);
        QCOMPARE(summary.saved, 1);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.skippedJobs, 1); // the running job has no results yet
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().jobKey, expired);
        QCOMPARE(failures.first().n, 1);
        QVERIFY2(failures.first().message.contains(u"expired"_s), qPrintable(failures.first().message));
        QVERIFY(failures.first().what.contains(u"video.mp4"_s));
        QVERIFY(!failures.first().what.contains(u'?'));
        QCOMPARE(filesUnder(target()).size(), 1);
    }

    void aSecondRunKeepsIdenticalFilesAndNumbersChangedOnes()
    {
        const QString key = m_rig->watchJob(u"theo"_s, u"image"_s);
        QVERIFY(m_rig->waitDone(key));
        BulkSaver saver(&m_rig->jobs, &m_rig->fetcher, m_rig->archive.get());
        QCOMPARE(run(saver, {key}).saved, 1);
        const QStringList once = filesUnder(target());
        QCOMPARE(run(saver, {key}).saved, 1);
        QCOMPARE(filesUnder(target()), once);
        // Someone edited the saved file: the next run keeps it and adds "(2)".
        QFile edited(target() + u'/' + once.first());
        QVERIFY(edited.open(QIODevice::Append));
        edited.write("edited");
        edited.close();
        QCOMPARE(run(saver, {key}).saved, 1);
        const QStringList twice = filesUnder(target());
        QCOMPARE(twice.size(), 2);
        QVERIFY(twice.filter(u" (2).png"_s).size() == 1);
    }

    void unusableRequestsAreRefusedWithAReason()
    {
        BulkSaver saver(&m_rig->jobs, &m_rig->fetcher, m_rig->archive.get());
        QString error;
        QVERIFY(!saver.start({}, target(), &error));
        QVERIFY2(error.contains(u"No jobs"_s), qPrintable(error));
        const QString running = m_rig->watchJob(u"theo"_s);
        QVERIFY(!saver.start({running}, target(), &error));
        QVERIFY2(error.contains(u"only completed jobs"_s), qPrintable(error));
        QVERIFY(!saver.start({running}, u"relative/folder"_s, &error));
        QVERIFY2(error.contains(u"full path"_s), qPrintable(error));
        QVERIFY(!saver.isRunning());
    }

    void cancelStopsAndFinishesOnce()
    {
        const QString key = m_rig->watchJob(u"muvi"_s, u"image"_s, 4);
        QVERIFY(m_rig->waitDone(key));
        BulkSaver saver(&m_rig->jobs, &m_rig->fetcher, m_rig->archive.get());
        QSignalSpy finished(&saver, &BulkSaver::finished);
        QSignalSpy failed(&saver, &BulkSaver::fileFailed);
        QVERIFY(saver.start({key}, target()));
        saver.cancel();
        QTRY_COMPARE(finished.count(), 1);
        const auto summary = finished.first().at(0).value<BulkSaver::Summary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.failed, 0); // cancelled files are not failures
        QVERIFY(summary.saved < 4);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!saver.isRunning());
        QTest::qWait(0);
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBulkSaver)
#include "tst_bulksaver.moc"
