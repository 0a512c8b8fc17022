#include "sim/simulatedprovider.h"

#include "sim/simulatedprovider_p.h"

#include "model/nametable.h"
#include "sim/simexampleapis.h"
#include "sim/simpresets.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

constexpr qsizetype kRequestLogLimit = 100000;

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return u"GET"_s;
    case QHttpServerRequest::Method::Post: return u"POST"_s;
    case QHttpServerRequest::Method::Head: return u"HEAD"_s;
    case QHttpServerRequest::Method::Put: return u"PUT"_s;
    case QHttpServerRequest::Method::Delete: return u"DELETE"_s;
    case QHttpServerRequest::Method::Options: return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch: return u"PATCH"_s;
    default: return u"OTHER"_s;
    }
}

bool isNativeDialect(const QString &name)
{
    return name == u"theo"_s || name == u"vidocu"_s || name == u"scenes"_s || name == u"muvi"_s;
}

QString jobPathFor(const QString &dialect, const QString &id)
{
    if (sim::isPresetDialect(dialect))
        return sim::presetJobPath(dialect, id);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (dialect == u"theo"_s)
        return u"/theo/api/v1/jobs/"_s + encoded;
    return u'/' + dialect + u"/v1/jobs/"_s + encoded;
}

} // namespace

// ---- public API -------------------------------------------------------------------------------------------

SimulatedProvider::SimulatedProvider(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->signingKey = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    d->server = d->makeServer();
}

SimulatedProvider::~SimulatedProvider()
{
    d->dropServer();
}

std::unique_ptr<sim::HttpServer> SimulatedProvider::Private::makeServer()
{
    return std::make_unique<sim::HttpServer>([this](const QHttpServerRequest &request, QTcpSocket *socket) { handle(request, socket); });
}

void SimulatedProvider::Private::dropServer()
{
    // Close client connections before the server goes: a socket torn down during QTcpServer's child
    // deletion still emits disconnected() into QAbstractHttpServer's half-destroyed state (a crash seen in
    // Qt 6.4). Silence each socket, then drop it with a reset.
    if (!server)
        return;
    const auto sockets = server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect();
        sim::resetConnection(socket);
    }
    server.reset();
}

bool SimulatedProvider::listen(quint16 port)
{
    if (d->listening) {
        d->errorString = tr("The simulated provider is already listening on port %1.").arg(d->port);
        return false;
    }
    const quint16 bound = d->server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        d->errorString = tr("Cannot listen on 127.0.0.1:%1 (the port may be in use).").arg(port);
        return false;
    }
    d->port = bound;
    d->listening = true;
    d->errorString.clear();
    return true;
}

void SimulatedProvider::stopListening()
{
    d->dropServer();
    d->server = d->makeServer();
    d->listening = false;
}

bool SimulatedProvider::isListening() const { return d->listening; }

QString SimulatedProvider::errorString() const { return d->errorString; }
quint16 SimulatedProvider::port() const { return d->port; }
QUrl SimulatedProvider::rootUrl() const { return QUrl(u"http://127.0.0.1:"_s + QString::number(d->port)); }
QUrl SimulatedProvider::baseUrl(const QString &dialect) const
{
    const QString name = sim::canonicalDialect(dialect);
    return QUrl(rootUrl().toString() + (sim::isPresetDialect(name) ? sim::presetBasePath(name) : u'/' + name));
}

void SimulatedProvider::setToken(const QString &token) { d->token = token; }
void SimulatedProvider::addScopelessToken(const QString &token) { d->scopelessTokens.insert(token); }

QString SimulatedProvider::createJob(const JobSpec &spec)
{
    return d->addJob(spec, d->now());
}

bool SimulatedProvider::finishJob(const QString &id)
{
    const auto it = d->jobs.find(id);
    const qint64 now = d->now();
    if (it == d->jobs.end() || it->terminalAtMs() <= now)
        return false;
    it->forced = Outcome::Completed;
    it->forcedAtMs = now;
    return true;
}

bool SimulatedProvider::cancelJob(const QString &id)
{
    const auto it = d->jobs.find(id);
    const qint64 now = d->now();
    if (it == d->jobs.end() || it->terminalAtMs() <= now)
        return false;
    it->forced = Outcome::Cancelled;
    it->forcedAtMs = now;
    return true;
}

bool SimulatedProvider::hasJob(const QString &id) const { return d->jobs.contains(id); }
QStringList SimulatedProvider::jobIds() const { return d->order; }

qint64 SimulatedProvider::terminalAtMs(const QString &id) const
{
    const auto it = d->jobs.constFind(id);
    return it == d->jobs.cend() ? -1 : it->terminalAtMs();
}

