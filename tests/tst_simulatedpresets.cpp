// The presets' APIs in the simulated provider (Replicate, Runway, Luma, fal, OpenAI videos), driven by the real
// engine (Scheduler + createDialect(preset)) on 127.0.0.1:0: every preset reaches its terminal states and its
// bodies parse with the shipped mapping, progress arrives in each preset's own style, each preset's auth form
// and required headers are enforced, and derived artifacts (OpenAI's /content) are filled in and served.

#include "simtestclient.h"

#include "model/joblist.h"
#include "model/profile.h"
#include "model/secretstore.h"
#include "formats/parser.h"
#include "formats/registry.h"
#include "engine/scheduler.h"

#include <QFile>
#include <QJsonArray>

using namespace jw;

namespace {
const QString kKey = u"sk-preset-0123456789wxyz"_s;

struct Engine {
    QNetworkAccessManager nam;
    MemorySecretStore secrets;
    JobList jobs;
    Scheduler scheduler{&jobs, &nam, &secrets};
    QHash<QString, double> runningProgress; // key -> highest progress seen while running (-1: running, none)

    Engine()
    {
        scheduler.setRandomSeed(7);
        QObject::connect(&jobs, &JobList::jobsChanged, &jobs, [this](const QList<JobChange> &changes) {
            for (const JobChange &c : changes) {
                const JobRecord r = jobs.value(c.key);
                if (r.hasSnapshot && r.snapshot.state == JobState::Running)
                    runningProgress[c.key] = std::max(runningProgress.value(c.key, -1), r.snapshot.progress.value_or(-1));
            }
        });
    }
    bool addProfile(const QString &preset, const QUrl &base, const QString &key = kKey)
    {
        Profile p;
        p.id = preset;
        p.name = preset;
        p.dialect = preset;
        p.baseUrl = base;
        p.poll.intervalMs = 1000; // the presets recommend slower cadences; the floor keeps tests quick
        secrets.setKey(preset, key);
        QString error;
        const bool ok = scheduler.addProfile(p, &error);
        if (!ok)
            qWarning("addProfile: %s", qPrintable(error));
        return ok;
    }
    JobRecord rec(const QString &key) const { return jobs.value(key); }
};

QString dataDir()
{
    const QByteArray env = qgetenv("JOBWATCH_TEST_DATA");
    return env.isEmpty() ? QStringLiteral(JOBWATCH_TEST_DATA_DIR) : QString::fromLocal8Bit(env);
}

QByteArray authFor(const QString &preset)
{
    return (preset == u"fal"_s ? "Key " : "Bearer ") + kKey.toUtf8();
}
} // namespace

class TestSimulatedPresets final : public QObject, protected SimTestClient
{
    Q_OBJECT

private:
    Reply getPreset(const QString &preset, const QUrl &url, const QByteArray &auth)
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", auth);
        if (preset == u"runway"_s)
            request.setRawHeader("X-Runway-Version", "2024-11-06");
        return finish(m_nam.get(request));
    }

