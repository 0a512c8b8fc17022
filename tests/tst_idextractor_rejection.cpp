// The ID extractor: rejection reasons, no credentials in rejected text, no false
// positives on prose, and robustness on large and hostile input.

#include "intake/idextractor.h"

#include <QRandomGenerator>
#include <QTest>

#include "idextractortesthelpers.h"

using namespace Qt::StringLiterals;
using jw::IdExtractor;
using namespace jw::idextractortest;
using Source = IdExtractor::Candidate::Source;

class TestIdExtractorRejection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proseAndGarbageGiveNothing_data();
    void proseAndGarbageGiveNothing();
    void unusableInputIsRejectedWithReason_data();
    void unusableInputIsRejectedWithReason();
    void rejectedTextNeverShowsCredentials();
    void megabyteOfTextIsFullyExtracted();
    void hostileInputNeverCrashes_data();
    void hostileInputNeverCrashes();
    void randomBytesNeverCrash();
};

void TestIdExtractorRejection::proseAndGarbageGiveNothing_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("sentence") << u"The job is done, thanks for the help with the export."_s;
    QTest::newRow("prefix alone") << u"job_ export_ analysis_ tool_ video_"_s;
    QTest::newRow("snake case words") << u"job_id job_status job_queue tool_calls export_csv analysis_results"_s;
    QTest::newRow("job word with digits but short") << u"job_1 job_v2"_s;
    QTest::newRow("one-case words") << u"JOB_STATUS job_Id job_queued job_abc job_deadbeef"_s;
    QTest::newRow("dates and times") << u"2024-01-15 12:30:00 2024-01-15T12:30:00Z"_s;
    QTest::newRow("hex colours") << u"#ff00aa #FFF color: #abcdef;"_s;
    QTest::newRow("git sha and short hex") << u"3f2b8c1e7d4a4b9e9c2f1a2b3c4d5e6f11223344 deadbeef"_s;
    QTest::newRow("almost a uuid") << u"3f2b8c1e-7d4a-4b9e-9c2f-1a2b3c4d5e6"_s;
    QTest::newRow("short words") << u"a an ok id url job"_s;
    QTest::newRow("json without object") << u"see [1] and [2, 3] or {}"_s;
    QTest::newRow("template braces") << u"GET {base}/v1/jobs/{id}"_s;
    QTest::newRow("windows path and mailto") << u"C:\\Users\\me\\jobs.txt mailto:me@example.com"_s;
    QTest::newRow("scheme word") << u"javascript: it is a language. file: none"_s;
    QTest::newRow("id glued into a word") << u"myjob_xyz789 xjob_abc123def456 job_xyz789x_"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace") << u" \n\t\r\n "_s;
    QTest::newRow("control characters") << QString::fromLatin1("\x01\x02\x7f\xff job", 9);
}

void TestIdExtractorRejection::proseAndGarbageGiveNothing()
{
    QFETCH(QString, text);
    const auto r = IdExtractor::extract(text);
    QVERIFY2(r.candidates.isEmpty(), qPrintable(ids(r).join(u' ')));
    QVERIFY2(r.rejected.isEmpty(), qPrintable(r.rejected.value(0).text));
    QVERIFY(IdExtractor::summary(r).startsWith(u"Nothing recognised: "));
}