std::optional<SimulatedProvider::Outcome> SimulatedProvider::outcomeOf(const QString &id) const
{
    const auto it = d->jobs.constFind(id);
    if (it == d->jobs.cend())
        return std::nullopt;
    return it->forced.value_or(it->spec.outcome);
}

int SimulatedProvider::requestCount(const QString &jobId) const
{
    const auto it = d->jobs.constFind(jobId);
    return it == d->jobs.cend() ? 0 : it->requests;
}

QList<SimulatedProvider::Request> SimulatedProvider::requests() const { return d->log; }
void SimulatedProvider::clearRequests() { d->log.clear(); }

void SimulatedProvider::queueFaults(const QString &jobId, const QList<Fault> &faults)
{
    if (const auto it = d->jobs.find(jobId); it != d->jobs.end())
        it->faults += faults;
}

void SimulatedProvider::setFaultMix(const QHash<Fault, double> &mix, quint32 seed)
{
    d->faultMix = mix;
    d->faultMix.remove(Fault::None);
    d->faultRng.seed(seed);
}

void SimulatedProvider::setRetryAfterSeconds(int seconds) { d->retryAfterSeconds = qMax(0, seconds); }
void SimulatedProvider::setSlowDelayMs(int ms) { d->slowDelayMs = qMax(0, ms); }

namespace {
constexpr NamedValue<SimulatedProvider::Fault> kFaultNames[] = {
    {"none"_L1, SimulatedProvider::Fault::None},           {"429"_L1, SimulatedProvider::Fault::RateLimited429},
    {"503"_L1, SimulatedProvider::Fault::Unavailable503},  {"500"_L1, SimulatedProvider::Fault::ServerError500},
    {"slow"_L1, SimulatedProvider::Fault::Slow},           {"invalid_json"_L1, SimulatedProvider::Fault::InvalidJson},
    {"truncated"_L1, SimulatedProvider::Fault::Truncated}, {"reset"_L1, SimulatedProvider::Fault::Reset},
    {"404"_L1, SimulatedProvider::Fault::NotFound404},     {"redirect"_L1, SimulatedProvider::Fault::Redirect},
    {"400"_L1, SimulatedProvider::Fault::BadRequest400},   {"422"_L1, SimulatedProvider::Fault::Unprocessable422},
    {"echo_key"_L1, SimulatedProvider::Fault::EchoKey},
};
} // namespace

QString SimulatedProvider::faultName(Fault fault)
{
    return nameOf(kFaultNames, fault, {});
}

std::optional<SimulatedProvider::Fault> SimulatedProvider::faultFromName(const QString &name)
{
    return valueNamed(kFaultNames, name.toLower());
}

QUrl SimulatedProvider::pollUrl(const QString &id) const
{
    const auto it = d->jobs.constFind(id);
    return it == d->jobs.cend() ? QUrl() : QUrl(rootUrl().toString() + jobPathFor(it->spec.dialect, id));
}

QString SimulatedProvider::dialectOf(const QString &id) const
{
    const auto it = d->jobs.constFind(id);
    return it == d->jobs.cend() ? QString() : it->spec.dialect;
}

void SimulatedProvider::queueEnqueueFaults(const QList<Fault> &faults) { d->enqueueFaults += faults; }
void SimulatedProvider::setRedirectTarget(const QUrl &target) { d->redirectTarget = target; }
void SimulatedProvider::setSignedUrlTtlMs(qint64 ms) { d->signedUrlTtlMs = qMax<qint64>(0, ms); }
void SimulatedProvider::setPollAfterHintMs(int ms) { d->pollAfterHintMs = qMax(0, ms); }

void SimulatedProvider::setRateLimit(double perSecond, int burst)
{
    d->rateLimit = qMax(0.0, perSecond);
    d->rateBurst = burst > 0 ? double(burst) : qMax(1.0, d->rateLimit);
    d->rateTokens = d->rateBurst;
    d->rateRefilledMs = d->now();
}

int SimulatedProvider::rateLimitedCount() const { return d->rateLimited; }
void SimulatedProvider::setClock(std::function<qint64()> wallMs) { d->clock = std::move(wallMs); }
qint64 SimulatedProvider::nowMs() const { return d->now(); }

qint64 SimulatedProvider::Private::now() const
{
    return clock ? clock() : QDateTime::currentMSecsSinceEpoch();
}

