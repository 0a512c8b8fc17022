#include "profiles/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Settings) };

constexpr int kDefaultSaveDelayMs = 300;
constexpr qint64 kMaxSettingsBytes = 16 * 1024 * 1024;

// v0 (before "settingsVersion"): profiles with flat poll fields, "url" for the base URL and, worst of all,
// the API key inline ("apiKey" or "key"). v1 nests poll settings under "poll" and holds no key.
QJsonObject migrateProfileV0(QJsonObject p, QList<QPair<QString, QString>> *legacyKeys)
{
    for (const auto name : {"apiKey"_L1, "key"_L1, "token"_L1}) {
        if (p.contains(name)) {
            const QString key = p.value(name).toString();
            if (!key.isEmpty() && legacyKeys)
                legacyKeys->append({p.value("id"_L1).toString(), key});
            p.remove(name);
        }
    }
    if (p.contains("url"_L1) && !p.contains("baseUrl"_L1))
        p.insert("baseUrl"_L1, p.value("url"_L1));
    p.remove("url"_L1);
    QJsonObject poll = p.value("poll"_L1).toObject();
    for (const auto name : {"adaptive"_L1, "intervalMs"_L1, "ratePerSecond"_L1, "burst"_L1, "concurrency"_L1, "maxWaitMs"_L1}) {
        if (p.contains(name)) {
            poll.insert(name, p.value(name));
            p.remove(name);
        }
    }
    if (!poll.isEmpty())
        p.insert("poll"_L1, poll);
    return p;
}
} // namespace

const QList<Settings::Key> &Settings::keys()
{
    static const QList<Key> table{
        {"settingsVersion"_L1, Scope::Meta, kVersion},
        {"profiles"_L1, Scope::Profiles, QJsonArray()},
        {"secrets/backend"_L1, Scope::Secrets, u"keychain"_s}, // "keychain", or "file" (explicit opt-in)
        {"history/resumeOnStart"_L1, Scope::History, true}, // restored unfinished jobs poll again at once (else stopped)
        {"history/retentionDays"_L1, Scope::History, 0},    // on start, remove jobs idle for longer; 0 keeps them all
        // The results archive: folder ("" = <AppDataLocation>/results), file name pattern, what is archived.
        {"archive/folder"_L1, Scope::Archive, u""_s},
        {"archive/pattern"_L1, Scope::Archive, u"{profile}/{date}/{id}-{n}.{ext}"_s},
        {"archive/policy"_L1, Scope::Archive, u"all"_s}, // "all", "expiring" or "off"
        // The largest result the artifact fetcher downloads, in MiB (1024 × 1024 bytes); 200 unless changed.
        {"archive/downloadLimitMiB"_L1, Scope::Archive, 200},
        // When jobs end (JobEndings): the tray icon, notifications, what closing the window with jobs running
        // does ("ask", "tray", "quit"), and the global run-on-finish command with its timeout.
        {"notify/trayIcon"_L1, Scope::Notify, true},
        {"notify/notifications"_L1, Scope::Notify, true},
        {"notify/closeAction"_L1, Scope::Notify, u"ask"_s},
        {"notify/onFinish"_L1, Scope::Notify, u""_s},
        {"notify/onFinishTimeoutSeconds"_L1, Scope::Notify, 60},
    };
    return table;
}

const Settings::Key *Settings::findKey(QLatin1StringView name)
{
    for (const Key &k : keys()) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

QString Settings::defaultPath()
{
    const QString overridden = qEnvironmentVariable("JOBWATCH_SETTINGS");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/jobwatch/settings.json"_s;
}

QJsonObject Settings::migrate(QJsonObject root, QList<QPair<QString, QString>> *legacyKeys)
{
    int version = root.value("settingsVersion"_L1).toInt(0);
    if (version < 1) {
        QJsonArray profiles;
        for (const QJsonArray old = root.value("profiles"_L1).toArray(); const QJsonValue &v : old) {
            if (v.isObject())
                profiles.append(migrateProfileV0(v.toObject(), legacyKeys));
        }
        root.insert("profiles"_L1, profiles);
        version = 1;
    }
    root.insert("settingsVersion"_L1, version);
    return root;
}

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kDefaultSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { flush(); });

    QFile file(m_path);
    if (!file.exists()) {
        m_root.insert("settingsVersion"_L1, kVersion);
        return;
    }
    if (file.size() > kMaxSettingsBytes || !file.open(QIODevice::ReadOnly)) {
        m_loadError = Tr::tr("cannot read the settings file %1").arg(m_path);
        m_readOnly = true;
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        m_loadError = Tr::tr("the settings file %1 is not valid JSON (%2); it is left untouched")
                          .arg(m_path, parseError.errorString());
        m_readOnly = true;
        return;
    }
    const QJsonObject root = doc.object();
    const int version = root.value("settingsVersion"_L1).toInt(0);
    if (version > kVersion) {
        m_loadError = Tr::tr("the settings file %1 was written by a newer version (%2); it is left untouched")
                          .arg(m_path).arg(version);
        m_root = root;
        m_readOnly = true;
        return;
    }
    m_root = migrate(root, &m_legacyKeys);
    if (version < kVersion) { // write the migrated layout (without any key) soon
        m_dirty = true;
        m_saveTimer.start();
    }
}

Settings::~Settings()
{
    flush();
}

QJsonValue Settings::value(QLatin1StringView key) const
{
    const Key *k = findKey(key);
    Q_ASSERT_X(k, "Settings::value", "key missing from the settings table");
    if (!k)
        return {};
    const QJsonValue v = m_root.value(key);
    return v.isUndefined() ? k->defaultValue : v;
}

void Settings::setValue(QLatin1StringView key, const QJsonValue &value)
{
    Q_ASSERT_X(findKey(key), "Settings::setValue", "key missing from the settings table");
    if (m_root.value(key) == value)
        return;
    m_root.insert(key, value);
    m_dirty = true;
    m_saveTimer.start();
}

bool Settings::flush(QString *error)
{
    m_saveTimer.stop();
    if (!m_dirty || m_readOnly)
        return true;
    if (m_path.isEmpty()) { // in memory (tests): nothing to write
        m_dirty = false;
        return true;
    }
    QString reason;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        reason = Tr::tr("cannot write the settings file %1: %2").arg(m_path, file.errorString());
    } else {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QJsonDocument(m_root).toJson(QJsonDocument::Indented));
        if (!file.commit())
            reason = Tr::tr("cannot write the settings file %1: %2").arg(m_path, file.errorString());
    }
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        Q_EMIT saveFailed(reason);
        return false;
    }
    m_dirty = false;
    return true;
}

QList<QPair<QString, QString>> Settings::takeLegacyKeys()
{
    return std::exchange(m_legacyKeys, {});
}

} // namespace jw
