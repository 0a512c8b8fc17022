// The origin-safe HTTP layer (app/net): the loopback and same-origin rules, the URL refusal, the redirect
// rule and the status classifier, each once; and end to end, that a poll's cross-origin redirect carries
// neither the key nor a profile's extra headers (the simulated provider on 127.0.0.1:0 records every header).

#include "engine/scheduler.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "model/secretstore.h"
#include "net/httpstatus.h"
#include "net/jwt.h"
#include "net/origin.h"
#include "net/redirect.h"
#include "net/requestbuilder.h"
#include "sim/simulatedprovider.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-net-0123456789abcd"_s;

QByteArray headerOf(const SimulatedProvider::Request &request, const QByteArray &name)
{
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}
} // namespace

class tst_Net : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << u"localhost"_s << true;
        QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
        QTest::newRow("localhost with root dot") << u"localhost."_s << true;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("127.8.9.10") << u"127.8.9.10"_s << true;
        QTest::newRow("::1") << u"::1"_s << true;
        QTest::newRow("[::1]") << u"[::1]"_s << true;
        // A name under .localhost is only a convention; nothing checks where it resolves, so it is not trusted.
        QTest::newRow("x.localhost") << u"x.localhost"_s << false;
        QTest::newRow("localhost.example.com") << u"localhost.example.com"_s << false;
        QTest::newRow("127.0.0.1.nip.io") << u"127.0.0.1.nip.io"_s << false;
        QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void sameOriginFillsDefaultPorts_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("default https port") << u"https://api.x.com/v1"_s << u"https://API.x.com:443/other"_s << true;
        QTest::newRow("other port") << u"https://api.x.com"_s << u"https://api.x.com:8443"_s << false;
        QTest::newRow("other scheme") << u"https://api.x.com"_s << u"http://api.x.com"_s << false;
        QTest::newRow("subdomain") << u"https://api.x.com"_s << u"https://cdn.api.x.com"_s << false;
        QTest::newRow("loopback ports") << u"http://127.0.0.1:4000/theo"_s << u"http://127.0.0.1:4001/theo"_s << false;
    }
    void sameOriginFillsDefaultPorts()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(sameOrigin(QUrl(a), QUrl(b)), same);
    }

    void urlChecks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<UrlCheck>("check");
        QTest::newRow("https") << u"https://api.x.com/v1"_s << UrlCheck::Ok;
        QTest::newRow("http loopback") << u"http://127.0.0.1:9/x"_s << UrlCheck::Ok;
        QTest::newRow("http localhost") << u"http://localhost:9/x"_s << UrlCheck::Ok;
        QTest::newRow("http remote") << u"http://api.x.com"_s << UrlCheck::PlainHttpOffLoopback;
        QTest::newRow("http *.localhost") << u"http://evil.localhost/x"_s << UrlCheck::PlainHttpOffLoopback;
        QTest::newRow("file") << u"file:///etc/passwd"_s << UrlCheck::NotHttp;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << UrlCheck::NotHttp;
        QTest::newRow("data") << u"data:text/plain,hi"_s << UrlCheck::NotHttp;
        QTest::newRow("no host") << u"https:///path"_s << UrlCheck::Invalid;
    }
    void urlChecks()
    {
        QFETCH(QString, url);
        QFETCH(UrlCheck, check);
        QCOMPARE(checkUrl(QUrl(url)), check);
        QCOMPARE(urlRefusal(QUrl(url)).isEmpty(), check == UrlCheck::Ok);
    }

    void redirectRule()
    {
        const QUrl current(u"https://api.x.com/v1/jobs/1"_s);
        RedirectStep step = followRedirect(current, "/v1/jobs/1?again=1", 0, 5);
        QVERIFY2(step.refusal.isEmpty(), qPrintable(step.refusal));
        QCOMPARE(step.next, QUrl(u"https://api.x.com/v1/jobs/1?again=1"_s));

        step = followRedirect(current, "https://cdn.y.com/a", 4, 5);
        QVERIFY(step.refusal.isEmpty());
        step = followRedirect(current, "https://cdn.y.com/a", 5, 5);
        QVERIFY(step.tooMany);
        QVERIFY(step.refusal.contains(u"5"_s));
        QVERIFY(!step.next.isValid());

        step = followRedirect(current, "", 0, 5);
        QVERIFY(!step.refusal.isEmpty());
        QVERIFY(!step.tooMany);
        step = followRedirect(current, "file:///etc/passwd", 0, 5);
        QVERIFY(!step.refusal.isEmpty());
        step = followRedirect(current, "http://api.x.com/v1/jobs/1", 0, 5);
        QVERIFY2(step.refusal.contains(u"http://"_s), qPrintable(step.refusal));

        QVERIFY(isRedirectStatus(302));
        QVERIFY(isRedirectStatus(307));
        QVERIFY(!isRedirectStatus(304));
        QVERIFY(!isRedirectStatus(200));
    }

    void statusClasses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<HttpClass>("kind");
        QTest::newRow("0") << 0 << HttpClass::NoAnswer;
        QTest::newRow("200") << 200 << HttpClass::Success;
        QTest::newRow("202") << 202 << HttpClass::Success;
        QTest::newRow("302") << 302 << HttpClass::Redirect;
        QTest::newRow("304") << 304 << HttpClass::Other;
        QTest::newRow("401") << 401 << HttpClass::Unauthorised;
        QTest::newRow("403") << 403 << HttpClass::Forbidden;
        QTest::newRow("404") << 404 << HttpClass::NotFound;
        QTest::newRow("400") << 400 << HttpClass::Rejected;
        QTest::newRow("410") << 410 << HttpClass::ClientError;
        QTest::newRow("422") << 422 << HttpClass::Rejected;
        QTest::newRow("429") << 429 << HttpClass::RateLimited;
        QTest::newRow("500") << 500 << HttpClass::ServerError;
        QTest::newRow("502") << 502 << HttpClass::ServerError;
        QTest::newRow("503") << 503 << HttpClass::Unavailable;
        QTest::newRow("100") << 100 << HttpClass::Other;
        QTest::newRow("700") << 700 << HttpClass::Other;
    }
    void statusClasses()
    {
        QFETCH(int, status);
        QFETCH(HttpClass, kind);
        QCOMPARE(classifyHttpStatus(status), kind);
    }

    void keyAndExtraHeadersOnlyOnTheOwnOrigin()
    {
        RequestSpec spec;
        spec.origin = QUrl(u"https://api.x.com/v1"_s);
        spec.key = kKey;
        spec.auth.scheme = AuthForm::Scheme::Header;
        spec.auth.headerName = u"x-api-key"_s;
        spec.extraHeaders = {{"Acme-Secret", "s3cret"}};
        bool keySent = false;
        QNetworkRequest own = buildStatusRequest(spec, QUrl(u"https://api.x.com/v1/jobs/1"_s), &keySent);
        QVERIFY(keySent);
        QCOMPARE(own.rawHeader("x-api-key"), kKey.toUtf8());
        QCOMPARE(own.rawHeader("Acme-Secret"), QByteArray("s3cret"));
        QCOMPARE(own.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::ManualRedirectPolicy));

        QNetworkRequest other = buildStatusRequest(spec, QUrl(u"https://cdn.x.com/v1/jobs/1"_s), &keySent);
        QVERIFY(!keySent);
        QVERIFY(!other.hasRawHeader("x-api-key"));
        QVERIFY(!other.hasRawHeader("Authorization"));
        QVERIFY(!other.hasRawHeader("Acme-Secret"));
    }

    // Kling: a JWT signed with HMAC-SHA256 from "ACCESS:SECRET", checked the way a server checks it.
    void jwtIsSignedWithTheSecretKeyAndShortLived()
    {
        const qint64 now = 1733310000;
        const QByteArray token = hs256Token(u"ak-123"_s, u"sk-secret-456"_s, now);
        const QList<QByteArray> parts = token.split('.');
        QCOMPARE(parts.size(), 3);
        const auto decode = [](const QByteArray &part) {
            return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
        };
        QCOMPARE(decode(parts.at(0)).value(u"alg"_s).toString(), u"HS256"_s);
        QCOMPARE(decode(parts.at(0)).value(u"typ"_s).toString(), u"JWT"_s);
        const QJsonObject claims = decode(parts.at(1));
        QCOMPARE(claims.value(u"iss"_s).toString(), u"ak-123"_s);
        QCOMPARE(claims.value(u"exp"_s).toInteger(), now + kJwtLifetimeSecs);
        QCOMPARE(claims.value(u"nbf"_s).toInteger(), now - kJwtClockSkewSecs);
        const QByteArray expected = QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), "sk-secret-456",
                                                                     QCryptographicHash::Sha256)
                                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(parts.at(2), expected);
        QVERIFY(!token.contains("sk-secret-456") && !token.contains('='));
        // The secret must hold both parts.
        QVERIFY(jwtFromSecret(u"ak-123:sk-secret-456"_s, now) == token);
        QVERIFY(!jwtFromSecret(u"only-one-part"_s, now));
        QVERIFY(!jwtFromSecret(u":sk"_s, now));
        QVERIFY(!jwtFromSecret(u"ak:"_s, now));
    }

    void jwtGoesOnlyToTheOwnOriginAndIsFreshEachRequest()
    {
        RequestSpec spec;
        spec.origin = QUrl(u"https://api.klingai.test"_s);
        spec.key = u"ak-123:sk-secret-456"_s;
        spec.auth.scheme = AuthForm::Scheme::JwtHs256;
        bool keySent = false;
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const QNetworkRequest own = buildStatusRequest(spec, QUrl(u"https://api.klingai.test/v1/videos/text2video/t1"_s), &keySent);
        QVERIFY(keySent);
        const QByteArray header = own.rawHeader("Authorization");
        QVERIFY2(header.startsWith("Bearer ") && header.count('.') == 2, header.constData());
        QVERIFY(!header.contains("sk-secret-456"));
        const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(header.mid(7).split('.').at(1),
                                                                                  QByteArray::Base64UrlEncoding)).object();
        QVERIFY(claims.value(u"exp"_s).toInteger() >= before + kJwtLifetimeSecs);
        QVERIFY(claims.value(u"nbf"_s).toInteger() <= QDateTime::currentSecsSinceEpoch());
        const QNetworkRequest other = buildStatusRequest(spec, QUrl(u"https://cdn.klingai.test/v.mp4"_s), &keySent);
        QVERIFY(!keySent);
        QVERIFY(!other.hasRawHeader("Authorization"));
        // A stored secret that is not "ACCESS:SECRET" sends nothing, and says so.
        spec.key = u"just-one-key"_s;
        const QNetworkRequest broken = buildStatusRequest(spec, QUrl(u"https://api.klingai.test/v1/x"_s), &keySent);
        QVERIFY(!keySent);
        QVERIFY(!broken.hasRawHeader("Authorization"));
    }

    // The drift this layer ended: a poll that is redirected to another origin used to carry the profile's extra
    // headers there (downloads did not). Runway's preset sends X-Runway-Version on every request.
    void pollRedirectedCrossOriginCarriesNoKeyNorExtraHeader()
    {
        SimulatedProvider home;
        SimulatedProvider other;
        QVERIFY(home.listen());
        QVERIFY(other.listen());
        home.setToken(kKey);
        SimulatedProvider::JobSpec spec;
        spec.dialect = u"runway"_s;
        spec.runMs = 1500;
        const QString id = home.createJob(spec);
        spec.id = id;
        other.createJob(spec);
        home.setRedirectTarget(other.rootUrl());
        home.queueFaults(id, {SimulatedProvider::Fault::Redirect});

        QNetworkAccessManager nam;
        MemorySecretStore secrets;
        JobList jobs;
        Scheduler scheduler(&jobs, &nam, &secrets);
        Profile p;
        p.id = u"rw"_s;
        p.name = u"Runway"_s;
        p.dialect = u"runway"_s;
        p.baseUrl = home.baseUrl(u"runway"_s);
        secrets.setKey(p.id, kKey);
        QString error;
        QVERIFY2(scheduler.addProfile(p, &error), qPrintable(error));
        QVERIFY(!scheduler.watch(p.id, id).isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(!other.requests().isEmpty(), 10000);
        const SimulatedProvider::Request hop = other.requests().constFirst();
        QCOMPARE(hop.authorization, QByteArray());
        QCOMPARE(headerOf(hop, "X-Runway-Version"), QByteArray());
        const auto homeLog = home.requests();
        QVERIFY(!homeLog.isEmpty());
        QCOMPARE(homeLog.constFirst().authorization, "Bearer " + kKey.toUtf8());
        QCOMPARE(headerOf(homeLog.constFirst(), "X-Runway-Version"), QByteArray("2024-11-06"));
    }
};

QTEST_GUILESS_MAIN(tst_Net)
#include "tst_net.moc"
