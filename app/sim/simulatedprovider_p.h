#pragma once
// Private state of SimulatedProvider, shared by simulatedprovider.cpp (serving dialects, artifacts, faults)
// and simcontrol.cpp (the /control endpoints and the demo set).

#include "sim/artifacts.h"
#include "sim/simhttp.h"
#include "sim/simjob.h"
#include "sim/simpresets.h"
#include "sim/simulatedprovider.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

class QHttpServerRequest;
class QTcpSocket;

namespace jw {

struct SimulatedProvider::Private {
    explicit Private(SimulatedProvider *owner) : q(owner) {}

    // What to do with a request: answer `reply`, possibly broken by a transport fault.
    struct Action {
        sim::HttpReply reply;
        Fault transport = Fault::None; // None, Slow, Truncated or Reset
        bool headOnly = false;
        qint64 declaredLength = -1;    // >= 0: announce this Content-Length, send the body, close (oversized)
    };

    SimulatedProvider *q;
    QString errorString;
    quint16 port = 0;
    bool listening = false;
    QString token;
    QSet<QString> scopelessTokens;
    QHash<QString, sim::SimJob> jobs;
    QStringList order; // job IDs in creation order
    QList<Request> log;
    QHash<Fault, double> faultMix;
    QRandomGenerator faultRng{1};
    QRandomGenerator timingRng{QRandomGenerator::global()->generate()};
    QList<Fault> enqueueFaults;
    QList<Fault> listFaults;
    int listPageSize = 0; // 0: each API's own
    bool listCursorLoop = false;
    int retryAfterSeconds = 1;
    int slowDelayMs = 3000;
    int pollAfterHintMs = 0;
    qint64 signedUrlTtlMs = 10 * 60 * 1000;
    QUrl redirectTarget;
    std::function<qint64()> clock; // empty: the system clock
    double rateLimit = 0;          // requests per second, 0: off
    double rateBurst = 0;
    double rateTokens = 0;
    qint64 rateRefilledMs = -1;
    int rateLimited = 0;
    QByteArray signingKey;
    QHash<QString, double> balances;       // starting amounts per API (simbalance.cpp)
    QHash<QString, Fault> balanceFaults;   // a fault every balance request of that API answers with
    QHash<QString, int> balanceRequests;
    sim::ArtifactStore artifacts;
    std::unique_ptr<sim::HttpServer> server; // last: destroyed first, with its sockets and pending slow replies

    // simulatedprovider.cpp
    std::unique_ptr<sim::HttpServer> makeServer();
    void dropServer(); // resets every connection, then destroys the server
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    Action route(const QHttpServerRequest &request, Request &record);
    Action poll(const QString &dialect, const QString &id, const QHttpServerRequest &request, Request &record);
    Action enqueue(const QString &type, const QHttpServerRequest &request);
    Action artifact(const QString &jobId, const QString &file, const QHttpServerRequest &request);
    std::optional<Action> artifactFault(const QString &jobId, const QString &file) const;
    std::optional<sim::ErrorKind> authFailure(const QHttpServerRequest &request, const QString &dialect) const;
    Fault nextFault(sim::SimJob *job);
    Action faultReply(Fault fault, const QString &dialect, const QHttpServerRequest &request);
    Action json(int status, const QJsonObject &body) const;
    qint64 now() const;
    // Takes a token from the account-wide bucket; otherwise the 429 to answer instead.
    std::optional<Action> rateLimitReply(const QString &dialect);
    sim::RenderContext renderContext(qint64 nowMs);
    QString addJob(JobSpec spec, qint64 nowMs);

    // simpresetroutes.cpp
    Action presetRequest(const sim::PresetRoute &route, const QHttpServerRequest &request, Request &record);

    // simbalance.cpp
    Action balanceRequest(const QString &dialect, const QHttpServerRequest &request);
    Action balanceControl(const QJsonObject &body);
    // simlists.cpp
    Action list(const QString &dialect, const QHttpServerRequest &request);

    // simcontrol.cpp
    Action control(const QStringList &segments, const QHttpServerRequest &request);
    Action createJobsFromJson(const QJsonObject &body);
    Action setFaultsFromJson(const QJsonObject &body);
};

} // namespace jw
