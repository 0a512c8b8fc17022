#pragma once
// The explicit opt-in plaintext key file, for machines without a keychain (DESIGN.md §5): a JSON object
// {profileId: key} written atomically with 0600 permissions. Every use emits warning(), which the UI and the
// CLI show each time. Answers come on the next event-loop turn, like the keychain.

#include "profiles/writablesecretstore.h"

#include <QHash>

namespace jw {

class FileSecretStore final : public WritableSecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSecretStore)
public:
    explicit FileSecretStore(const QString &filePath, QObject *parent = nullptr);

    // <config>/jobwatch/keys.json next to the settings file.
    static QString defaultPath(const QString &settingsPath);
    QString filePath() const { return m_path; }
    QString warningText() const;

    void requestKey(const QString &profileId) override;
    void writeKey(const QString &profileId, const QString &key) override;
    void deleteKey(const QString &profileId) override;

Q_SIGNALS:
    void warning(const QString &text);

private:
    QHash<QString, QString> load(QString *error) const;
    QString save(const QHash<QString, QString> &keys) const; // error or empty

    QString m_path;
};

} // namespace jw
