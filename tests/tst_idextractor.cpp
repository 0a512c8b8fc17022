// The ID extractor: bare IDs of every dialect, poll URLs of the providers, presets
// and the simulated provider, enqueue JSON in every packaging, and de-duplication.
// Rejections and robustness: tst_idextractor_rejection.cpp; the profile choice and summary: tst_idextractor_profiles.cpp.

#include "intake/idextractor.h"
#include "sim/simulatedprovider.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include "idextractortesthelpers.h"

using namespace Qt::StringLiterals;
using jw::IdExtractor;
using namespace jw::idextractortest;
using Source = IdExtractor::Candidate::Source;
using Kind = IdExtractor::ProfileChoice::Kind;
using Match = IdExtractor::ProfileChoice::Match;

class TestIdExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bareIdOfEachDialect_data();
    void bareIdOfEachDialect();
    void pollUrlOfEachProvider_data();
    void pollUrlOfEachProvider();
    void enqueueJson_data();
    void enqueueJson();
    void jsonWithoutJobObjectIsReadAsText();
    void commandLineArgumentsAreExtracted();
    void mixedBlobKeepsInputOrder();
    void simulatedProviderJobsAreRecognised();
    void simulatedTheoEnqueueResponseIsRecognised();
    void duplicatesAreDroppedAndCounted_data();
    void duplicatesAreDroppedAndCounted();
    void sameIdOnTwoHostsIsTwoJobs();
    void dataFileIsExtracted();
    void longBareIdKeepsItsSnippetShort();
};

void TestIdExtractor::bareIdOfEachDialect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("dialects");

    QTest::newRow("theo") << u"job_xyz789"_s << u"job_xyz789"_s << QStringList{u"theo"_s};
    QTest::newRow("theo mixed case") << u"job_Ab3Cd9"_s << u"job_Ab3Cd9"_s << QStringList{u"theo"_s};
    QTest::newRow("theo letters only") << u"job_QwErTyUiOp"_s << u"job_QwErTyUiOp"_s << QStringList{u"theo"_s};
    QTest::newRow("muvi hex letters only") << u"job_deadbeefcafe"_s << u"job_deadbeefcafe"_s
                                           << QStringList{u"muvi"_s, u"theo"_s};
    QTest::newRow("muvi hex") << u"job_abc123def456"_s << u"job_abc123def456"_s
                              << QStringList{u"muvi"_s, u"theo"_s};
    QTest::newRow("vidocu analysis") << u"analysis_1708300000000_abc1234"_s << u"analysis_1708300000000_abc1234"_s
                                     << QStringList{u"vidocu"_s};
    QTest::newRow("vidocu export") << u"export_1708300000001_k9x"_s << u"export_1708300000001_k9x"_s
                                   << QStringList{u"vidocu"_s};
    QTest::newRow("vidocu translation") << u"translation_1708300000002_zz1"_s << u"translation_1708300000002_zz1"_s
                                        << QStringList{u"vidocu"_s};
    QTest::newRow("vidocu tool") << u"tool_1708300000003_q7"_s << u"tool_1708300000003_q7"_s
                                 << QStringList{u"vidocu"_s};
    QTest::newRow("scenes uuid") << kUuid << kUuid
                                 << QStringList{u"scenes"_s, u"runway"_s, u"luma"_s, u"fal"_s};
    QTest::newRow("uuid upper case") << kUuid.toUpper() << kUuid.toUpper()
                                     << QStringList{u"scenes"_s, u"runway"_s, u"luma"_s, u"fal"_s};
    QTest::newRow("openai video") << kOpenAiId << kOpenAiId << QStringList{u"openai-videos"_s};
    QTest::newRow("in a sentence") << u"Could you check job_xyz789, please?"_s << u"job_xyz789"_s
                                   << QStringList{u"theo"_s};
    QTest::newRow("quoted") << u"id='analysis_1708300000000_abc1234'"_s << u"analysis_1708300000000_abc1234"_s
                            << QStringList{u"vidocu"_s};
    QTest::newRow("in parentheses") << u"(" + kUuid + u")" << kUuid
                                    << QStringList{u"scenes"_s, u"runway"_s, u"luma"_s, u"fal"_s};
}

