// Paste and drop into the window, and the Add dialog, with what people really paste: lines that name no job
// are counted in the status bar ("3 lines not recognised", in English and German) and listed on request; a
// large text is read off the GUI thread; 100,000 IDs or 17 MB of text add nothing and say why, without a
// crash. Runs a whole Application against the SimulatedProvider, offscreen.

#include "application/application.h"
#include "intake/jobintake.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "dialogs/adddialog.h"
#include "dialogs/droppedinputdialog.h"
#include "droppedinputnotice.h"
#include "mainwindow.h"
#include "models/jobtablemodel.h"
#include "pasteintake.h"
#include "sim/simjob.h"
#include "sim/simulatedprovider.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

#include "plurals.h"

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kToken = u"tok-paste-0123456789"_s;

QStringList column(const QTreeWidget *tree, int column)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out.append(tree->topLevelItem(i)->text(column));
    return out;
}

// `count` theo IDs in the simulator's own shape, one per line (the jobs do not exist on the provider: these
// tests are about reading, not polling).
QString theoIds(int count)
{
    QString text;
    text.reserve(count * 16);
    for (int i = 0; i < count; ++i)
        text += sim::generateId(u"theo"_s, u"video"_s, 0) + u'\n';
    return text;
}
} // namespace

class PasteIntakeTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<MainWindow> m_window;

    QString simJob(const QString &id)
    {
        SimulatedProvider::JobSpec spec;
        spec.dialect = u"theo"_s;
        spec.id = id;
        spec.runMs = 60'000;
        return m_sim->createJob(spec);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_sim = std::make_unique<SimulatedProvider>();
        QVERIFY(m_sim->listen());
        m_sim->setToken(kToken);
        m_app = std::make_unique<Application>();
        Profile p;
        p.id = u"theo"_s;
        p.name = u"Theo"_s;
        p.dialect = u"theo"_s;
        p.baseUrl = m_sim->baseUrl(p.id);
        QString error;
        QVERIFY2(m_app->addProfile(p, kToken, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_app.get());
        m_window->resize(1200, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_app.reset();
        m_sim.reset();
    }

    void linesWithoutAJobAreCountedAndListedOnRequest()
    {
        const QString a = simJob(u"job_ZAXUGYGRVU"_s);
        const QString b = simJob(u"job_knnvfmnjfq"_s);
        QApplication::clipboard()->setText(u"Rendering log\n%1 started\nnothing to see\n\n%2 started\nsee ftp://files.example/x\n"
                                           "and the end"_s.arg(a, b));
        QTest::keyClick(m_window->view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_app->jobs()->keys(), (QStringList{jobKey(u"theo"_s, a), jobKey(u"theo"_s, b)}));

        DroppedInputNotice *notice = m_window->droppedInputNotice();
        QVERIFY(notice->isVisible());
        QVERIFY2(says(notice->text(), u"3 line(s) not recognised, 1 item(s) not usable"_s), qPrintable(notice->text()));
        // The message says what was added; the notice beside it counts the rest (so the message fits).
        QVERIFY2(says(m_window->lastNotice(), u"2 job(s) added"_s) && !m_window->lastNotice().contains(u"recognised"_s),
                 qPrintable(m_window->lastNotice()));

        QTest::mouseClick(notice->linkButton(), Qt::LeftButton);
        DroppedInputDialog *list = notice->list();
        QVERIFY(list);
        QVERIFY(QTest::qWaitForWindowExposed(list));
        QCOMPARE(column(list->list(), DroppedInputDialog::LineColumn), (QStringList{u"1"_s, u"3"_s, u"6"_s, u"7"_s}));
        QCOMPARE(column(list->list(), DroppedInputDialog::TextColumn),
                 (QStringList{u"Rendering log"_s, u"nothing to see"_s, u"ftp://files.example/x"_s, u"and the end"_s}));
        QCOMPARE(column(list->list(), DroppedInputDialog::ReasonColumn).at(2), u"only http and https URLs are supported"_s);
        QVERIFY(list->listText().startsWith(u"1\tRendering log\tno job ID, poll URL or enqueue response found\n"_s));
        list->close();

        // A text that is used completely hides the notice again.
        m_window->addFromText(simJob(u"job_abcdefghij"_s));
        QVERIFY(notice->isHidden());
        QCOMPARE(notice->text(), QString());
    }

    void dismissHidesTheNotice()
    {
        m_window->addFromText(u"job_a1b2c3d4e5\nhello"_s);
        DroppedInputNotice *notice = m_window->droppedInputNotice();
        QVERIFY(notice->isVisible());
        const auto buttons = notice->findChildren<QToolButton *>();
        QCOMPARE(buttons.size(), 2);
        QTest::mouseClick(buttons.at(1), Qt::LeftButton);
        QVERIFY(notice->isHidden());
    }

    void germanSaysLinesNotRecognised()
    {
        QTranslator german;
        QVERIFY(german.load(u":/i18n/jobwatch_de"_s));
        QVERIFY(QCoreApplication::installTranslator(&german));
        m_window->addFromText(u"job_a1b2c3d4e5\nhello\nworld\nagain"_s);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(m_window->droppedInputNotice()->text(), u"3 Zeilen nicht erkannt"_s);
        QCOMPARE(m_window->lastNotice(), u"1 Job hinzugefügt"_s);
    }

    void largeTextIsReadOffTheGuiThread()
    {
        // 5,000 IDs among ~10 MB of log noise: read on a pool thread, added when done.
        QString text;
        const QString noise = u"2024-05-01 12:00:00 INFO render worker heartbeat, queue depth nominal, nothing new\n"_s;
        const QString ids = theoIds(5000);
        const QStringList idList = ids.split(u'\n', Qt::SkipEmptyParts);
        text.reserve(10 * 1024 * 1024);
        for (const QString &id : idList) {
            text += u"started "_s + id + u'\n';
            for (int i = 0; i < 24; ++i)
                text += noise;
        }
        QVERIFY(text.size() > 10'000'000);
        QSignalSpy finished(m_window->pasteIntake(), &PasteIntake::finished);
        m_window->addFromText(text);
        QCOMPARE(m_window->pasteIntake()->pending(), 1); // returned at once; the extractor runs elsewhere
        QVERIFY2(m_window->lastNotice().startsWith(u"Reading "_s), qPrintable(m_window->lastNotice()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(m_app->jobs()->size(), 5000);
        QCOMPARE(m_window->model()->rowCount(), 5000);
        QCOMPARE(m_window->droppedInputNotice()->text().isEmpty(), false); // the noise lines
        QCOMPARE(finished.at(0).at(0).value<IntakeResult>().unrecognisedLines, 5000 * 24);
    }

    void tooManyJobsAddNothingAndSayWhy()
    {
        QSignalSpy finished(m_window->pasteIntake(), &PasteIntake::finished);
        m_window->addFromText(theoIds(100'000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(m_app->jobs()->size(), 0);
        const QString expected = u"Nothing added: the text holds %1 jobs; at most %2 can be added at once"_s
                                     .arg(QLocale().toString(100'000), QLocale().toString(10'000));
        QVERIFY2(m_window->lastNotice().startsWith(expected), qPrintable(m_window->lastNotice()));
    }

    void tooLongTextAddsNothingAndSaysWhy()
    {
        QMimeData mime;
        mime.setText(QString(17 * 1024 * 1024, u'x'));
        m_window->addFromMime(&mime);
        QCOMPARE(m_window->pasteIntake()->pending(), 0);
        QCOMPARE(m_app->jobs()->size(), 0);
        QVERIFY2(m_window->lastNotice().startsWith(u"Nothing added: the text is 17.0 MB; at most 16 MB"_s),
                 qPrintable(m_window->lastNotice()));
    }

    void addDialogReadsLargeTextInTheBackground()
    {
        AddDialog dialog(m_app->intake(), m_app->profiles(), m_window.get());
        QString text = theoIds(3000);
        text += QString(300 * 1024, u' ') + u"\nno job here\n"_s;
        dialog.setText(text);
        QVERIFY(dialog.isReading());
        QVERIFY2(dialog.messageText().startsWith(u"Reading "_s), qPrintable(dialog.messageText()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isReading(), 30000);
        QCOMPARE(dialog.plan().jobs.size(), 3000);
        // 1000 job rows, one "… and 2000 more" row, and the line without a job.
        QCOMPARE(dialog.previewView()->topLevelItemCount(), int(AddDialog::kMaxPreviewJobs) + 2);
        QVERIFY2(says(dialog.messageText(), u"3000 job(s) to add"_s), qPrintable(dialog.messageText()));
        QVERIFY2(says(dialog.messageText(), u"1 line(s) not recognised"_s), qPrintable(dialog.messageText()));
        dialog.accept();
        QCOMPARE(m_app->jobs()->size(), 3000);
    }
};

QTEST_MAIN(PasteIntakeTest)
#include "tst_pasteintake.moc"
