// The details pane under a result: where it was archived ("Saved to …", Open Folder) and when the provider's
// link expires ("Link expires in 10 min" from the URL, "about 1 h" from Replicate's documented lifetime), for
// real jobs on the SimulatedProvider (127.0.0.1:0) through a whole Application.

#include "artifacts/resultarchive.h"
#include "application/application.h"
#include "model/joblist.h"
#include "details/archiveinfo.h"
#include "details/detailspane.h"
#include "simappfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-live-archive-0123456789"_s;
} // namespace

class TestArchiveInfo final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<DetailsPane> m_pane;

    QString watch(const QString &dialect, int units = 0, const QString &type = {})
    {
        SimulatedProvider::JobSpec spec;
        spec.dialect = dialect;
        spec.type = type;
        spec.queueMs = 0;
        spec.runMs = 100;
        spec.units = units;
        const QString key = simapp::watchNewJob(*m_app, *m_sim, spec);
        m_pane->setJobKey(key);
        return key;
    }
    ArchiveInfo *info() const { return m_pane->archiveInfo(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString error = simapp::start(m_sim, m_app, kKey, {u"theo"_s, u"scenes"_s, u"replicate"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_pane = std::make_unique<DetailsPane>(m_app->jobs(), m_app->timeline(), m_app->profiles(), m_app->secrets());
        m_pane->setResultServices(m_app->artifacts(), m_app->scheduler(), m_app->resultArchive(), m_app->resultLifetimes());
        m_pane->resize(420, 900);
        m_pane->show();
    }

    void cleanup()
    {
        m_pane.reset();
        m_app.reset();
        m_sim.reset();
    }

    void signedResultsShowTheirExpiryAndTheArchivedFolder()
    {
        m_sim->setSignedUrlTtlMs(10 * 60 * 1000);
        QSignalSpy archived(m_app->resultArchive(), &ResultArchive::archived);
        const QString key = watch(u"scenes"_s, 3);
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 3, 15000);
        QTRY_VERIFY(!info()->archiveText().isEmpty());
        QVERIFY(info()->isVisible());
        const QString folder = QFileInfo(archived.first().at(2).toString()).absolutePath();
        QCOMPARE(info()->archiveText(), u"3 result(s) saved in %1"_s.arg(QDir::toNativeSeparators(folder)));
        QCOMPARE(info()->archivedFolder(), folder);
        QVERIFY(info()->findChild<QPushButton *>(u"openArchiveFolder"_s)->isVisible());
        // The simulator signs for 10 minutes: "9 min" or "10 min" by the time this runs.
        const QString expiry = info()->expiryText();
        QVERIFY2(expiry.startsWith(u"Link expires in 10 min"_s) || expiry.startsWith(u"Link expires in 9 min"_s), qPrintable(expiry));
        QVERIFY2(expiry.contains(u"archived copy stays"_s), qPrintable(expiry));
        QCOMPARE(m_pane->findChild<QLabel *>(u"linkExpiry"_s)->text(), expiry);
    }

    void aDocumentedLifetimeSaysAbout()
    {
        const QString key = watch(u"replicate"_s, 1);
        QVERIFY(!key.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!info()->archiveText().isEmpty() && info()->archiveText().startsWith(u"Saved to"_s), 15000);
        const QString expiry = info()->expiryText();
        QVERIFY2(expiry.startsWith(u"Link expires in about 1 h"_s) || expiry.startsWith(u"Link expires in about 59 min"_s),
                 qPrintable(expiry));
        const QString path = m_app->resultArchive()->entries(key).value(0).path;
        QCOMPARE(info()->archiveText(), u"Saved to %1"_s.arg(QDir::toNativeSeparators(path)));
        QVERIFY(path.contains(u"/replicate account/"_s));
    }

    void aPlainLinkHasNoExpiryLine()
    {
        const QString key = watch(u"theo"_s, 0, u"image"_s);
        QVERIFY(!key.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(info()->archiveText().startsWith(u"Saved to"_s), 15000);
        QVERIFY(info()->expiryText().isEmpty());
        QVERIFY(!m_pane->findChild<QLabel *>(u"linkExpiry"_s)->isVisible());
    }

    void beforeArchivingTheHintSaysToSave()
    {
        Application::ArchiveOptions off = m_app->archiveOptions();
        off.policy = ResultSaver::Policy::Off;
        QVERIFY(m_app->setArchiveOptions(off));
        m_sim->setSignedUrlTtlMs(42 * 60 * 1000 + 30 * 1000);
        const QString key = watch(u"scenes"_s, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->jobs()->value(key).snapshot.state, JobState::Completed, 15000);
        QTRY_VERIFY(!info()->expiryText().isEmpty());
        QVERIFY2(info()->expiryText().startsWith(u"Link expires in 4"_s), qPrintable(info()->expiryText()));
        QVERIFY(info()->expiryText().contains(u"save it before then"_s));
        QVERIFY(info()->archiveText().isEmpty());
    }

    void anArchiveFailureIsShown()
    {
        QFile blocker(m_app->resultArchive()->folder());
        QDir().mkpath(QFileInfo(blocker.fileName()).absolutePath());
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the archive folder should be
        blocker.close();
        const QString key = watch(u"theo"_s, 0, u"image"_s);
        QTRY_VERIFY_WITH_TIMEOUT(info()->archiveText().contains(u"was not archived"_s), 15000);
        QVERIFY2(info()->archiveText().contains(u"Could not create the folder"_s), qPrintable(info()->archiveText()));
        QVERIFY(!info()->findChild<QPushButton *>(u"openArchiveFolder"_s)->isVisible());
        QFile::remove(blocker.fileName());
    }

    void noJobHidesEverything()
    {
        m_pane->setJobKey({});
        QVERIFY(!info()->isVisible());
        QVERIFY(info()->archiveText().isEmpty());
        QVERIFY(info()->expiryText().isEmpty());
    }
};

QTEST_MAIN(TestArchiveInfo)
#include "tst_archiveinfo.moc"
