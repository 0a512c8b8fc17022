#pragma once
// The application's settings file (DESIGN.md §1, STYLE.md "Settings and secrets"): one table of keys (name,
// scope, default), a version ("settingsVersion") with a migration from older layouts, an in-memory cache, and
// debounced atomic writes (QSaveFile: temp file + rename). Settings never hold an API key: a migration that
// finds one in an old layout strips it and hands it out (takeLegacyKeys) for the SecretStore.

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTimer>

namespace jw {

class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)
public:
    static constexpr int kVersion = 1;
    enum class Scope { Meta, Profiles, Secrets, History, Archive, Notify };
    struct Key {
        QLatin1StringView name;
        Scope scope;
        QJsonValue defaultValue;
    };
    // The table of every key this version knows.
    static const QList<Key> &keys();

    // Loads (and migrates) `filePath`; a missing file is an empty, current-version settings. An unreadable or
    // newer file is reported in loadError() and never overwritten.
    explicit Settings(const QString &filePath, QObject *parent = nullptr);
    ~Settings() override; // writes pending changes

    // $JOBWATCH_SETTINGS, or <config>/jobwatch/settings.json (shared by jobwatch and jobwatch-cli).
    static QString defaultPath();

    QString filePath() const { return m_path; }
    QString loadError() const { return m_loadError; }
    // The value of a key from the table (its default when unset). Unknown keys are a programming error.
    QJsonValue value(QLatin1StringView key) const;
    void setValue(QLatin1StringView key, const QJsonValue &value);
    void setSaveDelay(int ms) { m_saveTimer.setInterval(ms); }
    bool isDirty() const { return m_dirty; }
    // Writes now if anything changed; false and a one-line reason on failure.
    bool flush(QString *error = nullptr);

    // (profileId, key) pairs found in an old layout and removed from it; the caller moves them to the store.
    QList<QPair<QString, QString>> takeLegacyKeys();

    // Brings a document of any older layout to kVersion. Pure; used by the constructor and by tests.
    static QJsonObject migrate(QJsonObject root, QList<QPair<QString, QString>> *legacyKeys);

Q_SIGNALS:
    void saveFailed(const QString &reason);

private:
    static const Key *findKey(QLatin1StringView name);

    QString m_path;
    QString m_loadError;
    QJsonObject m_root;
    QList<QPair<QString, QString>> m_legacyKeys;
    QTimer m_saveTimer;
    bool m_dirty = false;
    bool m_readOnly = false;
};

} // namespace jw
