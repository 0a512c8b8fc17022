// The account lists of the presets (Replicate predictions, OpenAI videos, Luma generations) read by the real
// AccountLister over loopback HTTP from the simulated provider: every page in order with each API's own paging
// (next URL, after cursor, offset), the key sent only as the profile's auth form, the profile's budget kept (its
// own bucket, or the scheduler's when it polls the profile), and clear failures for 401, 404, malformed JSON, a
// cursor loop and a mapping without a list. 429 with Retry-After is waited out.

#include "engine/accountlister.h"
#include "engine/scheduler.h"
#include "model/joblist.h"
#include "model/secretstore.h"
#include "sim/simulatedprovider.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
// A request to one of the account lists (not a poll, a balance or a control request).
bool isListPath(const QString &path)
{
    return path.endsWith(u"/v1/predictions"_s) || path.endsWith(u"/v1/videos"_s) || path.endsWith(u"/v1/generations"_s);
}
const QString kKey = u"sk-list-0123456789abcd"_s;

Profile profileFor(const SimulatedProvider &sim, const QString &preset)
{
    Profile p;
    p.id = preset;
    p.name = preset;
    p.dialect = preset;
    p.baseUrl = sim.baseUrl(preset);
    p.poll.ratePerSecond = 100;
    p.poll.burst = 100;
    return p;
}

// Reads every page; the jobs in order, and the failure (if any).
struct Listing {
    QList<JobSnapshot> jobs;
    QList<int> pageSizes;
    std::optional<AccountLister::Failure> failure;
    QString message;
};

Listing readAll(AccountLister &lister)
{
    Listing result;
    bool done = false;
    QObject context;
    QObject::connect(&lister, &AccountLister::pageReady, &context, [&](const QList<JobSnapshot> &jobs, bool more) {
        result.jobs += jobs;
        result.pageSizes.append(int(jobs.size()));
        if (more)
            lister.fetchMore();
        else
            done = true;
    });
    QObject::connect(&lister, &AccountLister::failed, &context, [&](AccountLister::Failure kind, const QString &message) {
        result.failure = kind;
        result.message = message;
        done = true;
    });
    lister.fetchMore();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

QList<SimulatedProvider::Request> listRequests(const SimulatedProvider &sim)
{
    QList<SimulatedProvider::Request> out;
    for (const auto &r : sim.requests())
        if (isListPath(r.path))
            out.append(r);
    return out;
}
} // namespace

