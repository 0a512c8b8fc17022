// Large status bodies: an unfinished job's answer over maxBodyBytes is refused and retried; a finished job's
// answer may be larger (results carried inline, e.g. base64 images) up to maxFinishedBodyBytes, and is kept
// without its long strings; anything over that is aborted while it downloads. Real HTTP on 127.0.0.1.

#include "formats/parser.h"
#include "schedulertesthelpers.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
// A Theo job answer of about `bytes` bytes: the padding is one long string field.
QByteArray theoAnswer(const QString &status, qsizetype bytes)
{
    QJsonObject o{{u"id"_s, u"job_big"_s}, {u"type"_s, u"image"_s}, {u"status"_s, status},
                  {u"padding_base64"_s, QString(bytes, u'A')}};
    if (status == u"completed"_s) {
        o.insert(u"progress"_s, 100);
        o.insert(u"result"_s, QJsonObject{{u"imageUrl"_s, u"https://artifacts.hitheo.ai/img/big.png"_s}});
    } else {
        o.insert(u"progress"_s, 40);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct OneAnswer {
    QHttpServer server;
    QUrl base;
    explicit OneAnswer(const QByteArray &body)
    {
        server.route(u"/api/v1/jobs/<arg>"_s, [body](const QString &) { return QHttpServerResponse("application/json", body); });
        base = QUrl(u"http://127.0.0.1:%1"_s.arg(server.listen(QHostAddress::LocalHost, 0)));
    }
};
} // namespace

class SchedulerBodiesTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anUnfinishedJobsLargeAnswerIsRefusedAndRetried()
    {
        OneAnswer server(theoAnswer(u"running"_s, 3 * 1024 * 1024));
        Engine e;
        e.addProfile(u"p"_s, u"theo"_s, server.base);
        const QString key = e.scheduler.watch(u"p"_s, u"job_big"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!e.rec(key).engine.lastError.isEmpty(), 10000);
        const QString error = e.rec(key).engine.lastError;
        QVERIFY2(error.contains(u"while the job is running"_s) && error.contains(u"over 2048 KiB"_s), qPrintable(error));
        QCOMPARE(e.local(key), LocalState::Watching); // kept, retried with backoff
        QVERIFY(!e.rec(key).hasSnapshot);
    }

    void aFinishedJobsLargeAnswerCompletesAndIsKeptCompact()
    {
        OneAnswer server(theoAnswer(u"completed"_s, 5 * 1024 * 1024));
        Engine e;
        e.addProfile(u"p"_s, u"theo"_s, server.base);
        const QString key = e.scheduler.watch(u"p"_s, u"job_big"_s);
        QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::Done, 10000);
        const JobRecord r = e.rec(key);
        QCOMPARE(r.snapshot.state, JobState::Completed);
        QCOMPARE(r.snapshot.artifacts.size(), 1);
        QCOMPARE(r.snapshot.artifacts.at(0).url, u"https://artifacts.hitheo.ai/img/big.png"_s);
        QVERIFY2(r.engine.lastError.isEmpty(), qPrintable(r.engine.lastError));
        // The raw body the window shows and the store keeps has the structure, not 5 MiB of padding.
        QVERIFY2(r.rawBody.size() < 4096, r.rawBody.left(300).constData());
        const QJsonObject kept = QJsonDocument::fromJson(r.rawBody).object();
        QCOMPARE(kept.value(u"status"_s).toString(), u"completed"_s);
        QVERIFY2(kept.value(u"padding_base64"_s).toString().endsWith(u"(5242880 characters not kept)"_s),
                 qPrintable(kept.value(u"padding_base64"_s).toString()));
    }

    void anAnswerOverTheFinishedCapIsAbortedWhileItDownloads()
    {
        OneAnswer server(theoAnswer(u"completed"_s, 5 * 1024 * 1024));
        Engine e;
        PollSettings poll = Engine::fastPoll();
        poll.maxFinishedBodyBytes = 4 * 1024 * 1024;
        e.addProfile(u"p"_s, u"theo"_s, server.base, poll);
        const QString key = e.scheduler.watch(u"p"_s, u"job_big"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!e.rec(key).engine.lastError.isEmpty(), 10000);
        QVERIFY2(e.rec(key).engine.lastError.contains(u"larger than 4096 KiB; aborted"_s), qPrintable(e.rec(key).engine.lastError));
        QCOMPARE(e.local(key), LocalState::Watching);
    }

    void anAnswerThatChangesOnlyInIgnoredFieldsIsNoUpdate()
    {
        // Every answer differs in bytes (a server clock and a request counter the dialect ignores); the job's
        // snapshot does not change, so after the first answer no Snapshot change is announced (no CLI update
        // event, no repaint), while the raw JSON view still gets the latest body.
        QHttpServer server;
        int served = 0;
        server.route(u"/api/v1/jobs/<arg>"_s, [&served](const QString &) {
            ++served;
            const QJsonObject o{{u"id"_s, u"job_same"_s}, {u"type"_s, u"video"_s}, {u"status"_s, u"active"_s},
                                {u"progress"_s, 40}, {u"server_time"_s, QDateTime::currentMSecsSinceEpoch()},
                                {u"served"_s, served}};
            return QHttpServerResponse("application/json", QJsonDocument(o).toJson(QJsonDocument::Compact));
        });
        const QUrl base(u"http://127.0.0.1:%1"_s.arg(server.listen(QHostAddress::LocalHost, 0)));
        Engine e;
        PollSettings poll = Engine::fastPoll();
        poll.adaptive = false;
        e.addProfile(u"p"_s, u"theo"_s, base, poll);
        int snapshotChanges = 0;
        connect(&e.jobs, &JobList::jobsChanged, this, [&snapshotChanges](const QList<JobChange> &changes) {
            for (const JobChange &c : changes)
                snapshotChanges += c.fields.testFlag(JobField::Snapshot) ? 1 : 0;
        });
        const QString key = e.scheduler.watch(u"p"_s, u"job_same"_s);
        QTRY_VERIFY_WITH_TIMEOUT(e.rec(key).engine.requestCount >= 3 && !e.rec(key).engine.inFlight
                                     && QJsonDocument::fromJson(e.rec(key).rawBody).object().value(u"served"_s).toInt() >= 3,
                                 15000);
        e.jobs.flush();
        QCOMPARE(e.state(key), JobState::Running);
        QCOMPARE(e.rec(key).snapshot.progress, 40.0);
        QCOMPARE(snapshotChanges, 1); // the first answer only
    }

    void aDroppedJavascriptLinkIsNotedOnTheJob()
    {
        // A completed answer whose result links are javascript: and file:: no such artifact, and the job's message
        // (row, CLI event) names the schemes; a good link beside them is kept.
        const QJsonObject o{{u"id"_s, u"job_links"_s}, {u"type"_s, u"video"_s}, {u"status"_s, u"completed"_s},
                            {u"result"_s, QJsonObject{{u"videoUrl"_s, u"javascript:alert(1)"_s},
                                                      {u"thumbnailUrl"_s, u"file:///etc/passwd"_s}}}};
        OneAnswer server(QJsonDocument(o).toJson(QJsonDocument::Compact));
        Engine e;
        e.addProfile(u"p"_s, u"theo"_s, server.base);
        const QString key = e.scheduler.watch(u"p"_s, u"job_links"_s);
        QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::Done, 10000);
        const JobRecord r = e.rec(key);
        QCOMPARE(r.snapshot.state, JobState::Completed);
        QVERIFY(r.snapshot.artifacts.isEmpty());
        QVERIFY2(r.engine.lastError.contains(u"not http or https: javascript:, file:"_s), qPrintable(r.engine.lastError));
    }

    void compactBodyKeepsShortValuesAndTheShape()
    {
        const QJsonObject o{{u"a"_s, u"short"_s}, {u"n"_s, 3}, {u"list"_s, QJsonArray{QString(5000, u'x'), u"y"_s}}};
        const QJsonObject kept = QJsonDocument::fromJson(compactBody(o)).object();
        QCOMPARE(kept.value(u"a"_s).toString(), u"short"_s);
        QCOMPARE(kept.value(u"n"_s).toInt(), 3);
        const QJsonArray list = kept.value(u"list"_s).toArray();
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).toString().startsWith(QString(64, u'x') + u"… (5000 characters not kept)"_s));
        QCOMPARE(list.at(1).toString(), u"y"_s);
    }
};

QTEST_GUILESS_MAIN(SchedulerBodiesTest)
#include "tst_scheduler_bodies.moc"
