#pragma once
// "Test connection" (the profile dialog and `jobwatch-cli profiles test`): one status request for a given
// job ID, or for a probe ID, under the profile's dialect and auth form, and the specific outcome: OK,
// unauthorised (401), missing scope (403, e.g. muvi's check_status), forbidden, not found (404: the key was
// accepted, the job is unknown), unreachable, TLS error, wrong dialect (the response did not parse), rate
// limited, server error, refused (bad URL or a redirect). Asynchronous, a single finished(); no key in any text.

#include "model/profile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace jw {

class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)
public:
    enum class Outcome {
        Ok, NotFound, Unauthorised, MissingScope, Forbidden, Unreachable, TlsError, WrongDialect, RateLimited,
        ServerError, Refused,
    };
    Q_ENUM(Outcome)
    struct Result {
        Outcome outcome = Outcome::Unreachable;
        int httpStatus = 0;
        QString message; // one line for the user (never the key)
        QString url;     // what was requested
        qint64 elapsedMs = 0;
        bool success() const { return outcome == Outcome::Ok || outcome == Outcome::NotFound; }
    };

    static constexpr auto kProbeId = "jobwatch-connection-probe";
    static QString outcomeName(Outcome outcome); // "ok", "unauthorised", "missing-scope", ...

    explicit ConnectionTest(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ConnectionTest() override;

    // `jobId` empty: a probe ID (a 404 then means "key accepted"). A running test is aborted first.
    void start(const Profile &profile, const QString &key, const QString &jobId = {});
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void finished(const jw::ConnectionTest::Result &result);

private:
    void onFinished();
    void finish(Result result);

    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    Profile m_profile;
    QString m_key;
    QString m_jobId;
    QString m_url;
    bool m_sslError = false;
    QElapsedTimer m_clock;
};

} // namespace jw
