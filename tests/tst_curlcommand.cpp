// "Copy as curl": the status request as a shell command, with only a redacted key and the auth header only on
// the profile's own origin.

#include "net/curlcommand.h"
#include "model/jobrecord.h"
#include "model/profile.h"
#include "model/secretstore.h"

#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

class tst_CurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheStatusRequest_data();
    void buildsTheStatusRequest();
    void quotesForTheShell();
};

void tst_CurlCommand::buildsTheStatusRequest_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("pollUrl");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("authHeader"); // the profile's own auth header ("" = the dialect's form)
    QTest::addColumn<QString>("expected");

    const QString redacted = redactKey(u"sk-live-abcdefgh1234"_s);
    QTest::newRow("theo bearer") << u"theo"_s << u"https://www.hitheo.ai"_s << QString() << redacted << QString()
                                 << u"curl -sS -H 'Accept: application/json' -H 'Authorization: Bearer \u2022\u2022\u2022\u20221234' "
                                    "'https://www.hitheo.ai/api/v1/jobs/job_1'"_s;
    QTest::newRow("no key, no auth header") << u"muvi"_s << u"https://api.muvi.video"_s << QString() << QString() << QString()
                                            << u"curl -sS -H 'Accept: application/json' 'https://api.muvi.video/v1/jobs/job_1'"_s;
    QTest::newRow("poll URL on another origin: no auth header")
        << u"theo"_s << u"https://www.hitheo.ai"_s << u"https://cdn.example.net/jobs/job_1"_s << redacted << QString()
        << u"curl -sS -H 'Accept: application/json' 'https://cdn.example.net/jobs/job_1'"_s;
    QTest::newRow("fal key scheme") << u"fal"_s << u"https://queue.fal.run/fal-ai/flux"_s << QString() << redacted << QString()
                                    << u"curl -sS -H 'Accept: application/json' -H 'Authorization: Key \u2022\u2022\u2022\u20221234' "
                                       "'https://queue.fal.run/fal-ai/flux/requests/job_1/status?logs=1'"_s;
    QTest::newRow("runway extra header") << u"runway"_s << u"https://api.dev.runwayml.com"_s << QString() << redacted << QString()
                                         << u"curl -sS -H 'Accept: application/json' -H 'Authorization: Bearer \u2022\u2022\u2022\u20221234' "
                                            "-H 'X-Runway-Version: 2024-11-06' 'https://api.dev.runwayml.com/v1/tasks/job_1'"_s;
    QTest::newRow("profile's own auth header") << u"theo"_s << u"https://gw.example.com"_s << QString() << redacted << u"X-Api-Key"_s
                                               << u"curl -sS -H 'Accept: application/json' -H 'X-Api-Key: \u2022\u2022\u2022\u20221234' "
                                                  "'https://gw.example.com/api/v1/jobs/job_1'"_s;
    QTest::newRow("poll URL on another origin: no extra header either")
        << u"runway"_s << u"https://api.dev.runwayml.com"_s << u"https://cdn.example.net/tasks/job_1"_s << redacted << QString()
        << u"curl -sS -H 'Accept: application/json' 'https://cdn.example.net/tasks/job_1'"_s;
}

void tst_CurlCommand::buildsTheStatusRequest()
{
    QFETCH(QString, dialect);
    QFETCH(QString, base);
    QFETCH(QString, pollUrl);
    QFETCH(QString, key);
    QFETCH(QString, authHeader);
    QFETCH(QString, expected);
    Profile profile;
    profile.id = u"p"_s;
    profile.dialect = dialect;
    profile.baseUrl = QUrl(base);
    if (!authHeader.isEmpty())
        profile.auth = AuthForm{AuthForm::Scheme::Header, authHeader};
    JobRecord record;
    record.profileId = u"p"_s;
    record.jobId = u"job_1"_s;
    record.pollUrl = QUrl(pollUrl);
    QCOMPARE(curlCommand(profile, record, key), expected);
}

void tst_CurlCommand::quotesForTheShell()
{
    QCOMPARE(shellQuote(u"it's"_s), u"'it'\\''s'"_s);
    QCOMPARE(shellQuote(u"$HOME `x`"_s), u"'$HOME `x`'"_s);
}

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
