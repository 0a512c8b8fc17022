// Why a job waits, and where its provider shows it: the place in fal's queue ("#12 in queue", falling while the
// simulated provider's queue moves), Runway's THROTTLED ("Throttled by provider", still an active job),
// Replicate's "aborted" named apart from "canceled", the time spent in the current state (table tooltip and
// details pane), and "Open in provider dashboard" (the URL it builds; the browser is asked through
// QDesktopServices, whose https handler the test takes over). Live parts use real HTTP on 127.0.0.1.

#include "application/application.h"
#include "dashboardaction.h"
#include "details/detailspane.h"
#include "engine/scheduler.h"
#include "formats/registry.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "model/profilelist.h"
#include "model/statelabels.h"
#include "models/jobtablemodel.h"
#include "sim/simulatedprovider.h"
#include "simappfixture.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-live-0123456789abcdefWXYZ"_s;
constexpr qint64 kNow = 1'800'000'000'000; // the table's clock in the model tests

// Records the URLs QDesktopServices is asked to open (its https handler), instead of a browser.
class UrlRecorder final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

JobRecord waiting(const QString &id, const QString &rawStatus, int queuePosition, qint64 sinceMs)
{
    JobRecord r;
    r.profileId = u"p"_s;
    r.jobId = id;
    r.hasSnapshot = true;
    r.snapshot.id = id;
    r.snapshot.state = JobState::Queued;
    r.snapshot.rawStatus = rawStatus;
    r.engine.queuePosition = queuePosition;
    r.engine.stateSinceMs = sinceMs;
    return r;
}
} // namespace

class tst_WaitingReasons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void queuePositionShowsInStatusProgressAndTooltip();
    void frontOfTheQueueSaysNext();
    void throttledIsWaitingNotPlainQueued();
    void abortedIsNamedApartFromCancelled();
    void timeInStateOnlyWhileWatchingAnUnfinishedJob();
    void durationLabel_data();
    void durationLabel();

    void queuePositionFallsAsTheSimulatedQueueMoves();
    void detailsPaneSaysWhyAndForHowLong();

    void dashboardUrlFromThePresetTemplate_data();
    void dashboardUrlFromThePresetTemplate();
    void dashboardActionOpensTheProviderPage();

private:
    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<Application> m_app;
};

void tst_WaitingReasons::cleanup()
{
    m_app.reset();
    m_sim.reset();
}