std::optional<SimulatedProvider::Private::Action> SimulatedProvider::Private::rateLimitReply(const QString &dialect)
{
    if (rateLimit <= 0)
        return std::nullopt;
    const qint64 t = now();
    if (t > rateRefilledMs) {
        rateTokens = qMin(rateBurst, rateTokens + rateLimit * double(t - rateRefilledMs) / 1000.0);
        rateRefilledMs = t;
    }
    if (rateTokens >= 1.0) {
        rateTokens -= 1.0;
        return std::nullopt;
    }
    ++rateLimited;
    // Retry-After in whole seconds (RFC 9110), rounded up: when the next token is there.
    const int seconds = qMax(1, int(std::ceil((1.0 - rateTokens) / rateLimit)));
    Action a = json(429, sim::errorBody(dialect, sim::ErrorKind::RateLimited, seconds));
    a.reply.headers.append({"Retry-After", QByteArray::number(seconds)});
    return a;
}

// ---- request handling -------------------------------------------------------------------------------------

QString SimulatedProvider::Private::addJob(JobSpec spec, qint64 now)
{
    spec.dialect = sim::canonicalDialect(spec.dialect);
    if (spec.type.isEmpty())
        spec.type = sim::defaultType(spec.dialect);
    spec.queueMs = qMax<qint64>(0, spec.queueMs);
    spec.runMs = qMax<qint64>(0, spec.runMs);
    if (spec.id.isEmpty()) {
        do
            spec.id = sim::generateId(spec.dialect, spec.type, now);
        while (jobs.contains(spec.id));
    } else if (jobs.contains(spec.id)) {
        order.removeOne(spec.id); // an explicit ID replaces the old job of that name
    }
    sim::SimJob job;
    job.spec = spec;
    job.createdMs = now;
    jobs.insert(spec.id, job);
    order.append(spec.id);
    return spec.id;
}

sim::RenderContext SimulatedProvider::Private::renderContext(qint64 now)
{
    return {q->rootUrl(), now, signedUrlTtlMs, signingKey, &artifacts};
}

SimulatedProvider::Private::Action SimulatedProvider::Private::json(int status, const QJsonObject &body) const
{
    return {{status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), {}}, Fault::None, false};
}

void SimulatedProvider::Private::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request record;
    record.atMs = now();
    record.method = methodName(request.method());
    record.path = request.url().path();
    record.authorization = request.value("authorization");
    for (const auto &[name, value] : request.headers())
        record.headers.insert(name, value);

    const Action action = route(request, record);
    record.status = action.transport == Fault::Reset ? 0 : action.reply.status;
    for (const auto &[name, value] : action.reply.headers) {
        if (name == "Retry-After")
            record.retryAfterSeconds = value.toInt();
    }
    if (log.size() >= kRequestLogLimit)
        log.remove(0, kRequestLogLimit / 10);
    log.append(record);
    Q_EMIT q->requestReceived(record);

    switch (action.transport) {
    case Fault::Reset:
        sim::resetConnection(socket);
        break;
    case Fault::Truncated:
        sim::writeTruncated(socket, action.reply);
        break;
    case Fault::None:
        if (action.declaredLength >= 0)
            sim::writeOversized(socket, action.reply, action.declaredLength);
        else
            sim::writeReply(socket, action.reply, action.headOnly);
        break;
    case Fault::Slow: {
        // The socket is the timer's context: if the client goes away first, the reply is simply dropped.
        const sim::HttpReply reply = action.reply;
        const bool headOnly = action.headOnly;
        QTimer::singleShot(slowDelayMs, socket, [socket, reply, headOnly] { sim::writeReply(socket, reply, headOnly); });
        break;
    }
    default:
        sim::writeReply(socket, action.reply, action.headOnly);
        break;
    }
}

