// The compare view end to end: completed jobs on the SimulatedProvider (127.0.0.1:0), their real H.264 clips and
// PNGs downloaded by the real ArtifactFetcher into a test cache. Two videos open side by side and four images in
// a 2 × 2 grid, each with its caption; seeking or playing the leader moves the other videos within the tolerance;
// zooming or panning one image moves the others; and Compare… in the main window is enabled only for 2 to 4
// completed jobs with an image or video result, and says why otherwise.

#include "application/application.h"
#include "artifacts/diskcache.h"
#include "artifacts/resultsaver.h"
#include "compare/compareaction.h"
#include "compare/comparecaption.h"
#include "compare/comparepane.h"
#include "compare/compareview.h"
#include "compare/imagesync.h"
#include "compare/videosync.h"
#include "mainwindow.h"
#include "model/joblist.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "previews/imagepreview.h"
#include "previews/mediacontrols.h"
#include "previews/videopreview.h"
#include "previews/zoomimageview.h"
#include "simappfixture.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMediaPlayer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-test-compare-0123456789"_s;
}

class tst_CompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void twoVideosOpenSideBySideWithTheirCaptions();
    void captionListsTheJobsInputs();
    void fourImagesOpenInAGrid();
    void seekingAndPlayingTheLeaderMovesTheOtherVideos();
    void zoomingAndPanningOneImageMovesTheOthers();
    void resultsAlreadyDownloadedAreNotFetchedAgain();
    void actionNeedsTwoToFourCompletedJobsWithMedia();

private:
    QString completedJob(const QString &type, qint64 runMs = 0)
    {
        SimulatedProvider::JobSpec spec;
        spec.dialect = u"theo"_s;
        spec.type = type;
        spec.queueMs = 0;
        spec.runMs = runMs;
        return simapp::watchNewJob(*m_app, *m_sim, spec);
    }
    bool completed(const QString &key) const
    {
        const JobRecord *r = m_app->jobs()->find(key);
        return r && r->hasSnapshot && r->snapshot.state == JobState::Completed;
    }
    QStringList completedJobs(const QString &type, int count)
    {
        QStringList keys;
        for (int i = 0; i < count; ++i)
            keys << completedJob(type);
        for (const QString &key : std::as_const(keys)) {
            if (!QTest::qWaitFor([&] { return completed(key); }, 15000))
                return {};
        }
        return keys;
    }
    std::unique_ptr<CompareView> openView(const QStringList &keys)
    {
        auto view = std::make_unique<CompareView>(m_app->jobs(), m_app->profiles(), m_app->artifacts(), keys);
        view->resize(1000, 760);
        view->show();
        return view;
    }
    static bool allLoaded(const CompareView &view)
    {
        const QList<ComparePane *> panes = view.panes();
        return std::all_of(panes.cbegin(), panes.cend(),
                           [](const ComparePane *p) { return p->preview()->state() == ArtifactPreview::State::Loaded; });
    }
    int artifactRequests() const
    {
        const QList<SimulatedProvider::Request> requests = m_sim->requests();
        return int(std::count_if(requests.cbegin(), requests.cend(),
                                 [](const SimulatedProvider::Request &r) { return r.path.contains(u"/artifacts/"_s); }));
    }
    void select(MainWindow &window, const QStringList &keys)
    {
        QItemSelection rows;
        for (const QString &key : keys) {
            const QModelIndex index = window.proxy()->mapFromSource(window.model()->index(window.model()->rowOf(key), 0));
            QVERIFY(index.isValid());
            rows.select(index, index);
        }
        window.view()->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<Application> m_app;
};

void tst_CompareView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the artifact cache goes under ~/.qttest
}

