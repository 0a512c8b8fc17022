// The simulated provider's balance endpoints (see SimulatedProvider::setBalance): Runway's GET /v1/organization
// and Luma's GET /dream-machine/v1/credits, with the key (and Runway's version header) checked like a poll's,
// an amount that drops as the API's jobs complete, and a sticky fault per API for tests and the demo.

#include "sim/simulatedprovider_p.h"

#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
const QString kRunway = u"runway"_s;
const QString kLuma = u"luma"_s;

double startingAmount(const QString &dialect)
{
    return dialect == kRunway ? 12'500 : 48'250;
}

double costPerJob(const QString &dialect)
{
    return dialect == kRunway ? 25 : 40;
}
} // namespace

bool SimulatedProvider::hasBalance(const QString &dialect)
{
    return dialect == kRunway || dialect == kLuma;
}

bool SimulatedProvider::setBalance(const QString &dialect, double amount)
{
    if (!hasBalance(dialect))
        return false;
    d->balances.insert(dialect, amount);
    return true;
}

bool SimulatedProvider::setBalanceFault(const QString &dialect, Fault fault)
{
    if (!hasBalance(dialect))
        return false;
    if (fault == Fault::None)
        d->balanceFaults.remove(dialect);
    else
        d->balanceFaults.insert(dialect, fault);
    return true;
}

int SimulatedProvider::balanceRequestCount(const QString &dialect) const
{
    return d->balanceRequests.value(dialect);
}

SimulatedProvider::Private::Action SimulatedProvider::Private::balanceRequest(const QString &dialect, const QHttpServerRequest &request)
{
    ++balanceRequests[dialect];
    if (const auto failure = authFailure(request, dialect))
        return json(sim::statusFor(*failure), sim::errorBody(dialect, *failure, retryAfterSeconds));
    if (dialect == kRunway && request.value("x-runway-version").isEmpty())
        return json(400, {{u"error"_s, u"You must pass the X-Runway-Version header, e.g. X-Runway-Version: 2024-11-06."_s}});
    Fault fault = balanceFaults.value(dialect, Fault::None);
    if (fault == Fault::EchoKey)
        fault = Fault::None;
    if (fault != Fault::None && fault != Fault::Slow && fault != Fault::Truncated && fault != Fault::Reset)
        return faultReply(fault, dialect, request);

    const qint64 t = now();
    int completed = 0;
    for (const sim::SimJob &job : std::as_const(jobs)) {
        const sim::JobState state = sim::stateAt(job, t);
        completed += job.spec.dialect == dialect && state.phase == sim::JobState::Phase::Done && state.outcome == Outcome::Completed;
    }
    const double amount = std::max(0.0, balances.value(dialect, startingAmount(dialect)) - completed * costPerJob(dialect));
    QJsonObject body;
    if (dialect == kRunway) {
        // The shape of Runway's GET /v1/organization (API version 2024-11-06).
        const QJsonObject model{{u"maxConcurrentGenerations"_s, 2}, {u"maxDailyGenerations"_s, 200}};
        body = {{u"creditBalance"_s, qint64(amount)},
                {u"tier"_s, QJsonObject{{u"maxMonthlyCreditSpend"_s, 10000}, {u"models"_s, QJsonObject{{u"gen4_turbo"_s, model}}}}},
                {u"usage"_s, QJsonObject{{u"models"_s, QJsonObject{{u"gen4_turbo"_s, QJsonObject{{u"dailyGenerations"_s, completed}}}}}}}};
    } else {
        body = {{u"credit_balance"_s, amount}}; // Luma: US cents
    }
    Action a = json(200, body);
    a.transport = fault; // None, Slow, Truncated or Reset
    return a;
}

SimulatedProvider::Private::Action SimulatedProvider::Private::balanceControl(const QJsonObject &body)
{
    const QString dialect = body.value(u"dialect"_s).toString();
    if (!hasBalance(dialect))
        return json(400, {{u"error"_s, u"unknown_dialect"_s}, {u"message"_s, u"dialect must be runway or luma."_s}});
    const QJsonValue amount = body.value(u"amount"_s);
    if (!amount.isUndefined() && !amount.isDouble())
        return json(400, {{u"error"_s, u"invalid_amount"_s}, {u"message"_s, u"amount must be a number."_s}});
    std::optional<Fault> fault;
    if (const QJsonValue f = body.value(u"fault"_s); !f.isUndefined()) {
        fault = faultFromName(f.toString());
        if (!fault)
            return json(400, {{u"error"_s, u"unknown_fault"_s}, {u"message"_s, QString(u"Unknown fault: "_s + f.toString())}});
    }
    if (amount.isDouble())
        q->setBalance(dialect, amount.toDouble());
    if (fault)
        q->setBalanceFault(dialect, *fault);
    return json(200, {{u"ok"_s, true}});
}

} // namespace jw