void TestIdExtractorRejection::unusableInputIsRejectedWithReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rejectedText");
    QTest::addColumn<QString>("reason");

    QTest::newRow("ftp") << u"ftp://files.example.com/jobs/x"_s << u"ftp://files.example.com/jobs/x"_s
                         << u"only http and https URLs are supported"_s;
    QTest::newRow("file url") << u"file:///etc/passwd"_s << u"file:///etc/passwd"_s
                              << u"only http and https URLs are supported"_s;
    QTest::newRow("file without slashes") << u"file:jobs.txt"_s << u"file:jobs.txt"_s
                                          << u"only http and https URLs are supported"_s;
    QTest::newRow("javascript") << u"<a href=\"javascript:alert(1)\">"_s << u"javascript:alert(1)"_s
                                << u"only http and https URLs are supported"_s;
    QTest::newRow("data url") << u"data:text/html;base64,PHNjcmlwdD4="_s << u"data:text/html;base64,PHNjcmlwdD4="_s
                              << u"only http and https URLs are supported"_s;
    QTest::newRow("plain http to a remote host") << u"http://api.muvi.video/v1/jobs/job_abc123def456"_s
                                                 << u"http://api.muvi.video/v1/jobs/job_abc123def456"_s
                                                 << u"plain http is only allowed for loopback addresses; use https"_s;
    QTest::newRow("no job path") << u"https://www.hitheo.ai/pricing"_s << u"https://www.hitheo.ai/pricing"_s
                                 << u"the URL has no job path such as /v1/jobs/<id>"_s;
    QTest::newRow("cdn artifact") << u"https://cdn.muvi.video/outputs/job_abc123def456/output_0.mp4"_s
                                  << u"https://cdn.muvi.video/outputs/job_abc123def456/output_0.mp4"_s
                                  << u"the URL has no job path such as /v1/jobs/<id>"_s;
    QTest::newRow("doc template") << u"https://api.muvi.video/v1/jobs/{jobId}"_s << u"https://api.muvi.video/v1/jobs/"_s
                                  << u"the URL ends at /jobs/ without a job ID"_s;
    QTest::newRow("no host") << u"https:///v1/jobs/job_xyz789"_s << u"https:///v1/jobs/job_xyz789"_s
                             << u"the URL has no valid host"_s;
    QTest::newRow("json without id") << uR"({"status":"queued","progress":0})"_s
                                     << uR"({"progress":0,"status":"queued"})"_s
                                     << u"the JSON has no job ID or poll URL (id, job_id, jobId, request_id, "
                                        "poll_url, status_url or urls.get)"_s;
    QTest::newRow("error body with request id") << uR"({"error":"not_found","message":"no such job","request_id":"req_123456"})"_s
                                                << uR"({"error":"not_found","message":"no such job","request_id":"req_123456"})"_s
                                                << u"the JSON has no job ID or poll URL (id, job_id, jobId, "
                                                   "request_id, poll_url, status_url or urls.get)"_s;
    QTest::newRow("json with javascript poll url")
        << uR"x({"poll_url":"javascript:alert(1)"})x"_s << u"javascript:alert(1)"_s
        << u"only http and https URLs are supported"_s;
    QTest::newRow("json id with spaces") << uR"({"id":"job 1 2 3"})"_s << uR"({"id":"job 1 2 3"})"_s
                                         << u"the job ID is empty, too long or has unexpected characters"_s;
    QTest::newRow("url id with bad characters") << u"https://api.example.com/v1/jobs/a%3Cb%3E"_s
                                                << u"https://api.example.com/v1/jobs/a%3Cb%3E"_s
                                                << u"the job ID in the URL is empty, too long or has unexpected "
                                                   "characters"_s;
}

void TestIdExtractorRejection::unusableInputIsRejectedWithReason()
{
    QFETCH(QString, text);
    QFETCH(QString, rejectedText);
    QFETCH(QString, reason);

    const auto r = IdExtractor::extract(text);
    QVERIFY2(r.candidates.isEmpty(), qPrintable(ids(r).join(u' ')));
    QCOMPARE(r.rejected.size(), 1);
    QCOMPARE(r.rejected.constFirst().text, rejectedText);
    QCOMPARE(r.rejected.constFirst().reason, reason);
    const QString summary = IdExtractor::summary(r);
    QVERIFY2(summary.startsWith(u"Nothing recognised: "_s + reason), qPrintable(summary));
    QVERIFY(!summary.contains(u'\n'));
}

void TestIdExtractorRejection::rejectedTextNeverShowsCredentials()
{
    const auto r = IdExtractor::extract(
        u"https://me:s3cretKey@api.muvi.video/v1/jobs/job_abc123def456 ftp://u:hunter2@x.org/a?api_key=k3y"_s);
    QVERIFY(r.candidates.isEmpty());
    QCOMPARE(r.rejected.size(), 2);
    QCOMPARE(r.rejected.at(0).reason, u"URLs with a user name or password are not accepted"_s);
    QCOMPARE(r.rejected.at(0).text, u"https://api.muvi.video/v1/jobs/job_abc123def456"_s);
    QCOMPARE(r.rejected.at(1).text, u"ftp://x.org/a?\u2026"_s);
    const QString summary = IdExtractor::summary(r);
    for (const auto secret : {u"s3cretKey", u"hunter2", u"k3y"})
        QVERIFY2(!summary.contains(secret), qPrintable(summary));
}
void TestIdExtractorRejection::megabyteOfTextIsFullyExtracted()
{
    QString text;
    text.reserve(1100 * 1024);
    int expected = 0;
    for (int i = 0; text.size() < 1024 * 1024; ++i) {
        const QString hex = QString::number(0x100000 + i, 16);
        text += u"Line "_s + QString::number(i) + u": the job job_t" + QString::number(1000000 + i)
            + u"x is done; see https://api.vidocu.ai/v1/jobs/analysis_17083" + QString::number(10000000 + i)
            + u"_abc and {\"jobId\": \"job_" + hex + u"aa\", \"status\": \"pending\"} or job_ or #ff00aa, "
              "2024-01-15 and {braces} [1] (job_t" + QString::number(1000000 + i) + u"x again)\n";
        expected += 3;
    }
    const auto r = IdExtractor::extract(text);
    QCOMPARE(r.candidates.size(), expected);
    QCOMPARE(r.duplicates, expected / 3);
    QVERIFY(r.rejected.isEmpty());
    QCOMPARE(r.candidates.at(2).source, Source::EnqueueJson);
    QCOMPARE(r.candidates.constLast().source, Source::EnqueueJson);
}

