// Decoding off the GUI thread and the Result column's thumbnails: the Thumbnailer decodes on its
// worker pool (a hook records the decoding thread), scales huge images while reading, reports corrupt files
// with a typed message, and keeps scaled PNGs on disk; the ThumbnailProvider fetches from the real
// SimulatedProvider and the JobTableModel announces each ready thumbnail for its cell and DecorationRole only.

#include "artifacts/artifactfetcher.h"
#include "application/application.h"
#include "mainwindow.h"
#include "artifacts/diskcache.h"
#include "model/joblist.h"
#include "model/profilelist.h"
#include "model/secretstore.h"
#include "models/jobtablemodel.h"
#include "sim/simulatedprovider.h"
#include "thumbnails/thumbnailer.h"
#include "thumbnails/thumbnailprovider.h"
#include "fetchrig.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
QString writeImage(const QString &dir, const QString &name, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 200));
    const QString path = dir + u'/' + name;
    return image.save(path, "PNG") ? path : QString();
}

Artifact artifactOf(ArtifactKind kind, const QString &url, const QString &poster = {}, const QString &thumb = {})
{
    Artifact a;
    a.kind = kind;
    a.url = url;
    a.posterUrl = poster;
    a.thumbnailUrl = thumb;
    return a;
}
} // namespace

