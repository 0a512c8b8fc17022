#include "engine/balancereading.h"

#include "model/secretstore.h"
#include "formats/dialect.h"
#include "formats/parser.h"
#include "engine/poller.h"
#include "net/httpstatus.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Engine) };

QString httpProblem(const Dialect &dialect, const PollResult &result)
{
    const int status = result.httpStatus;
    const QString where = result.finalUrl.path();
    const ApiError e = parseErrorBody(result.body, dialect);
    const QString detail = e.text().left(200);
    switch (classifyHttpStatus(status)) {
    case HttpClass::Unauthorised:
        return Tr::tr("HTTP 401 from %1: the API key was not accepted").arg(where);
    case HttpClass::Forbidden:
        return Tr::tr("HTTP 403 from %1: the API key may not read the account's balance").arg(where);
    case HttpClass::NotFound:
        return Tr::tr("HTTP 404 from %1: the API has no balance there (check the profile's base URL)").arg(where);
    case HttpClass::RateLimited:
        return Tr::tr("rate limited (HTTP 429) at %1; the profile waits as for a poll").arg(where);
    default:
        break;
    }
    return detail.isEmpty() ? Tr::tr("HTTP %1 from %2").arg(status).arg(where)
                            : Tr::tr("HTTP %1 from %2: %3").arg(status).arg(where, detail);
}
} // namespace

RequestSpec balanceRequestSpec(const Profile &profile, const Dialect &dialect, const QString &key)
{
    RequestSpec spec;
    spec.url = dialect.balanceUrl(profile.baseUrl);
    spec.origin = profile.baseUrl;
    spec.key = key;
    spec.auth = profile.auth.value_or(dialect.auth());
    spec.extraHeaders = dialect.extraHeaders();
    spec.transferTimeoutMs = profile.poll.transferTimeoutMs;
    spec.maxBodyBytes = profile.poll.maxBodyBytes;
    return spec;
}

BalanceAnswer readBalanceAnswer(const Dialect &dialect, const PollResult &result, const QString &key)
{
    BalanceAnswer answer;
    if (result.outcome != PollResult::Outcome::Http) {
        answer.error = scrubKey(result.errorText, key);
        return answer;
    }
    const int status = result.httpStatus;
    const HttpClass kind = classifyHttpStatus(status);
    answer.throttled = kind == HttpClass::RateLimited || (kind == HttpClass::Unavailable && !result.retryAfter.trimmed().isEmpty());
    if (kind != HttpClass::Success) {
        answer.error = scrubKey(httpProblem(dialect, result), key);
        return answer;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        answer.error = parseError.error != QJsonParseError::NoError
            ? Tr::tr("the answer from %1 is not valid JSON (%2 at byte %3)")
                  .arg(result.finalUrl.path(), parseError.errorString()).arg(parseError.offset)
            : Tr::tr("the answer from %1 is not a JSON object").arg(result.finalUrl.path());
        return answer;
    }
    QString problem;
    answer.balance = dialect.readBalance(doc.object(), &problem);
    if (!answer.balance)
        answer.error = scrubKey(problem.isEmpty() ? Tr::tr("the answer holds no balance") : problem, key);
    return answer;
}

} // namespace jw
