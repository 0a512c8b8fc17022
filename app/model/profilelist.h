#pragma once
// The profiles the app knows (in memory for now; persistence comes with settings). Ids are unique; names are
// what the user sees and are unique too. Emits changed() after every add/remove.

#include "model/profile.h"

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
    // The profile's name, or the id itself when unknown (for labels).
    QString displayName(const QString &id) const;

Q_SIGNALS:
    void changed();

private:
    QList<Profile> m_profiles;
};

} // namespace jw