class TestThumbnailer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    DecodedImage decodeNow(Thumbnailer &thumbnailer, const QString &path, const QSize &box, const QString &thumb = {})
    {
        QSignalSpy spy(&thumbnailer, &Thumbnailer::decoded);
        const quint64 id = thumbnailer.decode(path, box, thumb);
        if (!spy.wait(10000))
            return {};
        if (spy.first().at(0).toULongLong() != id)
            return {};
        return spy.first().at(1).value<DecodedImage>();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // Application's cache: not the user's

    void cleanup() { Thumbnailer::setDecodeThreadObserver(nullptr); }

    void decodingRunsOffTheGuiThread()
    {
        QMutex mutex;
        QList<QThread *> threads;
        Thumbnailer::setDecodeThreadObserver([&](QThread *thread) {
            const QMutexLocker lock(&mutex);
            threads.append(thread);
        });
        Thumbnailer thumbnailer;
        const DecodedImage result = decodeNow(thumbnailer, writeImage(m_dir.path(), u"a.png"_s, {320, 200}), {64, 36});
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QMutexLocker lock(&mutex);
        QCOMPARE(threads.size(), 1);
        QVERIFY(threads.first() != nullptr);
        QVERIFY(threads.first() != QThread::currentThread());
        QVERIFY(threads.first() != qApp->thread());
    }

    void hugeImageIsDecodedAtThumbnailSize()
    {
        Thumbnailer thumbnailer;
        const QString path = writeImage(m_dir.path(), u"huge.png"_s, {4000, 2500});
        QVERIFY(!path.isEmpty());
        const DecodedImage result = decodeNow(thumbnailer, path, {64, 36});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.originalSize, QSize(4000, 2500));
        QVERIFY(result.image.width() <= 64 && result.image.height() <= 36);
        QCOMPARE(result.image.size(), QSize(4000, 2500).scaled(64, 36, Qt::KeepAspectRatio)); // 57x36: 16:10 kept
        QCOMPARE(thumbnailer.pending(), 0);
    }

    void invalidBoxDecodesAtFullSize()
    {
        Thumbnailer thumbnailer;
        const DecodedImage result = decodeNow(thumbnailer, writeImage(m_dir.path(), u"full.png"_s, {300, 100}), {});
        QVERIFY(result.ok());
        QCOMPARE(result.image.size(), QSize(300, 100));
    }

    void corruptImageIsATypedError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("this is not an image at all, just text");
        QTest::newRow("empty") << QByteArray();
        QFile real(writeImage(m_dir.path(), u"real.png"_s, {200, 200}));
        QVERIFY(real.open(QIODevice::ReadOnly));
        QTest::newRow("truncated png") << real.readAll().left(60);
    }
    void corruptImageIsATypedError()
    {
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.path() + u"/corrupt.png"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        Thumbnailer thumbnailer;
        QSignalSpy spy(&thumbnailer, &Thumbnailer::decoded);
        thumbnailer.decode(path, {64, 36});
        QVERIFY(spy.wait(10000));
        const auto result = spy.first().at(1).value<DecodedImage>();
        QVERIFY(!result.ok());
        QCOMPARE(result.error, u"The image could not be decoded (corrupt or unsupported)"_s);
    }

    void thumbnailFileIsWrittenAndReused()
    {
        QTemporaryDir dir;
        const QString source = writeImage(dir.path(), u"src.png"_s, {640, 360});
        const QString thumb = dir.path() + u"/thumbs/src-64x36.png"_s;
        Thumbnailer thumbnailer;
        QVERIFY(decodeNow(thumbnailer, source, {64, 36}, thumb).ok());
        QVERIFY(QFile::exists(thumb));
        QCOMPARE(QImage(thumb).size(), QSize(64, 36));
        QVERIFY(QFile::remove(source));
        const DecodedImage again = decodeNow(thumbnailer, source, {64, 36}, thumb);
        QVERIFY(again.ok()); // from the on-disk thumbnail
        QCOMPARE(again.image.size(), QSize(64, 36));
    }

    void sourceUrlPicksImageThenPosterThenScene_data()
    {
        QTest::addColumn<QList<Artifact>>("artifacts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("image") << QList<Artifact>{artifactOf(ArtifactKind::Image, u"https://x.example/i.png"_s)}
                               << u"https://x.example/i.png"_s;
        QTest::newRow("video thumbnail first")
            << QList<Artifact>{artifactOf(ArtifactKind::Video, u"https://x.example/v.mp4"_s, u"https://x.example/p.jpg"_s,
                                          u"https://x.example/t.png"_s)}
            << u"https://x.example/t.png"_s;
        QTest::newRow("video poster")
            << QList<Artifact>{artifactOf(ArtifactKind::Video, u"https://x.example/v.mp4"_s, u"https://x.example/p.jpg"_s)}
            << u"https://x.example/p.jpg"_s;
        QTest::newRow("first scene") << QList<Artifact>{artifactOf(ArtifactKind::Image, u"https://x.example/s1.png?sig=a"_s),
                                                        artifactOf(ArtifactKind::Image, u"https://x.example/s2.png?sig=b"_s)}
                                     << u"https://x.example/s1.png?sig=a"_s;
        QTest::newRow("video without images") << QList<Artifact>{artifactOf(ArtifactKind::Video, u"https://x.example/v.mp4"_s)}
                                              << QString();
        QTest::newRow("file image refused") << QList<Artifact>{artifactOf(ArtifactKind::Image, u"file:///etc/a.png"_s)}
                                            << QString();
        QTest::newRow("document") << QList<Artifact>{artifactOf(ArtifactKind::Document, u"https://x.example/d.pdf"_s)}
                                  << QString();
    }
    void sourceUrlPicksImageThenPosterThenScene()
    {
        QFETCH(QList<Artifact>, artifacts);
        QFETCH(QString, expected);
        JobSnapshot snapshot;
        snapshot.artifacts = artifacts;
        QCOMPARE(ThumbnailProvider::sourceUrl(snapshot), expected.isEmpty() ? QUrl() : QUrl(expected));
    }

    void resultColumnShowsTheThumbnailWhenReady()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen(0));
        FetchRig rig;
        ThumbnailProvider provider(&rig.jobs, &rig.fetcher);
        JobTableModel model(&rig.jobs);
        model.setTickInterval(0);
        QAbstractItemModelTester tester(&model);
        model.setThumbnailProvider(&provider);

        JobRecord record;
        record.profileId = u"p"_s;
        record.jobId = u"img"_s;
        record.hasSnapshot = true;
        record.snapshot.id = u"img"_s;
        record.snapshot.state = JobState::Completed;
        record.snapshot.artifacts = {artifactOf(ArtifactKind::Image, sim.rootUrl().toString() + u"/artifacts/img/image_2.png"_s)};
        QVERIFY(rig.jobs.add(record));
        const QModelIndex cell = model.index(0, JobTableModel::Result);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Before the thumbnail is there: the kind icon.
        QCOMPARE(cell.data(Qt::DecorationRole).userType(), QMetaType::QIcon);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), cell);
        QCOMPARE(changed.first().at(1).toModelIndex(), cell);
        QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{Qt::DecorationRole});
        const QVariant decoration = cell.data(Qt::DecorationRole);
        QCOMPARE(decoration.userType(), QMetaType::QPixmap);
        const QPixmap pixmap = decoration.value<QPixmap>();
        QVERIFY(pixmap.width() <= ThumbnailProvider::kDefaultSize.width());
        QVERIFY(pixmap.height() <= ThumbnailProvider::kDefaultSize.height());
        QCOMPARE(pixmap.size(), QSize(64, 36)); // 480x270 scaled into the box
        // Painting again is served from memory: no further fetch, no further change signal.
        const int artifactRequests = int(sim.requests().size());
        QVERIFY(!cell.data(Qt::DecorationRole).value<QPixmap>().isNull());
        QCOMPARE(int(sim.requests().size()), artifactRequests);
        QCOMPARE(changed.count(), 1);
    }

    void undecodableSourceKeepsTheIconAndSaysWhy()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen(0));
        QTemporaryDir dir;
        QNetworkAccessManager nam;
        JobList jobs;
        DiskCache cache(dir.path());
        ArtifactFetcher fetcher(&nam, nullptr, nullptr, &jobs, &cache);
        ThumbnailProvider provider(&jobs, &fetcher);
        JobRecord record;
        record.profileId = u"p"_s;
        record.jobId = u"bad"_s;
        record.hasSnapshot = true;
        // Markdown served where an image is claimed: it downloads, but does not decode.
        record.snapshot.artifacts = {artifactOf(ArtifactKind::Image, sim.rootUrl().toString() + u"/artifacts/bad/report.md"_s)};
        QVERIFY(jobs.add(record));
        const QString key = jobKey(u"p"_s, u"bad"_s);
        QVERIFY(provider.thumbnail(key).isNull());
        QVERIFY(provider.isLoading(key));
        QTRY_COMPARE(provider.error(key), Thumbnailer::corruptImageMessage());
        QVERIFY(!provider.isLoading(key));
        // Not retried for the same source.
        const int requests = int(sim.requests().size());
        QVERIFY(provider.thumbnail(key).isNull());
        QVERIFY(!provider.isLoading(key));
        QCOMPARE(int(sim.requests().size()), requests);
    }

    void doubleClickOnARowOpensThePreview()
    {
        Application app;
        MainWindow window(&app);
        JobRecord record;
        record.profileId = u"p"_s;
        record.jobId = u"dbl"_s;
        QVERIFY(app.jobs()->add(record));
        window.resize(1100, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.thumbnails() != nullptr);
        QSignalSpy preview(&window, &MainWindow::openPreview);
        QTableView *view = window.view();
        const QModelIndex index = view->model()->index(0, JobTableModel::Job);
        QVERIFY(view->visualRect(index).isValid());
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at); // a real double-click starts with a click
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(preview.count(), 1);
        QCOMPARE(preview.first().first().toString(), jobKey(u"p"_s, u"dbl"_s));
    }
};

QTEST_MAIN(TestThumbnailer)
#include "tst_thumbnailer.moc"
