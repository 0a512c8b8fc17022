// The simulated provider's control endpoints (/control/...) and the varied demo set.

#include "sim/simulatedprovider_p.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

using Outcome = SimulatedProvider::Outcome;

// A duration: a number, or {min, max} drawn uniformly.
qint64 duration(const QJsonValue &v, qint64 fallback, QRandomGenerator &rng)
{
    if (v.isDouble())
        return qMax<qint64>(0, v.toInteger(fallback));
    if (v.isObject()) {
        const qint64 lo = qMax<qint64>(0, v[u"min"_s].toInteger(fallback));
        const qint64 hi = qMax<qint64>(lo, v[u"max"_s].toInteger(lo));
        return lo + qint64(rng.bounded(double(hi - lo + 1)));
    }
    return fallback;
}

std::optional<Outcome> outcomeFromName(const QString &name)
{
    if (name == u"completed"_s)
        return Outcome::Completed;
    if (name == u"failed"_s)
        return Outcome::Failed;
    if (name == u"cancelled"_s || name == u"canceled"_s)
        return Outcome::Cancelled;
    return std::nullopt;
}

// Picks an outcome from {"completed":0.7,"failed":0.2,"cancelled":0.1} (weights need not sum to 1).
Outcome drawOutcome(const QJsonObject &mix, QRandomGenerator &rng)
{
    double total = 0;
    for (auto it = mix.begin(); it != mix.end(); ++it)
        total += qMax(0.0, it.value().toDouble());
    if (total <= 0)
        return Outcome::Completed;
    double roll = rng.generateDouble() * total;
    for (auto it = mix.begin(); it != mix.end(); ++it) {
        roll -= qMax(0.0, it.value().toDouble());
        if (roll < 0)
            return outcomeFromName(it.key()).value_or(Outcome::Completed);
    }
    return Outcome::Completed;
}

} // namespace

SimulatedProvider::Private::Action SimulatedProvider::Private::control(const QStringList &seg, const QHttpServerRequest &request)
{
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    QJsonParseError parseError{};
    const QByteArray raw = request.body();
    const QJsonDocument doc = raw.trimmed().isEmpty() ? QJsonDocument(QJsonObject()) : QJsonDocument::fromJson(raw, &parseError);
    if (post && !doc.isObject())
        return json(400, {{u"error"_s, u"invalid_json"_s}, {u"message"_s, u"The body must be a JSON object."_s}});
    const QJsonObject body = doc.object();

    if (seg == QStringList{u"jobs"_s} && post)
        return createJobsFromJson(body);
    if (seg == QStringList{u"jobs"_s} && get) {
        QJsonArray list;
        for (const QString &id : std::as_const(order)) {
            const sim::SimJob &job = jobs[id];
            list.append(QJsonObject{{u"id"_s, id}, {u"dialect"_s, job.spec.dialect}, {u"type"_s, job.spec.type},
                                    {u"pollUrl"_s, q->pollUrl(id).toString()}, {u"requests"_s, job.requests}});
        }
        return json(200, {{u"jobs"_s, list}});
    }
    if (seg == QStringList{u"faults"_s} && post)
        return setFaultsFromJson(body);
    if (seg == QStringList{u"rate-limit"_s} && post) {
        const QJsonValue perSecond = body.value(u"perSecond"_s);
        const QJsonValue burst = body.value(u"burst"_s);
        if (!perSecond.isDouble() || perSecond.toDouble() < 0 || perSecond.toDouble() > 100000
            || (!burst.isUndefined() && (!burst.isDouble() || burst.toDouble() < 0 || burst.toDouble() > 100000)))
            return json(400, {{u"error"_s, u"invalid_rate_limit"_s},
                              {u"message"_s, u"perSecond is 0 (off) to 100000; burst, if given, 0 to 100000."_s}});
        q->setRateLimit(perSecond.toDouble(), int(burst.toDouble()));
        return json(200, {{u"ok"_s, true}, {u"perSecond"_s, perSecond.toDouble()}});
    }
    if (seg == QStringList{u"balance"_s} && post)
        return balanceControl(body);
    if (seg == QStringList{u"requests"_s} && get)
        return json(200, {{u"count"_s, int(log.size())}});
    if (seg.size() == 3 && seg.first() == u"jobs"_s) {
        const QString &id = seg.at(1);
        const QString &verb = seg.at(2);
        if (!jobs.contains(id))
            return json(404, {{u"error"_s, u"not_found"_s}, {u"message"_s, QString(u"No job "_s + id)}});
        if (verb == u"stats"_s && get) {
            const sim::SimJob &job = jobs[id];
            return json(200, {{u"id"_s, id}, {u"dialect"_s, job.spec.dialect}, {u"requests"_s, job.requests},
                              {u"terminalAtMs"_s, job.terminalAtMs()}, {u"pendingFaults"_s, int(job.faults.size())}});
        }
        if (verb == u"finish"_s && post)
            return json(200, {{u"ok"_s, q->finishJob(id)}});
        if (verb == u"cancel"_s && post)
            return json(200, {{u"ok"_s, q->cancelJob(id)}});
        if (verb == u"faults"_s && post) {
            QList<Fault> faults;
            for (const QJsonArray names = body.value(u"faults"_s).toArray(); const QJsonValue &v : names) {
                const auto fault = SimulatedProvider::faultFromName(v.toString());
                if (!fault)
                    return json(400, {{u"error"_s, u"unknown_fault"_s}, {u"message"_s, QString(u"Unknown fault: "_s + v.toString())}});
                faults.append(*fault);
            }
            q->queueFaults(id, faults);
            return json(200, {{u"ok"_s, true}, {u"queued"_s, int(faults.size())}});
        }
    }
    return json(404, {{u"error"_s, u"not_found"_s}, {u"message"_s, u"Unknown control endpoint."_s}});
}