class TestAccountLister final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<SimulatedProvider>();
        QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
        m_sim->setToken(kKey);
        m_secrets.setKey(u"replicate"_s, kKey);
        m_secrets.setKey(u"openai-videos"_s, kKey);
        m_secrets.setKey(u"luma"_s, kKey);
    }
    void cleanup() { m_sim.reset(); }

    void everyPageInOrder_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("replicate: next URL") << u"replicate"_s;
        QTest::newRow("openai-videos: after cursor") << u"openai-videos"_s;
        QTest::newRow("luma: offset") << u"luma"_s;
    }
    void everyPageInOrder()
    {
        QFETCH(QString, preset);
        m_sim->setListPageSize(5);
        QStringList created;
        for (int i = 0; i < 12; ++i) {
            SimulatedProvider::JobSpec spec;
            spec.dialect = preset;
            spec.queueMs = 0;
            spec.runMs = 600000;
            created.prepend(m_sim->createJob(spec)); // newest first, as the lists give them
        }
        SimulatedProvider::JobSpec other; // another API's job is not on this list
        other.dialect = preset == u"luma"_s ? u"replicate"_s : u"luma"_s;
        m_sim->createJob(other);
        QVERIFY(m_sim->finishJob(created.at(3)));

        AccountLister lister(&m_nam, &m_secrets, profileFor(*m_sim, preset));
        const Listing listing = readAll(lister);
        QVERIFY2(!listing.failure, qPrintable(listing.message));
        QStringList ids;
        for (const JobSnapshot &job : listing.jobs)
            ids.append(job.id);
        QCOMPARE(ids, created);
        QCOMPARE(listing.pageSizes, (QList<int>{5, 5, 2}));
        QCOMPARE(lister.pagesRead(), 3);
        QVERIFY(!lister.hasMore());
        QCOMPARE(listing.jobs.at(3).state, JobState::Completed);
        QCOMPARE(listing.jobs.at(0).state, JobState::Running);

        const auto requests = listRequests(*m_sim);
        QCOMPARE(requests.size(), 3);
        QCOMPARE(lister.requestsSent(), 3);
        for (const auto &r : requests)
            QCOMPARE(r.authorization, "Bearer " + kKey.toUtf8());
    }

    void ownBudgetWhenNoSchedulerPolls()
    {
        m_sim->setListPageSize(2);
        for (int i = 0; i < 8; ++i) {
            SimulatedProvider::JobSpec spec;
            spec.dialect = u"replicate"_s;
            m_sim->createJob(spec);
        }
        Profile p = profileFor(*m_sim, u"replicate"_s);
        p.poll.ratePerSecond = 4; // 250 ms a token after the first
        p.poll.burst = 1;
        AccountLister lister(&m_nam, &m_secrets, p);
        const Listing listing = readAll(lister);
        QVERIFY2(!listing.failure, qPrintable(listing.message));
        const auto requests = listRequests(*m_sim);
        QCOMPARE(requests.size(), 4);
        for (qsizetype i = 1; i < requests.size(); ++i)
            QVERIFY2(requests.at(i).atMs - requests.at(i - 1).atMs >= 200, "list requests went out faster than the budget");
    }

    void sharesTheSchedulersBudget()
    {
        m_sim->setListPageSize(2);
        for (int i = 0; i < 6; ++i) {
            SimulatedProvider::JobSpec spec;
            spec.dialect = u"luma"_s;
            m_sim->createJob(spec);
        }
        JobList jobs;
        Scheduler scheduler(&jobs, &m_nam, &m_secrets);
        Profile p = profileFor(*m_sim, u"luma"_s);
        p.poll.ratePerSecond = 4;
        p.poll.burst = 1;
        QVERIFY(scheduler.addProfile(p));
        AccountLister lister(&m_nam, &m_secrets, p);
        lister.setScheduler(&scheduler);
        const Listing listing = readAll(lister);
        QVERIFY2(!listing.failure, qPrintable(listing.message));
        QCOMPARE(listing.jobs.size(), 6);
        qsizetype balanceRequests = 0; // Luma's balance is read on the same budget
        for (const auto &r : m_sim->requests())
            balanceRequests += r.path.endsWith(u"/credits"_s) ? 1 : 0;
        QCOMPARE(scheduler.budget(p.id).sent, 3 + balanceRequests); // the scheduler counted the list's requests as its own
        const auto requests = listRequests(*m_sim);
        QCOMPARE(requests.size(), 3);
        for (qsizetype i = 1; i < requests.size(); ++i)
            QVERIFY(requests.at(i).atMs - requests.at(i - 1).atMs >= 200);
    }

    void waitsOutRetryAfter()
    {
        SimulatedProvider::JobSpec spec;
        spec.dialect = u"openai-videos"_s;
        const QString id = m_sim->createJob(spec);
        m_sim->queueListFaults({SimulatedProvider::Fault::RateLimited429});
        AccountLister lister(&m_nam, &m_secrets, profileFor(*m_sim, u"openai-videos"_s));
        const Listing listing = readAll(lister);
        QVERIFY2(!listing.failure, qPrintable(listing.message));
        QCOMPARE(listing.jobs.size(), 1);
        QCOMPARE(listing.jobs.constFirst().id, id);
        const auto requests = listRequests(*m_sim);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).status, 429);
        QVERIFY(requests.at(1).atMs - requests.at(0).atMs >= 900); // Retry-After: 1
    }

    void failures_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("what");
        QTest::addColumn<AccountLister::Failure>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("jobsBefore");
        QTest::newRow("401") << u"replicate"_s << u"wrong key"_s << AccountLister::Failure::Auth
                             << u"HTTP 401: the API key was not accepted (You did not pass a valid authentication token)"_s << 0;
        QTest::newRow("404") << u"luma"_s << u"wrong base"_s << AccountLister::Failure::NotFound << u"HTTP 404: there is no job list at"_s << 0;
        QTest::newRow("malformed JSON") << u"openai-videos"_s << u"invalid json"_s << AccountLister::Failure::BadAnswer
                                        << u"the list answer is not valid JSON"_s << 0;
        QTest::newRow("replicate cursor loop") << u"replicate"_s << u"loop"_s << AccountLister::Failure::Loop
                                               << u"the provider's next cursor leads back to a page already read (a cursor loop)"_s << 4;
        QTest::newRow("openai cursor loop") << u"openai-videos"_s << u"loop"_s << AccountLister::Failure::Loop
                                            << u"a cursor loop"_s << 4;
    }
    void failures()
    {
        QFETCH(QString, preset);
        QFETCH(QString, what);
        QFETCH(AccountLister::Failure, kind);
        QFETCH(QString, message);
        QFETCH(int, jobsBefore);
        m_sim->setListPageSize(2);
        for (int i = 0; i < 6; ++i) {
            SimulatedProvider::JobSpec spec;
            spec.dialect = preset;
            m_sim->createJob(spec);
        }
        Profile p = profileFor(*m_sim, preset);
        if (what == u"wrong key"_s)
            m_secrets.setKey(preset, u"sk-wrong-key-00000000"_s);
        else if (what == u"wrong base"_s)
            p.baseUrl = m_sim->baseUrl(u"theo"_s);
        else if (what == u"invalid json"_s)
            m_sim->queueListFaults({SimulatedProvider::Fault::InvalidJson});
        else
            m_sim->setListCursorLoop(true);
        AccountLister lister(&m_nam, &m_secrets, p);
        const Listing listing = readAll(lister);
        QVERIFY(listing.failure);
        QCOMPARE(*listing.failure, kind);
        QVERIFY2(listing.message.contains(message), qPrintable(listing.message));
        QVERIFY(!listing.message.contains(u"sk-wrong-key-00000000"_s));
        QCOMPARE(listing.jobs.size(), jobsBefore);
        QVERIFY(!lister.hasMore());
    }

    void aDialectWithoutAList()
    {
        Profile p = profileFor(*m_sim, u"theo"_s);
        p.dialect = u"theo"_s;
        QVERIFY(!AccountLister::canList(p));
        QVERIFY(AccountLister::canList(profileFor(*m_sim, u"replicate"_s)));
        AccountLister lister(&m_nam, &m_secrets, p);
        const Listing listing = readAll(lister);
        QVERIFY(listing.failure);
        QCOMPARE(*listing.failure, AccountLister::Failure::Config);
        QVERIFY2(listing.message.contains(u"has no list endpoint"_s), qPrintable(listing.message));
        QVERIFY(listRequests(*m_sim).isEmpty());
    }

private:
    std::unique_ptr<SimulatedProvider> m_sim;
    QNetworkAccessManager m_nam;
    MemorySecretStore m_secrets;
};

QTEST_GUILESS_MAIN(TestAccountLister)
#include "tst_accountlister.moc"
