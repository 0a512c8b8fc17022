#pragma once
// One window per user and data folder. The first `jobwatch` listens on a local socket; a later one connects,
// sends its LaunchRequest (one JSON line) and waits for the answer: "ok", or the reason the running window
// refused it (an unknown profile), and then exits. A socket left behind by a crashed instance refuses the
// connection; it is then removed and taken over.
//
// The socket is named per user and per data folder ($XDG_RUNTIME_DIR, else the temporary folder;
// "jobwatch-<uid>-<hash of the data folder>"), so windows on different data folders (and hermetic tests) never
// meet. It is readable by its owner only.

#include "application/launchrequest.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

class QLocalServer;
class QLocalSocket;

namespace jw {

class InstanceChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceChannel)
public:
    // Answers a request (the window applies it).
    using Handler = std::function<LaunchAnswer(const LaunchRequest &)>;

    static constexpr qsizetype kMaxRequestBytes = 8 * 1024 * 1024;

    explicit InstanceChannel(const QString &dataDir, QObject *parent = nullptr);
    ~InstanceChannel() override;

    static QString socketName(const QString &dataDir);
    QString socketName() const { return m_name; }

    enum class Forward {
        NoInstance, // nobody listens (no socket, or a stale one): be the instance
        Delivered,  // the running window took the request
        Refused,    // it answered with a reason (error())
        Failed,     // it did not answer in time, or the request could not be sent (error())
    };
    // Blocks for at most `timeoutMs` (before the window exists; no event loop runs meanwhile).
    Forward forward(const LaunchRequest &request, int timeoutMs = 5000);
    // Starts listening (after forward() found no instance), taking over a stale socket. False and error() when
    // that fails.
    bool listen(Handler handler);
    bool isListening() const;
    QString error() const { return m_error; }
    QStringList notes() const { return m_notes; } // Delivered: what the window said about the request

private:
    void onConnection();
    void answer(QLocalSocket *socket);

    QString m_name;
    QString m_error;
    QStringList m_notes;
    QLocalServer *m_server = nullptr;
    Handler m_handler;
};

} // namespace jw