void tst_CompareView::init()
{
    const QString error = simapp::start(m_sim, m_app, kKey, {u"theo"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_app->artifactCache()->clear();
    m_app->resultSaver()->setPolicy(ResultSaver::Policy::Off); // only the views download here
}

void tst_CompareView::cleanup()
{
    m_app.reset();
    m_sim.reset();
}

void tst_CompareView::twoVideosOpenSideBySideWithTheirCaptions()
{
    const QStringList keys = completedJobs(u"video"_s, 2);
    QCOMPARE(keys.size(), 2);
    const auto view = openView(keys);
    QCOMPARE(view->panes().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*view), 15000);
    ComparePane *left = view->panes().at(0);
    ComparePane *right = view->panes().at(1);
    QCOMPARE(left->jobKey(), keys.at(0));
    QCOMPARE(left->geometry().top(), right->geometry().top()); // one row
    QVERIFY(left->geometry().right() < right->geometry().left());
    QVERIFY(left->width() > 400);
    // One transport for both; the previews' own are hidden.
    QVERIFY(view->transport() && view->transport()->isVisible());
    QVERIFY(!left->video()->controls()->isVisible());
    QVERIFY(!right->video()->controls()->isVisible());
    QCOMPARE(view->videoSync()->leader(), left->video());
    QVERIFY(!view->imageSync());
    // Each job's details under it.
    const JobRecord record = m_app->jobs()->value(keys.at(1));
    QVERIFY2(right->captionText().contains(u"Job: "_s + record.jobId), qPrintable(right->captionText()));
    QVERIFY(right->captionText().contains(u"Profile: theo account"_s));
    QVERIFY(right->captionText().contains(u"Duration: "_s));
    QCOMPARE(compareCaption(record, u"theo account"_s).value(0), (CaptionLine{u"Job"_s, record.jobId}));
    // The inputs the simulated Theo echoes for a video: its model and engine.
    QVERIFY2(right->captionText().contains(u"Model: Theo Motion"_s), qPrintable(right->captionText()));
    QVERIFY(right->captionText().contains(u"engine: theo-motion"_s));
}

void tst_CompareView::captionListsTheJobsInputs()
{
    JobRecord record;
    record.key = u"p/job-1"_s;
    record.jobId = u"job-1"_s;
    record.hasSnapshot = true;
    Artifact video;
    video.kind = ArtifactKind::Video;
    video.title = u"a title"_s;
    record.snapshot.artifacts = {video};
    const QString longPrompt = QString(300, u'x');
    record.snapshot.inputs = {{u"prompt"_s, longPrompt}, {u"seed"_s, u"42"_s}, {u"aspect_ratio"_s, u"16:9"_s}};
    const QList<CaptionLine> lines = compareCaption(record, u"acct"_s);
    const auto find = [&lines](const QString &label) {
        for (const CaptionLine &line : lines) {
            if (line.label == label)
                return line.value;
        }
        return QString();
    };
    // Labelled as in the details pane, in the snapshot's order, a long prompt cut with "…".
    QCOMPARE(find(u"Prompt"_s), longPrompt.left(kMaxCaptionValue - 1) + QChar(0x2026));
    QCOMPARE(find(u"Seed"_s), u"42"_s);
    QCOMPARE(find(u"aspect_ratio"_s), u"16:9"_s);
    QVERIFY(find(u"Title"_s).isEmpty()); // the inputs say it
    QStringList labels;
    for (const CaptionLine &line : lines)
        labels << line.label;
    QVERIFY(labels.indexOf(u"Prompt"_s) < labels.indexOf(u"Seed"_s));
    QVERIFY(labels.indexOf(u"Seed"_s) < labels.indexOf(u"aspect_ratio"_s));

    // Without inputs, the result's title stands in.
    record.snapshot.inputs.clear();
    const QList<CaptionLine> bare = compareCaption(record, u"acct"_s);
    QVERIFY(bare.contains(CaptionLine{u"Title"_s, u"a title"_s}));
}

void tst_CompareView::fourImagesOpenInAGrid()
{
    const QStringList keys = completedJobs(u"image"_s, 4);
    QCOMPARE(keys.size(), 4);
    const auto view = openView(keys);
    QCOMPARE(view->panes().size(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*view), 15000);
    const QList<ComparePane *> panes = view->panes();
    // 2 × 2: the second is right of the first, the third under it.
    QCOMPARE(panes.at(1)->geometry().top(), panes.at(0)->geometry().top());
    QVERIFY(panes.at(1)->geometry().left() > panes.at(0)->geometry().right());
    QCOMPARE(panes.at(2)->geometry().left(), panes.at(0)->geometry().left());
    QVERIFY(panes.at(2)->geometry().top() > panes.at(0)->geometry().bottom());
    QVERIFY(!view->transport());
    QCOMPARE(view->imageSync()->views().size(), 4);
    for (ComparePane *pane : panes) {
        QCOMPARE(pane->image()->image().size(), QSize(480, 270));
        QVERIFY(pane->captionText().contains(pane->jobKey().section(u'/', 1)));
    }
}

void tst_CompareView::seekingAndPlayingTheLeaderMovesTheOtherVideos()
{
    const QStringList keys = completedJobs(u"video"_s, 3);
    QCOMPARE(keys.size(), 3);
    const auto view = openView(keys);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*view), 15000);
    VideoSync *sync = view->videoSync();
    QMediaPlayer *leader = sync->leader()->player();
    QTRY_VERIFY(leader->duration() > 2000);
    const QList<VideoPreview *> followers = sync->followers();
    QCOMPARE(followers.size(), 2);
    const auto inStep = [&] {
        return std::all_of(followers.cbegin(), followers.cend(), [&](VideoPreview *f) {
            return qAbs(f->player()->position() - leader->position()) <= VideoSync::kToleranceMs;
        });
    };

    // Seek the leader (what the transport's slider does): the others follow.
    sync->seek(1800);
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(leader->position() - 1800) <= VideoSync::kToleranceMs, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(inStep(), 10000);
    QVERIFY(followers.first()->player()->position() > 1000);

    // One play button plays all; pausing pauses all, still in step.
    view->transport()->playButton()->click();
    for (VideoPreview *f : followers)
        QTRY_COMPARE_WITH_TIMEOUT(f->player()->playbackState(), QMediaPlayer::PlayingState, 10000);
    view->transport()->playButton()->click();
    QTRY_COMPARE(leader->playbackState(), QMediaPlayer::PausedState);
    for (VideoPreview *f : followers)
        QTRY_COMPARE(f->player()->playbackState(), QMediaPlayer::PausedState);
    QTRY_VERIFY_WITH_TIMEOUT(inStep(), 10000);

    // Back to the start.
    sync->seek(0);
    QTRY_VERIFY_WITH_TIMEOUT(leader->position() <= VideoSync::kToleranceMs && inStep(), 10000);
}

