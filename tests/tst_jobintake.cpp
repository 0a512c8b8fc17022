// JobIntake: free text -> IdExtractor -> profile (origin first, ID shape second) -> Scheduler::watch, against
// real profiles on the SimulatedProvider (127.0.0.1:0). Routing is checked by the jobs actually answering.

#include "application/application.h"
#include "intake/jobintake.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "model/profilelist.h"
#include "sim/simulatedprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "plurals.h"

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kToken = u"sk-intake-test-9876wxyz"_s;
const QString kTheoId = u"job_QwErTyUiOp"_s;            // theo shape only (not hex)
const QString kVidocuId = u"analysis_1708300000000_abc1234"_s;
const QString kScenesId = u"3f2b8c1e-7d4a-4b9e-9c2f-1a2b3c4d5e6f"_s;
const QString kMuviId = u"job_abc123def456"_s;          // hex: theo or muvi by shape alone
const QString kEnqueuedId = u"job_EnQueued42z"_s;
} // namespace

class tst_JobIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void routesEachCandidateToItsProfile_data();
    void routesEachCandidateToItsProfile();
    void mixedInputOfEveryDialectIsWatchedAndAnswers();
    void repeatedAndAlreadyWatchedJobsAreDuplicates();
    void hexIdIsAmbiguousUntilTheUserChooses();
    void unrecognisableInputAddsNothingWithASpecificMessage_data();
    void unrecognisableInputAddsNothingWithASpecificMessage();
    void candidateWithoutAFittingProfileIsRejected();
    void forcedProfileTakesEveryCandidate();
    void foreignPollUrlIsNotUsedForTheProfile();
    void planDoesNotAdd();

private:
    QString expand(QString text) const { return text.replace(u"{root}"_s, m_sim->rootUrl().toString()); }
    void addProfile(const QString &dialect);
    void createSimJob(const QString &dialect, const QString &id);

    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<Application> m_app;
};

void tst_JobIntake::init()
{
    m_sim = std::make_unique<SimulatedProvider>();
    QVERIFY2(m_sim->listen(0), qPrintable(m_sim->errorString()));
    m_sim->setToken(kToken);
    m_app = std::make_unique<Application>();
    for (const QString &dialect : {u"theo"_s, u"vidocu"_s, u"scenes"_s, u"muvi"_s})
        addProfile(dialect);
}

void tst_JobIntake::cleanup()
{
    m_app.reset();
    m_sim.reset();
}

void tst_JobIntake::addProfile(const QString &dialect)
{
    Profile p;
    p.id = u"p-"_s + dialect;
    p.name = dialect + u" local"_s;
    p.dialect = dialect;
    p.baseUrl = m_sim->baseUrl(dialect);
    p.poll.intervalMs = 1000;
    QString error;
    QVERIFY2(m_app->addProfile(p, kToken, &error), qPrintable(error));
}

void tst_JobIntake::createSimJob(const QString &dialect, const QString &id)
{
    SimulatedProvider::JobSpec spec;
    spec.dialect = dialect;
    spec.id = id;
    spec.queueMs = 0;
    spec.runMs = 60000;
    QCOMPARE(m_sim->createJob(spec), id);
}

void tst_JobIntake::routesEachCandidateToItsProfile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("id");

    QTest::newRow("theo id by shape") << kTheoId << u"p-theo"_s << kTheoId;
    QTest::newRow("vidocu id by shape") << u"please check %1 today"_s.arg(kVidocuId) << u"p-vidocu"_s << kVidocuId;
    QTest::newRow("scenes uuid by shape") << kScenesId << u"p-scenes"_s << kScenesId;
    QTest::newRow("muvi hex id by origin") << u"{root}/muvi/v1/jobs/%1"_s.arg(kMuviId) << u"p-muvi"_s << kMuviId;
    QTest::newRow("theo hex id by origin") << u"{root}/theo/api/v1/jobs/job_abc123"_s << u"p-theo"_s << u"job_abc123"_s;
    QTest::newRow("theo enqueue json") << u"{\"id\":\"%1\",\"job_id\":\"%1\",\"status\":\"queued\",\"poll_url\":\"{root}/theo/api/v1/jobs/%1\"}"_s.arg(kEnqueuedId)
                                      << u"p-theo"_s << kEnqueuedId;
}