SimulatedProvider::Private::Action SimulatedProvider::Private::route(const QHttpServerRequest &request, Request &record)
{
    const QStringList seg = record.path.split(u'/', Qt::SkipEmptyParts);
    const QString method = record.method;
    if (seg.isEmpty())
        return json(404, {{u"error"_s, u"not_found"_s}});
    const QString &first = seg.first();
    const std::optional<sim::PresetRoute> preset = isNativeDialect(first) ? std::nullopt : sim::matchPresetRoute(seg, request.query());
    if (isNativeDialect(first) || preset) {
        if (auto limited = rateLimitReply(preset ? preset->dialect : first)) {
            record.accountLimited = true;
            if (method == u"GET"_s && seg.size() >= 2)
                record.jobId = preset ? preset->id : seg.last();
            return *limited;
        }
    }
    if (isNativeDialect(first)) {
        const bool theo = first == u"theo"_s;
        const QStringList rest = seg.mid(theo ? 3 : 2); // after theo/api/v1 or <dialect>/v1
        const bool prefixOk = theo ? seg.size() >= 3 && seg.at(1) == u"api"_s && seg.at(2) == u"v1"_s
                                   : seg.size() >= 2 && seg.at(1) == u"v1"_s;
        if (prefixOk && rest.size() == 2 && rest.first() == u"jobs"_s && (method == u"GET"_s || method == u"HEAD"_s)) {
            Action a = poll(first, rest.at(1), request, record);
            a.headOnly = method == u"HEAD"_s;
            return a;
        }
        if (theo && prefixOk && rest.size() == 1 && method == u"POST"_s
            && (rest.first() == u"research"_s || rest.first() == u"video"_s))
            return enqueue(rest.first(), request);
        return json(404, sim::errorBody(first, sim::ErrorKind::NotFound, retryAfterSeconds));
    }
    if (preset)
        return presetRequest(*preset, request, record);
    if (first == u"artifacts"_s && seg.size() == 3 && (method == u"GET"_s || method == u"HEAD"_s)) {
        Action a = artifact(seg.at(1), seg.at(2), request);
        a.headOnly = method == u"HEAD"_s;
        return a;
    }
    if (first == u"redirect"_s && seg.size() == 1) {
        const QString to = request.query().queryItemValue(u"to"_s, QUrl::FullyDecoded);
        if (to.isEmpty())
            return json(400, {{u"error"_s, u"missing_parameter"_s}, {u"message"_s, u"give ?to=<url>"_s}});
        return {{302, {}, {}, {{"Location", QUrl(to).toEncoded()}}}, Fault::None, false};
    }
    if (first == u"control"_s)
        return control(seg.mid(1), request);
    return json(404, {{u"error"_s, u"not_found"_s}, {u"message"_s, QString(u"No route for "_s + record.path)}});
}

std::optional<sim::ErrorKind> SimulatedProvider::Private::authFailure(const QHttpServerRequest &request,
                                                                       const QString &dialect) const
{
    // fal sends "Authorization: Key <token>"; every other API here a bearer token.
    const QByteArray scheme = dialect == u"fal"_s ? QByteArrayLiteral("Key ") : QByteArrayLiteral("Bearer ");
    const QByteArray header = request.value("authorization");
    if (dialect == u"kling"_s) // a signed token, not the key itself
        return sim::klingTokenAccepted(header, token, now() / 1000) ? std::nullopt : std::optional(sim::ErrorKind::Unauthorized);
    const QString bearer = header.startsWith(scheme) ? QString::fromUtf8(header.mid(scheme.size())) : QString();
    if (!bearer.isEmpty() && scopelessTokens.contains(bearer))
        return sim::ErrorKind::Forbidden;
    if (!token.isEmpty() && bearer != token)
        return sim::ErrorKind::Unauthorized;
    return std::nullopt;
}

SimulatedProvider::Fault SimulatedProvider::Private::nextFault(sim::SimJob *job)
{
    if (job && !job->faults.isEmpty())
        return job->faults.takeFirst();
    if (faultMix.isEmpty())
        return Fault::None;
    double roll = faultRng.generateDouble();
    // Iterate in enum order so a seed gives the same sequence whatever the hash order.
    // 400 and 422 end a job for good, so they are never part of a mix; queue them for one job instead.
    for (int i = int(Fault::RateLimited429); i <= int(Fault::Redirect); ++i) {
        roll -= faultMix.value(Fault(i), 0.0);
        if (roll < 0)
            return Fault(i);
    }
    return Fault::None;
}

