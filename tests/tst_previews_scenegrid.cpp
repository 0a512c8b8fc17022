// SceneGrid with the simulated provider's scene PNGs: every tile loads (decoded off the GUI thread) with its
// caption, a click opens the scene large, a corrupt tile says so, and expired links show one "Poll again"
// banner.

#include "previews/scenegrid.h"
#include "previews/zoomimageview.h"
#include "sim/artifacts.h"

#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace jw;
using namespace Qt::StringLiterals;

class tst_PreviewsSceneGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tilesLoadWithCaptionsAndFlowIntoColumns();
    void clickOpensTheSceneLarge();
    void corruptTileSaysSo();
    void expiredLinksShowOnePollAgainBanner();

private:
    QList<Artifact> scenes(int count) const
    {
        QList<Artifact> out;
        for (int i = 1; i <= count; ++i) {
            Artifact a;
            a.kind = ArtifactKind::Image;
            a.url = u"http://127.0.0.1:9/artifacts/job_s/scene_%1.png?expires=1&sig=x"_s.arg(i);
            a.title = u"Scene %1"_s.arg(i);
            out.append(a);
        }
        return out;
    }
    QString writeScene(int n)
    {
        const QString path = m_dir.filePath(u"scene_%1.png"_s.arg(n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(sim::numberedPng(quint32(n), n, 640, 360));
        return path;
    }
    QTemporaryDir m_dir;
};

void tst_PreviewsSceneGrid::tilesLoadWithCaptionsAndFlowIntoColumns()
{
    SceneGrid grid(scenes(6));
    grid.resize(3 * (SceneGrid::kMinTileWidth + 12), 600); // room for three columns
    grid.show();
    QCOMPARE(grid.count(), 6);
    for (int i = 0; i < 6; ++i)
        grid.setLocalFile(i, writeScene(i + 1));
    QTRY_COMPARE(grid.loadedCount(), 6);
    QCOMPARE(grid.tileImage(0).size(), QSize(640, 360));
    const auto *first = grid.findChild<QToolButton *>(u"scene1"_s);
    const auto *fourth = grid.findChild<QToolButton *>(u"scene4"_s);
    QVERIFY(first && fourth);
    QVERIFY(!first->icon().isNull());
    QTRY_VERIFY(fourth->mapTo(&grid, QPoint()).y() > first->mapTo(&grid, QPoint()).y()); // 3 columns: a 2nd row
    bool captioned = false;
    for (const QLabel *label : grid.findChildren<QLabel *>())
        captioned = captioned || label->text() == u"Scene 4"_s;
    QVERIFY(captioned);
}

void tst_PreviewsSceneGrid::clickOpensTheSceneLarge()
{
    SceneGrid grid(scenes(2));
    grid.show();
    QVERIFY(!grid.openScene(0)); // nothing to show before it loaded
    grid.setLocalFile(0, writeScene(1));
    QTRY_COMPARE(grid.tileState(0), ArtifactPreview::State::Loaded);
    grid.findChild<QToolButton *>(u"scene1"_s)->click();
    auto *dialog = grid.findChild<QDialog *>(u"sceneDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Scene 1"_s);
    QCOMPARE(dialog->findChild<ZoomImageView *>()->image().size(), QSize(640, 360));
    dialog->close();
}

void tst_PreviewsSceneGrid::corruptTileSaysSo()
{
    SceneGrid grid(scenes(2));
    grid.show();
    const QString path = m_dir.filePath(u"corrupt.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG\r\n\x1a\nnot really");
    file.close();
    grid.setLocalFile(1, path);
    QTRY_COMPARE(grid.tileState(1), ArtifactPreview::State::Failed);
    QCOMPARE(grid.tileMessage(1), u"Corrupt image"_s);
    QCOMPARE(grid.findChild<QToolButton *>(u"scene2"_s)->text(), u"Corrupt image"_s);
    // A click on a failed tile asks for it again.
    QSignalSpy fetch(&grid, &SceneGrid::fetchRequested);
    grid.findChild<QToolButton *>(u"scene2"_s)->click();
    QCOMPARE(fetch.size(), 1);
    QCOMPARE(fetch.at(0).at(0).toInt(), 1);
}

void tst_PreviewsSceneGrid::expiredLinksShowOnePollAgainBanner()
{
    SceneGrid grid(scenes(3));
    grid.show();
    QVERIFY(!grid.isExpiredBannerVisible());
    FetchResult expired;
    expired.error = FetchError::Expired;
    expired.httpStatus = 403;
    expired.message = u"Link expired \u2014 poll again to refresh"_s;
    grid.setFetchResult(0, expired);
    grid.setFetchResult(1, expired);
    QVERIFY(grid.isExpiredBannerVisible());
    QCOMPARE(grid.tileMessage(0), u"Link expired"_s);
    QCOMPARE(grid.findChild<QLabel *>(u"expiredText"_s)->text(), u"Link expired \u2014 poll again to refresh"_s);
    QSignalSpy refresh(&grid, &SceneGrid::refreshRequested);
    grid.findChild<QPushButton *>(u"pollAgain"_s)->click();
    QCOMPARE(refresh.size(), 1);
    // Fresh links arrive and load: the banner goes away.
    grid.setLocalFile(0, writeScene(1));
    FetchResult ok;
    ok.filePath = writeScene(2);
    grid.setFetchResult(1, ok);
    QTRY_COMPARE(grid.loadedCount(), 2);
    QVERIFY(!grid.isExpiredBannerVisible());
}

QTEST_MAIN(tst_PreviewsSceneGrid)
#include "tst_previews_scenegrid.moc"