SimulatedProvider::Private::Action SimulatedProvider::Private::createJobsFromJson(const QJsonObject &body)
{
    const QString dialect = sim::canonicalDialect(body.value(u"dialect"_s).toString(u"theo"_s));
    if (dialect != u"theo"_s && dialect != u"vidocu"_s && dialect != u"scenes"_s && dialect != u"muvi"_s
        && !sim::isPresetDialect(dialect))
        return json(400, {{u"error"_s, u"unknown_dialect"_s},
                          {u"message"_s, u"dialect must be theo, vidocu, scenes, muvi, replicate, runway, luma, fal, openai-videos, kling, minimax or stability"_s}});
    const QString type = body.value(u"type"_s).toString();
    if (!type.isEmpty() && !sim::isKnownType(dialect, type))
        return json(400, {{u"error"_s, u"unknown_type"_s}, {u"message"_s, QString(u"Unknown job type for "_s + dialect + u": "_s + type)}});
    const int count = int(body.value(u"count"_s).toInteger(1));
    if (count < 1 || count > 10000)
        return json(400, {{u"error"_s, u"invalid_count"_s}, {u"message"_s, u"count must be 1..10000"_s}});
    if (body.contains(u"seed"_s))
        timingRng.seed(quint32(body.value(u"seed"_s).toInteger()));
    JobSpec defaults;
    const QJsonValue outcomeValue = body.contains(u"outcomes"_s) ? body.value(u"outcomes"_s) : body.value(u"outcome"_s);
    if (outcomeValue.isString() && !outcomeFromName(outcomeValue.toString()))
        return json(400, {{u"error"_s, u"unknown_outcome"_s}, {u"message"_s, u"outcome must be completed, failed or cancelled"_s}});

    const QString faultName = body.value(u"artifactFault"_s).toString(u"none"_s);
    const std::optional<ArtifactFault> fault = SimulatedProvider::artifactFaultFromName(faultName);
    if (!fault)
        return json(400, {{u"error"_s, u"unknown_artifact_fault"_s},
                          {u"message"_s, u"artifactFault must be none, corrupt, expired, oversized or reset"_s}});
    const ArtifactFault artifactFault = *fault;

    QJsonArray ids, pollUrls;
    const qint64 now = this->now();
    for (int i = 0; i < count; ++i) {
        JobSpec spec;
        spec.dialect = dialect;
        spec.type = type;
        spec.queueMs = duration(body.value(u"queueMs"_s), defaults.queueMs, timingRng);
        spec.runMs = duration(body.value(u"runMs"_s), defaults.runMs, timingRng);
        if (body.contains(u"minRunMs"_s) || body.contains(u"maxRunMs"_s))
            spec.runMs = duration(QJsonObject{{u"min"_s, body.value(u"minRunMs"_s)}, {u"max"_s, body.value(u"maxRunMs"_s)}},
                                  defaults.runMs, timingRng);
        spec.outcome = outcomeValue.isString() ? *outcomeFromName(outcomeValue.toString())
                                               : drawOutcome(outcomeValue.toObject(), timingRng);
        spec.units = int(body.value(u"units"_s).toInteger(0));
        spec.progressShape = body.value(u"progress"_s).toString();
        spec.artifactFault = artifactFault;
        if (count == 1)
            spec.id = body.value(u"id"_s).toString();
        const QString id = addJob(spec, now);
        ids.append(id);
        pollUrls.append(q->pollUrl(id).toString());
    }
    return json(201, {{u"ids"_s, ids}, {u"pollUrls"_s, pollUrls}});
}

SimulatedProvider::Private::Action SimulatedProvider::Private::setFaultsFromJson(const QJsonObject &body)
{
    QHash<Fault, double> mix;
    const QJsonObject given = body.value(u"mix"_s).toObject();
    double sum = 0;
    for (auto it = given.begin(); it != given.end(); ++it) {
        const auto fault = SimulatedProvider::faultFromName(it.key());
        if (!fault)
            return json(400, {{u"error"_s, u"unknown_fault"_s}, {u"message"_s, QString(u"Unknown fault: "_s + it.key())}});
        const double p = it.value().toDouble();
        if (p < 0 || p > 1)
            return json(400, {{u"error"_s, u"invalid_probability"_s}, {u"message"_s, u"Probabilities are 0..1."_s}});
        mix.insert(*fault, p);
        sum += p;
    }
    if (sum > 1.0 + 1e-9)
        return json(400, {{u"error"_s, u"invalid_probability"_s}, {u"message"_s, u"Probabilities sum to more than 1."_s}});
    q->setFaultMix(mix, quint32(body.value(u"seed"_s).toInteger(1)));
    if (body.contains(u"retryAfter"_s))
        q->setRetryAfterSeconds(int(body.value(u"retryAfter"_s).toInteger(1)));
    if (body.contains(u"slowMs"_s))
        q->setSlowDelayMs(int(body.value(u"slowMs"_s).toInteger(3000)));
    return json(200, {{u"ok"_s, true}});
}

} // namespace jw