void TestIdExtractor::bareIdOfEachDialect()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QStringList, dialects);

    const auto r = IdExtractor::extract(text);
    QCOMPARE(ids(r), QStringList{id});
    const auto &c = r.candidates.constFirst();
    QCOMPARE(c.source, Source::BareId);
    QCOMPARE(c.dialects, dialects);
    QVERIFY(c.pollUrl.isEmpty());
    QVERIFY(c.base.isEmpty());
    QCOMPARE(c.snippet, id);
    QCOMPARE(text.mid(c.position, id.size()), id);
    QVERIFY(r.rejected.isEmpty());
}

void TestIdExtractor::pollUrlOfEachProvider_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QStringList>("dialects");

    const QStringList theo{u"theo"_s};
    QTest::newRow("theo") << u"https://www.hitheo.ai/api/v1/jobs/job_xyz789"_s << u"job_xyz789"_s
                          << u"https://www.hitheo.ai"_s << theo;
    QTest::newRow("theo hex id on theo host") << u"https://www.hitheo.ai/api/v1/jobs/job_abc123"_s
                                              << u"job_abc123"_s << u"https://www.hitheo.ai"_s << theo;
    QTest::newRow("vidocu") << u"https://api.vidocu.ai/v1/jobs/analysis_1708300000000_abc1234"_s
                            << u"analysis_1708300000000_abc1234"_s << u"https://api.vidocu.ai"_s
                            << QStringList{u"vidocu"_s};
    QTest::newRow("muvi") << u"https://api.muvi.video/v1/jobs/job_abc123def456"_s << u"job_abc123def456"_s
                          << u"https://api.muvi.video"_s << QStringList{u"muvi"_s};
    QTest::newRow("scenes on its own host") << u"https://api.stories.example/v1/jobs/"_s + kUuid << kUuid
                                            << u"https://api.stories.example"_s << QStringList{u"scenes"_s};
    QTest::newRow("unknown host, muvi shape") << u"https://jobs.example.org/v1/jobs/job_abc123def456"_s
                                              << u"job_abc123def456"_s << u"https://jobs.example.org"_s
                                              << QStringList{u"muvi"_s};
    QTest::newRow("replicate") << u"https://api.replicate.com/v1/predictions/gm3qorzdhgbfurvjtvhg6dckhu"_s
                               << u"gm3qorzdhgbfurvjtvhg6dckhu"_s << u"https://api.replicate.com"_s
                               << QStringList{u"replicate"_s};
    QTest::newRow("runway") << u"https://api.dev.runwayml.com/v1/tasks/"_s + kUuid << kUuid
                            << u"https://api.dev.runwayml.com"_s << QStringList{u"runway"_s};
    QTest::newRow("luma") << u"https://api.lumalabs.ai/dream-machine/v1/generations/"_s + kUuid << kUuid
                          << u"https://api.lumalabs.ai"_s << QStringList{u"luma"_s};
    QTest::newRow("fal status") << u"https://queue.fal.run/fal-ai/fast-sdxl/requests/"_s + kUuid + u"/status"
                                << kUuid << u"https://queue.fal.run/fal-ai/fast-sdxl"_s << QStringList{u"fal"_s};
    QTest::newRow("fal request") << u"https://queue.fal.run/fal-ai/flux/dev/requests/"_s + kUuid << kUuid
                                 << u"https://queue.fal.run/fal-ai/flux/dev"_s << QStringList{u"fal"_s};
    QTest::newRow("openai videos") << u"https://api.openai.com/v1/videos/"_s + kOpenAiId << kOpenAiId
                                   << u"https://api.openai.com"_s << QStringList{u"openai-videos"_s};
    QTest::newRow("loopback theo") << u"http://127.0.0.1:5000/theo/api/v1/jobs/job_xyz789"_s << u"job_xyz789"_s
                                   << u"http://127.0.0.1:5000/theo"_s << theo;
    QTest::newRow("loopback vidocu") << u"http://127.0.0.1:5000/vidocu/v1/jobs/export_1708300000001_k9x"_s
                                     << u"export_1708300000001_k9x"_s << u"http://127.0.0.1:5000/vidocu"_s
                                     << QStringList{u"vidocu"_s};
    QTest::newRow("loopback scenes") << u"http://127.0.0.1:41234/scenes/v1/jobs/"_s + kUuid << kUuid
                                     << u"http://127.0.0.1:41234/scenes"_s << QStringList{u"scenes"_s};
    QTest::newRow("loopback muvi") << u"http://127.0.0.1:5000/muvi/v1/jobs/job_abc123def456"_s
                                   << u"job_abc123def456"_s << u"http://127.0.0.1:5000/muvi"_s
                                   << QStringList{u"muvi"_s};
    QTest::newRow("loopback preset") << u"http://127.0.0.1:5000/replicate/v1/predictions/p0abc1"_s << u"p0abc1"_s
                                     << u"http://127.0.0.1:5000/replicate"_s << QStringList{u"replicate"_s};
    QTest::newRow("ipv6 loopback") << u"http://[::1]:5000/theo/api/v1/jobs/job_xyz789"_s << u"job_xyz789"_s
                                   << u"http://[::1]:5000/theo"_s << theo;
    QTest::newRow("localhost") << u"http://localhost:8080/theo/api/v1/jobs/job_xyz789"_s << u"job_xyz789"_s
                               << u"http://localhost:8080/theo"_s << theo;
    QTest::newRow("trailing slash") << u"https://www.hitheo.ai/api/v1/jobs/job_xyz789/"_s << u"job_xyz789"_s
                                    << u"https://www.hitheo.ai"_s << theo;
    QTest::newRow("markdown link") << u"see [the job](https://www.hitheo.ai/api/v1/jobs/job_xyz789)."_s
                                   << u"job_xyz789"_s << u"https://www.hitheo.ai"_s << theo;
    QTest::newRow("angle brackets") << u"<https://api.muvi.video/v1/jobs/job_abc123def456>"_s
                                    << u"job_abc123def456"_s << u"https://api.muvi.video"_s
                                    << QStringList{u"muvi"_s};
    QTest::newRow("curl line") << u"curl https://www.hitheo.ai/api/v1/jobs/job_xyz789 \\"_s << u"job_xyz789"_s
                               << u"https://www.hitheo.ai"_s << theo;
    QTest::newRow("percent-encoded id") << u"https://api.example.com/v1/predictions/a%2Db1"_s << u"a-b1"_s
                                        << u"https://api.example.com"_s << QStringList{u"replicate"_s};
}

