// Application, the composition root: profiles + scheduler wiring, and --demo's in-process simulated provider
// that opens into a lively set of jobs (every dialect and outcome, some 429s).

#include "application/application.h"
#include "demo/demosession.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "model/profilelist.h"
#include "engine/scheduler.h"
#include "sim/simulatedprovider.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

class tst_Application : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startDemoAddsOneLoopbackProfilePerDialect();
    void startDemoJobsProgressAndReachEveryOutcome();
    void startDemoRateLimitsSomePolls();
    void startDemoTwiceIsRefused();
    void addProfileRefusesPlainHttpOffLoopback();
    void addProfileRefusesADuplicateName();

private:
    static QSet<JobState> states(const JobList &jobs)
    {
        QSet<JobState> out;
        for (const QString &key : jobs.keys()) {
            const JobRecord r = jobs.value(key);
            if (r.hasSnapshot)
                out.insert(r.snapshot.state);
        }
        return out;
    }
};

void tst_Application::startDemoAddsOneLoopbackProfilePerDialect()
{
    DemoSession demo;
    Application app;
    QSignalSpy changed(app.profiles(), &ProfileList::changed);
    QString error;
    QVERIFY2(demo.start(app, 8, &error), qPrintable(error));
    QVERIFY(demo.provider());
    QCOMPARE(app.profiles()->size(), 4);
    QCOMPARE(changed.count(), 4);
    const QStringList names{u"Theo demo"_s, u"Vidocu demo"_s, u"Scenes demo"_s, u"Muvi demo"_s};
    const QStringList dialects{u"theo"_s, u"vidocu"_s, u"scenes"_s, u"muvi"_s};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Profile *p = app.profiles()->byName(names.at(i));
        QVERIFY2(p, qPrintable(names.at(i)));
        QCOMPARE(p->dialect, dialects.at(i));
        QCOMPARE(p->baseUrl, demo.provider()->baseUrl(dialects.at(i)));
        QCOMPARE(p->baseUrl.host(), u"127.0.0.1"_s);
        QVERIFY(app.scheduler()->hasProfile(p->id));
    }
    QCOMPARE(app.jobs()->size(), 8);
    QSet<QString> profilesUsed;
    for (const QString &key : app.jobs()->keys())
        profilesUsed.insert(app.jobs()->value(key).profileId);
    QCOMPARE(profilesUsed.size(), 4);
}

void tst_Application::startDemoJobsProgressAndReachEveryOutcome()
{
    DemoSession demo;
    Application app;
    QString error;
    QVERIFY2(demo.start(app, 12, &error), qPrintable(error));
    // Progress: jobs get snapshots, with the token accepted (no profile paused).
    QTRY_VERIFY_WITH_TIMEOUT(states(*app.jobs()).contains(JobState::Running), 8000);
    for (const Profile &p : app.profiles()->all())
        QVERIFY2(!app.scheduler()->isProfilePaused(p.id), qPrintable(app.scheduler()->profilePauseReason(p.id)));
    // The first jobs are short: every terminal outcome shows within seconds.
    QTRY_VERIFY_WITH_TIMEOUT(states(*app.jobs()).contains(JobState::Completed), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(states(*app.jobs()).contains(JobState::Failed), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(states(*app.jobs()).contains(JobState::Cancelled), 20000);
    // Long ones are still going: the table stays lively.
    const QSet<JobState> now = states(*app.jobs());
    QVERIFY(now.contains(JobState::Running) || now.contains(JobState::Queued));
    int done = 0;
    for (const QString &key : app.jobs()->keys())
        done += app.jobs()->value(key).engine.local == LocalState::Done ? 1 : 0;
    QVERIFY(done >= 3);
    QVERIFY(done < app.jobs()->size());
}

void tst_Application::startDemoRateLimitsSomePolls()
{
    DemoSession demo;
    Application app;
    QString error;
    QVERIFY2(demo.start(app, 6, &error), qPrintable(error));
    const auto saw429 = [&demo] {
        const auto requests = demo.provider()->requests();
        return std::any_of(requests.cbegin(), requests.cend(), [](const SimulatedProvider::Request &r) { return r.status == 429; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(saw429(), 8000);
    const auto rateLimited = [&app] {
        for (const QString &key : app.jobs()->keys()) {
            if (app.jobs()->value(key).engine.lastError.contains(u"rate limited"_s))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rateLimited(), 8000);
}

void tst_Application::startDemoTwiceIsRefused()
{
    DemoSession demo;
    Application app;
    QVERIFY(demo.start(app, 1));
    QString error;
    QVERIFY(!demo.start(app, 1, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(app.profiles()->size(), 4);
    QCOMPARE(app.jobs()->size(), 1);
}

void tst_Application::addProfileRefusesPlainHttpOffLoopback()
{
    Application app;
    Profile p;
    p.id = u"remote"_s;
    p.name = u"Remote"_s;
    p.dialect = u"theo"_s;
    p.baseUrl = QUrl(u"http://api.example.com"_s);
    QString error;
    QVERIFY(!app.addProfile(p, u"sk-secret-abcdef123456"_s, &error));
    QVERIFY2(error.contains(u"http"_s), qPrintable(error));
    QVERIFY(!error.contains(u"sk-secret"_s));
    QVERIFY(app.profiles()->isEmpty());
    QVERIFY(!app.scheduler()->hasProfile(u"remote"_s));
}

void tst_Application::addProfileRefusesADuplicateName()
{
    Application app;
    Profile a;
    a.id = u"a"_s;
    a.name = u"Work"_s;
    a.dialect = u"theo"_s;
    a.baseUrl = QUrl(u"https://api.example.com"_s);
    QVERIFY(app.addProfile(a, QString()));
    Profile b = a;
    b.id = u"b"_s;
    b.name = u"work"_s;
    QString error;
    QVERIFY(!app.addProfile(b, QString(), &error));
    QVERIFY2(error.contains(u"work"_s, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(app.profiles()->size(), 1);
    QVERIFY(!app.scheduler()->hasProfile(u"b"_s));
}

QTEST_GUILESS_MAIN(tst_Application)
#include "tst_application.moc"
