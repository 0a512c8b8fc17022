#pragma once
// The simulated provider (DESIGN.md §6): a QHttpServer on 127.0.0.1 that speaks the four native dialects
// (and the presets' APIs) with realistic timing, real artifacts, control endpoints, per-job request counters,
// fault injection and bearer-token auth. Tests, the demo and the benchmarks all use it.
//
// Each dialect lives under its own path prefix so the four can share one port:
//   theo   {base}/theo/api/v1/jobs/{id}        vidocu {base}/vidocu/v1/jobs/{id}
//   scenes {base}/scenes/v1/jobs/{uuid}        muvi   {base}/muvi/v1/jobs/{jobId}
// baseUrl(dialect) returns "{base}/{dialect}", which is what a profile's base URL is set to.
// Job progress is computed from the wall clock when a request arrives; the server needs no timers per job.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace jw {

class SimulatedProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedProvider)
public:
    enum class Outcome { Completed, Failed, Cancelled };
    enum class Fault { None, RateLimited429, Unavailable503, ServerError500, Slow, InvalidJson, Truncated, Reset, NotFound404 };

    struct JobSpec {
        QString dialect = QStringLiteral("theo");   // theo, vidocu, scenes, muvi (or a preset's name)
        QString type;                                // dialect job type: video, image, research, document,
                                                     // analysis, export, story, ...; empty = dialect default
        qint64 queueMs = 500;                        // time spent queued
        qint64 runMs = 5000;                         // time spent running after the queue
        Outcome outcome = Outcome::Completed;
        QString id;                                  // empty = generated in the dialect's ID shape
    };

    // One recorded request, for tests ("no request after Stop", "no Authorization on another origin").
    struct Request {
        qint64 atMs = 0;          // epoch ms when it arrived
        QString method;
        QString path;             // URL path, e.g. /theo/api/v1/jobs/job_1
        QString jobId;            // empty when not a job poll
        QByteArray authorization; // the Authorization header as received (empty if none)
        QMap<QByteArray, QByteArray> headers;
        int status = 0;           // the HTTP status answered
    };

    explicit SimulatedProvider(QObject *parent = nullptr);
    ~SimulatedProvider() override;

    // Listens on 127.0.0.1 only. port 0 picks a free port. Returns false and sets errorString() on failure.
    bool listen(quint16 port = 0);
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

    int requestCount(const QString &jobId) const;
    QList<Request> requests() const;               // every request, in arrival order
    void clearRequests();

    // Fault injection. A queued fault sequence for one job is consumed one per poll; a mix applies to every
    // poll with the given probabilities (0..1, summing to at most 1). Deterministic when seeded.
    void queueFaults(const QString &jobId, const QList<Fault> &faults);
    void setFaultMix(const QHash<Fault, double> &mix, quint32 seed = 1);
    void setRetryAfterSeconds(int seconds);       // for 429/503 (default 1)
    void setSlowDelayMs(int ms);                  // for Fault::Slow (default 3000)

Q_SIGNALS:
    void requestReceived(const jw::SimulatedProvider::Request &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace jw
