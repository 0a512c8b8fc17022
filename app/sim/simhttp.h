#pragma once
// The simulated provider's HTTP plumbing: a QAbstractHttpServer that hands every request with its raw socket to
// one handler, and a writer for complete (or deliberately broken) HTTP/1.1 responses. Writing to the socket
// directly lets the simulator truncate bodies, reset connections and answer late without blocking.

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

class QTcpSocket;

namespace jw::sim {

struct HttpReply {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Retry-After, Location, ...)
};

class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit HttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

QByteArray reasonPhrase(int status);
// Writes a whole response. headOnly: headers (with the real Content-Length) but no body.
void writeReply(QTcpSocket *socket, const HttpReply &reply, bool headOnly = false);
// Announces the full Content-Length, sends only the first half of the body, then closes the connection.
void writeTruncated(QTcpSocket *socket, const HttpReply &reply);
// Announces a Content-Length of `declaredBytes` (more than the body), sends the body, then closes: a download far
// bigger than any size cap, without sending it.
void writeOversized(QTcpSocket *socket, const HttpReply &reply, qint64 declaredBytes);
// Closes the connection with a TCP reset and no response at all.
void resetConnection(QTcpSocket *socket);

} // namespace jw::sim
