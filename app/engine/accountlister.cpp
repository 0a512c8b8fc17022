#include "engine/accountlister.h"

#include "engine/poller.h"
#include "engine/scheduler.h"
#include "formats/parser.h"
#include "formats/registry.h"
#include "model/secretstore.h"
#include "net/httpstatus.h"
#include "net/origin.h"
#include "net/serverhints.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(AccountLister) };

constexpr int kMaxRetries = 3;          // 429/503/5xx/no answer in a row, for one page
constexpr qint64 kRetryBaseMs = 1000;   // then 2 s, 4 s
constexpr qint64 kMaxRetryAfterMs = 120 * 1000;

} // namespace

AccountLister::AccountLister(QNetworkAccessManager *nam, SecretStore *secrets, const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_profile(profile)
    , m_dialect(dialectFor(profile))
    , m_bucket(profile.poll.ratePerSecond, profile.poll.burst, 0)
{
    m_clock.start();
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &AccountLister::sendWhenBudgetAllows);
}

AccountLister::~AccountLister()
{
    abort();
}

void AccountLister::setScheduler(Scheduler *scheduler)
{
    m_scheduler = scheduler;
}

bool AccountLister::canList(const Profile &profile)
{
    const std::unique_ptr<Dialect> dialect = dialectFor(profile);
    return dialect && dialect->listUrl(profile.baseUrl).isValid();
}

void AccountLister::fetchMore()
{
    if (m_busy || !hasMore())
        return;
    if (!m_started) {
        QString problem;
        if (!m_dialect)
            dialectFor(m_profile, &problem);
        const QUrl first = m_dialect ? m_dialect->listUrl(m_profile.baseUrl) : QUrl();
        if (problem.isEmpty() && !first.isValid())
            problem = Tr::tr("the profile \"%1\" cannot list jobs: its API has no list endpoint").arg(m_profile.name);
        if (problem.isEmpty())
            problem = urlRefusal(first);
        if (!problem.isEmpty()) {
            m_started = true;
            fail(Failure::Config, problem);
            return;
        }
        m_started = true;
        m_next = first;
    }
    m_busy = true;
    m_retries = 0;
    if (!m_keyKnown) {
        connect(m_secrets->readKey(m_profile.id), &KeyReply::finished, this,
                [this](const QString &key, const QString &error) { onKey(key, error); });
        return;
    }
    sendWhenBudgetAllows();
}

void AccountLister::abort()
{
    m_wait.stop();
    if (m_request) {
        Poller *request = m_request;
        m_request = nullptr;
        request->abort();
        request->deleteLater();
    }
    m_busy = false;
}

void AccountLister::onKey(const QString &key, const QString &error)
{
    if (!m_busy)
        return; // aborted meanwhile
    if (!error.isEmpty()) {
        fail(Failure::Auth, Tr::tr("the API key could not be read: %1").arg(scrub(error)));
        return;
    }
    m_key = key;
    m_keyKnown = true;
    sendWhenBudgetAllows();
}

void AccountLister::sendWhenBudgetAllows()
{
    if (!m_busy || m_request)
        return;
    qint64 waitMs = -1;
    if (m_scheduler && m_scheduler->hasProfile(m_profile.id))
        waitMs = m_scheduler->takeToken(m_profile.id);
    if (waitMs < 0) { // no scheduler polls this profile: its own bucket, at the profile's rate
        const qint64 t = m_clock.elapsed();
        waitMs = m_bucket.tryTake(t) ? 0 : std::max<qint64>(1, m_bucket.msUntilAvailable(t));
    }
    if (waitMs > 0) {
        m_wait.start(int(std::min<qint64>(waitMs, kMaxRetryAfterMs)));
        return;
    }
    RequestSpec spec;
    spec.url = m_next;
    spec.origin = m_profile.baseUrl;
    spec.key = m_key;
    spec.auth = m_profile.auth.value_or(m_dialect->auth());
    spec.extraHeaders = m_dialect->extraHeaders();
    spec.transferTimeoutMs = m_profile.poll.transferTimeoutMs;
    spec.maxBodyBytes = std::max(m_profile.poll.maxBodyBytes, qint64(8) * 1024 * 1024); // a page holds many jobs
    m_request = new Poller(m_nam, spec, this);
    connect(m_request, &Poller::finished, this, &AccountLister::onAnswer);
    ++m_sent;
    m_request->start();
}

