// Nothing the user gives the ID extractor is dropped silently: every non-blank line that yields no job is
// named: rejections carry their line, other lines without a job are listed with theirs, a JSON document
// counts once, URLs shown back lose their user info and query, and the list is capped while the count stays
// exact.

#include "intake/idextractor.h"

#include <QTest>

#include "idextractortesthelpers.h"
#include "plurals.h"

using namespace Qt::StringLiterals;
using jw::IdExtractor;
using namespace jw::idextractortest;

namespace {
QList<int> lines(const IdExtractor::Result &r)
{
    QList<int> out;
    for (const IdExtractor::Unrecognised &u : r.unrecognised)
        out.append(u.line);
    return out;
}
} // namespace

class TestIdExtractorLines final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesWithoutAJobAreListedWithReasons()
    {
        const QString text = u"job_xyz789\n"
                             "hello world\n"
                             "\n"
                             "{\n"
                             "  \"name\": \"render\"\n"
                             "}\n"
                             "http://api.example.com/v1/jobs/job_abc123\n"
                             "---\n"
                             "  ```  \n"
                             "see https://api.muvi.video/v1/jobs/job_abc123def456 and ftp://x.org/y\n"
                             "job_status\r\n"
                             "last line without newline"_s;
        const IdExtractor::Result r = IdExtractor::extract(text);
        QCOMPARE(ids(r), (QStringList{u"job_xyz789"_s, u"job_abc123def456"_s}));
        QCOMPARE(r.candidates.at(0).line, 1);
        QCOMPARE(r.candidates.at(1).line, 10);
        // Lines 4-6 are one JSON document without a job and 7 a refused URL: their rejections name them
        // (4 and 7). 8 and 9 hold no letter or digit; 10 gave a job (its ftp URL is a rejection on line 10).
        QCOMPARE(lines(r), (QList<int>{2, 11, 12}));
        QCOMPARE(r.unrecognisedLines, 3);
        QCOMPARE(r.unrecognised.at(0).text, u"hello world"_s);
        QCOMPARE(r.unrecognised.at(0).reason, u"no job ID, poll URL or enqueue response found"_s);
        QCOMPARE(r.unrecognised.at(1).text, u"job_status"_s); // trimmed, no \r
        QCOMPARE(r.unrecognised.at(2).text, u"last line without newline"_s);
        QCOMPARE(r.rejected.size(), 3);
        QCOMPARE(r.rejected.at(0).line, 4);
        QVERIFY2(r.rejected.at(0).reason.startsWith(u"the JSON has no job ID"_s), qPrintable(r.rejected.at(0).reason));
        QCOMPARE(r.rejected.at(1).line, 7);
        QCOMPARE(r.rejected.at(1).reason, u"plain http is only allowed for loopback addresses; use https"_s);
        QCOMPARE(r.rejected.at(2).line, 10);
        QVERIFY2(says(IdExtractor::summary(r), u"3 item(s) not usable, 3 line(s) not recognised"_s), qPrintable(IdExtractor::summary(r)));
    }

    void multiLineEnqueueResponseIsOneJob()
    {
        const QString text = u"Response:\n{\n  \"id\": \"job_xyz789\",\n  \"job_id\": \"job_xyz789\",\n"
                             "  \"status\": \"queued\",\n  \"poll_url\": \"/api/v1/jobs/job_xyz789\"\n}\n"_s;
        const IdExtractor::Result r = IdExtractor::extract(text);
        QCOMPARE(ids(r), QStringList{u"job_xyz789"_s});
        QCOMPARE(lines(r), QList<int>{1}); // "Response:" only
    }

    void shownTextHidesUserInfoAndQueries()
    {
        const QString text = u"broken https://me:s3cretPass@example.com/v1/jobs/job_a1b2c3?api_key=k3yK3y\n"
                             "an https://example.com/nothing?api_key=k3yK3y link\n"
                             "token=k3yK3y alone"_s;
        const IdExtractor::Result r = IdExtractor::extract(text);
        QCOMPARE(r.rejected.size(), 2); // user info; no job path
        for (const IdExtractor::Rejected &rejected : r.rejected) {
            QVERIFY2(!rejected.text.contains(u"s3cretPass"_s) && !rejected.text.contains(u"k3yK3y"_s), qPrintable(rejected.text));
            QVERIFY(rejected.line == 1 || rejected.line == 2);
        }
        QCOMPARE(lines(r), QList<int>{3}); // a line without a URL is shown as it is: the user typed it
    }

    void longLinesAreClipped()
    {
        const IdExtractor::Result r = IdExtractor::extract(QString(5000, u'w'));
        QCOMPARE(r.unrecognisedLines, 1);
        QCOMPARE(r.unrecognised.constFirst().text.size(), 200);
    }

    void listIsCappedAndCountIsExact()
    {
        QString text;
        for (int i = 0; i < 3000; ++i)
            text += u"not a job %1\njob_a1b2c3d4e%2\n"_s.arg(i).arg(i % 10);
        const IdExtractor::Result r = IdExtractor::extract(text);
        QCOMPARE(r.candidates.size(), 10);
        QCOMPARE(r.duplicates, 2990);
        QCOMPARE(r.unrecognisedLines, 3000);
        QCOMPARE(r.unrecognised.size(), IdExtractor::kMaxListedLines);
        QCOMPARE(r.unrecognised.constLast().line, 2 * IdExtractor::kMaxListedLines - 1);
    }

    void argumentsCountAsLines()
    {
        const IdExtractor::Result r = IdExtractor::extract(QStringList{u"job_xyz789"_s, u"nonsense"_s});
        QCOMPARE(lines(r), QList<int>{2});
    }
};

QTEST_GUILESS_MAIN(TestIdExtractorLines)
#include "tst_idextractor_lines.moc"