SimulatedProvider::Private::Action SimulatedProvider::Private::faultReply(Fault fault, const QString &dialect,
                                                                          const QHttpServerRequest &request)
{
    const QByteArray retryAfter = QByteArray::number(retryAfterSeconds);
    switch (fault) {
    case Fault::RateLimited429: {
        Action a = json(429, sim::errorBody(dialect, sim::ErrorKind::RateLimited, retryAfterSeconds));
        a.reply.headers.append({"Retry-After", retryAfter});
        return a;
    }
    case Fault::Unavailable503: {
        Action a = json(503, sim::errorBody(dialect, sim::ErrorKind::Unavailable, retryAfterSeconds));
        a.reply.headers.append({"Retry-After", retryAfter});
        return a;
    }
    case Fault::ServerError500:
        return json(500, sim::errorBody(dialect, sim::ErrorKind::ServerError, retryAfterSeconds));
    case Fault::NotFound404:
        return json(404, sim::errorBody(dialect, sim::ErrorKind::NotFound, retryAfterSeconds));
    case Fault::BadRequest400:
        return json(400, sim::errorBody(dialect, sim::ErrorKind::BadRequest, retryAfterSeconds));
    case Fault::Unprocessable422:
        return json(422, sim::errorBody(dialect, sim::ErrorKind::Unprocessable, retryAfterSeconds));
    case Fault::InvalidJson:
        return {{200, "application/json", QByteArrayLiteral("{\"status\": \"processing\", \"progress\": 4"), {}}, Fault::None, false};
    case Fault::Redirect: {
        QUrl target = redirectTarget;
        if (target.isEmpty()) {
            target = q->rootUrl();
            target.setPath(request.url().path());
            QUrlQuery query(request.url().query());
            query.addQueryItem(u"hop"_s, u"1"_s);
            target.setQuery(query);
        } else if (target.path().isEmpty() || target.path() == u"/"_s) {
            target.setPath(request.url().path());
            target.setQuery(request.url().query());
        }
        return {{302, {}, {}, {{"Location", target.toEncoded()}}}, Fault::None, false};
    }
    default:
        return {};
    }
}

SimulatedProvider::Private::Action SimulatedProvider::Private::poll(const QString &dialect, const QString &id,
                                                                    const QHttpServerRequest &request, Request &record)
{
    record.jobId = id;
    auto it = jobs.find(id);
    sim::SimJob *job = (it != jobs.end() && it->spec.dialect == dialect) ? &*it : nullptr;
    if (job)
        ++job->requests;
    if (const auto failure = authFailure(request, dialect))
        return json(sim::statusFor(*failure), sim::errorBody(dialect, *failure, retryAfterSeconds));
    if (dialect == u"runway"_s && request.value("x-runway-version").isEmpty())
        return json(400, {{u"error"_s, u"You must pass the X-Runway-Version header, e.g. X-Runway-Version: 2024-11-06."_s}});

    const Fault fault = nextFault(job);
    record.fault = fault;
    if (fault != Fault::None && fault != Fault::Slow && fault != Fault::Truncated && fault != Fault::Reset
        && fault != Fault::EchoKey)
        return faultReply(fault, dialect, request);
    QJsonObject body = job ? sim::renderJob(*job, renderContext(now())) : QJsonObject();
    if (job && fault == Fault::EchoKey)
        body = sim::echoAuthorization(body, QString::fromLatin1(request.value("authorization")));
    Action a = job ? json(200, body) : json(404, sim::errorBody(dialect, sim::ErrorKind::NotFound, retryAfterSeconds));
    if (job && pollAfterHintMs > 0)
        a.reply.headers.append({"X-Poll-After-Ms", QByteArray::number(pollAfterHintMs)});
    a.transport = fault == Fault::EchoKey ? Fault::None : fault;
    return a;
}

SimulatedProvider::Private::Action SimulatedProvider::Private::enqueue(const QString &type, const QHttpServerRequest &request)
{
    if (const auto failure = authFailure(request, u"theo"_s))
        return json(sim::statusFor(*failure), sim::errorBody(u"theo"_s, *failure, retryAfterSeconds));
    const Fault fault = enqueueFaults.isEmpty() ? Fault::None : enqueueFaults.takeFirst();
    if (fault == Fault::Unavailable503) {
        Action a = json(503, sim::errorBody(u"theo"_s, sim::ErrorKind::QueueUnavailable, retryAfterSeconds));
        a.reply.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
        return a;
    }
    if (fault != Fault::None && fault != Fault::Slow && fault != Fault::Truncated && fault != Fault::Reset)
        return faultReply(fault, u"theo"_s, request);
    // Simulator extras in the body (queueMs, runMs, outcome) let a test shape the job; the prompt is ignored.
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    JobSpec spec;
    spec.dialect = u"theo"_s;
    spec.type = type;
    spec.queueMs = body.value(u"queueMs"_s).toInteger(spec.queueMs);
    spec.runMs = body.value(u"runMs"_s).toInteger(spec.runMs);
    const QString outcome = body.value(u"outcome"_s).toString();
    spec.outcome = outcome == u"failed"_s ? Outcome::Failed : outcome == u"cancelled"_s ? Outcome::Cancelled : Outcome::Completed;
    const QString id = addJob(spec, now());
    Action a = json(202, {{u"id"_s, id}, {u"job_id"_s, id}, {u"status"_s, u"queued"_s}, {u"poll_url"_s, q->pollUrl(id).toString()}});
    a.transport = fault; // None, or a transport fault that breaks this answer (the job exists all the same)
    return a;
}

} // namespace jw
