#include "profiles/profilestore.h"

#include "model/profilelist.h"
#include "formats/registry.h"
#include "profiles/profilejson.h"
#include "profiles/secretvault.h"
#include "profiles/settings.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Profiles) };
}

ProfileStore::ProfileStore(Settings *settings, ProfileList *list, SecretVault *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_list(list)
    , m_secrets(secrets)
{
    m_secrets->setBackend(fileStoreOptIn() ? SecretVault::Backend::File : SecretVault::Backend::Keychain);
    // jwt-hs256 keys (an access key and a secret key) are kept as two keychain entries.
    m_secrets->setTwoPartLookup([list](const QString &id) {
        const Profile *p = list->find(id);
        if (!p)
            return false;
        if (p->auth)
            return p->auth->scheme == AuthForm::Scheme::JwtHs256;
        const std::unique_ptr<Dialect> dialect = dialectFor(*p);
        return dialect && dialect->auth().scheme == AuthForm::Scheme::JwtHs256;
    });
    m_loading = true;
    const QJsonArray saved = m_settings->value("profiles"_L1).toArray();
    for (qsizetype i = 0; i < saved.size(); ++i) {
        Profile p;
        QString error;
        if (!saved.at(i).isObject() || !profileFromJson(saved.at(i).toObject(), &p, &error) || p.id.isEmpty()
            || !m_list->add(p, &error)) {
            m_loadErrors.append(Tr::tr("saved profile %1 skipped: %2")
                                    .arg(i + 1)
                                    .arg(error.isEmpty() ? Tr::tr("not a profile object") : error));
        }
    }
    m_loading = false;
    for (const auto &[id, key] : m_settings->takeLegacyKeys())
        m_secrets->writeKey(id, key);
    connect(m_list, &ProfileList::changed, this, &ProfileStore::persist);
    connect(m_secrets, &WritableSecretStore::keyWritten, this, &ProfileStore::keySaved);
    connect(m_secrets, &WritableSecretStore::keyDeleted, this,
            [this](const QString &id, const QString &error, bool) { Q_EMIT keyRemoved(id, error); });
}

void ProfileStore::persist()
{
    if (m_loading)
        return;
    QJsonArray profiles;
    for (const Profile &p : m_list->all()) {
        if (!m_transient.contains(p.id))
            profiles.append(profileToJson(p));
    }
    m_settings->setValue("profiles"_L1, profiles);
}

bool ProfileStore::save(Profile &profile, const QString &key, QString *error)
{
    profile.name = profile.name.trimmed();
    const ProfileProblems problems = validateProfile(profile, m_list->all());
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.first();
        return false;
    }
    if (profile.id.isEmpty())
        profile.id = newProfileId();
    if (!m_list->add(profile, error))
        return false;
    if (!key.isEmpty())
        setKey(profile.id, key);
    return true;
}

void ProfileStore::setKey(const QString &profileId, const QString &key)
{
    m_secrets->writeKey(profileId, key);
}

bool ProfileStore::remove(const QString &id)
{
    // NOLINTNEXTLINE(performance-unnecessary-copy-initialization): `id` may refer into the list entry removed below
    const QString profileId = id;
    if (!m_list->find(profileId))
        return false;
    m_secrets->deleteKey(profileId); // while the profile still says how its key is stored (one entry or two)
    m_list->remove(profileId);
    m_transient.remove(profileId);
    return true;
}

void ProfileStore::setFileStoreOptIn(bool on)
{
    m_settings->setValue("secrets/backend"_L1, on ? u"file"_s : u"keychain"_s);
    m_secrets->setBackend(on ? SecretVault::Backend::File : SecretVault::Backend::Keychain);
}

bool ProfileStore::fileStoreOptIn() const
{
    return m_settings->value("secrets/backend"_L1).toString() == u"file"_s;
}

} // namespace jw
