// The ID extractor: how context narrows the dialect of an ambiguous ID, the profile
// choice rule (resolveProfile) and the summary line.

#include "intake/idextractor.h"

#include <QTest>

#include "idextractortesthelpers.h"

using namespace Qt::StringLiterals;
using jw::IdExtractor;
using namespace jw::idextractortest;
using Kind = IdExtractor::ProfileChoice::Kind;
using Match = IdExtractor::ProfileChoice::Match;

namespace {

// The fixed profile table the resolveProfile rows choose from.
QList<IdExtractor::ProfileHint> profilesNamed(const QStringList &names)
{
    const QList<IdExtractor::ProfileHint> all = {
        {u"theo-prod"_s, u"theo"_s, QUrl(u"https://www.hitheo.ai"_s)},
        {u"theo-sim"_s, u"theo"_s, QUrl(u"http://127.0.0.1:5000/theo"_s)},
        {u"muvi-sim"_s, u"muvi"_s, QUrl(u"http://127.0.0.1:5000/muvi"_s)},
        {u"vidocu"_s, u"vidocu"_s, QUrl(u"https://api.vidocu.ai"_s)},
        {u"scenes-sim"_s, u"scenes"_s, QUrl(u"http://127.0.0.1:5000/scenes/"_s)},
        {u"muvi-prod"_s, u"muvi"_s, QUrl(u"https://api.muvi.video"_s)},
    };
    QList<IdExtractor::ProfileHint> out;
    for (const QString &name : names) {
        for (const auto &p : all) {
            if (p.id == name)
                out.append(p);
        }
    }
    return out;
}

} // namespace

class TestIdExtractorProfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hexJobIdIsAmbiguousUnlessContextDecides_data();
    void hexJobIdIsAmbiguousUnlessContextDecides();
    void resolveProfile_data();
    void resolveProfile();
    void summaryCountsJobsDuplicatesAndReasons();
};

void TestIdExtractorProfiles::hexJobIdIsAmbiguousUnlessContextDecides_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("dialects");

    QTest::newRow("bare hex: both, muvi first") << u"job_abc123def456"_s << QStringList{u"muvi"_s, u"theo"_s};
    QTest::newRow("bare non-hex: theo") << u"job_xyz789"_s << QStringList{u"theo"_s};
    QTest::newRow("muvi origin") << u"https://api.muvi.video/v1/jobs/job_abc123def456"_s << QStringList{u"muvi"_s};
    QTest::newRow("theo origin") << u"https://www.hitheo.ai/api/v1/jobs/job_abc123def456"_s
                                 << QStringList{u"theo"_s};
    QTest::newRow("theo job path on any host") << u"https://gw.example.com/api/v1/jobs/job_abc123def456"_s
                                               << QStringList{u"theo"_s};
    QTest::newRow("muvi json key") << uR"({"jobId":"job_abc123def456"})"_s << QStringList{u"muvi"_s};
    QTest::newRow("theo json keys") << uR"({"id":"job_abc123def456","job_id":"job_abc123def456"})"_s
                                    << QStringList{u"theo"_s};
    QTest::newRow("plain id key stays ambiguous") << uR"({"id":"job_abc123def456"})"_s
                                                  << QStringList{u"muvi"_s, u"theo"_s};
    QTest::newRow("bare id then muvi json narrows it")
        << u"job_abc123def456 {\"jobId\":\"job_abc123def456\"}"_s << QStringList{u"muvi"_s};
}

void TestIdExtractorProfiles::hexJobIdIsAmbiguousUnlessContextDecides()
{
    QFETCH(QString, text);
    QFETCH(QStringList, dialects);
    const auto r = IdExtractor::extract(text);
    QCOMPARE(r.candidates.size(), 1);
    QCOMPARE(r.candidates.constFirst().dialects, dialects);
}

