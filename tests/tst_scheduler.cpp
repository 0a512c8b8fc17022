// The polling engine against the real SimulatedProvider on 127.0.0.1:0 (DESIGN.md §4, §5). No sleeps: every
// asynchronous step is a QTRY_*; "nothing happened afterwards" is checked against a witness job that keeps
// polling in the same profile.

#include "model/joblist.h"
#include "model/profile.h"
#include "model/secretstore.h"
#include "engine/scheduler.h"
#include "sim/simulatedprovider.h"
#include "schedulertesthelpers.h"
#include "tlstestserver.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QDateTime>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace jw;
using namespace Qt::StringLiterals;


class SchedulerTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachDialectReachesEachTerminalState_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const char *d : {"theo", "vidocu", "scenes", "muvi"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }
    void eachDialectReachesEachTerminalState()
    {
        QFETCH(QString, dialect);
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        sim.setToken(kKey);
        Engine e;
        e.addProfile(u"p"_s, dialect, sim.baseUrl(dialect));
        // Only Muvi has a cancelled status; the others report a cancelled job as failed.
        const JobState cancelled = dialect == u"muvi"_s ? JobState::Cancelled : JobState::Failed;
        const QList<std::pair<Outcome, JobState>> cases = {
            {Outcome::Completed, JobState::Completed}, {Outcome::Failed, JobState::Failed}, {Outcome::Cancelled, cancelled}};
        QStringList keys;
        for (const auto &[outcome, expected] : cases)
            keys << e.scheduler.watch(u"p"_s, sim.createJob(spec(dialect, 1200, outcome)));
        for (int i = 0; i < keys.size(); ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(e.local(keys[i]), LocalState::Done, 10000);
            QCOMPARE(e.state(keys[i]), cases[i].second);
            QVERIFY(e.rec(keys[i]).engine.requestCount >= 2); // saw it running first
            QCOMPARE(e.rec(keys[i]).engine.lastHttpStatus, 200);
            QCOMPARE(e.rec(keys[i]).engine.nextPollAtMs, -1);
        }
        if (dialect == u"theo"_s)
            QVERIFY(!e.rec(keys[1]).snapshot.error->message.isEmpty());
    }

    void oneTimerServesEveryJob()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        Engine e;
        e.addProfile(u"p"_s, u"theo"_s, sim.baseUrl(u"theo"_s));
        for (int i = 0; i < 40; ++i)
            e.scheduler.watch(u"p"_s, sim.createJob(spec(u"theo"_s, 60000)));
        QTRY_VERIFY(e.scheduler.maxInFlight(u"p"_s) > 0);
        QCOMPARE(e.scheduler.findChildren<QTimer *>().size(), 1);
    }

    void stopAbortsInFlightRequest()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        sim.setSlowDelayMs(20000);
        Engine e;
        e.addProfile(u"p"_s, u"theo"_s, sim.baseUrl(u"theo"_s));
        const QString slowId = sim.createJob(spec(u"theo"_s, 60000));
        sim.queueFaults(slowId, {Fault::Slow});
        const QString key = e.scheduler.watch(u"p"_s, slowId);
        QTRY_COMPARE(sim.requestCount(slowId), 1);
        QVERIFY(e.rec(key).engine.inFlight);
        QCOMPARE(e.scheduler.inFlight(u"p"_s), 1);

        e.scheduler.stop(key);
        const int seenAtStop = sim.requestCount(slowId);
        QCOMPARE(e.local(key), LocalState::Stopped);
        QVERIFY(!e.rec(key).engine.inFlight);
        QCOMPARE(e.scheduler.inFlight(u"p"_s), 0);
        QCOMPARE(e.rec(key).engine.nextPollAtMs, -1);

        // A witness in the same profile polls on for three more requests (two seconds and more).
        const QString witness = e.scheduler.watch(u"p"_s, sim.createJob(spec(u"theo"_s, 60000)));
        QTRY_VERIFY_WITH_TIMEOUT(e.rec(witness).engine.requestCount >= 3, 10000);
        QCOMPARE(sim.requestCount(slowId), seenAtStop);
        QCOMPARE(e.rec(key).engine.requestCount, 1);
        QVERIFY(e.rec(key).engine.lastError.isEmpty()); // an abort by the user is not an error

        // Resume polls again from now and finishes the job.
        sim.finishJob(slowId);
        e.scheduler.resume(key);
        QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::Done, 5000);
        QCOMPARE(e.state(key), JobState::Completed);
    }

    void faultMixStillReachesTrueFinalStates()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        sim.setRetryAfterSeconds(1);
        sim.setFaultMix({{Fault::RateLimited429, 0.2}, {Fault::ServerError500, 0.1}, {Fault::Reset, 0.1}, {Fault::InvalidJson, 0.1}}, 7);
        Engine e;
        PollSettings poll = Engine::fastPoll();
        e.addProfile(u"p"_s, u"theo"_s, sim.baseUrl(u"theo"_s), poll);
        QHash<QString, JobState> expected;
        const Outcome outcomes[] = {Outcome::Completed, Outcome::Failed, Outcome::Cancelled};
        for (int i = 0; i < 9; ++i) {
            const Outcome o = outcomes[i % 3];
            const QString key = e.scheduler.watch(u"p"_s, sim.createJob(spec(u"theo"_s, 1000 + 250 * i, o)));
            expected.insert(key, o == Outcome::Completed ? JobState::Completed : JobState::Failed); // Theo: cancelled reads as failed
        }
        QSet<QString> sawError;
        connect(&e.jobs, &JobList::jobsChanged, this, [&](const QList<JobChange> &changes) {
            for (const JobChange &c : changes) {
                if (!e.rec(c.key).engine.lastError.isEmpty())
                    sawError.insert(c.key);
            }
        });
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QTRY_COMPARE_WITH_TIMEOUT(e.local(it.key()), LocalState::Done, 60000);
            QCOMPARE(e.state(it.key()), it.value());
        }
        QVERIFY(!sawError.isEmpty()); // the faults did show on the rows

        // No request of the profile arrived while a Retry-After was running (allowing for requests that were
        // already on the wire when the 429/503 was sent), and no job was polled faster than the floor.
        const auto log = sim.requests();
        // (QNAM itself resends a request once when a kept-alive connection is reset before any byte of the
        // answer, so a reset and its resend count as one poll.)
        QHash<QString, SimulatedProvider::Request> previous;
        int rateLimited = 0;
        for (int i = 0; i < log.size(); ++i) {
            const auto &r = log[i];
            if (previous.contains(r.jobId) && previous[r.jobId].status != 0) {
                const qint64 gap = r.atMs - previous[r.jobId].atMs;
                QVERIFY2(gap >= 990, qPrintable(u"%1 polled again after %2 ms"_s.arg(r.jobId).arg(gap)));
            }
            previous[r.jobId] = r;
            if (r.status != 429 && r.status != 503)
                continue;
            ++rateLimited;
            for (int j = i + 1; j < log.size(); ++j) {
                const qint64 gap = log[j].atMs - r.atMs;
                if (gap >= 1000)
                    break;
                QVERIFY2(gap < 100, qPrintable(u"request %1 ms after a Retry-After of 1 s"_s.arg(gap)));
            }
        }
        QVERIFY(rateLimited > 0);
    }

    void budgetIsNeverExceeded()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        Engine e;
        PollSettings poll = Engine::fastPoll();
        poll.ratePerSecond = 4;
        poll.burst = 3;
        poll.concurrency = 2;
        e.addProfile(u"p"_s, u"theo"_s, sim.baseUrl(u"theo"_s), poll);
        QStringList keys;
        for (int i = 0; i < 12; ++i)
            keys << e.scheduler.watch(u"p"_s, sim.createJob(spec(u"theo"_s, 2500)));
        for (const QString &key : std::as_const(keys))
            QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::Done, 30000);
        QVERIFY(e.scheduler.maxInFlight(u"p"_s) <= 2);
        // Replay the arrivals through an ideal bucket: it must never go below zero (half a token of slack for
        // the time between sending and arrival).
        double tokens = 3;
        qint64 last = -1;
        const auto log = sim.requests();
        QVERIFY(log.size() >= 24);
        for (const auto &r : log) {
            if (last >= 0)
                tokens = std::min(3.0, tokens + 4.0 * double(r.atMs - last) / 1000.0);
            last = r.atMs;
            tokens -= 1;
            QVERIFY2(tokens >= -0.5, qPrintable(QString::number(tokens)));
        }
    }

    void retryAfterBlocksTheWholeProfile()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        sim.setRetryAfterSeconds(3);
        Engine e;
        e.addProfile(u"p"_s, u"theo"_s, sim.baseUrl(u"theo"_s));
        const QString limited = sim.createJob(spec(u"theo"_s, 60000));
        const QString other = sim.createJob(spec(u"theo"_s, 60000));
        const QString otherKey = e.scheduler.watch(u"p"_s, other);
        QTRY_VERIFY(e.rec(otherKey).engine.requestCount >= 1);
        // Start the limited job while the other one is between polls, so that no request of the profile is
        // already on its way when the 429 comes back (only requests sent after it are bound by Retry-After).
        QTRY_VERIFY_WITH_TIMEOUT(!e.rec(otherKey).engine.inFlight
                                     && e.rec(otherKey).engine.nextPollAtMs > QDateTime::currentMSecsSinceEpoch() + 300,
                                 10000);
        sim.queueFaults(limited, {Fault::RateLimited429});
        const QString key = e.scheduler.watch(u"p"_s, limited);
        QTRY_COMPARE(e.rec(key).engine.lastHttpStatus, 429);
        QVERIFY(e.rec(key).engine.lastError.contains(u"429"_s));
        const qint64 blocked = e.scheduler.profileBlockedUntil(u"p"_s);
        QVERIFY(blocked > 0);
        QTRY_VERIFY_WITH_TIMEOUT(e.rec(key).engine.lastHttpStatus == 200, 8000);
        qint64 limitedAt = -1;
        const auto log = sim.requests();
        for (const auto &r : log) {
            if (r.status == 429)
                limitedAt = r.atMs;
            else if (limitedAt >= 0)
                QVERIFY2(r.atMs >= limitedAt + 3000 - 50, qPrintable(QString::number(r.atMs - limitedAt)));
        }
    }

    void serverPollHintIsHonoured()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        sim.setPollAfterHintMs(1700);
        Engine e;
        e.addProfile(u"p"_s, u"theo"_s, sim.baseUrl(u"theo"_s));
        const QString id = sim.createJob(spec(u"theo"_s, 60000));
        const QString key = e.scheduler.watch(u"p"_s, id);
        QTRY_VERIFY_WITH_TIMEOUT(e.rec(key).engine.requestCount >= 3, 10000);
        const auto log = requestsFor(sim, id);
        for (int i = 1; i < log.size(); ++i)
            QVERIFY2(log[i].atMs - log[i - 1].atMs >= 1690, qPrintable(QString::number(log[i].atMs - log[i - 1].atMs)));
    }

    void unauthorizedPausesProfileAfterExactlyOneRequest_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("status");
        QTest::newRow("401 wrong key") << u"sk-wrong-key-000000"_s << 401;
        QTest::newRow("403 no scope") << u"sk-scopeless-99999"_s << 403;
    }
    void unauthorizedPausesProfileAfterExactlyOneRequest()
    {
        QFETCH(QString, key);
        QFETCH(int, status);
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        sim.setToken(kKey);
        sim.addScopelessToken(u"sk-scopeless-99999"_s);
        Engine e;
        e.addProfile(u"p"_s, u"muvi"_s, sim.baseUrl(u"muvi"_s));
        e.secrets.setKey(u"p"_s, key);
        e.scheduler.resumeProfile(u"p"_s); // re-reads the key
        QSignalSpy paused(&e.scheduler, &Scheduler::profilePaused);
        QStringList keys;
        for (int i = 0; i < 6; ++i)
            keys << e.scheduler.watch(u"p"_s, sim.createJob(spec(u"muvi"_s, 1500)));
        QTRY_COMPARE(paused.size(), 1);
        QCOMPARE(sim.requests().size(), 1);
        QCOMPARE(sim.requests().constFirst().status, status);
        QVERIFY(e.scheduler.isProfilePaused(u"p"_s));
        const QString reason = e.scheduler.profilePauseReason(u"p"_s);
        QVERIFY(reason.contains(QString::number(status)));
        QVERIFY(!reason.contains(key));
        for (const QString &k : std::as_const(keys)) {
            QCOMPARE(e.local(k), LocalState::Paused);
            QCOMPARE(e.rec(k).engine.pauseReason, reason);
        }
        // Fixing the key and resuming the profile finishes every job; there was never a second refusal.
        e.secrets.setKey(u"p"_s, kKey);
        e.scheduler.resumeProfile(u"p"_s);
        for (const QString &k : std::as_const(keys))
            QTRY_COMPARE_WITH_TIMEOUT(e.local(k), LocalState::Done, 10000);
        int refusals = 0;
        const auto log = sim.requests();
        for (const auto &r : log)
            refusals += r.status == 401 || r.status == 403;
        QCOMPARE(refusals, 1);
    }

    // Each key read has its own answer: another part reading the key (Copy as curl, a preview, the profile
    // dialog) neither re-verifies the profile nor, when the keychain fails that read, pauses polling.
    void keyReadByAnotherPartLeavesPollingAlone()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        sim.setToken(kKey);
        Engine e;
        e.addProfile(u"p"_s, u"theo"_s, sim.baseUrl(u"theo"_s));
        const QString key = e.scheduler.watch(u"p"_s, sim.createJob(spec(u"theo"_s, 60000)));
        QTRY_VERIFY(e.rec(key).engine.requestCount >= 1);

        QString uiKey;
        bool answered = false;
        connect(e.secrets.readKey(u"p"_s), &KeyReply::finished, this, [&](const QString &k, const QString &) {
            uiKey = k;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(uiKey, kKey);
        // A keychain failure that answers some other read reaches only that read.
        Q_EMIT e.secrets.keyReady(u"p"_s, QString(), u"The keychain is locked"_s);
        const int before = e.rec(key).engine.requestCount;
        QTRY_VERIFY_WITH_TIMEOUT(e.rec(key).engine.requestCount >= before + 2, 10000);
        QVERIFY(!e.scheduler.isProfilePaused(u"p"_s));
        QCOMPARE(e.local(key), LocalState::Watching);
        QVERIFY(e.rec(key).engine.lastError.isEmpty());
    }

    void crossOriginRedirectDropsTheKey()
    {
        SimulatedProvider home;
        SimulatedProvider other;
        QVERIFY(home.listen());
        QVERIFY(other.listen());
        home.setToken(kKey);
        const QString id = jobRedirectedTo(home, other, 1500);
        Engine e;
        e.addProfile(u"p"_s, u"theo"_s, home.baseUrl(u"theo"_s));
        const QString key = e.scheduler.watch(u"p"_s, id);
        QTRY_COMPARE(other.requests().size(), 1);
        QCOMPARE(other.requests().constFirst().authorization, QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::Done, 10000);
        const auto homeLog = home.requests();
        QVERIFY(homeLog.size() >= 2);
        for (const auto &r : homeLog)
            QCOMPARE(r.authorization, "Bearer " + kKey.toUtf8());
    }

    void sameOriginRedirectKeepsTheKey()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        sim.setToken(kKey);
        const QString id = sim.createJob(spec(u"theo"_s, 60000));
        sim.queueFaults(id, {Fault::Redirect});
        Engine e;
        e.addProfile(u"p"_s, u"theo"_s, sim.baseUrl(u"theo"_s));
        const QString key = e.scheduler.watch(u"p"_s, id);
        QTRY_VERIFY(e.rec(key).hasSnapshot);
        const auto log = sim.requests();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].status, 302);
        QCOMPARE(log[1].status, 200);
        QCOMPARE(log[1].authorization, "Bearer " + kKey.toUtf8());
        QCOMPARE(e.rec(key).engine.requestCount, 1); // one poll, one hop
    }

    void plainHttpOffLoopbackIsRefused()
    {
        Engine e;
        Profile p;
        p.id = u"remote"_s;
        p.dialect = u"theo"_s;
        p.baseUrl = QUrl(u"http://api.example.com"_s);
        QString error;
        QVERIFY(!e.scheduler.addProfile(p, &error));
        QVERIFY2(error.contains(u"http://"_s) && error.contains(u"api.example.com"_s), qPrintable(error));

        p.baseUrl = QUrl(u"https://api.example.com"_s);
        QVERIFY(e.scheduler.addProfile(p, &error));
        QVERIFY(e.scheduler.watch(u"remote"_s, u"x"_s, QUrl(u"http://evil.example/api/v1/jobs/x"_s), &error).isEmpty());
        QVERIFY2(error.contains(u"http"_s), qPrintable(error));
        QCOMPARE(e.jobs.size(), 0);
    }

    void notFoundIsConfirmedTwiceThenMarked()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        Engine e;
        e.addProfile(u"p"_s, u"vidocu"_s, sim.baseUrl(u"vidocu"_s));
        const QString key = e.scheduler.watch(u"p"_s, u"analysis_0_nothere"_s);
        QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::NotFound, 10000);
        QCOMPARE(sim.requests().size(), 3);
        QCOMPARE(e.rec(key).engine.requestCount, 3);
        QCOMPARE(e.rec(key).engine.lastHttpStatus, 404);
        QVERIFY(e.rec(key).engine.lastError.contains(u"404"_s));
    }

    void rejectedRequestFailsTheJobWithTheProvidersMessage_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("vidocu 400") << u"vidocu"_s << int(Fault::BadRequest400) << 400 << u"invalid_request_error"_s
                                    << u"The prompt is longer than 2000 characters"_s;
        QTest::newRow("scenes 422") << u"scenes"_s << int(Fault::Unprocessable422) << 422 << u"unprocessable_entity"_s
                                    << u"The input image could not be decoded"_s;
    }

    void rejectedRequestFailsTheJobWithTheProvidersMessage()
    {
        QFETCH(QString, dialect);
        QFETCH(int, fault);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        Engine e;
        e.addProfile(u"p"_s, dialect, sim.baseUrl(dialect));
        const QString id = sim.createJob(spec(dialect, 60000));
        sim.queueFaults(id, {Fault(fault)});
        const QString key = e.scheduler.watch(u"p"_s, id);
        QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::Done, 10000);
        // Failed at once, with the provider's words in the snapshot's error: no retry until the max wait.
        QCOMPARE(e.state(key), JobState::Failed);
        const JobRecord r = e.rec(key);
        QVERIFY(r.hasSnapshot);
        QCOMPARE(r.snapshot.id, id);
        QVERIFY(r.snapshot.error);
        QCOMPARE(r.snapshot.error->code, code);
        QCOMPARE(r.snapshot.error->message, message);
        QCOMPARE(r.engine.lastHttpStatus, status);
        QVERIFY2(r.engine.lastError.contains(QString::number(status)) && r.engine.lastError.contains(message), qPrintable(r.engine.lastError));
        QCOMPARE(r.engine.requestCount, 1);
        if (dialect == u"scenes"_s)
            QVERIFY(r.snapshot.requestId.startsWith(u"req_"_s));
        QCOMPARE(sim.requests().size(), 1);
    }

    void maxWaitTimesOutLocallyAndResumeCompletes()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        Engine e;
        PollSettings poll = Engine::fastPoll();
        poll.maxWaitMs = 1500;
        e.addProfile(u"p"_s, u"scenes"_s, sim.baseUrl(u"scenes"_s), poll);
        const QString id = sim.createJob(spec(u"scenes"_s, 600000));
        const QString key = e.scheduler.watch(u"p"_s, id);
        QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::TimedOut, 5000);
        QVERIFY(e.rec(key).engine.lastError.contains(u"timed out locally"_s));
        QVERIFY(!isTerminal(e.state(key))); // not failed
        const int requests = e.rec(key).engine.requestCount;
        QVERIFY(requests >= 1);
        sim.finishJob(id);
        e.scheduler.resume(key);
        QCOMPARE(e.local(key), LocalState::Watching);
        QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::Done, 5000);
        QCOMPARE(e.state(key), JobState::Completed);
    }

    void serverErrorsBackOffAndShowOnTheRecord()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        Engine e;
        e.addProfile(u"p"_s, u"scenes"_s, sim.baseUrl(u"scenes"_s));
        const QString id = sim.createJob(spec(u"scenes"_s, 300));
        sim.queueFaults(id, {Fault::ServerError500, Fault::InvalidJson});
        const QString key = e.scheduler.watch(u"p"_s, id);
        QTRY_COMPARE(e.rec(key).engine.lastHttpStatus, 500);
        QVERIFY(e.rec(key).engine.lastError.contains(u"500"_s));
        QCOMPARE(e.local(key), LocalState::Watching);
        QVERIFY(e.rec(key).engine.nextPollAtMs >= e.rec(key).engine.lastPollAtMs + 1000);
        QTRY_VERIFY_WITH_TIMEOUT(e.rec(key).engine.lastError.contains(u"unreadable"_s), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::Done, 20000);
        QVERIFY(e.rec(key).engine.lastError.isEmpty());
        QCOMPARE(e.rec(key).engine.requestCount, 3);
    }

    void transferTimeoutGivesUpOnASlowReply()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        sim.setSlowDelayMs(10000);
        Engine e;
        PollSettings poll = Engine::fastPoll();
        poll.transferTimeoutMs = 400;
        e.addProfile(u"p"_s, u"theo"_s, sim.baseUrl(u"theo"_s), poll);
        const QString id = sim.createJob(spec(u"theo"_s, 300));
        sim.queueFaults(id, {Fault::Slow});
        const QString key = e.scheduler.watch(u"p"_s, id);
        QTRY_VERIFY_WITH_TIMEOUT(e.rec(key).engine.lastError.contains(u"timeout"_s), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::Done, 10000);
    }

    void keyNeverAppearsInErrorText()
    {
        // A careless server echoes the credentials it got; the row shows only ••••last4.
        QHttpServer server;
        server.route(u"/api/v1/jobs/<arg>"_s, [](const QString &, const QHttpServerRequest &request) {
            const QByteArray body = R"({"error":"internal error for )" + request.value("authorization") + R"("})";
            return QHttpServerResponse("application/json", body, QHttpServerResponse::StatusCode::InternalServerError);
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        Engine e;
        e.addProfile(u"p"_s, u"theo"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        const QString key = e.scheduler.watch(u"p"_s, u"job_echo"_s);
        QTRY_COMPARE(e.rec(key).engine.lastHttpStatus, 500);
        const QString error = e.rec(key).engine.lastError;
        QVERIFY2(!error.contains(kKey), qPrintable(error));
        QVERIFY2(error.contains(u"\u2022\u2022\u2022\u2022abcd"_s), qPrintable(error));
    }

    void tlsErrorsFailClosedAsAConfigurationError()
    {
        // A loopback https server with a self-signed certificate: the engine must refuse it, never send the
        // request (so never the key), and report a configuration error with the TLS reason at once (retrying
        // cannot fix a certificate).
        TlsTestServer server;
        QString listenError;
        QVERIFY2(server.listen(&listenError), qPrintable(listenError));
        Engine e;
        e.addProfile(u"p"_s, u"theo"_s, server.url());
        const QString key = e.scheduler.watch(u"p"_s, u"job_tls"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!e.rec(key).engine.lastError.isEmpty(), 10000);
        QVERIFY2(e.rec(key).engine.lastError.contains(u"TLS"_s), qPrintable(e.rec(key).engine.lastError));
        QVERIFY(server.handshakes() >= 1); // it did try
        QVERIFY(server.received().isEmpty()); // but no request (and no key) went over the failed channel
        QCOMPARE(e.local(key), LocalState::ConfigError); // at once, not retried for the max wait
        QVERIFY(e.rec(key).engine.lastError.startsWith(u"configuration error"_s));
        QCOMPARE(e.rec(key).engine.requestCount, 1);
        QCOMPARE(e.rec(key).engine.nextPollAtMs, -1);
    }

    void jobListBatchesChanges()
    {
        JobList list;
        JobRecord r;
        r.profileId = u"p"_s;
        r.jobId = u"a"_s;
        QVERIFY(list.add(r));
        QVERIFY(!list.add(r));
        QSignalSpy spy(&list, &JobList::jobsChanged);
        list.modify(u"p/a"_s, [](JobRecord &x) { x.engine.requestCount = 1; });
        list.modify(u"p/a"_s, [](JobRecord &x) { x.engine.lastError = u"e"_s; });
        list.modify(u"p/a"_s, [](JobRecord &) {});
        QCOMPARE(spy.size(), 0);
        QTRY_COMPARE(spy.size(), 1);
        const auto changes = spy.at(0).at(0).value<QList<JobChange>>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].key, u"p/a"_s);
        QCOMPARE(changes[0].fields, JobFields(JobField::Requests | JobField::Error));
    }
};

QTEST_GUILESS_MAIN(SchedulerTest)
#include "tst_scheduler.moc"
