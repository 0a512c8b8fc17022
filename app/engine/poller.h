#pragma once
// One status poll: a GET over the shared QNetworkAccessManager with redirects followed by hand (the key is
// dropped on a cross-origin hop), a body cap, a transfer timeout, and TLS errors failing closed (nothing here
// ever calls ignoreSslErrors). The transfer timeout only fires when no byte arrives for that long, so a server
// that trickles a body that never ends would keep it waiting for ever: the whole answer must also arrive within
// kWholeAnswerFactor transfer timeouts, unless it is still coming at kMinBytesPerSecond or more on average (a
// large finished answer with an inline video, on a slow line), when it gets another such window each time.
// A handle with abort() and a single finished(result) (none after abort()).

#include "net/requestbuilder.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace jw {

struct PollResult {
    enum class Outcome {
        Http,         // the server answered (any status; see httpStatus)
        NetworkError, // connection refused/reset, DNS, transfer timeout
        TlsFailure,   // the TLS handshake failed (fails closed; retrying will not help until it is fixed)
        TooLarge,     // the body went over the cap
        Refused,      // a redirect led somewhere the rules forbid, or too many hops
    };
    Outcome outcome = Outcome::NetworkError;
    int httpStatus = 0;
    QByteArray body;
    QString errorText;        // one line, for NetworkError / TooLarge / Refused
    QByteArray retryAfter;    // raw Retry-After header, if any
    qint64 pollAfterMs = -1;  // server poll hint, or -1
    QUrl finalUrl;
    int redirects = 0;
    qint64 lastHopMs = 0;     // duration of the final hop (the server computed the answer about mid-way)
};

class Poller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)
public:
    static constexpr int kWholeAnswerFactor = 4;
    static constexpr qint64 kMinBytesPerSecond = 64 * 1024;

    Poller(QNetworkAccessManager *nam, RequestSpec spec, QObject *parent = nullptr);
    ~Poller() override;

    void start();
    // Aborts the request in flight at once; finished() is not emitted afterwards.
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void finished(const jw::PollResult &result);

private:
    void send(const QUrl &url);
    void onFinished();
    void checkSize(qint64 received, qint64 total);
    void finish(const PollResult &result);

    QNetworkAccessManager *m_nam;
    RequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_hop;
    int m_redirects = 0;
    QTimer m_deadline; // the whole answer's
    int m_windows = 0;      // deadline windows begun
    qint64 m_received = 0;  // bytes of the current hop's body so far
    bool m_tooLarge = false;
    bool m_overdue = false;
    bool m_done = false;
};

} // namespace jw