void tst_CompareView::zoomingAndPanningOneImageMovesTheOthers()
{
    const QStringList keys = completedJobs(u"image"_s, 4);
    QCOMPARE(keys.size(), 4);
    const auto view = openView(keys);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*view), 15000);
    const QList<ZoomImageView *> views = view->imageSync()->views();
    QCOMPARE(views.size(), 4);
    for (ZoomImageView *v : views)
        QVERIFY(v->isFit());

    // Zoom one: all show the same scale.
    views.at(1)->setZoom(2.0);
    for (ZoomImageView *v : views) {
        QVERIFY(!v->isFit());
        QCOMPARE(v->zoom(), 2.0);
        QVERIFY(v->horizontalScrollBar()->maximum() > 0);
    }

    // Pan one with its scroll bar: the others show the same place.
    views.at(2)->horizontalScrollBar()->setValue(views.at(2)->horizontalScrollBar()->maximum());
    views.at(2)->verticalScrollBar()->setValue(views.at(2)->verticalScrollBar()->maximum() / 2);
    for (ZoomImageView *v : views) {
        QCOMPARE(ImageSync::panOf(v).x(), 1.0);
        QVERIFY(qAbs(ImageSync::panOf(v).y() - 0.5) < 0.02);
    }

    // Drag one to the right: the image moves with the mouse, and the others with it.
    QWidget *viewport = views.at(0)->viewport();
    const QPoint from = viewport->rect().center();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(60, 0)), viewport->mapToGlobal(QPointF(from + QPoint(60, 0))),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, from + QPoint(60, 0));
    const int dragged = views.at(0)->horizontalScrollBar()->maximum() - 60;
    QCOMPARE(views.at(0)->horizontalScrollBar()->value(), dragged);
    for (ZoomImageView *v : views)
        QVERIFY(qAbs(ImageSync::panOf(v).x() - ImageSync::panOf(views.at(0)).x()) < 0.01);

    // The wheel zooms without Ctrl here, and all follow.
    const QPointF at = views.at(3)->viewport()->rect().center();
    QWheelEvent wheel(at, views.at(3)->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(views.at(3)->viewport(), &wheel);
    for (ZoomImageView *v : views)
        QCOMPARE(v->zoom(), 2.5);

    // Fit (the bar's button) fits each again.
    view->imageSync()->fitAll();
    for (ZoomImageView *v : views)
        QVERIFY(v->isFit());
}

void tst_CompareView::resultsAlreadyDownloadedAreNotFetchedAgain()
{
    const QStringList keys = completedJobs(u"image"_s, 2);
    QCOMPARE(keys.size(), 2);
    {
        const auto first = openView(keys);
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*first), 15000);
    }
    const int downloads = artifactRequests();
    QCOMPARE(downloads, 2);
    const auto again = openView(keys);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*again), 15000);
    QCOMPARE(artifactRequests(), downloads); // both from the cache
}

void tst_CompareView::actionNeedsTwoToFourCompletedJobsWithMedia()
{
    QStringList images = completedJobs(u"image"_s, 5);
    QCOMPARE(images.size(), 5);
    const QStringList report = completedJobs(u"research"_s, 1);
    QCOMPARE(report.size(), 1);
    const QString running = completedJob(u"video"_s, 600'000);
    QTRY_VERIFY(m_app->jobs()->value(running).hasSnapshot);

    MainWindow window(m_app.get());
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *compare = window.compareAction()->action();
    QCOMPARE(compare->shortcut(), QKeySequence(u"Ctrl+Shift+C"_s));

    select(window, images.mid(0, 1));
    QVERIFY(!compare->isEnabled());
    QCOMPARE(compare->toolTip(), u"Select 2 to 4 completed jobs with an image or video result to compare them."_s);

    select(window, images); // five
    QVERIFY(!compare->isEnabled());
    QCOMPARE(compare->toolTip(), u"Compare shows at most 4 jobs; 5 are selected."_s);

    select(window, {images.at(0), report.at(0)});
    QVERIFY(!compare->isEnabled());
    QCOMPARE(compare->toolTip(), m_app->jobs()->value(report.at(0)).jobId + u" has no image or video result."_s);

    select(window, {images.at(0), running});
    QVERIFY(!compare->isEnabled());
    QCOMPARE(compare->toolTip(), m_app->jobs()->value(running).jobId + u" has not completed."_s);

    // Disabled: the shortcut does nothing.
    QTest::keyClick(window.view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!window.compareAction()->view());

    select(window, images.mid(0, 4));
    QVERIFY(compare->isEnabled());
    QTest::keyClick(window.view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(window.compareAction()->view());
    QCOMPARE(window.compareAction()->view()->panes().size(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(*window.compareAction()->view()), 15000);
}

QTEST_MAIN(tst_CompareView)
#include "tst_compareview.moc"
