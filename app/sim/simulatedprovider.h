#pragma once
// The simulated provider (DESIGN.md §6): a QHttpServer on 127.0.0.1 that speaks the four native dialects
// (and the presets' APIs) with realistic timing, real artifacts, control endpoints, per-job request counters,
// fault injection and bearer-token auth. Tests, the demo and the benchmarks all use it.
//
// Each dialect lives under its own path prefix so the four can share one port:
//   theo   {base}/theo/api/v1/jobs/{id}        vidocu {base}/vidocu/v1/jobs/{id}
//   scenes {base}/scenes/v1/jobs/{uuid}        muvi   {base}/muvi/v1/jobs/{jobId}
// baseUrl(dialect) returns "{base}/{dialect}", which is what a profile's base URL is set to.
// The presets' APIs (replicate, runway, luma, fal, openai-videos) have their own prefixes and body shapes, fal
// its "Authorization: Key" form and Runway its X-Runway-Version header: see sim/simpresets.h. For them
// baseUrl() returns the preset's base ({base}/fal/fal-ai/flux, {base}/openai, ...).
// Job progress is computed from the wall clock when a request arrives; the server needs no timers per job.
//
// Other routes (all without auth):
//   POST {base}/theo/api/v1/research|video      Theo enqueue: 202 {id, job_id, status:"queued", poll_url}
//   GET  /artifacts/{jobId}/{file}               real media: video.mp4, poster.jpg, image[_N].png, thumb.png,
//                                                scene_N.png (signed: ?expires=<epoch s>&sig=..., 403 once
//                                                expired), audio.wav, document.pdf, report.md, output.txt,
//                                                transcript.txt, subtitles.vtt. Range requests are honoured.
//   GET  /redirect?to=<url>                      302 to <url>
//   POST /control/jobs                           {dialect, count, type, queueMs, runMs (number or {min,max}),
//                                                outcome or outcomes {"completed":0.7,...}, progress, units,
//                                                seed, id, artifactFault: corrupt|expired|oversized|reset}
//                                                -> 201 {ids:[...], pollUrls:[...]}
//   GET  /control/jobs                           {jobs:[{id, dialect, pollUrl, requests}]}
//   POST /control/jobs/{id}/finish|cancel        -> {ok:true} or 404
//   POST /control/jobs/{id}/faults               {faults:["429","reset",...]} queued for that job
//   GET  /control/jobs/{id}/stats                {id, dialect, requests, terminalAtMs}
//   POST /control/faults                         {mix:{"429":0.1,"slow":0.05,...}, seed, retryAfter, slowMs}
//   POST /control/rate-limit                     {perSecond, burst}: the account-wide rate limit (0: off)
//   POST /control/balance                        {dialect: runway|luma, amount?, fault?}: see setBalance()
// The presets' account lists (paginated) are described at setListPageSize().
// Fault names (faultName/faultFromName): none 429 503 500 slow invalid_json truncated reset 404 redirect 400 422.
//
// Note for clients built on QNetworkAccessManager: QNAM silently resends a request (up to twice) when a reused
// keep-alive connection is closed before any byte of the answer; queue three Reset faults to make a reset
// visible to such a client.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace jw {

class SimulatedProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedProvider)
public:
    enum class Outcome { Completed, Failed, Cancelled };
    enum class Fault { None, RateLimited429, Unavailable503, ServerError500, Slow, InvalidJson, Truncated, Reset, NotFound404,
                       Redirect /* 302 to redirectTarget(), see setRedirectTarget */, BadRequest400, Unprocessable422,
                       EchoKey /* 200, the job as usual, but every string that says what went wrong quotes the
                                  Authorization header received (a careless server's debug output) */ };
    // Results that fail to load, for the previews' error states. Corrupt: the result files (not the thumbnail or
    // poster) are junk under their usual content type. Expired: every file answers 403 "Request has expired".
    // Oversized: the result files announce a Content-Length of 6 GiB, send 64 KiB and close. Reset: the result
    // files' connections are reset.
    enum class ArtifactFault { None, Corrupt, Expired, Oversized, Reset };

    struct JobSpec {
        QString dialect = QStringLiteral("theo");   // theo, vidocu, scenes, muvi (or a preset's name)
        QString type;                                // dialect job type: video, image, research, document,
                                                     // analysis, export, story, ...; empty = dialect default
        qint64 queueMs = 500;                        // time spent queued
        qint64 runMs = 5000;                         // time spent running after the queue
        Outcome outcome = Outcome::Completed;
        QString id;                                  // empty = generated in the dialect's ID shape
        int units = 0;                               // scenes: scenes_total; muvi image: number of outputs;
                                                     // 0 = dialect default
        QString progressShape;                       // vidocu: "steps" (never a percentage), "percent"
                                                     // (always); empty = the first step has none.
                                                     // Others: "linear" (default), "stepped" (20 % steps),
                                                     // "jumpy" (four stretches at very different speeds),
                                                     // "coarse" (50 % while running), "none" (0 while running)
        ArtifactFault artifactFault = ArtifactFault::None;
        QString errorMessage;                        // theo, Outcome::Failed: this error text instead of the
                                                     // dialect's usual ones (what a hostile or careless API
                                                     // could send back)
    };

    // One recorded request, for tests ("no request after Stop", "no Authorization on another origin").
    struct Request {
        qint64 atMs = 0;          // epoch ms when it arrived
        QString method;
        QString path;             // URL path, e.g. /theo/api/v1/jobs/job_1
        QString jobId;            // empty when not a job poll
        QByteArray authorization; // the Authorization header as received (empty if none)
        QMap<QByteArray, QByteArray> headers;
        int status = 0;           // the HTTP status answered (0: the connection was reset)
        Fault fault = Fault::None; // the fault injected into this answer (queued or from the mix)
        bool accountLimited = false; // answered 429 by the account-wide rate limit (setRateLimit)
        int retryAfterSeconds = -1;  // the Retry-After answered, -1 when none
    };

    explicit SimulatedProvider(QObject *parent = nullptr);
    ~SimulatedProvider() override;

    // Listens on 127.0.0.1 only. port 0 picks a free port. Returns false and sets errorString() on failure.
    bool listen(quint16 port = 0);
    // A server restart, first half: closes the port and drops every connection with a reset (answers held back
    // by Fault::Slow are lost), as a crashed or redeployed server does. The jobs (their timing, so they run on
    // while it is down), queued faults, counters, the rate limit and the request log stay: listen(port())
    // again to come back on the same port with the same jobs. port() and the URLs keep their values meanwhile.
    void stopListening();
    bool isListening() const;
    QString errorString() const;
    quint16 port() const;
    QUrl rootUrl() const;                          // http://127.0.0.1:PORT
    QUrl baseUrl(const QString &dialect) const;    // http://127.0.0.1:PORT/<dialect>

    // Bearer-token auth: when set, requests without "Authorization: Bearer <token>" get 401 in the dialect's
    // style, and a token in `scopelessTokens` gets 403 (muvi: missing check_status scope).
    void setToken(const QString &token);
    void addScopelessToken(const QString &token);

    QString createJob(const JobSpec &spec);       // returns the job ID
    bool finishJob(const QString &id);            // completes it now
    bool cancelJob(const QString &id);            // cancels it now
    bool hasJob(const QString &id) const;
    QStringList jobIds() const;

    // Epoch ms at which the job became (or will become) terminal on the server; -1 if unknown.
    qint64 terminalAtMs(const QString &id) const;
    // How the job ends (or ended): its spec's outcome, or finishJob / cancelJob. Empty if unknown.
    std::optional<Outcome> outcomeOf(const QString &id) const;

    int requestCount(const QString &jobId) const;
    QList<Request> requests() const;               // every request, in arrival order
    void clearRequests();

    // Fault injection. A queued fault sequence for one job is consumed one per poll; a mix applies to every
    // poll with the given probabilities (0..1, summing to at most 1). Deterministic when seeded.
    void queueFaults(const QString &jobId, const QList<Fault> &faults);
    void setFaultMix(const QHash<Fault, double> &mix, quint32 seed = 1);
    void setRetryAfterSeconds(int seconds);       // for 429/503 (default 1)
    void setSlowDelayMs(int ms);                  // for Fault::Slow (default 3000)

    // --- extensions beyond the first contract ---
    static QString faultName(Fault fault);
    static std::optional<Fault> faultFromName(const QString &name);
    static QString artifactFaultName(ArtifactFault fault);
    static std::optional<ArtifactFault> artifactFaultFromName(const QString &name);

    QUrl pollUrl(const QString &id) const;         // the job's poll URL, empty if unknown
    QString dialectOf(const QString &id) const;    // empty if unknown
    // Faults for Theo's enqueue endpoints (Unavailable503 answers {error:"queue_unavailable"}); the fault mix
    // applies to job polls only.
    void queueEnqueueFaults(const QList<Fault> &faults);
    // Where Fault::Redirect and nothing else points. A target without a path gets the request's path and
    // query appended, so a second SimulatedProvider can serve the same job ID as "another origin".
    // Empty (default): the same URL on this server, so a redirect is same-origin.
    void setRedirectTarget(const QUrl &target);
    // How long signed scene image URLs stay valid after the body that carries them was rendered (default 10 min).
    void setSignedUrlTtlMs(qint64 ms);
    // When > 0, job polls carry "X-Poll-After-Ms: <ms>" (a server cadence hint, DESIGN.md §4).
    void setPollAfterHintMs(int ms);
    // An account-wide rate limit: API requests (polls, enqueues, lists; not artifacts or /control) above
    // `perSecond` (a token bucket holding `burst`, default one second's worth) get 429 with Retry-After, in
    // the dialect's error style. 0 turns it off (the default). Also POST /control/rate-limit {perSecond, burst}.
    void setRateLimit(double perSecond, int burst = 0);
    int rateLimitedCount() const;                  // 429s the rate limit has answered so far
    // The presets' account lists (sim/simlists.cpp): GET {replicate}/v1/predictions (100 a page, "next" URL with
    // a cursor), {openai}/v1/videos?limit&after&order (default 20, at most 100), {luma}/dream-machine/v1/
    // generations?limit&offset (default 10, at most 100); newest first. A page size > 0 caps every page (to page
    // through few jobs). Queued faults are consumed one per list request (any dialect). A cursor loop makes every
    // page after the first name its own cursor as the next one (a broken server).
    void setListPageSize(int jobs);
    void queueListFaults(const QList<Fault> &faults);
    void setListCursorLoop(bool on);
    // The simulator's clock (epoch ms): job timing, timestamps and the rate limit follow it. Benchmarks share a
    // sped-up clock with the engine to run long workloads in less time. Empty: the system clock.
    void setClock(std::function<qint64()> wallMs);
    qint64 nowMs() const;
    // Creates `count` varied jobs across every dialect, type and outcome (the GUI's --demo, demo-server), with
    // staggered deterministic timing; every ninth meets a 429 first. `brokenResults` adds one completed job per
    // ArtifactFault (IDs job_demoCorruptImage, job_badc0dec0001 (a muvi video that cannot be played),
    // job_demoExpiredLink, job_demoHugeImage, job_demoConnectionReset). Returns the job IDs.
    QStringList createDemoSet(int count, bool brokenResults = false);
    // Two jobs that wait for a long while, each for its own reason (the GUI's --demo --waiting-jobs): a fal
    // request 17 places back in its queue, moving up one place every 5 s (ID kDemoQueuedFalId), and a Runway
    // task throttled for its first two minutes (ID kDemoThrottledRunwayId). Returns their IDs.
    QStringList createWaitingDemoJobs();
    // The presets' balance endpoints (with the key, and Runway's version header, like a poll):
    //   runway  GET {root}/runway/v1/organization          {creditBalance, tier, usage}  (credits)
    //   luma    GET {root}/luma/dream-machine/v1/credits   {credit_balance}              (US cents)
    // The amount starts at setBalance()'s (Runway 12,500 credits, Luma 48,250 cents) and drops with each job of
    // that API that has completed (Runway 25 credits, Luma 40 cents each). With setBalanceFault() every balance
    // request of that API answers with the fault (404, 500, invalid_json, 429, reset, ...) until it is set back
    // to None. Returns false for an API without a balance endpoint.
    bool setBalance(const QString &dialect, double amount);
    bool setBalanceFault(const QString &dialect, Fault fault);
    int balanceRequestCount(const QString &dialect) const;
    static bool hasBalance(const QString &dialect);

    static constexpr auto kDemoQueuedFalId = "fa1de40a-0000-4000-8000-000000000001";
    static constexpr auto kDemoThrottledRunwayId = "de7a70ed-0000-4000-8000-000000000002";
Q_SIGNALS:
    void requestReceived(const jw::SimulatedProvider::Request &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Qt 6.4 has no qHash for enum classes; QHash<Fault, double> (setFaultMix) needs one.
inline size_t qHash(SimulatedProvider::Fault fault, size_t seed = 0) noexcept
{
    return ::qHash(int(fault), seed);
}

} // namespace jw
