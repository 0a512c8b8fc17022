// Jobs coming into the main window: drag-and-drop and Ctrl+V paste of mixed input (IDs of every dialect, poll
// URLs, enqueue JSON, dropped files) into watched jobs, garbage that adds nothing and says why, and a rejected key
// that offers Set key, which opens the profile.

#include "mainwindowrig.h"
#include "engine/scheduler.h"
#include "models/jobtablemodel.h"
#include "profiles/profiledialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace mainwindowrig;

class MainWindowIntakeTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rejectedKeyOffersSetKeyThatOpensTheProfile()
    {
        Fixture f;
        QVERIFY(f.start());
        f.sim.setToken(u"rotated-token-000000"_s); // the saved key is now rejected: 401
        const QString id = f.simJob(u"theo"_s, u"job_Rejected123"_s);
        QString error;
        QVERIFY2(!f.app.scheduler()->watch(u"theo"_s, id, {}, &error).isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(f.app.scheduler()->isProfilePaused(u"theo"_s), 5000);
        auto *setKey = f.window->findChild<QToolButton *>(u"setKeyButton"_s);
        QVERIFY(setKey);
        QTRY_VERIFY_WITH_TIMEOUT(setKey->isVisible(), 3000);
        setKey->click();
        ProfileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f.window->findChild<ProfileDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->currentProfileId(), u"theo"_s);
        dialog->close();
    }

    void dropOfMixedTextWatchesEveryDialect()
    {
        Fixture f;
        QVERIFY(f.start());
        QMimeData mime;
        mime.setText(f.mixedText());
        QVERIFY(f.drop(&mime));
        QCOMPARE(sorted(f.app.jobs()->keys()), sorted(Fixture::mixedKeys()));
        QVERIFY2(f.window->lastNotice().contains(u"5 job"_s), qPrintable(f.window->lastNotice()));
        QCOMPARE(f.window->model()->rowCount(), 5);
        // They are really watched: the server sees a poll for each.
        for (const QString &key : Fixture::mixedKeys())
            QTRY_VERIFY_WITH_TIMEOUT(f.app.jobs()->value(key).engine.requestCount >= 1, 5000);
    }

    void dropOfFilesAndUrls()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString enqueued = f.simJob(u"theo"_s, u"job_FromFileJson"_s);
        const QString listed = f.simJob(u"vidocu"_s, u"export_1732000000_zz9"_s);
        const QString linked = f.simJob(u"muvi"_s, u"job_00aa11bb22cc"_s);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile json(dir.filePath(u"enqueue.json"_s));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(uR"({"id":"%1","job_id":"%1","status":"queued","poll_url":"%2"})"_s
                       .arg(enqueued, f.sim.pollUrl(enqueued).toString()).toUtf8());
        json.close();
        QFile txt(dir.filePath(u"ids.txt"_s));
        QVERIFY(txt.open(QIODevice::WriteOnly));
        txt.write(listed.toUtf8() + "\n");
        txt.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(json.fileName()), QUrl::fromLocalFile(txt.fileName()), f.sim.pollUrl(linked)});
        QVERIFY(f.drop(&mime));
        QCOMPARE(sorted(f.app.jobs()->keys()),
                 sorted({jobKey(u"theo"_s, enqueued), jobKey(u"vidocu"_s, listed), jobKey(u"muvi"_s, linked)}));
    }

    void ctrlVPastesMixedInputAndIgnoresDuplicates()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        f.window->view()->setFocus();
        QApplication::clipboard()->setText(f.mixedText());
        QTest::keyClick(f.window->view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(sorted(f.app.jobs()->keys()), sorted(Fixture::mixedKeys()));
        // The same again: nothing new, and the notice says they were duplicates.
        QTest::keyClick(f.window->view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(f.app.jobs()->size(), 5);
        QVERIFY2(f.window->lastNotice().contains(u"duplicate"_s), qPrintable(f.window->lastNotice()));
    }

    void garbageAddsNothingWithASpecificMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // part of the notice
        QTest::newRow("prose") << u"hello there, nothing to see here"_s << u"Nothing recognised"_s;
        QTest::newRow("empty") << u"   \n  "_s << u"Nothing"_s;
        QTest::newRow("non-job URL") << u"https://example.com/pricing"_s << u"Nothing recognised"_s;
    }
    void garbageAddsNothingWithASpecificMessage()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Fixture f;
        QVERIFY(f.start());
        QMimeData mime;
        mime.setText(text);
        f.drop(&mime);
        QCOMPARE(f.app.jobs()->size(), 0);
        QVERIFY2(f.window->lastNotice().contains(expected), qPrintable(f.window->lastNotice()));
        QVERIFY(!f.window->lastNotice().contains(u'\n'));
    }
};

QTEST_MAIN(MainWindowIntakeTest)
#include "tst_mainwindowintake.moc"
