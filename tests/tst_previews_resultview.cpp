// The details pane's result area end to end: real jobs on the SimulatedProvider (127.0.0.1:0), polled by the
// Scheduler, results downloaded by the real ArtifactFetcher into a test cache. Each kind reaches its loaded
// state inside the DetailsPane, several outputs all show, and an expired scene link is fixed by "Poll again"
// (Scheduler::resume brings fresh signed links).

#include "artifacts/artifactfetcher.h"
#include "artifacts/diskcache.h"
#include "artifacts/resultsaver.h"
#include "application/application.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "details/detailspane.h"
#include "engine/scheduler.h"
#include "previews/filepreview.h"
#include "previews/reportview.h"
#include "previews/resultview.h"
#include "previews/scenegrid.h"
#include "previews/textpreview.h"
#include "previews/videopreview.h"
#include "sim/simulatedprovider.h"
#include "widgets/fittedimage.h"
#include "simappfixture.h"

#include <QAbstractButton>
#include <QPointer>
#include <QScrollArea>
#include <QPushButton>
#include <QUrlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-test-previews-0123456789"_s;
}

class tst_PreviewsResultView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void runningJobShowsWhereTheResultWillAppear();
    void videoJobLoadsThePlayerWithItsPoster();
    void researchJobShowsTheReport();
    void documentIsDescribedButNotDownloaded();
    void severalOutputsAllShow();
    void expiredSceneLinksRecoverAfterPollAgain();
    void brokenResultsSayWhatHappened_data();
    void everythingFitsThePaneAtItsNarrowest();
    void brokenResultsSayWhatHappened();

private:
    QString completedJob(const QString &dialect, const QString &type, int units = 0,
                         SimulatedProvider::ArtifactFault fault = SimulatedProvider::ArtifactFault::None);
    ResultView *view() const { return m_pane->resultView(); }

    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<DetailsPane> m_pane;
};

void tst_PreviewsResultView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the artifact cache goes under ~/.qttest
}

void tst_PreviewsResultView::init()
{
    const QString error = simapp::start(m_sim, m_app, kKey, {u"theo"_s, u"scenes"_s, u"muvi"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_app->artifactCache()->clear();
    m_app->resultSaver()->setPolicy(ResultSaver::Policy::Off); // previews do their own downloads here
    m_pane = std::make_unique<DetailsPane>(m_app->jobs(), m_app->timeline(), m_app->profiles(), m_app->secrets());
    m_pane->setResultServices(m_app->artifacts(), m_app->scheduler());
    m_pane->resize(520, 900);
    m_pane->show();
}

void tst_PreviewsResultView::cleanup()
{
    m_pane.reset();
    m_app.reset();
    m_sim.reset();
}

QString tst_PreviewsResultView::completedJob(const QString &dialect, const QString &type, int units,
                                            SimulatedProvider::ArtifactFault fault)
{
    SimulatedProvider::JobSpec spec;
    spec.dialect = dialect;
    spec.type = type;
    spec.queueMs = 0;
    spec.runMs = 0;
    spec.units = units;
    spec.artifactFault = fault;
    return simapp::watchNewJob(*m_app, *m_sim, spec);
}

void tst_PreviewsResultView::runningJobShowsWhereTheResultWillAppear()
{
    SimulatedProvider::JobSpec spec;
    spec.queueMs = 0;
    spec.runMs = 60000;
    const QString key = m_app->scheduler()->watch(u"theo"_s, m_sim->createJob(spec));
    m_pane->setJobKey(key);
    QTRY_VERIFY(m_app->jobs()->value(key).hasSnapshot);
    QCOMPARE(view()->placeholderText(), u"The result appears here when the job completes."_s);
    QVERIFY(view()->previews().isEmpty());
}

void tst_PreviewsResultView::videoJobLoadsThePlayerWithItsPoster()
{
    const QString key = completedJob(u"muvi"_s, u"video"_s);
    m_pane->setJobKey(key);
    QTRY_COMPARE_WITH_TIMEOUT(view()->previews().size(), 1, 5000);
    auto *video = qobject_cast<VideoPreview *>(view()->previews().constFirst());
    QVERIFY(video);
    QTRY_COMPARE_WITH_TIMEOUT(video->state(), ArtifactPreview::State::Loaded, 10000);
    QTRY_VERIFY(video->hasPoster());
    // Downloaded through the fetcher into the cache; a second fetch of the same URL is a cache hit.
    QVERIFY(!m_app->artifacts()->cachedFile(QUrl(video->artifact().url)).isEmpty());
    QCOMPARE(video->localFile(), m_app->artifacts()->cachedFile(QUrl(video->artifact().url)));
}

void tst_PreviewsResultView::researchJobShowsTheReport()
{
    const QString key = completedJob(u"theo"_s, u"research"_s);
    m_pane->setJobKey(key);
    QTRY_VERIFY_WITH_TIMEOUT(view()->reportView() != nullptr, 5000);
    ReportView *report = view()->reportView();
    QVERIFY(report->isLoaded());
    const Report r = *m_app->jobs()->value(key).snapshot.report; // a copy: value() returns a temporary
    QVERIFY(!r.sources.isEmpty());
    QVERIFY(report->summaryText().startsWith(QString::number(r.sourceCount.value_or(int(r.sources.size()))) + u" source"_s));
    for (const Source &source : r.sources)
        QVERIFY(report->linkTargets().contains(source.url));
}

void tst_PreviewsResultView::documentIsDescribedButNotDownloaded()
{
    const QString key = completedJob(u"theo"_s, u"document"_s);
    m_pane->setJobKey(key);
    QTRY_COMPARE_WITH_TIMEOUT(view()->previews().size(), 1, 5000);
    auto *doc = qobject_cast<FilePreview *>(view()->previews().constFirst());
    QVERIFY(doc);
    QCOMPARE(doc->state(), ArtifactPreview::State::Loaded);
    QVERIFY(doc->formatText().contains(u"PDF"_s));
    QApplication::processEvents();
    for (const SimulatedProvider::Request &request : m_sim->requests())
        QVERIFY2(!request.path.endsWith(u"document.pdf"_s), "a document downloads only on Save as…");
    // "Save as…" downloads it (with progress) and saves it.
    const QString target = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(u"jw-doc.pdf"_s);
    QFile::remove(target);
    doc->requestSave(target);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target), 5000);
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().startsWith("%PDF"));
    QFile::remove(target);
}

