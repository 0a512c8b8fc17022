#pragma once
// Shared by the tests that check TLS errors fail closed (tst_scheduler, tst_tlsfailclosed): an https server on
// 127.0.0.1:0 with the throwaway self-signed certificate of tests/data/tls, which every client must refuse. It
// counts the handshakes clients started and keeps every byte that arrived over an established channel: a
// request, and so a key, would show up there.

#include <QFile>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QString>
#include <QUrl>

class TlsTestServer final : public QObject
{
public:
    // Loads the certificate and starts listening; false and a reason in *error when either fails.
    bool listen(QString *error)
    {
        QFile certFile(QStringLiteral(JOBWATCH_TEST_DATA_DIR "/tls/selfsigned.crt"));
        QFile keyFile(QStringLiteral(JOBWATCH_TEST_DATA_DIR "/tls/selfsigned.key"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read tests/data/tls: %1 %2").arg(certFile.errorString(), keyFile.errorString());
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakes; });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QIODevice::readyRead, this, [this, socket] { m_received += socket->readAll(); });
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0)) {
            *error = m_server.errorString();
            return false;
        }
        return true;
    }

    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int handshakes() const { return m_handshakes; }
    QByteArray received() const { return m_received; }

private:
    QSslServer m_server;
    int m_handshakes = 0;
    QByteArray m_received;
};
