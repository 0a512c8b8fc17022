#include "sim/simhttp.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace jw::sim {

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    writeReply(socket, {404, QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"error\":\"not_found\"}"), {}});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 206: return QByteArrayLiteral("Partial Content");
    case 302: return QByteArrayLiteral("Found");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 416: return QByteArrayLiteral("Range Not Satisfiable");
    case 422: return QByteArrayLiteral("Unprocessable Entity");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Status");
    }
}

namespace {
QByteArray head(const HttpReply &reply, qsizetype contentLength)
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out;
}
} // namespace

void writeReply(QTcpSocket *socket, const HttpReply &reply, bool headOnly)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out = head(reply, reply.body.size());
    if (!headOnly)
        out += reply.body;
    socket->write(out);
}

void writeTruncated(QTcpSocket *socket, const HttpReply &reply)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Promise more than is sent: a body that is cut short even when it is tiny.
    socket->write(head(reply, reply.body.size() + 64) + reply.body.left(reply.body.size() / 2));
    socket->disconnectFromHost(); // flushes what was written, then closes
}

void writeOversized(QTcpSocket *socket, const HttpReply &reply, qint64 declaredBytes)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(head(reply, qMax(declaredBytes, qint64(reply.body.size()))) + reply.body);
    socket->disconnectFromHost();
}

void resetConnection(QTcpSocket *socket)
{
    if (!socket)
        return;
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    if (const qintptr fd = socket->socketDescriptor(); fd != -1) {
        const linger lingerOff{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lingerOff, sizeof lingerOff);
    }
    socket->abort();
}

} // namespace jw::sim
