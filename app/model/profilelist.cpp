#include "model/profilelist.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Profiles) };
}

ProfileList::ProfileList(QObject *parent)
    : QObject(parent)
{
}

bool ProfileList::add(const Profile &profile, QString *error)
{
    QString reason;
    if (profile.id.trimmed().isEmpty())
        reason = Tr::tr("a profile needs an id");
    else if (profile.name.trimmed().isEmpty())
        reason = Tr::tr("profile \"%1\" needs a name").arg(profile.id);
    else if (const Profile *other = byName(profile.name); other && other->id != profile.id)
        reason = Tr::tr("another profile is already named \"%1\"").arg(profile.name);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    for (Profile &existing : m_profiles) {
        if (existing.id == profile.id) {
            if (existing == profile)
                return true;
            existing = profile;
            Q_EMIT changed();
            Q_EMIT namesChanged();
            return true;
        }
    }
    m_profiles.append(profile);
    Q_EMIT changed();
    Q_EMIT namesChanged();
    return true;
}

bool ProfileList::remove(const QString &id)
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            m_profiles.removeAt(i);
            Q_EMIT changed();
            Q_EMIT namesChanged();
            return true;
        }
    }
    return false;
}

const Profile *ProfileList::find(const QString &id) const
{
    for (const Profile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Profile *ProfileList::byName(const QString &name) const
{
    for (const Profile &p : m_profiles) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QString ProfileList::displayName(const QString &id) const
{
    const QString name = nameOf(id);
    return name.isEmpty() ? id : name;
}

QString ProfileList::nameOf(const QString &id) const
{
    const Profile *p = find(id);
    return p ? p->name : m_remembered.value(id);
}

void ProfileList::rememberNames(const QHash<QString, QString> &names)
{
    bool learned = false;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value().isEmpty() || m_remembered.value(it.key()) == it.value())
            continue;
        m_remembered.insert(it.key(), it.value());
        learned = learned || !find(it.key());
    }
    if (learned)
        Q_EMIT namesChanged();
}

QHash<QString, QString> ProfileList::names() const
{
    QHash<QString, QString> out = m_remembered;
    for (const Profile &p : m_profiles)
        out.insert(p.id, p.name);
    return out;
}

} // namespace jw
