// The API key stays contained when a server is careless with it: a status body that quotes the request's
// Authorization header (debug output, an error text) reaches the snapshot, the raw JSON view and everything
// built from them (NDJSON, exports) only as ••••last4. The real engine against the simulated provider.

#include "schedulertesthelpers.h"

#include <QTest>

class tst_KeyContainment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoedKeyIsRedactedInTheSnapshotAndRawBody_data();
    void echoedKeyIsRedactedInTheSnapshotAndRawBody();
};

void tst_KeyContainment::echoedKeyIsRedactedInTheSnapshotAndRawBody_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("outcome");
    QTest::newRow("theo failed") << u"theo"_s << int(Outcome::Failed);
    QTest::newRow("theo completed (only the debug field)") << u"theo"_s << int(Outcome::Completed);
    QTest::newRow("vidocu failed (error string)") << u"vidocu"_s << int(Outcome::Failed);
    QTest::newRow("scenes failed (error object)") << u"scenes"_s << int(Outcome::Failed);
}

void tst_KeyContainment::echoedKeyIsRedactedInTheSnapshotAndRawBody()
{
    QFETCH(QString, dialect);
    QFETCH(int, outcome);
    SimulatedProvider sim;
    QVERIFY(sim.listen());
    sim.setToken(kKey);
    const QString id = sim.createJob(spec(dialect, 300, Outcome(outcome)));
    // Every answer of this job quotes the Authorization header it received.
    sim.queueFaults(id, QList<Fault>(20, Fault::EchoKey));
    Engine e;
    e.addProfile(u"p"_s, dialect, sim.baseUrl(dialect));
    const QString key = e.scheduler.watch(u"p"_s, id);
    QTRY_COMPARE_WITH_TIMEOUT(e.local(key), LocalState::Done, 10000);

    const JobRecord r = e.rec(key);
    const QByteArray secret = kKey.toUtf8();
    QVERIFY2(!r.rawBody.contains(secret), r.rawBody.constData());
    QVERIFY2(r.rawBody.contains(redactKey(kKey).toUtf8()), r.rawBody.constData()); // it was echoed, redacted
    const JobError error = r.snapshot.error.value_or(JobError{});
    QVERIFY(!error.message.contains(kKey));
    QVERIFY(!error.code.contains(kKey));
    QVERIFY(!r.snapshot.message.contains(kKey));
    QVERIFY(!r.engine.lastError.contains(kKey));
    if (Outcome(outcome) == Outcome::Failed)
        QVERIFY2(error.message.contains(redactKey(kKey)), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(tst_KeyContainment)
#include "tst_keycontainment.moc"
