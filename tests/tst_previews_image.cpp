// ImagePreview with the simulated provider's generated PNGs: decoded off the GUI thread, fitted into the view,
// 100% and Ctrl+wheel zoom, Copy image and Save as…; a corrupt file says so and offers "Try again".

#include "previewtesthelpers.h"

#include "previews/imagepreview.h"
#include "previews/zoomimageview.h"
#include "sim/artifacts.h"
#include "thumbnails/thumbnailer.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QWheelEvent>

using namespace jw;
using namespace Qt::StringLiterals;

class tst_PreviewsImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void loadsFittedAndDecodesOffTheGuiThread();
    void zoomsToActualSizeAndWithCtrlWheel();
    void copyAndSaveAs();
    void corruptImageSaysSoAndOffersTryAgain();

private:
    static Artifact imageArtifact()
    {
        Artifact a;
        a.kind = ArtifactKind::Image;
        a.url = u"http://127.0.0.1:9/artifacts/job_i/image.png"_s;
        a.title = u"Sunset"_s;
        return a;
    }

    QTemporaryDir m_dir;
    QList<QThread *> m_decodeThreads;
};

void tst_PreviewsImage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Thumbnailer::setDecodeThreadObserver([this](QThread *thread) { m_decodeThreads.append(thread); });
}

void tst_PreviewsImage::cleanupTestCase()
{
    Thumbnailer::setDecodeThreadObserver(nullptr);
}

void tst_PreviewsImage::loadsFittedAndDecodesOffTheGuiThread()
{
    const QString path = previewtest::writeFile(m_dir, u"big.png"_s, sim::numberedPng(7, 3, 1600, 900));
    m_decodeThreads.clear();
    ImagePreview preview(imageArtifact());
    preview.resize(500, 400);
    preview.show();
    preview.setLocalFile(path);
    QTRY_COMPARE(preview.state(), ArtifactPreview::State::Loaded);
    QCOMPARE(preview.image().size(), QSize(1600, 900));
    QVERIFY(!m_decodeThreads.isEmpty());
    QVERIFY(!m_decodeThreads.contains(QThread::currentThread()));
    ZoomImageView *view = preview.view();
    QVERIFY(view->isFit());
    QVERIFY2(view->zoom() < 0.5, qPrintable(QString::number(view->zoom()))); // 1600 px into ~500 px
    QVERIFY(view->widget()->width() <= view->viewport()->width());
}

void tst_PreviewsImage::zoomsToActualSizeAndWithCtrlWheel()
{
    const QString path = previewtest::writeFile(m_dir, u"zoom.png"_s, sim::numberedPng(3, 1, 1200, 800));
    ImagePreview preview(imageArtifact());
    preview.resize(500, 400);
    preview.show();
    preview.setLocalFile(path);
    QTRY_COMPARE(preview.state(), ArtifactPreview::State::Loaded);
    ZoomImageView *view = preview.view();
    const double fitted = view->zoom();
    preview.findChild<QToolButton *>(u"zoomActual"_s)->click();
    QCOMPARE(view->zoom(), 1.0);
    QVERIFY(!view->isFit());
    QCOMPARE(view->widget()->size(), QSize(1200, 800));

    // A plain wheel scrolls the page (ignored here); Ctrl+wheel zooms.
    const QPointF pos(50, 50);
    QWheelEvent plain(pos, view->mapToGlobal(pos), {}, {0, 120}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &plain);
    QCOMPARE(view->zoom(), 1.0);
    QWheelEvent ctrl(pos, view->mapToGlobal(pos), {}, {0, -120}, Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &ctrl);
    QCOMPARE(view->zoom(), 0.8);

    preview.findChild<QToolButton *>(u"zoomFit"_s)->click();
    QVERIFY(view->isFit());
    QCOMPARE(view->zoom(), fitted);
}

void tst_PreviewsImage::copyAndSaveAs()
{
    const QByteArray png = sim::numberedPng(5, 2, 320, 200);
    const QString path = previewtest::writeFile(m_dir, u"copy.png"_s, png);
    ImagePreview preview(imageArtifact());
    preview.show();
    preview.setLocalFile(path);
    QTRY_COMPARE(preview.state(), ArtifactPreview::State::Loaded);
    preview.findChild<QPushButton *>(u"copyImage"_s)->click();
    QCOMPARE(QApplication::clipboard()->image().size(), QSize(320, 200));

    const QString target = m_dir.filePath(u"saved/result.png"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"saved"_s)));
    QSignalSpy notices(&preview, &ArtifactPreview::notice);
    QVERIFY(preview.saveTo(target));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), png);
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.at(0).at(0).toString().startsWith(u"Saved to "_s));
}

void tst_PreviewsImage::corruptImageSaysSoAndOffersTryAgain()
{
    QByteArray broken = sim::numberedPng(1, 1, 64, 64);
    broken.truncate(40); // a PNG header and nothing after it
    const QString path = previewtest::writeFile(m_dir, u"broken.png"_s, broken);
    ImagePreview preview(imageArtifact());
    preview.show();
    preview.setLocalFile(path);
    QTRY_COMPARE(preview.state(), ArtifactPreview::State::Failed);
    QCOMPARE(preview.problem(), PreviewProblem::Corrupt);
    QCOMPARE(preview.problemHeadline(), u"The image could not be decoded"_s);
    QVERIFY(preview.problemDetail().contains(u"damaged"_s));
    auto *retry = preview.findChild<QPushButton *>(u"tryAgain"_s);
    QVERIFY(retry && retry->isVisible());
    QSignalSpy fetch(&preview, &ArtifactPreview::fetchRequested);
    retry->click();
    QCOMPARE(fetch.size(), 1);
}

QTEST_MAIN(tst_PreviewsImage)
#include "tst_previews_image.moc"