private Q_SLOTS:
    void init() { startProvider(kKey); }
    void cleanup() { m_sim.reset(); }

    void eachPresetReachesItsTerminalStates_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("expectedState");
        QTest::addColumn<QString>("errorCode"); // null: no error; empty: an error without a code
        QTest::addColumn<int>("artifacts");
        const int done = int(Outcome::Completed), failed = int(Outcome::Failed), cancelled = int(Outcome::Cancelled);
        const QString none;
        const QString noCode = u""_s;
        QTest::newRow("replicate succeeded") << u"replicate"_s << done << int(JobState::Completed) << none << 2;
        QTest::newRow("replicate failed") << u"replicate"_s << failed << int(JobState::Failed) << noCode << 0;
        QTest::newRow("replicate canceled") << u"replicate"_s << cancelled << int(JobState::Cancelled) << none << 0;
        QTest::newRow("runway succeeded") << u"runway"_s << done << int(JobState::Completed) << none << 1;
        QTest::newRow("runway failed") << u"runway"_s << failed << int(JobState::Failed) << u"SAFETY.INPUT.TEXT"_s << 0;
        QTest::newRow("runway cancelled") << u"runway"_s << cancelled << int(JobState::Cancelled) << none << 0;
        QTest::newRow("luma completed") << u"luma"_s << done << int(JobState::Completed) << none << 1;
        QTest::newRow("luma failed") << u"luma"_s << failed << int(JobState::Failed) << noCode << 0;
        QTest::newRow("luma cancelled reads failed") << u"luma"_s << cancelled << int(JobState::Failed) << noCode << 0;
        QTest::newRow("fal completed") << u"fal"_s << done << int(JobState::Completed) << none << 1;
        QTest::newRow("fal error") << u"fal"_s << failed << int(JobState::Completed) << u"runner_error"_s << 1;
        QTest::newRow("fal cancelled") << u"fal"_s << cancelled << int(JobState::Completed) << u"request_cancelled"_s << 1;
        QTest::newRow("openai completed") << u"openai-videos"_s << done << int(JobState::Completed) << none << 1;
        QTest::newRow("openai failed") << u"openai-videos"_s << failed << int(JobState::Failed) << u"moderation_blocked"_s << 0;
        QTest::newRow("openai cancelled reads failed") << u"openai-videos"_s << cancelled << int(JobState::Failed) << u"cancelled"_s << 0;
    }
    void eachPresetReachesItsTerminalStates()
    {
        QFETCH(QString, preset);
        QFETCH(int, outcome);
        QFETCH(int, expectedState);
        const auto expected = JobState(expectedState);
        QFETCH(QString, errorCode);
        QFETCH(int, artifacts);
        Engine e;
        QVERIFY(e.addProfile(preset, m_sim->baseUrl(preset)));
        SimulatedProvider::JobSpec spec;
        spec.dialect = preset;
        spec.queueMs = 0;
        spec.runMs = 1200;
        spec.outcome = Outcome(outcome);
        const QString id = m_sim->createJob(spec);
        const QString key = e.scheduler.watch(preset, id);
        QTRY_COMPARE_WITH_TIMEOUT(e.rec(key).engine.local, LocalState::Done, 15000);
        const JobRecord r = e.rec(key);
        QCOMPARE(r.snapshot.state, expected);
        QCOMPARE(r.snapshot.id, id);
        QCOMPARE(r.engine.lastHttpStatus, 200);
        QVERIFY(r.engine.requestCount >= 2); // it was seen before it ended
        QCOMPARE(m_sim->requestCount(id), r.engine.requestCount);
        QCOMPARE(r.snapshot.error.has_value(), !errorCode.isNull());
        if (r.snapshot.error) {
            QVERIFY(!r.snapshot.error->message.isEmpty());
            if (!errorCode.isEmpty())
                QCOMPARE(r.snapshot.error->code, errorCode);
        }
        QCOMPARE(r.snapshot.artifacts.size(), artifacts);
        for (const Artifact &a : r.snapshot.artifacts)
            QVERIFY2(a.url.startsWith(m_sim->rootUrl().toString() + u'/'), qPrintable(a.url));
        if (expected == JobState::Completed && errorCode.isNull())
            QCOMPARE(r.snapshot.progress, std::optional<double>(100));
    }

    void progressArrivesInEachPresetsStyle_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("reportsProgress");
        QTest::newRow("replicate tqdm logs") << u"replicate"_s << true;
        QTest::newRow("runway fraction") << u"runway"_s << true;
        QTest::newRow("luma none") << u"luma"_s << false;
        QTest::newRow("fal log percent") << u"fal"_s << true;
        QTest::newRow("openai percent") << u"openai-videos"_s << true;
    }
    void progressArrivesInEachPresetsStyle()
    {
        QFETCH(QString, preset);
        QFETCH(bool, reportsProgress);
        Engine e;
        QVERIFY(e.addProfile(preset, m_sim->baseUrl(preset)));
        SimulatedProvider::JobSpec spec;
        spec.dialect = preset;
        spec.queueMs = 0;
        spec.runMs = 4000;
        const QString key = e.scheduler.watch(preset, m_sim->createJob(spec));
        QTRY_COMPARE_WITH_TIMEOUT(e.rec(key).engine.local, LocalState::Done, 20000);
        QVERIFY2(e.runningProgress.contains(key), "never seen running");
        const double seen = e.runningProgress.value(key);
        if (reportsProgress)
            QVERIFY2(seen > 0 && seen < 100, qPrintable(QString::number(seen)));
        else
            QCOMPARE(seen, -1.0);
    }

    void falQueueShowsItsPosition()
    {
        const std::unique_ptr<Dialect> fal = createDialect(u"fal"_s);
        QVERIFY(fal);
        const QString id = create(u"fal"_s, {}, 60000, 1000);
        const Reply r = getPreset(u"fal"_s, m_sim->pollUrl(id), authFor(u"fal"_s));
        QCOMPARE(r.status, 200);
        const ParseResult parsed = parseJob(r.body, *fal);
        QVERIFY(std::holds_alternative<JobSnapshot>(parsed));
        const JobSnapshot s = std::get<JobSnapshot>(parsed);
        QCOMPARE(s.state, JobState::Queued);
        QCOMPARE(s.message, u"Queue position 11"_s); // one place per 5 s of its 60 s queue, the first one ahead
    }

    void bodiesHaveTheFieldsOfTheRecordedSamples_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("sample");
        QTest::newRow("replicate images") << u"replicate"_s << u"image"_s << int(Outcome::Completed) << u"replicate/succeeded-images"_s;
        QTest::newRow("replicate object") << u"replicate"_s << u"video"_s << int(Outcome::Completed) << u"replicate/succeeded-object"_s;
        QTest::newRow("replicate failed") << u"replicate"_s << u"image"_s << int(Outcome::Failed) << u"replicate/failed"_s;
        QTest::newRow("runway succeeded") << u"runway"_s << u"video"_s << int(Outcome::Completed) << u"runway/succeeded"_s;
        QTest::newRow("runway failed") << u"runway"_s << u"video"_s << int(Outcome::Failed) << u"runway/failed"_s;
        QTest::newRow("luma video") << u"luma"_s << u"video"_s << int(Outcome::Completed) << u"luma/completed-video"_s;
        QTest::newRow("luma image") << u"luma"_s << u"image"_s << int(Outcome::Completed) << u"luma/completed-image"_s;
        QTest::newRow("fal completed") << u"fal"_s << u"image"_s << int(Outcome::Completed) << u"fal/completed"_s;
        QTest::newRow("fal error") << u"fal"_s << u"image"_s << int(Outcome::Failed) << u"fal/completed-error"_s;
        QTest::newRow("openai completed") << u"openai-videos"_s << u"video"_s << int(Outcome::Completed) << u"openai-videos/completed"_s;
        QTest::newRow("openai failed") << u"openai-videos"_s << u"video"_s << int(Outcome::Failed) << u"openai-videos/failed"_s;
    }
    void bodiesHaveTheFieldsOfTheRecordedSamples()
    {
        QFETCH(QString, preset);
        QFETCH(QString, type);
        QFETCH(int, outcome);
        QFETCH(QString, sample);
        QFile file(dataDir() + u"/presets/"_s + sample + u".json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject recorded = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!recorded.isEmpty());
        const QString id = create(preset, type, 0, 0, Outcome(outcome));
        const Reply r = getPreset(preset, m_sim->pollUrl(id), authFor(preset));
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        for (auto it = recorded.begin(); it != recorded.end(); ++it) {
            QVERIFY2(body.contains(it.key()), qPrintable(u"missing \""_s + it.key() + u"\" in "_s + QString::fromUtf8(r.body)));
            const QJsonValue mine = body.value(it.key());
            if (!it.value().isNull() && !mine.isNull())
                QVERIFY2(mine.type() == it.value().type(), qPrintable(u"type of "_s + it.key()));
        }
        // And the shipped mapping reads it the way it reads the recorded sample.
        const std::unique_ptr<Dialect> dialect = createDialect(preset);
        const ParseResult a = parseJob(r.body, *dialect);
        const ParseResult b = parseJobObject(recorded, *dialect);
        QVERIFY(std::holds_alternative<JobSnapshot>(a) && std::holds_alternative<JobSnapshot>(b));
        const JobSnapshot mine = std::get<JobSnapshot>(a), theirs = std::get<JobSnapshot>(b);
        QCOMPARE(mine.state, theirs.state);
        QCOMPARE(mine.error.has_value(), theirs.error.has_value());
        QCOMPARE(mine.artifacts.isEmpty(), theirs.artifacts.isEmpty());
        if (!mine.artifacts.isEmpty())
            QCOMPARE(mine.artifacts.first().kind, theirs.artifacts.first().kind);
    }

    void openAiContentUrlIsDerivedAndServesTheVideo()
    {
        const QString preset = u"openai-videos"_s;
        Engine e;
        QVERIFY(e.addProfile(preset, m_sim->baseUrl(preset)));
        const QString id = create(preset, {}, 0, 800);
        const QString key = e.scheduler.watch(preset, id);
        QTRY_COMPARE_WITH_TIMEOUT(e.rec(key).engine.local, LocalState::Done, 10000);
        const JobSnapshot s = e.rec(key).snapshot;
        QCOMPARE(s.state, JobState::Completed);
        QCOMPARE(s.artifacts.size(), 1);
        const Artifact video = s.artifacts.first();
        const QString content = m_sim->baseUrl(preset).toString() + u"/v1/videos/"_s + id + u"/content"_s;
        QCOMPARE(video.url, content);
        QCOMPARE(video.kind, ArtifactKind::Video);
        QCOMPARE(video.thumbnailUrl, content + u"?variant=thumbnail"_s);

        const Reply mp4 = getPreset(preset, QUrl(video.url), authFor(preset));
        QCOMPARE(mp4.status, 200);
        QCOMPARE(mp4.header("Content-Type"), QByteArray("video/mp4"));
        QVERIFY(mp4.body.size() > 1000);
        QCOMPARE(mp4.body.mid(4, 4), QByteArray("ftyp")); // an ISO media file
        const Reply poster = getPreset(preset, QUrl(video.thumbnailUrl), authFor(preset));
        QCOMPARE(poster.status, 200);
        QCOMPARE(poster.body.left(2), QByteArray("\xFF\xD8")); // JPEG
        QCOMPARE(get(QUrl(video.url)).status, 401);             // the content needs the key too
    }

    void openAiContentIsNotReadyBeforeCompletion()
    {
        const QString id = create(u"openai-videos"_s, {}, 0, 60000);
        const Reply r = getPreset(u"openai-videos"_s, QUrl(m_sim->pollUrl(id).toString() + u"/content"_s), authFor(u"openai-videos"_s));
        QCOMPARE(r.status, 404);
        QVERIFY(r.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"not ready"_s));
    }

    void falWantsKeyAuthAndServesItsResult()
    {
        const QString id = create(u"fal"_s, {}, 0, 0);
        QCOMPARE(getPreset(u"fal"_s, m_sim->pollUrl(id), "Bearer " + kKey.toUtf8()).status, 401);
        const Reply status = getPreset(u"fal"_s, m_sim->pollUrl(id), authFor(u"fal"_s));
        QCOMPARE(status.status, 200);
        const QString responseUrl = status.json().value(u"response_url"_s).toString();
        QVERIFY(responseUrl.startsWith(m_sim->baseUrl(u"fal"_s).toString() + u"/requests/"_s));
        const Reply result = getPreset(u"fal"_s, QUrl(responseUrl), authFor(u"fal"_s));
        QCOMPARE(result.status, 200);
        const QJsonArray images = result.json().value(u"images"_s).toArray();
        QCOMPARE(images.size(), 1);
        const Reply png = get(QUrl(images.first().toObject().value(u"url"_s).toString()));
        QCOMPARE(png.status, 200);
        QCOMPARE(png.body.left(8), QByteArray("\x89PNG\r\n\x1a\n"));

        const QString running = create(u"fal"_s, {}, 0, 60000);
        const Reply early = getPreset(u"fal"_s, QUrl(m_sim->baseUrl(u"fal"_s).toString() + u"/requests/"_s + running), authFor(u"fal"_s));
        QCOMPARE(early.status, 400);
        QCOMPARE(early.json().value(u"detail"_s).toString(), u"Request is still in progress"_s);
    }

    void runwayRequiresItsVersionHeader()
    {
        const QString id = create(u"runway"_s, {}, 0, 1000);
        const Reply bare = get(m_sim->pollUrl(id), authFor(u"runway"_s));
        QCOMPARE(bare.status, 400);
        QVERIFY(bare.json().value(u"error"_s).toString().contains(u"X-Runway-Version"_s));
        QCOMPARE(getPreset(u"runway"_s, m_sim->pollUrl(id), authFor(u"runway"_s)).status, 200);
    }

    void authErrorsComeInEachPresetsStyle_data()
    {
        QTest::addColumn<QString>("preset");
        for (const QString &p : presetNames())
            QTest::newRow(qPrintable(p)) << p;
    }
    void authErrorsComeInEachPresetsStyle()
    {
        QFETCH(QString, preset);
        const QString id = create(preset, {}, 0, 1000);
        QNetworkRequest request(m_sim->pollUrl(id));
        request.setRawHeader("Authorization", (preset == u"fal"_s ? "Key " : "Bearer ") + QByteArray("wrong-key"));
        request.setRawHeader("X-Runway-Version", "2024-11-06");
        QNetworkReply *reply = m_nam.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        const std::unique_ptr<Dialect> dialect = createDialect(preset);
        const ApiError e = parseErrorBody(reply->readAll(), *dialect);
        reply->deleteLater();
        QVERIFY2(e.message.contains(u"authentication token"_s), qPrintable(e.message));
    }

    void unauthorizedPresetPausesTheProfile()
    {
        Engine e;
        QVERIFY(e.addProfile(u"luma"_s, m_sim->baseUrl(u"luma"_s), u"not-the-key"_s));
        const QString id = create(u"luma"_s, {}, 0, 60000);
        const QString key = e.scheduler.watch(u"luma"_s, id);
        QTRY_VERIFY_WITH_TIMEOUT(e.scheduler.isProfilePaused(u"luma"_s), 10000);
        QCOMPARE(m_sim->requestCount(id), 1);
        QVERIFY(e.scheduler.profilePauseReason(u"luma"_s).contains(u"authentication token"_s));
        QVERIFY(!e.scheduler.profilePauseReason(u"luma"_s).contains(u"not-the-key"_s));
    }

    void controlEndpointCreatesPresetJobs()
    {
        const Reply r = post(control(u"jobs"_s), {{u"dialect"_s, u"openai"_s}, {u"count"_s, 2}, {u"runMs"_s, 1000}});
        QCOMPARE(r.status, 201);
        const QJsonArray urls = r.json().value(u"pollUrls"_s).toArray();
        QCOMPARE(urls.size(), 2);
        for (const QJsonValue &u : urls)
            QVERIFY2(u.toString().startsWith(m_sim->rootUrl().toString() + u"/openai/v1/videos/video_"_s), qPrintable(u.toString()));
        QCOMPARE(m_sim->dialectOf(r.json().value(u"ids"_s).toArray().first().toString()), u"openai-videos"_s);
        QCOMPARE(post(control(u"jobs"_s), {{u"dialect"_s, u"luma"_s}, {u"type"_s, u"audio"_s}}).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedPresets)
#include "tst_simulatedpresets.moc"