void tst_WaitingReasons::queuePositionShowsInStatusProgressAndTooltip()
{
    JobList jobs;
    JobTableModel model(&jobs);
    model.setClock([] { return kNow; });
    JobRecord r = waiting(u"a"_s, u"IN_QUEUE"_s, 12, kNow - 130'000);
    r.snapshot.message = u"Queue position 12"_s; // what the fal preset makes of queue_position
    QVERIFY(jobs.add(r));
    const QModelIndex status = model.index(0, JobTableModel::Status);
    QCOMPARE(status.data().toString(), u"#12 in queue"_s);
    // The progress bar does not say it again in fal's words ("Queue position 12").
    QCOMPARE(model.index(0, JobTableModel::Progress).data(JobTableModel::StepRole).toString(), QString());
    const QString tip = status.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"#12 in queue\nQueued for 2 min 10 s\n"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Server status: IN_QUEUE"_s), qPrintable(tip));
    QCOMPARE(JobTableModel::category(r), StatusCategory::Active);

    // Moving up: the row follows.
    jobs.modify(jobKey(u"p"_s, u"a"_s), [](JobRecord &rec) {
        rec.engine.queuePosition = 3;
        rec.snapshot.message = u"Queue position 3"_s;
    });
    QCOMPARE(status.data().toString(), u"#3 in queue"_s);
    QCOMPARE(model.index(0, JobTableModel::Progress).data(JobTableModel::StepRole).toString(), QString());
    // Running: the place in the queue is over, the status word is back.
    jobs.modify(jobKey(u"p"_s, u"a"_s), [](JobRecord &rec) {
        rec.snapshot.state = JobState::Running;
        rec.snapshot.message = u"Generating: 25%"_s;
        rec.engine.queuePosition = -1;
    });
    QCOMPARE(status.data().toString(), u"Running"_s);
    QCOMPARE(model.index(0, JobTableModel::Progress).data(JobTableModel::StepRole).toString(), u"Generating: 25%"_s);
}

void tst_WaitingReasons::frontOfTheQueueSaysNext()
{
    JobList jobs;
    JobTableModel model(&jobs);
    QVERIFY(jobs.add(waiting(u"a"_s, u"IN_QUEUE"_s, 0, -1)));
    QCOMPARE(model.index(0, JobTableModel::Status).data().toString(), u"Next in queue"_s);
    QCOMPARE(queuePositionLabel(0), u"next in queue"_s);
    QCOMPARE(queuePositionLabel(7), u"#7 in queue"_s);
    // No time in state known: no line for it.
    QVERIFY(!model.index(0, JobTableModel::Status).data(Qt::ToolTipRole).toString().contains(u" for "_s));
}

void tst_WaitingReasons::throttledIsWaitingNotPlainQueued()
{
    JobList jobs;
    JobTableModel model(&jobs);
    model.setClock([] { return kNow; });
    const JobRecord r = waiting(u"t"_s, u"THROTTLED"_s, -1, kNow - 40'000);
    QVERIFY(jobs.add(r));
    const QModelIndex status = model.index(0, JobTableModel::Status);
    QCOMPARE(status.data().toString(), u"Throttled by provider"_s);
    const QString tip = status.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Throttled by provider for 40 s"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Server status: THROTTLED"_s), qPrintable(tip));
    // Still a waiting job: active, polled on, with Stop offered.
    QCOMPARE(JobTableModel::statusKind(r), StatusKind::Queued);
    QCOMPARE(JobTableModel::category(r), StatusCategory::Active);
    QVERIFY(JobTableModel::availableActions(r) & int(RowAction::Stop));
    QCOMPARE(serverStateLabel(r.snapshot), u"throttled by provider"_s);
    // The same word from the queued state is plain "Queued" (a PENDING Runway task).
    jobs.modify(jobKey(u"p"_s, u"t"_s), [](JobRecord &rec) { rec.snapshot.rawStatus = u"PENDING"_s; });
    QCOMPARE(status.data().toString(), u"Queued"_s);
}

void tst_WaitingReasons::abortedIsNamedApartFromCancelled()
{
    JobList jobs;
    JobTableModel model(&jobs);
    for (const auto &[id, raw] : {std::pair{u"ab"_s, u"aborted"_s}, std::pair{u"ca"_s, u"canceled"_s}}) {
        JobRecord r;
        r.profileId = u"p"_s;
        r.jobId = id;
        r.hasSnapshot = true;
        r.snapshot.state = JobState::Cancelled;
        r.snapshot.rawStatus = raw;
        r.engine.local = LocalState::Done;
        QVERIFY(jobs.add(r));
    }
    const QModelIndex aborted = model.index(0, JobTableModel::Status);
    const QModelIndex cancelled = model.index(1, JobTableModel::Status);
    QCOMPARE(aborted.data().toString(), u"Aborted"_s);
    QCOMPARE(cancelled.data().toString(), u"Cancelled"_s);
    QVERIFY2(aborted.data(Qt::ToolTipRole).toString().contains(u"deadline passed"_s), qPrintable(aborted.data(Qt::ToolTipRole).toString()));
    QVERIFY(!cancelled.data(Qt::ToolTipRole).toString().contains(u"deadline"_s));
    // Counted like a cancellation: terminal, in the Failed group, with Retry offered.
    const JobRecord *r = jobs.find(jobKey(u"p"_s, u"ab"_s));
    QCOMPARE(JobTableModel::category(*r), StatusCategory::Failed);
    QVERIFY(JobTableModel::availableActions(*r) & int(RowAction::Retry));
    QCOMPARE(serverStateLabel(r->snapshot), u"aborted"_s);
}

void tst_WaitingReasons::timeInStateOnlyWhileWatchingAnUnfinishedJob()
{
    JobRecord r = waiting(u"a"_s, u"queued"_s, -1, kNow - 5000);
    QCOMPARE(timeInStateLabel(r, kNow), u"Queued for 5 s"_s);
    r.snapshot.state = JobState::Running;
    QCOMPARE(timeInStateLabel(r, kNow), u"Running for 5 s"_s);
    r.snapshot.state = JobState::Unknown;
    QCOMPARE(timeInStateLabel(r, kNow), u"In this state for 5 s"_s);
    r.engine.local = LocalState::Stopped;
    QVERIFY(timeInStateLabel(r, kNow).isEmpty());
    r.engine.local = LocalState::Done;
    r.snapshot.state = JobState::Completed;
    QVERIFY(timeInStateLabel(r, kNow).isEmpty());
}

