#include "profiles/connectiontest.h"

#include "model/secretstore.h"
#include "formats/parser.h"
#include "formats/registry.h"
#include "net/httpstatus.h"
#include "net/requestbuilder.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <variant>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(ConnectionTest) };
constexpr int kTimeoutMs = 15000;
} // namespace

QString ConnectionTest::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok: return u"ok"_s;
    case Outcome::NotFound: return u"not-found"_s;
    case Outcome::Unauthorised: return u"unauthorised"_s;
    case Outcome::MissingScope: return u"missing-scope"_s;
    case Outcome::Forbidden: return u"forbidden"_s;
    case Outcome::Unreachable: return u"unreachable"_s;
    case Outcome::TlsError: return u"tls-error"_s;
    case Outcome::WrongDialect: return u"wrong-dialect"_s;
    case Outcome::RateLimited: return u"rate-limited"_s;
    case Outcome::ServerError: return u"server-error"_s;
    case Outcome::Refused: return u"refused"_s;
    }
    return {};
}

ConnectionTest::ConnectionTest(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

ConnectionTest::~ConnectionTest()
{
    abort();
}

void ConnectionTest::abort()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ConnectionTest::start(const Profile &profile, const QString &key, const QString &jobId)
{
    abort();
    m_profile = profile;
    m_key = key;
    m_jobId = jobId.trimmed().isEmpty() ? QString::fromLatin1(kProbeId) : jobId.trimmed();
    m_sslError = false;
    m_clock.start();

    QString error;
    const std::unique_ptr<Dialect> dialect = dialectFor(profile, &error);
    const QUrl url = dialect ? dialect->pollUrl(profile.baseUrl, m_jobId) : QUrl();
    m_url = url.toString();
    if (dialect)
        error = url.isValid() ? urlRefusal(url) : Tr::tr("no poll URL results from this base URL");
    if (!error.isEmpty()) {
        Result r;
        r.outcome = Outcome::Refused;
        r.message = error;
        QTimer::singleShot(0, this, [this, r] { finish(r); }); // always asynchronous
        return;
    }
    RequestSpec spec;
    spec.url = url;
    spec.origin = profile.baseUrl;
    spec.key = key;
    spec.auth = profile.auth.value_or(dialect->auth());
    spec.extraHeaders = dialect->extraHeaders();
    spec.transferTimeoutMs = kTimeoutMs;
    QNetworkReply *reply = m_nam->get(buildStatusRequest(spec, url));
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this] { m_sslError = true; }); // fails closed: never ignored
    connect(reply, &QNetworkReply::finished, this, &ConnectionTest::onFinished);
}

void ConnectionTest::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    Result r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(kMaxStatusBody);
    const QNetworkReply::NetworkError netError = reply->error();
    QString error;
    const std::unique_ptr<Dialect> dialect = dialectFor(m_profile, &error);
    const ApiError apiError = dialect ? parseErrorBody(body, *dialect) : ApiError();
    const QString detail = apiError.text();
    const auto withDetail = [&detail](const QString &text) {
        return detail.isEmpty() ? text : Tr::tr("%1 (%2)").arg(text, detail.simplified().left(200));
    };

    const HttpClass kind = classifyHttpStatus(r.httpStatus);
    if (m_sslError || netError == QNetworkReply::SslHandshakeFailedError) {
        r.outcome = Outcome::TlsError;
        r.message = Tr::tr("TLS error: %1").arg(reply->errorString());
    } else if (kind == HttpClass::NoAnswer) {
        r.outcome = Outcome::Unreachable;
        r.message = Tr::tr("cannot reach %1: %2").arg(m_profile.baseUrl.host(), reply->errorString());
    } else if (kind == HttpClass::Unauthorised) {
        r.outcome = Outcome::Unauthorised;
        r.message = withDetail(Tr::tr("unauthorised: the server rejected the API key"));
    } else if (kind == HttpClass::Forbidden) {
        const bool scope = QString(apiError.code + u' ' + apiError.message).contains(u"scope"_s, Qt::CaseInsensitive);
        r.outcome = scope ? Outcome::MissingScope : Outcome::Forbidden;
        r.message = scope ? withDetail(Tr::tr("the API key lacks a required scope"))
                          : withDetail(Tr::tr("forbidden: the key may not read jobs"));
    } else if (kind == HttpClass::NotFound) {
        r.outcome = Outcome::NotFound;
        r.message = m_jobId == QString::fromLatin1(kProbeId)
            ? Tr::tr("connected; the key was accepted (the probe job is unknown, as expected)")
            : Tr::tr("connected, but job %1 was not found").arg(m_jobId);
    } else if (kind == HttpClass::RateLimited || kind == HttpClass::Unavailable) {
        r.outcome = Outcome::RateLimited;
        r.message = withDetail(Tr::tr("the server asks to slow down (HTTP %1)").arg(r.httpStatus));
    } else if (kind == HttpClass::ServerError) {
        r.outcome = Outcome::ServerError;
        r.message = withDetail(Tr::tr("server error (HTTP %1)").arg(r.httpStatus));
    } else if (kind == HttpClass::Redirect) {
        r.outcome = Outcome::Refused;
        r.message = Tr::tr("the server redirected (HTTP %1); check the base URL").arg(r.httpStatus);
    } else if (kind != HttpClass::Success) {
        r.outcome = Outcome::ServerError;
        r.message = withDetail(Tr::tr("unexpected HTTP %1").arg(r.httpStatus));
    } else if (!dialect) {
        r.outcome = Outcome::WrongDialect;
        r.message = error;
    } else {
        const ParseResult parsed = parseJob(body, *dialect);
        if (const auto *snapshot = std::get_if<JobSnapshot>(&parsed)) {
            r.outcome = Outcome::Ok;
            r.message = Tr::tr("OK: job %1 is %2").arg(snapshot->id, stateName(snapshot->state));
        } else {
            r.outcome = Outcome::WrongDialect;
            r.message = Tr::tr("the response did not parse as %1: %2")
                            .arg(m_profile.mappingJson.isEmpty() ? m_profile.dialect : Tr::tr("this mapping"),
                                 std::get<ParseError>(parsed).message);
        }
    }
    finish(r);
}

void ConnectionTest::finish(Result result)
{
    result.url = m_url;
    result.elapsedMs = m_clock.elapsed();
    result.message = scrubKey(result.message, m_key);
    Q_EMIT finished(result);
}

} // namespace jw