void TestIdExtractor::pollUrlOfEachProvider()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QString, base);
    QFETCH(QStringList, dialects);

    const auto r = IdExtractor::extract(text);
    QVERIFY2(r.rejected.isEmpty(), qPrintable(r.rejected.value(0).reason));
    QCOMPARE(ids(r), QStringList{id});
    const auto &c = r.candidates.constFirst();
    QCOMPARE(c.source, Source::PollUrl);
    QCOMPARE(c.base.toString(), base);
    QCOMPARE(c.dialects, dialects);
    QVERIFY(c.pollUrl.isValid());
    QVERIFY(c.pollUrl.toString().startsWith(base));
    QVERIFY(text.mid(c.position).startsWith(c.snippet));
    QVERIFY(c.snippet.startsWith(u"http"));
}

void TestIdExtractor::enqueueJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("firstBase");
    QTest::addColumn<QStringList>("firstDialects");

    const QString theo202 =
        uR"({"id":"job_xyz789","job_id":"job_xyz789","status":"queued","poll_url":"https://www.hitheo.ai/api/v1/jobs/job_xyz789"})"_s;
    QTest::newRow("theo 202") << theo202 << QStringList{u"job_xyz789"_s} << u"https://www.hitheo.ai"_s
                              << QStringList{u"theo"_s};
    QTest::newRow("pretty") << u"{\n  \"id\": \"job_xyz789\",\n  \"job_id\": \"job_xyz789\",\n  \"status\": \"queued\",\n"
                               "  \"poll_url\": \"http://127.0.0.1:5000/theo/api/v1/jobs/job_xyz789\"\n}\n"_s
                            << QStringList{u"job_xyz789"_s} << u"http://127.0.0.1:5000/theo"_s
                            << QStringList{u"theo"_s};
    QTest::newRow("array") << uR"([{"jobId":"analysis_1708300000000_abc1234","status":"pending"},
                                  {"job_id":")"_s + kUuid + uR"(","status":"pending"}])"_s
                           << QStringList{u"analysis_1708300000000_abc1234"_s, kUuid} << QString()
                           << QStringList{u"vidocu"_s};
    QTest::newRow("embedded in prose")
        << u"The API said: "_s + theo202 + u" and then nothing else happened."_s << QStringList{u"job_xyz789"_s}
        << u"https://www.hitheo.ai"_s << QStringList{u"theo"_s};
    QTest::newRow("ndjson") << uR"({"jobId":"job_abc123def456","status":"pending"}
{"jobId":"job_fedcba987654","status":"processing"}
{"jobId":"analysis_1708300000000_abc1234"})"_s
                            << QStringList{u"job_abc123def456"_s, u"job_fedcba987654"_s,
                                           u"analysis_1708300000000_abc1234"_s}
                            << QString() << QStringList{u"muvi"_s};
    QTest::newRow("theo 202 without url decides theo")
        << uR"({"id":"job_abc123","job_id":"job_abc123","status":"queued"})"_s << QStringList{u"job_abc123"_s}
        << QString() << QStringList{u"theo"_s};
    QTest::newRow("relative poll url") << uR"({"id":"job_q1w2e3","poll_url":"/api/v1/jobs/job_q1w2e3"})"_s
                                       << QStringList{u"job_q1w2e3"_s} << QString() << QStringList{u"theo"_s};
    QTest::newRow("relative poll url without slash")
        << uR"({"jobId":"job_abc123def456","poll_url":"v1/jobs/job_abc123def456?x=1"})"_s
        << QStringList{u"job_abc123def456"_s} << QString() << QStringList{u"muvi"_s};
    QTest::newRow("fal enqueue") << uR"({"request_id":")"_s + kUuid
                                        + uR"(","status_url":"https://queue.fal.run/fal-ai/fast-sdxl/requests/)"_s
                                        + kUuid + uR"(/status","cancel_url":"x"})"_s
                                 << QStringList{kUuid} << u"https://queue.fal.run/fal-ai/fast-sdxl"_s
                                 << QStringList{u"fal"_s};
    QTest::newRow("replicate create") << uR"({"id":"gm3qorzdhgbfurvjtvhg6dckhu","status":"starting",
        "urls":{"get":"https://api.replicate.com/v1/predictions/gm3qorzdhgbfurvjtvhg6dckhu","cancel":"c"}})"_s
                                      << QStringList{u"gm3qorzdhgbfurvjtvhg6dckhu"_s}
                                      << u"https://api.replicate.com"_s << QStringList{u"replicate"_s};
    QTest::newRow("runway create, id only") << uR"({"id":")"_s + kUuid + uR"("})"_s << QStringList{kUuid}
                                            << QString()
                                            << QStringList{u"scenes"_s, u"runway"_s, u"luma"_s, u"fal"_s};
    QTest::newRow("openai create") << uR"({"id":")"_s + kOpenAiId + uR"(","object":"video","status":"queued"})"_s
                                   << QStringList{kOpenAiId} << QString() << QStringList{u"openai-videos"_s};
    QTest::newRow("nested under data") << uR"({"data":{"job_id":"job_n3st3d","status":"queued"}})"_s
                                       << QStringList{u"job_n3st3d"_s} << QString() << QStringList{u"theo"_s};
    QTest::newRow("job snapshot: artifact urls are not jobs")
        << uR"({"jobId":"job_abc123def456","status":"completed",
              "output":"https://cdn.muvi.video/outputs/job_abc123def456/output_0.mp4",
              "outputs":[{"url":"https://cdn.muvi.video/outputs/job_abc123def456/output_0.mp4"}]})"_s
        << QStringList{u"job_abc123def456"_s} << QString() << QStringList{u"muvi"_s};
    QTest::newRow("numeric id") << uR"({"id": 4711, "status": "queued"})"_s << QStringList{u"4711"_s} << QString()
                                << QStringList();
}

