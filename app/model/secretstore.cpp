#include "model/secretstore.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(SecretStore) };
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
    connect(this, &SecretStore::keyReady, this, &SecretStore::answerReaders);
}

KeyReply *SecretStore::readKey(const QString &profileId)
{
    auto *reply = new KeyReply(this);
    m_readers[profileId].append(reply);
    requestKey(profileId);
    return reply;
}

// Stores answer a profile's requests in the order they were made: each answer goes to the oldest read.
void SecretStore::answerReaders(const QString &profileId, const QString &key, const QString &error)
{
    const auto it = m_readers.find(profileId);
    if (it == m_readers.end())
        return; // a request made with requestKey() directly
    const QPointer<KeyReply> reply = it->takeFirst();
    if (it->isEmpty())
        m_readers.remove(profileId);
    if (!reply)
        return;
    Q_EMIT reply->finished(key, error);
    reply->deleteLater();
}

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void MemorySecretStore::setKey(const QString &profileId, const QString &key)
{
    m_keys.insert(profileId, key);
}

void MemorySecretStore::removeKey(const QString &profileId)
{
    m_keys.remove(profileId);
}

bool MemorySecretStore::setKeyFromEnvironment(const QString &profileId, const QString &variable, QString *error)
{
    const QString value = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
    if (variable.isEmpty() || value.isEmpty()) {
        if (error)
            *error = Tr::tr("environment variable %1 is not set or empty").arg(variable);
        return false;
    }
    setKey(profileId, value);
    return true;
}

void MemorySecretStore::requestKey(const QString &profileId)
{
    // Answer on the next event-loop turn, like a real keychain: callers must not rely on a synchronous reply.
    const QString key = m_keys.value(profileId);
    QTimer::singleShot(0, this, [this, profileId, key] { Q_EMIT keyReady(profileId, key, QString()); });
}

QString redactKey(const QString &key)
{
    const QString dots = u"\u2022\u2022\u2022\u2022"_s;
    if (key.size() < 8) // a short key would be half revealed by its last four characters
        return dots;
    return dots + key.right(4);
}

QString scrubKey(QString text, const QString &key)
{
    if (key.isEmpty())
        return text;
    return text.replace(key, redactKey(key));
}

} // namespace jw