void tst_WaitingReasons::durationLabel_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("under a second") << qint64(400) << u"0 s"_s;
    QTest::newRow("seconds") << qint64(59'999) << u"59 s"_s;
    QTest::newRow("minutes") << qint64(130'000) << u"2 min 10 s"_s;
    QTest::newRow("minutes, padded") << qint64(61'000) << u"1 min 01 s"_s;
    QTest::newRow("hours") << qint64(3 * 3'600'000 + 5 * 60'000) << u"3 h 05 min"_s;
    QTest::newRow("clock went back") << qint64(-2000) << u"0 s"_s;
}

void tst_WaitingReasons::durationLabel()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(jw::durationLabel(ms), text);
}

void tst_WaitingReasons::queuePositionFallsAsTheSimulatedQueueMoves()
{
    const QString error = simapp::start(m_sim, m_app, kKey, {u"fal"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SimulatedProvider::JobSpec spec;
    spec.dialect = u"fal"_s;
    spec.queueMs = 9000; // three places ahead, one every 3 s
    spec.runMs = 1500;
    const QString key = simapp::watchNewJob(*m_app, *m_sim, spec);
    QVERIFY(!key.isEmpty());
    QList<int> seen;
    qint64 queuedSince = -1;
    connect(m_app->jobs(), &JobList::jobsChanged, this, [&](const QList<JobChange> &changes) {
        for (const JobChange &c : changes) {
            const JobRecord r = m_app->jobs()->value(c.key);
            if (c.key != key || !r.hasSnapshot)
                continue;
            if (r.snapshot.state == JobState::Queued) {
                if (seen.isEmpty() || seen.constLast() != r.engine.queuePosition)
                    seen.append(r.engine.queuePosition);
                if (queuedSince < 0)
                    queuedSince = r.engine.stateSinceMs;
                QCOMPARE(r.engine.stateSinceMs, queuedSince); // the same state: the same start
            }
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_app->jobs()->value(key).snapshot.state, JobState::Running, 20000);
    QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
    QCOMPARE(seen.constFirst(), 2);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY2(seen.at(i) < seen.at(i - 1), "the place in the queue never goes back");
    const JobRecord running = m_app->jobs()->value(key);
    QCOMPARE(running.engine.queuePosition, -1);
    QVERIFY2(running.engine.stateSinceMs > queuedSince, "running has its own start");
    QTRY_COMPARE_WITH_TIMEOUT(m_app->jobs()->value(key).engine.local, LocalState::Done, 20000);
}

void tst_WaitingReasons::detailsPaneSaysWhyAndForHowLong()
{
    const QString error = simapp::start(m_sim, m_app, kKey, {u"fal"_s, u"runway"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    DetailsPane pane(m_app->jobs(), m_app->timeline(), m_app->profiles(), m_app->secrets());
    pane.show();
    const auto text = [&pane](const char *name) {
        const auto *label = pane.findChild<QLabel *>(QLatin1StringView(name));
        return label ? label->text() : u"<no label %1>"_s.arg(QLatin1StringView(name));
    };

    SimulatedProvider::JobSpec fal;
    fal.dialect = u"fal"_s;
    fal.queueMs = 120'000; // 24 places: queue_position 23 at first
    const QString falKey = simapp::watchNewJob(*m_app, *m_sim, fal);
    pane.setJobKey(falKey);
    // "#23 in queue" at first, then moving up; not followed by fal's own "— Queue position 23".
    static const QRegularExpression queued(uR"(^queued \("IN_QUEUE"\), #2[0-3] in queue$)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(queued.match(text("status")).hasMatch(), 10000);
    QTRY_VERIFY2(text("timeInState").startsWith(u"Queued for "_s), qPrintable(text("timeInState")));

    SimulatedProvider::JobSpec runway;
    runway.dialect = u"runway"_s;
    runway.progressShape = u"throttled"_s;
    runway.queueMs = 120'000;
    const QString runwayKey = simapp::watchNewJob(*m_app, *m_sim, runway);
    pane.setJobKey(runwayKey);
    QTRY_VERIFY_WITH_TIMEOUT(text("status").startsWith(u"throttled by provider (\"THROTTLED\")"_s), 10000);
    QTRY_VERIFY2(text("timeInState").startsWith(u"Throttled by provider for "_s), qPrintable(text("timeInState")));
    m_app->scheduler()->stop(runwayKey);
    m_app->jobs()->flush();
    QCOMPARE(text("timeInState"), u"\u2014"_s); // not watched: no clock running
}

void tst_WaitingReasons::dashboardUrlFromThePresetTemplate_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("jobId");
    QTest::addColumn<QString>("url");
    QTest::newRow("replicate") << u"replicate"_s << u"cky59275mdrm80cpw83rcn3ej0"_s
                               << u"https://replicate.com/p/cky59275mdrm80cpw83rcn3ej0"_s;
    QTest::newRow("replicate, encoded") << u"replicate"_s << u"a/b?c#d"_s << u"https://replicate.com/p/a%2Fb%3Fc%23d"_s;
    // Runway documents no page per task; the others none either.
    for (const char *name : {"runway", "fal", "luma", "openai-videos", "theo", "muvi"})
        QTest::newRow(name) << QString::fromLatin1(name) << u"17f20503-6c24-4c16-946b-35dbbce2af2f"_s << QString();
}

void tst_WaitingReasons::dashboardUrlFromThePresetTemplate()
{
    QFETCH(QString, dialect);
    QFETCH(QString, jobId);
    QFETCH(QString, url);
    Profile p;
    p.dialect = dialect;
    QCOMPARE(dashboardUrl(p, jobId).toString(QUrl::FullyEncoded), url);
    // A custom mapping never borrows the preset's page, even when it names the same dialect.
    p.mappingJson = presetJson(dialect);
    QVERIFY(!dashboardUrl(p, jobId).isValid());
    // The template is the preset's own key: the mapping document handed to the parser does not carry it.
    QVERIFY(!presetJson(dialect).contains("dashboardUrl"));
}

void tst_WaitingReasons::dashboardActionOpensTheProviderPage()
{
    ProfileList profiles;
    for (const char *name : {"replicate", "runway"}) {
        Profile p;
        p.id = QString::fromLatin1(name);
        p.name = p.id;
        p.dialect = p.id;
        p.baseUrl = QUrl(u"https://example.com"_s);
        QVERIFY(profiles.add(p));
    }
    JobList jobs;
    JobRecord r;
    r.profileId = u"replicate"_s;
    r.jobId = u"ufawqhfynnddngldkgtslldrkq"_s;
    QVERIFY(jobs.add(r));
    r.profileId = u"runway"_s;
    r.jobId = u"17f20503-6c24-4c16-946b-35dbbce2af2f"_s;
    QVERIFY(jobs.add(r));

    DashboardAction dashboard(&jobs, &profiles);
    QAction *action = dashboard.action();
    QCOMPARE(action->text(), u"Open in provider dashboard"_s);
    QVERIFY(!action->isVisible()); // no job yet

    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(u"https"_s, &recorder, "open");
    dashboard.setJob(jobKey(u"replicate"_s, u"ufawqhfynnddngldkgtslldrkq"_s));
    QVERIFY(action->isVisible());
    QVERIFY(action->isEnabled());
    action->trigger();
    QCOMPARE(recorder.opened, QList<QUrl>{QUrl(u"https://replicate.com/p/ufawqhfynnddngldkgtslldrkq"_s)});

    dashboard.setJob(jobKey(u"runway"_s, u"17f20503-6c24-4c16-946b-35dbbce2af2f"_s));
    QVERIFY(!action->isVisible());
    QVERIFY(!action->isEnabled());
    action->trigger();
    QCOMPARE(recorder.opened.size(), 1); // nothing more opened
    dashboard.setJob(jobKey(u"gone"_s, u"x"_s));
    QVERIFY(!action->isVisible());
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

QTEST_MAIN(tst_WaitingReasons)
#include "tst_waitingreasons.moc"