void TestIdExtractorProfiles::resolveProfile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("profiles");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Match>("match");
    QTest::addColumn<QStringList>("result"); // Unique: {profileId}; Ambiguous: the choices

    const QStringList many{u"theo-prod"_s, u"theo-sim"_s, u"muvi-sim"_s, u"vidocu"_s, u"scenes-sim"_s};

    QTest::newRow("origin and path pick the simulator's theo")
        << u"http://127.0.0.1:5000/theo/api/v1/jobs/job_abc123def456"_s << many << Kind::Unique << Match::ByUrl
        << QStringList{u"theo-sim"_s};
    QTest::newRow("same origin, other path picks muvi")
        << u"http://127.0.0.1:5000/muvi/v1/jobs/job_abc123def456"_s << many << Kind::Unique << Match::ByUrl
        << QStringList{u"muvi-sim"_s};
    QTest::newRow("base with trailing slash") << u"http://127.0.0.1:5000/scenes/v1/jobs/"_s + kUuid << many
                                              << Kind::Unique << Match::ByUrl << QStringList{u"scenes-sim"_s};
    QTest::newRow("production origin") << u"https://www.hitheo.ai/api/v1/jobs/job_xyz789"_s << many << Kind::Unique
                                       << Match::ByUrl << QStringList{u"theo-prod"_s};
    QTest::newRow("origin beats shape") << u"https://api.muvi.video/v1/jobs/job_abc123def456"_s
                                        << QStringList{u"muvi-sim"_s, u"muvi-prod"_s} << Kind::Unique << Match::ByUrl
                                        << QStringList{u"muvi-prod"_s};
    QTest::newRow("other port falls back to shape")
        << u"http://127.0.0.1:5001/theo/api/v1/jobs/job_xyz789"_s << many << Kind::Ambiguous << Match::ByShape
        << QStringList{u"theo-prod"_s, u"theo-sim"_s};
    QTest::newRow("other scheme is another origin")
        << u"http://127.0.0.1:5000/vidocu/v1/jobs/analysis_1708300000000_abc1234"_s << QStringList{u"vidocu"_s}
        << Kind::Unique << Match::ByShape << QStringList{u"vidocu"_s};
    QTest::newRow("shape: vidocu") << u"analysis_1708300000000_abc1234"_s << many << Kind::Unique << Match::ByShape
                                   << QStringList{u"vidocu"_s};
    QTest::newRow("shape: uuid") << kUuid << many << Kind::Unique << Match::ByShape << QStringList{u"scenes-sim"_s};
    QTest::newRow("shape: two theo profiles") << u"job_xyz789"_s << many << Kind::Ambiguous << Match::ByShape
                                              << QStringList{u"theo-prod"_s, u"theo-sim"_s};
    QTest::newRow("shape: hex id, muvi first") << u"job_abc123def456"_s << many << Kind::Ambiguous << Match::ByShape
                                               << QStringList{u"muvi-sim"_s, u"theo-prod"_s, u"theo-sim"_s};
    QTest::newRow("shape: hex id, only muvi") << u"job_abc123def456"_s << QStringList{u"muvi-sim"_s, u"vidocu"_s}
                                              << Kind::Unique << Match::ByShape << QStringList{u"muvi-sim"_s};
    QTest::newRow("shape: no profile of that dialect") << kOpenAiId << many << Kind::None << Match::None
                                                       << QStringList();
    QTest::newRow("no profiles") << u"job_xyz789"_s << QStringList() << Kind::None << Match::None << QStringList();
    QTest::newRow("unknown dialect: ask among all") << uR"({"id": 4711})"_s
                                                    << QStringList{u"theo-prod"_s, u"vidocu"_s} << Kind::Ambiguous
                                                    << Match::None << QStringList{u"theo-prod"_s, u"vidocu"_s};
    QTest::newRow("unknown dialect, one profile: still ask")
        << uR"({"id": 4711})"_s << QStringList{u"vidocu"_s} << Kind::Ambiguous << Match::None
        << QStringList{u"vidocu"_s};
}

void TestIdExtractorProfiles::resolveProfile()
{
    QFETCH(QString, text);
    QFETCH(QStringList, profiles);
    QFETCH(Kind, kind);
    QFETCH(Match, match);
    QFETCH(QStringList, result);

    const auto r = IdExtractor::extract(text);
    QCOMPARE(r.candidates.size(), 1);
    const auto choice = IdExtractor::resolveProfile(r.candidates.constFirst(), profilesNamed(profiles));
    QCOMPARE(choice.kind, kind);
    QCOMPARE(choice.match, match);
    if (kind == Kind::Unique) {
        QCOMPARE(QStringList{choice.profileId}, result);
        QVERIFY(choice.choices.isEmpty());
    } else {
        QVERIFY(choice.profileId.isEmpty());
        QCOMPARE(choice.choices, result);
    }
}

void TestIdExtractorProfiles::summaryCountsJobsDuplicatesAndReasons()
{
    const QString text = u"job_xyz789 job_abc123def456 "_s + kUuid + u" job_xyz789"_s;
    const auto r = IdExtractor::extract(text);
    QCOMPARE(r.candidates.size(), 3);
    QCOMPARE(r.duplicates, 1);
    const QString s = IdExtractor::summary(r);
    // Without a translator %n plurals read "job(s)"; with the English one "jobs". Both start the same way.
    QVERIFY2(s.startsWith(u"3 job"), qPrintable(s));
    QVERIFY2(s.contains(u"recognised, 1 duplicate"), qPrintable(s));
    QVERIFY2(!s.contains(u"not usable"), qPrintable(s));

    const auto withRejected = IdExtractor::extract(u"job_xyz789 ftp://x.org/v1/jobs/1"_s);
    QVERIFY2(IdExtractor::summary(withRejected).contains(u", 1 item"), qPrintable(IdExtractor::summary(withRejected)));

    QCOMPARE(IdExtractor::summary(IdExtractor::extract(u"   "_s)), u"Nothing recognised: the text is empty"_s);
    QCOMPARE(IdExtractor::summary(IdExtractor::extract(u"hello world"_s)),
             u"Nothing recognised: no job ID, poll URL or enqueue response found"_s);
    const QString two = IdExtractor::summary(IdExtractor::extract(u"ftp://a.org/x file:///y"_s));
    QVERIFY2(two.startsWith(u"Nothing recognised: only http and https URLs are supported (ftp://a.org/x), and 1 more"),
             qPrintable(two));
}

QTEST_GUILESS_MAIN(TestIdExtractorProfiles)
#include "tst_idextractor_profiles.moc"
