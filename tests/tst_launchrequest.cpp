// LaunchRequests: jobwatch: links (the .desktop file's URL scheme) and the command line as one request, its
// JSON form for the single-instance channel, and profile names resolved like --profile.

#include "application/launchrequest.h"
#include "model/profile.h"
#include "model/profilelist.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using jw::LaunchRequest;
using jw::LaunchRequests;

class TestLaunchRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("profile and id") << u"jobwatch:watch?profile=Theo&id=job_1"_s << u"Theo"_s << QStringList{u"job_1"_s};
        QTest::newRow("no profile") << u"jobwatch:watch?id=job_1"_s << QString() << QStringList{u"job_1"_s};
        QTest::newRow("several ids") << u"jobwatch:watch?id=a1&id=b2&profile=P"_s << u"P"_s << QStringList{u"a1"_s, u"b2"_s};
        QTest::newRow("percent-encoded") << u"jobwatch:watch?profile=Theo%20demo&id=job%2F7"_s << u"Theo demo"_s
                                         << QStringList{u"job/7"_s};
        QTest::newRow("plus stays") << u"jobwatch:watch?profile=a+b&id=x"_s << u"a+b"_s << QStringList{u"x"_s};
        QTest::newRow("two slashes") << u"jobwatch://watch?profile=Theo&id=job_1"_s << u"Theo"_s << QStringList{u"job_1"_s};
        QTest::newRow("upper-case scheme") << u"JobWatch:WATCH?id=job_1"_s << QString() << QStringList{u"job_1"_s};
        QTest::newRow("poll URL as id") << u"jobwatch:watch?id=https%3A%2F%2Fapi.example.com%2Fv1%2Fjobs%2F42"_s << QString()
                                        << QStringList{u"https://api.example.com/v1/jobs/42"_s};
    }
    void parsesLinks()
    {
        QFETCH(QString, link);
        QString error;
        const std::optional<jw::JobLink> parsed = LaunchRequests::parseLink(link, &error);
        QVERIFY2(parsed, qPrintable(error));
        QTEST(parsed->profile, "profile");
        QTEST(parsed->ids, "ids");
    }

    void badLinksSayWhy_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("message");
        QTest::newRow("other action") << u"jobwatch:delete?id=1"_s << u"asks for \"delete\"; Jobwatch links can only watch jobs"_s;
        QTest::newRow("no action") << u"jobwatch:?id=1"_s << u"asks for \"\""_s;
        QTest::newRow("no id") << u"jobwatch:watch?profile=Theo"_s << u"names no job (add id=ID)"_s;
        QTest::newRow("empty id") << u"jobwatch:watch?id="_s << u"has an empty id"_s;
        QTest::newRow("unknown parameter") << u"jobwatch:watch?id=1&key=secret"_s << u"unknown parameter \"key\""_s;
        QTest::newRow("two profiles") << u"jobwatch:watch?id=1&profile=a&profile=b"_s << u"names more than one profile"_s;
        QTest::newRow("other scheme") << u"https://example.com/?id=1"_s << u"is not a valid jobwatch: link"_s;
    }
    void badLinksSayWhy()
    {
        QFETCH(QString, link);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!LaunchRequests::parseLink(link, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void argumentsBecomeBatches()
    {
        QString error;
        const std::optional<LaunchRequest> request = LaunchRequests::fromArguments(
            {u"job_a"_s, u"jobwatch:watch?profile=Muvi&id=m1&id=m2"_s, u"job_b"_s}, u"Theo"_s, QString(), false, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->batches.size(), 2);
        QCOMPARE(request->batches.at(0), (LaunchRequest::Batch{{u"job_a"_s, u"job_b"_s}, u"Theo"_s}));
        QCOMPARE(request->batches.at(1), (LaunchRequest::Batch{{u"m1"_s, u"m2"_s}, u"Muvi"_s}));
        QCOMPARE(request->select, u"m1"_s); // the link's job is shown
        QCOMPARE(request->allIds(), (QStringList{u"job_a"_s, u"job_b"_s, u"m1"_s, u"m2"_s}));
    }

    void explicitSelectWinsOverTheLink()
    {
        QString error;
        const auto request = LaunchRequests::fromArguments({u"jobwatch:watch?id=m1"_s}, QString(), u"other"_s, true, &error);
        QVERIFY(request);
        QCOMPARE(request->select, u"other"_s);
        QVERIFY(request->openAdd);
    }

    void aBadLinkRefusesTheWholeCommandLine()
    {
        QString error;
        QVERIFY(!LaunchRequests::fromArguments({u"job_a"_s, u"jobwatch:watch?profile=x"_s}, QString(), QString(), false, &error));
        QVERIFY(error.contains(u"names no job"_s));
    }

    void jsonRoundTrip()
    {
        LaunchRequest request;
        request.batches = {{{u"a"_s, u"b"_s}, u"p1"_s}, {{u"c"_s}, QString()}};
        request.select = u"b"_s;
        request.openAdd = true;
        QCOMPARE(LaunchRequest::fromJson(request.toJson()), request);
        QVERIFY(LaunchRequest().isEmpty());
        QCOMPARE(LaunchRequest::fromJson(LaunchRequest().toJson()), LaunchRequest());
    }

    void malformedJsonIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("ids not strings") << QByteArray(R"({"batches":[{"ids":[1],"profile":""}],"select":"","add":false})");
        QTest::newRow("batch not object") << QByteArray(R"({"batches":["x"],"select":"","add":false})");
        QTest::newRow("add not bool") << QByteArray(R"({"batches":[],"select":"","add":"yes"})");
    }
    void malformedJsonIsRefused()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!LaunchRequest::fromJson(QJsonDocument::fromJson(json).object()));
    }

    void profileNamesResolveToIds()
    {
        jw::ProfileList profiles;
        jw::Profile theo;
        theo.id = u"p-theo"_s;
        theo.name = u"Theo demo"_s;
        profiles.add(theo);
        LaunchRequest request;
        request.batches = {{{u"a"_s}, u"theo DEMO"_s}, {{u"b"_s}, u"p-theo"_s}, {{u"c"_s}, QString()}};
        QString error;
        QVERIFY(LaunchRequests::resolveProfiles(profiles, &request, &error));
        QCOMPARE(request.batches.at(0).profile, u"p-theo"_s);
        QCOMPARE(request.batches.at(1).profile, u"p-theo"_s);
        QCOMPARE(request.batches.at(2).profile, QString());

        LaunchRequest unknown;
        unknown.batches = {{{u"a"_s}, u"Theo demo"_s}, {{u"b"_s}, u"nope"_s}};
        const LaunchRequest before = unknown;
        QVERIFY(!LaunchRequests::resolveProfiles(profiles, &unknown, &error));
        QCOMPARE(error, u"no profile named \"nope\""_s);
        QCOMPARE(unknown, before);
    }
};

QTEST_GUILESS_MAIN(TestLaunchRequest)
#include "tst_launchrequest.moc"