void tst_JobIntake::routesEachCandidateToItsProfile()
{
    QFETCH(QString, input);
    QFETCH(QString, profile);
    QFETCH(QString, id);
    const IntakeResult result = m_app->intake()->add(QStringView(expand(input)));
    QCOMPARE(result.added, QStringList{jobKey(profile, id)});
    QVERIFY(result.ambiguous.isEmpty());
    QVERIFY(result.rejected.isEmpty());
    QVERIFY2(says(result.summary, u"1 job(s) added"_s), qPrintable(result.summary));
}

void tst_JobIntake::mixedInputOfEveryDialectIsWatchedAndAnswers()
{
    createSimJob(u"theo"_s, kTheoId);
    createSimJob(u"vidocu"_s, kVidocuId);
    createSimJob(u"scenes"_s, kScenesId);
    createSimJob(u"muvi"_s, kMuviId);
    createSimJob(u"theo"_s, kEnqueuedId);
    const QString text = expand(u"Jobs from this morning:\n"
                                "- %1 (theo)\n"
                                "- %2, and the storyboard %3\n"
                                "- {root}/muvi/v1/jobs/%4\n"
                                "{\"id\": \"%5\", \"job_id\": \"%5\", \"status\": \"queued\", \"poll_url\": \"{root}/theo/api/v1/jobs/%5\"}\n"
                                "and some words that are not jobs at all.\n"_s.arg(kTheoId, kVidocuId, kScenesId, kMuviId, kEnqueuedId));
    const IntakeResult result = m_app->intake()->add(QStringView(text));
    const QStringList expected{jobKey(u"p-theo"_s, kTheoId), jobKey(u"p-vidocu"_s, kVidocuId), jobKey(u"p-scenes"_s, kScenesId),
                               jobKey(u"p-muvi"_s, kMuviId), jobKey(u"p-theo"_s, kEnqueuedId)};
    QCOMPARE(result.added, expected);
    QCOMPARE(result.duplicates, 0);
    QVERIFY2(says(result.summary, u"5 job(s) added"_s), qPrintable(result.summary));
    QCOMPARE(m_app->jobs()->size(), 5);
    // Each job reached the right dialect at the right path with the key: it answers with a running snapshot.
    for (const QString &key : expected) {
        QTRY_VERIFY2_WITH_TIMEOUT(m_app->jobs()->value(key).hasSnapshot, qPrintable(key), 10000);
        QCOMPARE(m_app->jobs()->value(key).snapshot.state, JobState::Running);
        QCOMPARE(m_app->jobs()->value(key).engine.lastError, QString());
    }
}

void tst_JobIntake::repeatedAndAlreadyWatchedJobsAreDuplicates()
{
    const IntakeResult first = m_app->intake()->add(QStringView(u"%1 %1\n%2"_s.arg(kTheoId, kVidocuId)));
    QCOMPARE(first.added.size(), 2);
    QCOMPARE(first.duplicates, 1);
    QVERIFY2(says(first.summary, u"1 duplicate(s) ignored"_s), qPrintable(first.summary));

    const IntakeResult again = m_app->intake()->add(QStringView(u"%1\n%2"_s.arg(kTheoId, kVidocuId)));
    QVERIFY(again.added.isEmpty());
    QCOMPARE(again.duplicates, 2);
    QVERIFY2(again.summary.startsWith(u"No job added"_s), qPrintable(again.summary));
    QCOMPARE(m_app->jobs()->size(), 2);
}

void tst_JobIntake::hexIdIsAmbiguousUntilTheUserChooses()
{
    const IntakeResult result = m_app->intake()->add(QStringView(kMuviId));
    QVERIFY(result.added.isEmpty());
    QCOMPARE(result.ambiguous.size(), 1);
    QVERIFY(result.ambiguous.constFirst().choices.contains(u"p-muvi"_s));
    QVERIFY(result.ambiguous.constFirst().choices.contains(u"p-theo"_s));
    QVERIFY2(result.summary.contains(u"1 job(s) need(s) a profile choice"_s), qPrintable(result.summary));
    QCOMPARE(m_app->jobs()->size(), 0);

    const IntakeResult chosen = m_app->intake()->addWithProfile(result.ambiguous, u"p-muvi"_s);
    QCOMPARE(chosen.added, QStringList{jobKey(u"p-muvi"_s, kMuviId)});
    // Once watched under one of its possible profiles, the same ID is a duplicate, not a question.
    const IntakeResult again = m_app->intake()->add(QStringView(kMuviId));
    QVERIFY(again.ambiguous.isEmpty());
    QCOMPARE(again.duplicates, 1);
}