void AccountLister::onAnswer(const PollResult &result)
{
    if (m_request) {
        m_request->deleteLater();
        m_request = nullptr;
    }
    const auto retry = [this](qint64 waitMs, const QString &reason) {
        if (++m_retries > kMaxRetries) {
            fail(Failure::Network, Tr::tr("%1; gave up after %n attempt(s)", nullptr, m_retries).arg(reason));
            return;
        }
        m_wait.start(int(std::clamp<qint64>(waitMs, 1, kMaxRetryAfterMs)));
    };
    if (result.outcome != PollResult::Outcome::Http) {
        if (result.outcome == PollResult::Outcome::NetworkError)
            retry(kRetryBaseMs << (m_retries), scrub(result.errorText));
        else
            fail(result.outcome == PollResult::Outcome::TooLarge ? Failure::BadAnswer : Failure::Config, scrub(result.errorText));
        return;
    }
    const int status = result.httpStatus;
    const HttpClass kind = classifyHttpStatus(status);
    const QString detail = parseErrorBody(result.body, *m_dialect).text().left(200);
    const QString withDetail = detail.isEmpty() ? QString() : u" ("_s + detail + u')';
    switch (kind) {
    case HttpClass::Success:
        break;
    case HttpClass::Unauthorised:
        fail(Failure::Auth, Tr::tr("HTTP 401: the API key was not accepted%1").arg(withDetail));
        return;
    case HttpClass::Forbidden:
        fail(Failure::Auth, Tr::tr("HTTP 403: the API key may not list jobs%1").arg(withDetail));
        return;
    case HttpClass::NotFound:
        fail(Failure::NotFound, Tr::tr("HTTP 404: there is no job list at %1%2; check the base URL")
                                    .arg(result.finalUrl.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), withDetail));
        return;
    case HttpClass::RateLimited:
    case HttpClass::Unavailable:
    case HttpClass::ServerError: {
        const qint64 after = result.retryAfter.trimmed().isEmpty()
            ? -1 : parseRetryAfter(result.retryAfter, QDateTime::currentMSecsSinceEpoch());
        retry(after >= 0 ? std::max<qint64>(after, 1) : kRetryBaseMs << m_retries, Tr::tr("HTTP %1%2").arg(status).arg(withDetail));
        return;
    }
    default:
        fail(Failure::BadAnswer, Tr::tr("HTTP %1%2").arg(status).arg(withDetail));
        return;
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(Failure::BadAnswer, parseError.error != QJsonParseError::NoError
                                     ? Tr::tr("the list answer is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)
                                     : Tr::tr("the list answer is not a JSON object"));
        return;
    }
    const QUrl pageUrl = result.finalUrl.isValid() ? result.finalUrl : m_next;
    m_seen.insert(m_next);
    m_seen.insert(pageUrl);
    ListPage page = m_dialect->readListPage(doc.object(), pageUrl);
    if (!page.error.isEmpty()) {
        fail(Failure::BadAnswer, scrub(page.error));
        return;
    }
    ++m_pages;
    m_busy = false;
    m_next = page.next;
    QString stop;
    Failure stopKind = Failure::BadAnswer;
    if (!m_next.isEmpty() && !sameOrigin(m_next, m_profile.baseUrl)) {
        stop = Tr::tr("the provider's next page is on another origin (%1); it is not followed, so the key stays with %2")
                   .arg(m_next.host(), m_profile.baseUrl.host());
    } else if (!m_next.isEmpty() && m_seen.contains(m_next)) {
        stopKind = Failure::Loop;
        stop = Tr::tr("the provider's next cursor leads back to a page already read (a cursor loop); the list ends after %n page(s)",
                      nullptr, m_pages);
    }
    if (!stop.isEmpty())
        m_next.clear();
    Q_EMIT pageReady(page.jobs, hasMore());
    if (!stop.isEmpty())
        fail(stopKind, stop);
}

void AccountLister::fail(Failure kind, const QString &message)
{
    m_busy = false;
    m_failed = true;
    m_next.clear();
    Q_EMIT failed(kind, scrub(message));
}

QString AccountLister::scrub(const QString &text) const
{
    return scrubKey(text, m_key);
}

} // namespace jw