void tst_PreviewsResultView::severalOutputsAllShow()
{
    const QString key = completedJob(u"muvi"_s, u"image"_s, 3);
    m_pane->setJobKey(key);
    QTRY_VERIFY_WITH_TIMEOUT(view()->sceneGrid() != nullptr, 5000);
    QCOMPARE(view()->sceneGrid()->count(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(view()->sceneGrid()->loadedCount(), 3, 10000);

    const QString textKey = completedJob(u"muvi"_s, u"text"_s);
    m_pane->setJobKey(textKey);
    QTRY_COMPARE_WITH_TIMEOUT(view()->previews().size(), 1, 5000);
    auto *text = qobject_cast<TextPreview *>(view()->previews().constFirst());
    QVERIFY(text);
    QTRY_COMPARE_WITH_TIMEOUT(text->state(), ArtifactPreview::State::Loaded, 5000);
    QVERIFY(text->text().startsWith(u"Generated text for "_s));
}

void tst_PreviewsResultView::expiredSceneLinksRecoverAfterPollAgain()
{
    m_sim->setSignedUrlTtlMs(0); // scene links expire at the end of the second they were handed out in
    const QString key = completedJob(u"scenes"_s, QString(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->jobs()->value(key).snapshot.state, JobState::Completed, 5000);
    const QUrlQuery signedQuery(QUrl(m_app->jobs()->value(key).snapshot.artifacts.constFirst().url));
    const qint64 expires = signedQuery.queryItemValue(u"expires"_s).toLongLong();
    QVERIFY(expires > 0);
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expires, 3000);
    m_pane->setJobKey(key);
    QTRY_VERIFY(view()->sceneGrid() != nullptr);
    QPointer<SceneGrid> grid = view()->sceneGrid();
    QTRY_VERIFY_WITH_TIMEOUT(grid->tileState(0) == ArtifactPreview::State::Failed, 5000);
    QVERIFY2(grid->isExpiredBannerVisible(), qPrintable(grid->tileMessage(0)));
    QCOMPARE(grid->tileMessage(0), u"Link expired"_s);

    m_sim->setSignedUrlTtlMs(10 * 60 * 1000); // the provider signs fresh links again
    auto *pollAgain = grid->findChild<QPushButton *>(u"pollAgain"_s);
    QVERIFY(pollAgain);
    pollAgain->click(); // → Scheduler::resume(key) → a new snapshot with new links → the grid rebuilds
    QTRY_VERIFY_WITH_TIMEOUT(grid.isNull() && view()->sceneGrid(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(view()->sceneGrid()->loadedCount(), 3, 10000);
    QVERIFY(!view()->sceneGrid()->isExpiredBannerVisible());
}

void tst_PreviewsResultView::brokenResultsSayWhatHappened_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("type");
    QTest::addColumn<SimulatedProvider::ArtifactFault>("fault");
    QTest::addColumn<PreviewProblem>("problem");
    QTest::addColumn<QString>("detail"); // a part of the failure page's specific text
    using AF = SimulatedProvider::ArtifactFault;
    QTest::newRow("corrupt image") << u"theo"_s << u"image"_s << AF::Corrupt << PreviewProblem::Corrupt << u"damaged"_s;
    QTest::newRow("unplayable video") << u"muvi"_s << u"video"_s << AF::Corrupt << PreviewProblem::Unsupported << u"Open it externally"_s;
    QTest::newRow("expired link") << u"theo"_s << u"video"_s << AF::Expired << PreviewProblem::Expired << u"HTTP 403"_s;
    QTest::newRow("too big") << u"theo"_s << u"image"_s << AF::Oversized << PreviewProblem::TooLarge << u"6144 MB"_s;
    QTest::newRow("connection reset") << u"theo"_s << u"image"_s << AF::Reset << PreviewProblem::Network << u"/image.png"_s;
}

// Real downloads that fail on the wire or in the decoder: each preview lands on its failure page with the
// specific reason, and the other jobs' previews are not affected.
void tst_PreviewsResultView::brokenResultsSayWhatHappened()
{
    QFETCH(QString, dialect);
    QFETCH(QString, type);
    QFETCH(SimulatedProvider::ArtifactFault, fault);
    QFETCH(PreviewProblem, problem);
    QFETCH(QString, detail);
    const QString key = completedJob(dialect, type, 0, fault);
    const QString healthy = completedJob(u"theo"_s, u"image"_s);
    m_pane->setJobKey(key);
    QTRY_COMPARE_WITH_TIMEOUT(view()->previews().size(), 1, 5000);
    QPointer<ArtifactPreview> preview = view()->previews().constFirst();
    QTRY_COMPARE_WITH_TIMEOUT(preview->state(), ArtifactPreview::State::Failed, 15000);
    QCOMPARE(preview->problem(), problem);
    QVERIFY2(preview->problemDetail().contains(detail), qPrintable(preview->problemDetail()));
    QVERIFY(!preview->problemHeadline().isEmpty());
    QVERIFY2(!preview->problemDetail().startsWith(preview->problemHeadline()), qPrintable(preview->problemDetail()));

    m_pane->setJobKey(healthy);
    QTRY_COMPARE_WITH_TIMEOUT(view()->previews().size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(view()->previews().constFirst()->state(), ArtifactPreview::State::Loaded, 10000);
}

// At the details pane's minimum width (a 1024 px window) no button or picture reaches past the visible
// width: button rows wrap and the poster on a failure page scales down.
void tst_PreviewsResultView::everythingFitsThePaneAtItsNarrowest()
{
    m_pane->resize(m_pane->minimumWidth(), 900);
    const auto checkFits = [this](const char *what) {
        auto *scroll = m_pane->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QWidget *viewport = scroll->viewport();
        // Let the layouts settle: nested layouts post their requests one level at a time.
        for (int level = 0; level < 8; ++level)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (QWidget *w : scroll->widget()->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(m_pane.get()) || (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<FittedImage *>(w)))
                continue;
            const QRect r(w->mapTo(viewport, QPoint(0, 0)), w->size());
            QVERIFY2(r.right() < viewport->width(),
                     qPrintable(u"%1: %2 (%3) ends at x=%4, the pane shows %5 px"_s.arg(QLatin1StringView(what), w->objectName(),
                                                                                         QLatin1StringView(w->metaObject()->className()))
                                    .arg(r.right()).arg(viewport->width())));
        }
    };
    m_pane->setJobKey(completedJob(u"muvi"_s, u"video"_s));
    QTRY_COMPARE_WITH_TIMEOUT(view()->previews().size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(view()->previews().constFirst()->state(), ArtifactPreview::State::Loaded, 10000);
    checkFits("video");

    m_pane->setJobKey(completedJob(u"muvi"_s, u"video"_s, 0, SimulatedProvider::ArtifactFault::Corrupt));
    QTRY_COMPARE_WITH_TIMEOUT(view()->previews().size(), 1, 5000);
    QPointer<ArtifactPreview> broken = view()->previews().constFirst();
    QTRY_COMPARE_WITH_TIMEOUT(broken->state(), ArtifactPreview::State::Failed, 15000);
    QTRY_VERIFY(broken->findChild<FittedImage *>()->isVisible()); // the poster
    checkFits("unplayable video");
}

QTEST_MAIN(tst_PreviewsResultView)
#include "tst_previews_resultview.moc"
