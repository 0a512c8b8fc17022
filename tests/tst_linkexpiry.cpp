// When result links expire (URL signing parameters, the providers' documented lifetimes) and the
// "Link expires in 42 min" hint. Pure functions, plus the presets' lifetimes through ResultLifetimes.

#include "artifacts/linkexpiry.h"
#include "model/jobrecord.h"
#include "model/profilelist.h"
#include "plurals.h"

#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
QDateTime utc(const QString &iso)
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    at.setTimeSpec(Qt::UTC);
    return at;
}
} // namespace

class TestLinkExpiry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiryFromUrlParameters_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QDateTime>("issuedAt");
        QTest::addColumn<QDateTime>("expected"); // invalid: unknown

        const QDateTime issued = utc(u"2024-05-01T10:00:00"_s);
        QTest::newRow("aws sigv4")
            << u"https://b.s3.amazonaws.com/o.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240501T120000Z&X-Amz-Expires=3600&X-Amz-Signature=ab"_s
            << issued << utc(u"2024-05-01T13:00:00"_s);
        QTest::newRow("aws names in lower case")
            << u"https://b.s3.amazonaws.com/o.png?x-amz-date=20240501T120000Z&x-amz-expires=600&x-amz-signature=ab"_s
            << issued << utc(u"2024-05-01T12:10:00"_s);
        QTest::newRow("aws without a date counts from arrival")
            << u"https://cdn.example/o.png?X-Amz-Expires=900&X-Amz-Signature=ab"_s << issued << utc(u"2024-05-01T10:15:00"_s);
        QTest::newRow("google v4")
            << u"https://storage.googleapis.com/b/o.mp4?X-Goog-Date=20240501T080000Z&X-Goog-Expires=86400&X-Goog-Signature=cd"_s
            << issued << utc(u"2024-05-02T08:00:00"_s);
        QTest::newRow("cloudfront Expires epoch")
            << u"https://d1.cloudfront.net/v.mp4?Expires=1714564800&Signature=x&Key-Pair-Id=K"_s << issued
            << QDateTime::fromSecsSinceEpoch(1714564800, Qt::UTC);
        QTest::newRow("simulator expires epoch")
            << u"http://127.0.0.1:1/artifacts/j/scene_1.png?expires=1714560000&sig=00"_s << issued
            << QDateTime::fromSecsSinceEpoch(1714560000, Qt::UTC);
        QTest::newRow("epoch milliseconds")
            << u"https://cdn.example/a.png?exp=1714560000000"_s << issued << QDateTime::fromSecsSinceEpoch(1714560000, Qt::UTC);
        QTest::newRow("iso expires_at")
            << u"https://cdn.example/a.png?expires_at=2024-05-01T11:30:00Z"_s << issued << utc(u"2024-05-01T11:30:00"_s);
        QTest::newRow("azure sas se")
            << u"https://acct.blob.core.windows.net/c/v.mp4?sv=2022-11-02&se=2024-05-01T12%3A30%3A00Z&sr=b&sp=r&sig=abc"_s
            << issued << utc(u"2024-05-01T12:30:00"_s);
        QTest::newRow("azure se date only")
            << u"https://acct.blob.core.windows.net/c/v.mp4?sv=2022-11-02&se=2024-05-03&sig=abc"_s << issued
            << utc(u"2024-05-03T00:00:00"_s);
        QTest::newRow("se without a signature is not azure")
            << u"https://example.com/search?se=2024-05-03"_s << issued << QDateTime();
        QTest::newRow("no query") << u"https://cdn.example/v.mp4"_s << issued << QDateTime();
        QTest::newRow("unrelated query") << u"https://cdn.example/v.mp4?width=300"_s << issued << QDateTime();
        QTest::newRow("garbage expires") << u"https://cdn.example/v.mp4?expires=soon"_s << issued << QDateTime();
        QTest::newRow("implausible epoch") << u"https://cdn.example/v.mp4?expires=12"_s << issued << QDateTime();
        QTest::newRow("negative aws lifetime")
            << u"https://cdn.example/v.mp4?X-Amz-Date=20240501T120000Z&X-Amz-Expires=-5"_s << issued << QDateTime();
    }

    void expiryFromUrlParameters()
    {
        QFETCH(QString, url);
        QFETCH(QDateTime, issuedAt);
        QFETCH(QDateTime, expected);
        const LinkExpiry expiry = expiryFromUrl(QUrl(url), issuedAt);
        QCOMPARE(expiry.isKnown(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(expiry.at, expected);
            QCOMPARE(expiry.source, LinkExpiry::Source::Url);
            QVERIFY(!expiry.isEstimate());
        }
    }

    void urlExpiryWinsOverTheDocumentedLifetime()
    {
        const QDateTime completed = utc(u"2024-05-01T10:00:00"_s);
        const QUrl signedUrl(u"https://cdn.example/v.mp4?Expires=1714558800"_s); // 10:20 UTC
        const LinkExpiry own = linkExpiry(signedUrl, completed, 3600, completed);
        QCOMPARE(own.source, LinkExpiry::Source::Url);
        QCOMPARE(own.at, utc(u"2024-05-01T10:20:00"_s));

        const LinkExpiry documented = linkExpiry(QUrl(u"https://replicate.delivery/x/out.png"_s), QDateTime(), 3600, completed);
        QCOMPARE(documented.source, LinkExpiry::Source::Documented);
        QVERIFY(documented.isEstimate());
        QCOMPARE(documented.at, utc(u"2024-05-01T11:00:00"_s));

        // Without a completion time the lifetime counts from when the link arrived.
        const QDateTime arrived = utc(u"2024-05-01T10:30:00"_s);
        QCOMPARE(linkExpiry(QUrl(u"https://x.example/o.png"_s), arrived, 600, QDateTime()).at, utc(u"2024-05-01T10:40:00"_s));
        QVERIFY(!linkExpiry(QUrl(u"https://x.example/o.png"_s), arrived, std::nullopt, completed).isKnown());
        QVERIFY(!linkExpiry(QUrl(u"https://x.example/o.png"_s), QDateTime(), 600, QDateTime()).isKnown());
    }

    void hintSaysWhenTheLinkExpires_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("hint");
        const int url = int(LinkExpiry::Source::Url);
        const int documented = int(LinkExpiry::Source::Documented);
        QTest::newRow("42 min") << url << qint64(42 * 60) << u"Link expires in 42 min"_s;
        QTest::newRow("seconds round up to a minute") << url << qint64(20) << u"Link expires in 1 min"_s;
        QTest::newRow("hours and minutes") << url << qint64(65 * 60) << u"Link expires in 1 h 5 min"_s;
        QTest::newRow("whole hours") << url << qint64(3 * 3600) << u"Link expires in 3 h"_s;
        QTest::newRow("long hours round") << url << qint64(23 * 3600 + 50 * 60) << u"Link expires in 24 h"_s;
        QTest::newRow("under two days in hours") << url << qint64(47 * 3600) << u"Link expires in 47 h"_s;
        QTest::newRow("days") << url << qint64(3 * 24 * 3600) << u"Link expires in 3 day(s)"_s;
        QTest::newRow("estimate says about") << documented << qint64(3600) << u"Link expires in about 1 h"_s;
        QTest::newRow("expired") << url << qint64(-5 * 60) << u"Link expired 5 min ago"_s;
        QTest::newRow("probably expired") << documented << qint64(-2 * 3600) << u"Link probably expired 2 h ago"_s;
    }

    void hintSaysWhenTheLinkExpires()
    {
        QFETCH(int, source);
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, hint);
        const QDateTime now = utc(u"2024-05-01T10:00:00"_s);
        const LinkExpiry expiry{LinkExpiry::Source(source), now.addSecs(secondsLeft)};
        const QString actual = expiryHint(expiry, now);
        QVERIFY2(says(actual, hint) && actual.size() <= hint.size(), qPrintable(actual));
    }

    void unknownExpiryHasNoHint()
    {
        QVERIFY(expiryHint(LinkExpiry{}, QDateTime::currentDateTimeUtc()).isEmpty());
    }

    void presetsCarryTheirDocumentedLifetimes_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("seconds"); // -1: none documented
        QTest::newRow("replicate: removed after an hour") << u"replicate"_s << 3600;
        QTest::newRow("openai videos: about an hour") << u"openai-videos"_s << 3600;
        QTest::newRow("runway: 24 to 48 hours, the safe end") << u"runway"_s << 24 * 3600;
        QTest::newRow("luma: not documented") << u"luma"_s << -1;
        QTest::newRow("theo: not documented") << u"theo"_s << -1;
    }

    void presetsCarryTheirDocumentedLifetimes()
    {
        QFETCH(QString, dialect);
        QFETCH(int, seconds);
        ProfileList profiles;
        Profile p;
        p.id = u"p"_s;
        p.name = u"P"_s;
        p.dialect = dialect;
        QVERIFY(profiles.add(p));
        const ResultLifetimes lifetimes(&profiles);
        const std::optional<int> lifetime = lifetimes.lifetimeSeconds(u"p"_s);
        QCOMPARE(lifetime.value_or(-1), seconds);

        // A completed job's plain link expires that long after completion.
        JobRecord record;
        record.profileId = u"p"_s;
        record.jobId = u"j"_s;
        record.hasSnapshot = true;
        record.snapshot.state = JobState::Completed;
        record.snapshot.completedAt = u"2024-05-01T10:00:00Z"_s;
        const LinkExpiry expiry = lifetimes.expiryOf(record, u"https://cdn.example/out.png"_s);
        QCOMPARE(expiry.isKnown(), seconds > 0);
        if (seconds > 0)
            QCOMPARE(expiry.at, utc(u"2024-05-01T10:00:00"_s).addSecs(seconds));
    }

    void aProfileEditedToAnotherPresetIsLookedUpAgain()
    {
        ProfileList profiles;
        Profile p;
        p.id = u"p"_s;
        p.name = u"P"_s;
        p.dialect = u"luma"_s;
        QVERIFY(profiles.add(p));
        const ResultLifetimes lifetimes(&profiles);
        QVERIFY(!lifetimes.lifetimeSeconds(u"p"_s));
        p.dialect = u"replicate"_s;
        QVERIFY(profiles.add(p));
        QCOMPARE(lifetimes.lifetimeSeconds(u"p"_s).value_or(-1), 3600);
        QVERIFY(!lifetimes.lifetimeSeconds(u"unknown"_s));
    }

    void customMappingDeclaresALifetime()
    {
        ProfileList profiles;
        Profile p;
        p.id = u"m"_s;
        p.name = u"M"_s;
        p.mappingJson = R"({"name":"acme","pollUrl":"{base}/jobs/{id}","id":"id","status":"status","resultLifetimeSeconds":900})";
        QVERIFY(profiles.add(p));
        QCOMPARE(ResultLifetimes(&profiles).lifetimeSeconds(u"m"_s).value_or(-1), 900);
    }
};

QTEST_GUILESS_MAIN(TestLinkExpiry)
#include "tst_linkexpiry.moc"
