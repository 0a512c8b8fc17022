#include "demo/demosession.h"

#include "application/application.h"
#include "engine/scheduler.h"
#include "model/profile.h"
#include "sim/simulatedprovider.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Application) };

// The demo token; shown only redacted ("••••c0de").
constexpr auto kDemoToken = "jw-demo-token-5e1f-c0de";

constexpr const char *kDemoDialects[] = {"theo", "vidocu", "scenes", "muvi"};
} // namespace

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
{
}

DemoSession::~DemoSession() = default;

QString DemoSession::profileId(const QString &dialect)
{
    return u"demo-"_s + dialect;
}

bool DemoSession::start(Application &app, int jobCount, QString *error, bool brokenResults, bool waitingJobs)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (m_provider)
        return fail(Tr::tr("the demo is already running"));
    auto provider = std::make_unique<SimulatedProvider>();
    if (!provider->listen(0))
        return fail(Tr::tr("the demo server could not start: %1").arg(provider->errorString()));
    const QString token = QString::fromLatin1(kDemoToken);
    provider->setToken(token);
    provider->setRetryAfterSeconds(3);
    m_provider = std::move(provider);

    QStringList dialects;
    for (const char *name : kDemoDialects)
        dialects.append(QString::fromLatin1(name));
    if (waitingJobs) // and a Luma profile, so that the status bar shows two balances (Runway's and Luma's)
        dialects << u"fal"_s << u"runway"_s << u"luma"_s;
    for (const QString &dialect : std::as_const(dialects)) {
        Profile profile;
        profile.id = profileId(dialect);
        profile.name = Tr::tr("%1 demo", "profile name, e.g. Theo demo").arg(dialect.at(0).toUpper() + dialect.mid(1));
        profile.dialect = dialect;
        profile.baseUrl = m_provider->baseUrl(dialect);
        QString reason;
        if (!app.addProfile(profile, token, &reason))
            return fail(reason);
    }

    QStringList ids = m_provider->createDemoSet(jobCount, brokenResults);
    if (waitingJobs)
        ids += m_provider->createWaitingDemoJobs();
    for (const QString &id : std::as_const(ids)) {
        QString reason;
        if (app.scheduler()->watch(profileId(m_provider->dialectOf(id)), id, m_provider->pollUrl(id), &reason).isEmpty())
            return fail(reason);
    }
    return true;
}

} // namespace jw