void TestIdExtractor::enqueueJson()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QFETCH(QString, firstBase);
    QFETCH(QStringList, firstDialects);

    const auto r = IdExtractor::extract(text);
    QVERIFY2(r.rejected.isEmpty(), qPrintable(r.rejected.value(0).reason));
    QCOMPARE(::ids(r), ids);
    QCOMPARE(r.duplicates, 0);
    for (const auto &c : r.candidates) {
        QCOMPARE(c.source, Source::EnqueueJson);
        QVERIFY(c.snippet.startsWith(u'{'));
    }
    const auto &first = r.candidates.constFirst();
    QCOMPARE(first.base.toString(), firstBase);
    QCOMPARE(first.pollUrl.isEmpty(), firstBase.isEmpty());
    QCOMPARE(first.dialects, firstDialects);
}

void TestIdExtractor::jsonWithoutJobObjectIsReadAsText()
{
    const auto r = IdExtractor::extract(uR"({"ids": ["job_xyz789", "https://api.muvi.video/v1/jobs/job_abc123def456"]})"_s);
    QCOMPARE(ids(r), (QStringList{u"job_xyz789"_s, u"job_abc123def456"_s}));
    QCOMPARE(r.candidates.at(0).source, Source::BareId);
    QCOMPARE(r.candidates.at(1).source, Source::PollUrl);
    QCOMPARE(r.candidates.at(1).dialects, QStringList{u"muvi"_s});
    QVERIFY(r.rejected.isEmpty());

    const auto strings = IdExtractor::extract(uR"(["job_xyz789", "job_xyz780"])"_s);
    QCOMPARE(ids(strings), (QStringList{u"job_xyz789"_s, u"job_xyz780"_s}));
}

void TestIdExtractor::commandLineArgumentsAreExtracted()
{
    const QStringList args{u"job_xyz789"_s, u"http://127.0.0.1:5000/scenes/v1/jobs/"_s + kUuid, u"--"_s,
                           u"job_"_s};
    const auto r = IdExtractor::extract(args);
    QCOMPARE(ids(r), (QStringList{u"job_xyz789"_s, kUuid}));
    QCOMPARE(r.candidates.at(1).base, QUrl(u"http://127.0.0.1:5000/scenes"_s));
    QCOMPARE(r.candidates.at(1).position, args.at(0).size() + 1);
}

void TestIdExtractor::mixedBlobKeepsInputOrder()
{
    const QString blob = u"Jobs from today:\n"
                         "1. job_xyz789 (research)\n"
                         "2. https://api.vidocu.ai/v1/jobs/analysis_1708300000000_abc1234\n"
                         "3. {\"jobId\": \"job_abc123def456\", \"status\": \"pending\"}\n"
                         "4. ftp://files.example.com/jobs/x\n"
                         "5. "_s + kUuid + u" - the story one\n"
                         "6. the job is done, nothing else.\n"_s;
    const auto r = IdExtractor::extract(blob);
    QCOMPARE(ids(r), (QStringList{u"job_xyz789"_s, u"analysis_1708300000000_abc1234"_s, u"job_abc123def456"_s, kUuid}));
    QCOMPARE(r.candidates.at(0).source, Source::BareId);
    QCOMPARE(r.candidates.at(1).source, Source::PollUrl);
    QCOMPARE(r.candidates.at(2).source, Source::EnqueueJson);
    QCOMPARE(r.candidates.at(3).source, Source::BareId);
    for (qsizetype i = 1; i < r.candidates.size(); ++i)
        QVERIFY(r.candidates.at(i - 1).position < r.candidates.at(i).position);
    QCOMPARE(r.rejected.size(), 1);
    QCOMPARE(r.rejected.constFirst().text, u"ftp://files.example.com/jobs/x"_s);
}

void TestIdExtractor::simulatedProviderJobsAreRecognised()
{
    jw::SimulatedProvider sim;
    QVERIFY2(sim.listen(), qPrintable(sim.errorString()));
    const QList<std::pair<QString, QString>> kinds = {
        {u"theo"_s, u"video"_s},         {u"theo"_s, u"research"_s}, {u"vidocu"_s, u"analysis"_s},
        {u"vidocu"_s, u"export"_s},      {u"vidocu"_s, u"translation"_s}, {u"vidocu"_s, u"tool"_s},
        {u"scenes"_s, u"story"_s},       {u"muvi"_s, u"video"_s},
    };
    QList<IdExtractor::ProfileHint> profiles;
    for (const QString &dialect : {u"theo"_s, u"vidocu"_s, u"scenes"_s, u"muvi"_s})
        profiles.append({dialect + u"-sim"_s, dialect, sim.baseUrl(dialect)});

    QStringList expectedIds;
    QStringList expectedDialects;
    QString bareText;
    QString urlText;
    for (const auto &[dialect, type] : kinds) {
        for (int i = 0; i < 40; ++i) { // the generated IDs are random: many of each shape
            jw::SimulatedProvider::JobSpec spec;
            spec.dialect = dialect;
            spec.type = type;
            const QString id = sim.createJob(spec);
            expectedIds.append(id);
            expectedDialects.append(dialect);
            bareText += id + u"\n"_s;
            urlText += sim.pollUrl(id).toString() + u"\n"_s;
        }
    }

    const auto bare = IdExtractor::extract(bareText);
    QCOMPARE(ids(bare), expectedIds);
    const auto urls = IdExtractor::extract(urlText);
    QCOMPARE(ids(urls), expectedIds);
    for (qsizetype i = 0; i < expectedIds.size(); ++i) {
        const QString &dialect = expectedDialects.at(i);
        QVERIFY2(bare.candidates.at(i).dialects.contains(dialect), qPrintable(expectedIds.at(i)));
        QCOMPARE(urls.candidates.at(i).dialects, QStringList{dialect});
        QCOMPARE(urls.candidates.at(i).base, sim.baseUrl(dialect));
        const auto choice = IdExtractor::resolveProfile(urls.candidates.at(i), profiles);
        QCOMPARE(choice.kind, Kind::Unique);
        QCOMPARE(choice.match, Match::ByUrl);
        QCOMPARE(choice.profileId, dialect + u"-sim"_s);
    }
}

void TestIdExtractor::simulatedTheoEnqueueResponseIsRecognised()
{
    jw::SimulatedProvider sim;
    QVERIFY2(sim.listen(), qPrintable(sim.errorString()));
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(sim.baseUrl(u"theo"_s).toString() + u"/api/v1/research"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(nam.post(request, QByteArrayLiteral(R"({"prompt":"solar sails"})")));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    const QString body = QString::fromUtf8(reply->readAll());

    const QString pasted = u"HTTP/1.1 202 Accepted\n"_s + body + u"\n"_s;
    const auto r = IdExtractor::extract(pasted);
    QCOMPARE(r.candidates.size(), 1);
    const auto &c = r.candidates.constFirst();
    QVERIFY(sim.hasJob(c.id));
    QCOMPARE(c.source, Source::EnqueueJson);
    QCOMPARE(c.pollUrl, sim.pollUrl(c.id));
    QCOMPARE(c.base, sim.baseUrl(u"theo"_s));
    QCOMPARE(c.dialects, QStringList{u"theo"_s});
}

void TestIdExtractor::duplicatesAreDroppedAndCounted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<QString>("firstBase");

    QTest::newRow("same bare id twice") << u"job_xyz789 job_xyz789"_s << QStringList{u"job_xyz789"_s} << 1
                                        << QString();
    QTest::newRow("bare id then its url: the url wins")
        << u"job_xyz789\nhttps://www.hitheo.ai/api/v1/jobs/job_xyz789"_s << QStringList{u"job_xyz789"_s} << 1
        << u"https://www.hitheo.ai"_s;
    QTest::newRow("url then bare id") << u"https://www.hitheo.ai/api/v1/jobs/job_xyz789 and job_xyz789"_s
                                      << QStringList{u"job_xyz789"_s} << 1 << u"https://www.hitheo.ai"_s;
    QTest::newRow("same url three times") << u"http://127.0.0.1:5000/muvi/v1/jobs/job_abc123def456\n"
                                             "http://127.0.0.1:5000/muvi/v1/jobs/job_abc123def456/\n"
                                             "http://127.0.0.1:5000/muvi/v1/jobs/job_abc123def456"_s
                                          << QStringList{u"job_abc123def456"_s} << 2
                                          << u"http://127.0.0.1:5000/muvi"_s;
    QTest::newRow("enqueue json pasted twice")
        << uR"({"id":"job_xyz789","job_id":"job_xyz789","status":"queued","poll_url":"https://www.hitheo.ai/api/v1/jobs/job_xyz789"}
{"id":"job_xyz789","job_id":"job_xyz789","status":"queued","poll_url":"https://www.hitheo.ai/api/v1/jobs/job_xyz789"})"_s
        << QStringList{u"job_xyz789"_s} << 1 << u"https://www.hitheo.ai"_s;
    QTest::newRow("uuid in two cases") << kUuid + u" "_s + kUuid.toUpper() << QStringList{kUuid} << 1 << QString();
    QTest::newRow("different ids are kept") << u"job_xyz789 job_xyz780 job_xyz789"_s
                                            << QStringList{u"job_xyz789"_s, u"job_xyz780"_s} << 1 << QString();
    QTest::newRow("vidocu id is not a theo url's job")
        << u"analysis_1708300000000_abc1234 https://www.hitheo.ai/api/v1/jobs/analysis_1708300000000_abc1234"_s
        << QStringList{u"analysis_1708300000000_abc1234"_s, u"analysis_1708300000000_abc1234"_s} << 0 << QString();
}

