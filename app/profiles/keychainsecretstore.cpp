#include "profiles/keychainsecretstore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(SecretStore) };
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : WritableSecretStore(parent)
    , m_service(service)
{
}

QString KeychainSecretStore::entryName(const QString &profileId)
{
    return u"profile/"_s + profileId;
}

QString KeychainSecretStore::describe(const QKeychain::Job &job, bool *unavailable) const
{
    *unavailable = false;
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Tr::tr("no API key is saved for this profile");
    case QKeychain::AccessDeniedByUser:
        return Tr::tr("access to the keychain was denied");
    case QKeychain::CouldNotDeleteEntry:
        return Tr::tr("the key could not be deleted from the keychain: %1").arg(job.errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        break;
    }
    *unavailable = true;
    const QString detail = job.errorString().simplified();
    return Tr::tr("the system keychain is not available (%1)")
        .arg(detail.isEmpty() ? Tr::tr("no Secret Service on the session bus") : detail);
}

void KeychainSecretStore::requestKey(const QString &profileId)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(entryName(profileId));
    connect(job, &QKeychain::Job::finished, this, [this, profileId](QKeychain::Job *done) {
        bool unavailable = false;
        const QString error = describe(*done, &unavailable);
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (unavailable)
            Q_EMIT backendUnavailable(error);
        Q_EMIT keyReady(profileId, error.isEmpty() ? read->textData() : QString(), error);
    });
    job->start();
}

void KeychainSecretStore::writeKey(const QString &profileId, const QString &key)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(entryName(profileId));
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, profileId](QKeychain::Job *done) {
        bool unavailable = false;
        const QString error = describe(*done, &unavailable);
        if (unavailable)
            Q_EMIT backendUnavailable(error);
        Q_EMIT keyWritten(profileId, error, unavailable);
    });
    job->start();
}

void KeychainSecretStore::deleteKey(const QString &profileId)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(entryName(profileId));
    connect(job, &QKeychain::Job::finished, this, [this, profileId](QKeychain::Job *done) {
        bool unavailable = false;
        const QString error = done->error() == QKeychain::EntryNotFound ? QString() : describe(*done, &unavailable);
        if (unavailable)
            Q_EMIT backendUnavailable(error);
        Q_EMIT keyDeleted(profileId, error, unavailable);
    });
    job->start();
}

} // namespace jw
