#include "profiles/filesecretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(SecretStore) };
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

FileSecretStore::FileSecretStore(const QString &filePath, QObject *parent)
    : WritableSecretStore(parent)
    , m_path(filePath)
{
}

QString FileSecretStore::defaultPath(const QString &settingsPath)
{
    return QFileInfo(settingsPath).absolutePath() + u"/keys.json"_s;
}

QString FileSecretStore::warningText() const
{
    return Tr::tr("Warning: API keys are stored unencrypted in %1 (readable by your user account only).").arg(m_path);
}

QHash<QString, QString> FileSecretStore::load(QString *error) const
{
    QHash<QString, QString> keys;
    QFile file(m_path);
    if (!file.exists())
        return keys;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read the key file %1").arg(m_path);
        return keys;
    }
    if ((file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)) != 0) {
        *error = Tr::tr("the key file %1 is readable by others; refusing to use it (chmod 600 it)").arg(m_path);
        return keys;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        keys.insert(it.key(), it.value().toString());
    return keys;
}

QString FileSecretStore::save(const QHash<QString, QString> &keys) const
{
    QJsonObject o;
    for (auto it = keys.begin(); it != keys.end(); ++it)
        o.insert(it.key(), it.value());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    // The temp file gets 0600 before any key is written into it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly))
        return Tr::tr("cannot write the key file %1").arg(m_path);
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Tr::tr("cannot write the key file %1: %2").arg(m_path, file.errorString());
    QFile::setPermissions(m_path, kOwnerOnly);
    return {};
}

void FileSecretStore::requestKey(const QString &profileId)
{
    QTimer::singleShot(0, this, [this, profileId] {
        Q_EMIT warning(warningText());
        QString error;
        const QHash<QString, QString> keys = load(&error);
        if (error.isEmpty() && !keys.contains(profileId))
            error = Tr::tr("no API key is saved for this profile");
        Q_EMIT keyReady(profileId, error.isEmpty() ? keys.value(profileId) : QString(), error);
    });
}

void FileSecretStore::writeKey(const QString &profileId, const QString &key)
{
    QTimer::singleShot(0, this, [this, profileId, key] {
        Q_EMIT warning(warningText());
        QString error;
        QHash<QString, QString> keys = load(&error);
        if (error.isEmpty()) {
            keys.insert(profileId, key);
            error = save(keys);
        }
        Q_EMIT keyWritten(profileId, error, false);
    });
}

void FileSecretStore::deleteKey(const QString &profileId)
{
    QTimer::singleShot(0, this, [this, profileId] {
        Q_EMIT warning(warningText());
        QString error;
        QHash<QString, QString> keys = load(&error);
        if (error.isEmpty() && keys.remove(profileId) > 0)
            error = save(keys);
        Q_EMIT keyDeleted(profileId, error, false);
    });
}

} // namespace jw