void TestIdExtractor::duplicatesAreDroppedAndCounted()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QFETCH(int, duplicates);
    QFETCH(QString, firstBase);

    const auto r = IdExtractor::extract(text);
    QCOMPARE(::ids(r), ids);
    QCOMPARE(r.duplicates, duplicates);
    QCOMPARE(r.candidates.constFirst().base.toString(), firstBase);
    QCOMPARE(r.candidates.constFirst().position, 0);
}

void TestIdExtractor::sameIdOnTwoHostsIsTwoJobs()
{
    const auto r = IdExtractor::extract(u"http://127.0.0.1:5000/theo/api/v1/jobs/job_xyz789 "
                                        "https://www.hitheo.ai/api/v1/jobs/job_xyz789"_s);
    QCOMPARE(ids(r), (QStringList{u"job_xyz789"_s, u"job_xyz789"_s}));
    QCOMPARE(r.duplicates, 0);
    QCOMPARE(r.candidates.at(0).base, QUrl(u"http://127.0.0.1:5000/theo"_s));
    QCOMPARE(r.candidates.at(1).base, QUrl(u"https://www.hitheo.ai"_s));
}

void TestIdExtractor::dataFileIsExtracted()
{
    QFile file(QStringLiteral(JOBWATCH_TEST_DATA_DIR "/extract/dropped-mixed.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const auto r = IdExtractor::extract(QString::fromUtf8(file.readAll()));
    QCOMPARE(ids(r), (QStringList{u"job_xyz789"_s, u"analysis_1708300000000_abc1234"_s, kUuid,
                                  u"job_abc123def456"_s, u"gm3qorzdhgbfurvjtvhg6dckhu"_s}));
    QCOMPARE(r.candidates.at(3).dialects, QStringList{u"muvi"_s});
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(r.rejected.size(), 1);
}

// Found by fuzz_extract: a bare ID may be up to 256 characters, but a snippet promises at most 200. The ID itself
// stays whole; only the snippet shown in the intake preview is cut, with an ellipsis.
void TestIdExtractor::longBareIdKeepsItsSnippetShort()
{
    const QString id = u"job_"_s + QString(240, u'B');
    const QString text = u"see "_s + id + u" there"_s;
    const auto r = IdExtractor::extract(text);
    QCOMPARE(ids(r), QStringList{id});
    const auto &c = r.candidates.constFirst();
    QCOMPARE(c.source, Source::BareId);
    QCOMPARE(c.snippet.size(), 200);
    QVERIFY(c.snippet.endsWith(QChar(0x2026)));
    QVERIFY(id.startsWith(c.snippet.chopped(1)));
}

QTEST_GUILESS_MAIN(TestIdExtractor)
#include "tst_idextractor.moc"