void TestIdExtractorRejection::hostileInputNeverCrashes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("candidates");

    const qsizetype mb = 1024 * 1024;
    QTest::newRow("open braces") << QString(mb, u'{') << 0;
    QTest::newRow("open brackets then an object") << QString(mb, u'[') + u"{\"id\":\"job_xyz789\"}"_s << 1;
    QTest::newRow("deep valid json") << QString(100000, u'[') + u"{\"id\":\"job_xyz789\"}"_s + QString(100000, u']')
                                     << 1;
    QTest::newRow("quotes and braces") << QString(mb / 4, u'"') + QString(mb / 4, u'{') + QString(mb / 4, u'}') << 0;
    QTest::newRow("nested failing spans") << QString(200000, u'{').replace(u"{"_s, u"{\"a\" "_s) << 0;
    QTest::newRow("one huge line") << QString(mb, u'a') << 0;
    QTest::newRow("huge url") << u"https://www.hitheo.ai/api/v1/jobs/"_s + QString(mb, u'x') << 0;
    QTest::newRow("many schemes") << QString(mb / 8, u'a').replace(u"a"_s, u"ab:c"_s) + u" job_xyz789"_s << 1;
    QTest::newRow("many colons in a scheme run") << QString(mb, u'h').replace(u"hhhhhhhh"_s, u"hhhhhhh:"_s) << 0;
    QTest::newRow("many ids") << QString(mb / 16, u'x').replace(u"x"_s, u"job_a1b2c3d4e5f "_s) << 1;
    QString hosts;
    for (int i = 0; i < 20000; ++i)
        hosts += u"https://h"_s + QString::number(i) + u".example.com/v1/jobs/analysis_1708300000000_abc1234 "_s;
    QTest::newRow("one id on many hosts") << hosts + QString(20000, u'x').replace(u"x"_s, u"analysis_1708300000000_abc1234 "_s)
                                          << 20000;
    QString nestedInvalid;
    while (nestedInvalid.size() < mb)
        nestedInvalid += QString(250, u'x').replace(u"x"_s, u"{\"a\" "_s) + QString(250, u'}') + u'\n';
    QTest::newRow("nested balanced invalid json") << nestedInvalid << 0;
    QTest::newRow("nul characters") << QString(1000, QChar(0)) + u"job_xyz789"_s + QString(1000, QChar(0)) << 1;
}

void TestIdExtractorRejection::hostileInputNeverCrashes()
{
    QFETCH(QString, text);
    QFETCH(int, candidates);
    const auto r = IdExtractor::extract(text);
    QCOMPARE(r.candidates.size(), candidates);
    QVERIFY(!IdExtractor::summary(r).isEmpty());
}

void TestIdExtractorRejection::randomBytesNeverCrash()
{
    QRandomGenerator rng(20240515);
    for (int round = 0; round < 50; ++round) {
        QByteArray bytes(4096, Qt::Uninitialized);
        for (char &b : bytes) {
            // Biased towards the characters the scanner cares about.
            static constexpr char interesting[] = "{}[]\":/\\_-job_abcdef0123456789 \nhttps://127.0.0.1:5/v1/jobs/";
            b = rng.bounded(2) ? interesting[rng.bounded(int(sizeof interesting - 1))] : char(rng.bounded(256));
        }
        const auto r = IdExtractor::extract(QString::fromUtf8(bytes));
        for (const auto &c : r.candidates) {
            QVERIFY(!c.id.isEmpty());
            QVERIFY(c.id.size() <= 256);
        }
        QVERIFY(!IdExtractor::summary(r).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestIdExtractorRejection)
#include "tst_idextractor_rejection.moc"