void tst_JobIntake::unrecognisableInputAddsNothingWithASpecificMessage_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u"  \n\t "_s << u"Nothing added: the text is empty"_s;
    QTest::newRow("words") << u"hello, this is not a job"_s
                           << u"Nothing recognised: no job ID, poll URL or enqueue response found"_s;
    QTest::newRow("json without id") << u"{\"status\": \"queued\", \"progress\": 3}"_s << u"the JSON has no job ID"_s;
}

void tst_JobIntake::unrecognisableInputAddsNothingWithASpecificMessage()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const IntakeResult result = m_app->intake()->add(QStringView(input));
    QVERIFY(result.nothingRecognised());
    QVERIFY2(result.summary.contains(message), qPrintable(result.summary));
    QCOMPARE(m_app->jobs()->size(), 0);
}

void tst_JobIntake::candidateWithoutAFittingProfileIsRejected()
{
    QVERIFY(m_app->profiles()->remove(u"p-vidocu"_s));
    const IntakeResult result = m_app->intake()->add(QStringView(kVidocuId));
    QVERIFY(result.added.isEmpty());
    QCOMPARE(result.rejected.size(), 1);
    QVERIFY2(result.rejected.constFirst().reason.contains(u"no vidocu profile"_s), qPrintable(result.rejected.constFirst().reason));
    QVERIFY2(result.summary.contains(u"no vidocu profile"_s), qPrintable(result.summary));
    QCOMPARE(m_app->jobs()->size(), 0);
}

void tst_JobIntake::forcedProfileTakesEveryCandidate()
{
    const IntakeResult result = m_app->intake()->add(QStringView(u"%1 %2"_s.arg(kMuviId, kTheoId)), u"p-muvi"_s);
    QCOMPARE(result.added, (QStringList{jobKey(u"p-muvi"_s, kMuviId), jobKey(u"p-muvi"_s, kTheoId)}));
    QVERIFY(result.ambiguous.isEmpty());
}

void tst_JobIntake::foreignPollUrlIsNotUsedForTheProfile()
{
    // A muvi URL of the real service, sent to the local muvi profile: the ID is polled on the profile's own
    // base, so the key never goes to the other origin.
    const IntakeResult result = m_app->intake()->add(QStringView(u"https://api.muvi.video/v1/jobs/%1"_s.arg(kMuviId)), u"p-muvi"_s);
    QCOMPARE(result.added.size(), 1);
    QVERIFY(m_app->jobs()->value(result.added.constFirst()).pollUrl.isEmpty());

    const IntakeResult local = m_app->intake()->add(QStringView(expand(u"{root}/theo/api/v1/jobs/%1"_s.arg(kTheoId))));
    QCOMPARE(local.added.size(), 1);
    QCOMPARE(m_app->jobs()->value(local.added.constFirst()).pollUrl, QUrl(expand(u"{root}/theo/api/v1/jobs/%1"_s.arg(kTheoId))));
}

void tst_JobIntake::planDoesNotAdd()
{
    const IntakePlan plan = m_app->intake()->plan(QStringView(u"%1 %2 %3 {\"status\":1}"_s.arg(kTheoId, kMuviId, kTheoId)));
    QCOMPARE(plan.jobs.size(), 2);
    QCOMPARE(plan.count(PlannedJob::Status::Ready), 1);
    QCOMPARE(plan.count(PlannedJob::Status::Ambiguous), 1);
    QCOMPARE(plan.repeated, 1);
    QCOMPARE(plan.rejected.size(), 1);
    QCOMPARE(m_app->jobs()->size(), 0);
    const QString summary = JobIntake::previewSummary(plan);
    QVERIFY2(says(summary, u"1 job(s) to add"_s) && says(summary, u"1 need(s) a profile choice"_s), qPrintable(summary));
}

QTEST_GUILESS_MAIN(tst_JobIntake)
#include "tst_jobintake.moc"
