#include "application/instancechannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(InstanceChannel) };

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

InstanceChannel::InstanceChannel(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_name(socketName(dataDir))
{
}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::socketName(const QString &dataDir)
{
    const QString canonical = QFileInfo(dataDir).canonicalFilePath();
    const QString folder = QDir::cleanPath(canonical.isEmpty() ? QFileInfo(dataDir).absoluteFilePath() : canonical);
    const QByteArray hash = QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty() || !QFileInfo(runtime).isDir())
        runtime = QDir::tempPath();
    return runtime + u"/jobwatch-"_s + QString::number(::getuid()) + u'-' + QString::fromLatin1(hash);
}

InstanceChannel::Forward InstanceChannel::forward(const LaunchRequest &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return Forward::NoInstance; // no socket, or one nobody listens on (a crashed instance's)
    const QByteArray message = line(request.toJson());
    socket.write(message);
    QByteArray reply;
    while (!reply.contains('\n')) {
        if (socket.bytesToWrite() > 0 && !socket.waitForBytesWritten(timeoutMs))
            break;
        if (socket.bytesToWrite() == 0 && !socket.waitForReadyRead(timeoutMs))
            break;
        reply += socket.readAll();
    }
    reply += socket.readAll();
    if (!reply.contains('\n')) {
        m_error = Tr::tr("the running Jobwatch window did not answer (%1)").arg(socket.errorString());
        return Forward::Failed;
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply.left(reply.indexOf('\n'))).object();
    if (answer.value(u"ok"_s).toBool()) {
        for (const QJsonArray notes = answer.value(u"notes"_s).toArray(); const QJsonValue &note : notes)
            m_notes << note.toString();
        return Forward::Delivered;
    }
    m_error = answer.value(u"error"_s).toString();
    if (m_error.isEmpty())
        m_error = Tr::tr("the running Jobwatch window gave an answer that is not understood");
    return Forward::Refused;
}

bool InstanceChannel::listen(Handler handler)
{
    m_handler = std::move(handler);
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::onConnection);
    // forward() found nobody listening: a socket file left there is a crashed instance's. (Two windows started
    // in the same instant can both get here; the later one then takes the socket over.)
    if (QFileInfo::exists(m_name))
        QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return true;
    m_error = Tr::tr("cannot listen on %1: %2").arg(m_name, m_server->errorString());
    return false;
}

bool InstanceChannel::isListening() const
{
    return m_server && m_server->isListening();
}

void InstanceChannel::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { answer(socket); });
        if (socket->bytesAvailable() > 0)
            answer(socket);
    }
}

void InstanceChannel::answer(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequestBytes) {
            socket->write(line({{u"error"_s, Tr::tr("the request is too large")}}));
            socket->disconnectFromServer();
        }
        return;
    }
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    const QByteArray message = socket->readLine().trimmed();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(message, &parseError);
    const std::optional<LaunchRequest> request = document.isObject() ? LaunchRequest::fromJson(document.object()) : std::nullopt;
    LaunchAnswer reply;
    if (!request)
        reply.refusal = Tr::tr("the request is not understood (is the other jobwatch a different version?)");
    else if (m_handler)
        reply = m_handler(*request);
    socket->write(line(reply.accepted() ? QJsonObject{{u"ok"_s, true}, {u"notes"_s, QJsonArray::fromStringList(reply.notes)}}
                                        : QJsonObject{{u"error"_s, reply.refusal}}));
    socket->disconnectFromServer(); // after the answer is written
}

} // namespace jw
