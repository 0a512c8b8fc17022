#pragma once
// The profiles the app knows (in memory for now; persistence comes with settings). Ids are unique; names are
// what the user sees and are unique too. Emits changed() after every add/remove. The names of profiles that are
// gone but still have jobs in the history are remembered (rememberNames) so those jobs keep their label.

#include "model/profile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace jw {

class ProfileList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileList)
public:
    explicit ProfileList(QObject *parent = nullptr);

    // Adds `profile`, or replaces the one with the same id. False and a one-line reason when the id or name is
    // empty, or the name belongs to another profile.
    bool add(const Profile &profile, QString *error = nullptr);
    bool remove(const QString &id);
    const Profile *find(const QString &id) const;       // nullptr when absent
    const Profile *byName(const QString &name) const;   // case-insensitive; nullptr when absent
    const QList<Profile> &all() const { return m_profiles; }
    qsizetype size() const { return m_profiles.size(); }
    bool isEmpty() const { return m_profiles.isEmpty(); }
    // The profile's name, else its remembered name, else the id itself (for labels).
    QString displayName(const QString &id) const;
    // The profile's name, else its remembered name, else empty.
    QString nameOf(const QString &id) const;
    // Names of profiles that may be gone (from the job history); a configured profile's own name wins.
    // Emits namesChanged() when something new was learned.
    void rememberNames(const QHash<QString, QString> &names);
    // Every id with a name: the configured profiles and the remembered ones.
    QHash<QString, QString> names() const;

Q_SIGNALS:
    void changed();
    void namesChanged(); // after changed(), and when remembered names arrive

private:
    QList<Profile> m_profiles;
    QHash<QString, QString> m_remembered;
};

} // namespace jw
