// TLS errors fail closed (DESIGN.md §5): a loopback https server with a self-signed certificate is refused by
// Test connection and by artifact downloads, each with a clear message that names TLS, and no request (so no
// key) ever crosses the refused channel. Polling is checked the same way in tst_scheduler
// (tlsErrorsFailClosedAsAConfigurationError), over the same server (tlstestserver.h).

#include "connectiontesthelpers.h"
#include "fetchrig.h"
#include "tlstestserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-tls-containment-5150ZQXJ"_s;
}

class tst_TlsFailClosed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        m_server = std::make_unique<TlsTestServer>();
        QVERIFY2(m_server->listen(&error), qPrintable(error));
    }
    void cleanup() { m_server.reset(); }

    void testConnectionReportsATlsError_data()
    {
        QTest::addColumn<QString>("jobId");
        QTest::newRow("probe") << QString();
        QTest::newRow("a given job") << u"job_tls_1"_s;
    }
    void testConnectionReportsATlsError()
    {
        QFETCH(QString, jobId);
        int finished = 0;
        const auto result = runConnectionTest(tlsProfile(), kKey, jobId, &finished);
        QCOMPARE(finished, 1);
        QCOMPARE(result.outcome, ConnectionTest::Outcome::TlsError);
        QCOMPARE(ConnectionTest::outcomeName(result.outcome), u"tls-error"_s);
        QVERIFY(!result.success());
        QCOMPARE(result.httpStatus, 0);
        QVERIFY2(result.message.startsWith(u"TLS error: "_s), qPrintable(result.message));
        // The reason is Qt's own ("The certificate is self-signed, and untrusted"): the user can act on it.
        QVERIFY2(result.message.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(result.message));
        QVERIFY(!result.message.contains(kKey));
        QVERIFY(m_server->handshakes() >= 1);    // it did try
        QVERIFY(m_server->received().isEmpty()); // but sent nothing over the refused channel
    }

    // Both a download on the profile's own origin (which would carry the key) and one without a key.
    void artifactFetchFailsClosed_data()
    {
        QTest::addColumn<bool>("withKey");
        QTest::newRow("own origin, key due") << true;
        QTest::newRow("no profile, no key") << false;
    }
    void artifactFetchFailsClosed()
    {
        QFETCH(bool, withKey);
        FetchRig rig;
        QVERIFY(rig.dir.isValid());
        const QString job = rig.addCompletedJob(tlsProfile(), kKey);
        const QUrl url = m_server->url(u"/artifacts/done/image.png"_s);
        FetchHandle *handle = rig.fetcher.fetch(url, withKey ? job : QString());
        QSignalSpy finished(handle, &FetchHandle::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        const auto result = finished.at(0).at(0).value<FetchResult>();
        QCOMPARE(result.error, FetchError::Network);
        QCOMPARE(result.httpStatus, 0);
        QVERIFY(result.filePath.isEmpty());
        QVERIFY2(result.message.contains(u"TLS error"_s), qPrintable(result.message));
        QVERIFY2(result.message.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(result.message));
        QVERIFY(!result.message.contains(kKey));
        QVERIFY(m_server->handshakes() >= 1);
        QVERIFY(m_server->received().isEmpty());
        QVERIFY(!rig.cache.contains(url)); // nothing was cached
    }

private:
    // A Theo profile on the TLS server.
    Profile tlsProfile() const
    {
        Profile p;
        p.id = u"tls"_s;
        p.name = u"TLS"_s;
        p.dialect = u"theo"_s;
        p.baseUrl = m_server->url();
        return p;
    }

    std::unique_ptr<TlsTestServer> m_server;
};

QTEST_GUILESS_MAIN(tst_TlsFailClosed)
#include "tst_tlsfailclosed.moc"
