// The "Add jobs" dialog and the ambiguous-profile question, over a real Application whose profiles point at a
// SimulatedProvider on 127.0.0.1:0.

#include "application/application.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "model/profilelist.h"
#include "dialogs/adddialog.h"
#include "dialogs/profilechoicedialog.h"
#include "sim/simulatedprovider.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "plurals.h"

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
const QString kTheoId = u"job_QwErTyUiOp"_s;
const QString kVidocuId = u"export_1708300000001_k9x"_s;
const QString kScenesId = u"3f2b8c1e-7d4a-4b9e-9c2f-1a2b3c4d5e6f"_s;
const QString kMuviId = u"job_abc123def456"_s;
const QString kEnqueuedId = u"job_EnQueued42z"_s;
} // namespace

class tst_AddDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void previewShowsEveryRecognisedJobAndRejection();
    void okAddsThroughTheIntake();
    void garbageShowsASpecificMessageAndAddsNothing_data();
    void garbageShowsASpecificMessageAndAddsNothing();
    void ambiguousRowIsAskedInline();
    void profileChooserSendsEveryJobToOneProfile();
    void alreadyWatchedJobIsShownAndNotAddedAgain();
    void typingUpdatesThePreview();
    void profileQuestionAddsAfterTheAnswer();
    void profileQuestionCancelAddsNothing();

private:
    QString mixedText() const;
    QPushButton *okButton() const { return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); }
    QStringList column(int column) const
    {
        QStringList out;
        const QTreeWidget *view = m_dialog->previewView();
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            out.append(view->topLevelItem(i)->text(column));
        return out;
    }

    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<AddDialog> m_dialog;
};

void tst_AddDialog::init()
{
    m_sim = std::make_unique<SimulatedProvider>();
    QVERIFY2(m_sim->listen(0), qPrintable(m_sim->errorString()));
    m_app = std::make_unique<Application>();
    for (const QString &dialect : {u"theo"_s, u"vidocu"_s, u"scenes"_s, u"muvi"_s}) {
        Profile p;
        p.id = u"p-"_s + dialect;
        p.name = dialect.at(0).toUpper() + dialect.mid(1) + u" local"_s;
        p.dialect = dialect;
        p.baseUrl = m_sim->baseUrl(dialect);
        QString error;
        QVERIFY2(m_app->addProfile(p, QString(), &error), qPrintable(error));
    }
    m_dialog = std::make_unique<AddDialog>(m_app->intake(), m_app->profiles());
    m_dialog->show();
}

void tst_AddDialog::cleanup()
{
    m_dialog.reset();
    m_app.reset();
    m_sim.reset();
}

QString tst_AddDialog::mixedText() const
{
    const QString root = m_sim->rootUrl().toString();
    return u"%1\n"
           "exported as %2\n"
           "storyboard: %3\n"
           "%6/muvi/v1/jobs/%4\n"
           "{\"id\": \"%5\", \"job_id\": \"%5\", \"status\": \"queued\", \"poll_url\": \"%6/theo/api/v1/jobs/%5\"}\n"
           "{\"status\": \"queued\", \"progress\": 12}\n"
           "thanks!\n"_s.arg(kTheoId, kVidocuId, kScenesId, kMuviId, kEnqueuedId, root);
}

void tst_AddDialog::previewShowsEveryRecognisedJobAndRejection()
{
    m_dialog->setText(mixedText());
    QCOMPARE(column(AddDialog::IdColumn).mid(0, 5), (QStringList{kTheoId, kVidocuId, kScenesId, kMuviId, kEnqueuedId}));
    QCOMPARE(column(AddDialog::ProfileColumn).mid(0, 5),
             (QStringList{u"Theo local"_s, u"Vidocu local"_s, u"Scenes local"_s, u"Muvi local"_s, u"Theo local"_s}));
    QCOMPARE(column(AddDialog::DialectColumn).at(0), u"theo"_s);
    QCOMPARE(column(AddDialog::DialectColumn).at(1), u"vidocu"_s);
    QCOMPARE(column(AddDialog::DialectColumn).at(2), u"scenes"_s); // the profile's dialect, not every UUID API
    QCOMPARE(column(AddDialog::DialectColumn).at(3), u"muvi"_s);
    QVERIFY(column(AddDialog::NoteColumn).at(3).contains(u"poll URL"_s));
    QVERIFY(column(AddDialog::NoteColumn).at(4).contains(u"enqueue response"_s));
    // The JSON without an ID is a row with its reason; the line that names no job ("thanks!") one with its number.
    QCOMPARE(m_dialog->previewView()->topLevelItemCount(), 7);
    QVERIFY2(column(AddDialog::NoteColumn).at(5).contains(u"no job ID"_s), qPrintable(column(AddDialog::NoteColumn).at(5)));
    QCOMPARE(column(AddDialog::IdColumn).at(6), u"line 7: thanks!"_s);
    QCOMPARE(column(AddDialog::NoteColumn).at(6), u"no job ID, poll URL or enqueue response found"_s);
    QVERIFY2(says(m_dialog->messageText(), u"5 job(s) to add"_s), qPrintable(m_dialog->messageText()));
    QVERIFY2(says(m_dialog->messageText(), u"1 item(s) not usable"_s), qPrintable(m_dialog->messageText()));
    QVERIFY2(says(m_dialog->messageText(), u"1 line(s) not recognised"_s), qPrintable(m_dialog->messageText()));
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(m_app->jobs()->size(), 0); // a preview adds nothing
}

void tst_AddDialog::okAddsThroughTheIntake()
{
    QSignalSpy added(m_dialog.get(), &AddDialog::jobsAdded);
    m_dialog->setText(mixedText());
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(added.count(), 1);
    const QStringList expected{jobKey(u"p-theo"_s, kTheoId), jobKey(u"p-vidocu"_s, kVidocuId), jobKey(u"p-scenes"_s, kScenesId),
                               jobKey(u"p-muvi"_s, kMuviId), jobKey(u"p-theo"_s, kEnqueuedId)};
    QCOMPARE(m_dialog->lastResult().added, expected);
    QCOMPARE(m_app->jobs()->keys(), expected);
}

void tst_AddDialog::garbageShowsASpecificMessageAndAddsNothing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("words") << u"please watch my video job"_s << u"Nothing recognised: no job ID, poll URL or enqueue response found"_s;
    QTest::newRow("json without id") << u"{\"status\": \"running\"}"_s << u"the JSON has no job ID"_s;
    QTest::newRow("empty") << QString() << u"Paste or type job IDs"_s;
}

void tst_AddDialog::garbageShowsASpecificMessageAndAddsNothing()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    m_dialog->setText(input);
    QVERIFY2(m_dialog->messageText().contains(message), qPrintable(m_dialog->messageText()));
    QVERIFY(!okButton()->isEnabled());
    m_dialog->accept(); // e.g. Enter in a field: still nothing
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_app->jobs()->size(), 0);
}

void tst_AddDialog::ambiguousRowIsAskedInline()
{
    m_dialog->setText(u"%1 and %2"_s.arg(kMuviId, kTheoId));
    QTreeWidget *view = m_dialog->previewView();
    QCOMPARE(view->topLevelItemCount(), 2);
    auto *chooser = qobject_cast<QComboBox *>(view->itemWidget(view->topLevelItem(0), AddDialog::ProfileColumn));
    QVERIFY(chooser);
    QVERIFY(!view->itemWidget(view->topLevelItem(1), AddDialog::ProfileColumn));
    // Rows with and without the chooser are equally tall, and the chooser fits in its row.
    const QRect chooserRow = view->visualItemRect(view->topLevelItem(0));
    QCOMPARE(view->visualItemRect(view->topLevelItem(1)).height(), chooserRow.height());
    QVERIFY(chooser->sizeHint().height() <= chooserRow.height());
    QVERIFY(!okButton()->isEnabled());
    QVERIFY2(m_dialog->messageText().contains(u"Choose a profile"_s), qPrintable(m_dialog->messageText()));

    const int muvi = chooser->findData(u"p-muvi"_s);
    QVERIFY(muvi > 0);
    QVERIFY(chooser->findData(u"p-theo"_s) > 0);
    chooser->setCurrentIndex(muvi);
    QVERIFY(okButton()->isEnabled());
    QVERIFY(!m_dialog->messageText().contains(u"Choose a profile"_s));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_app->jobs()->keys(), (QStringList{jobKey(u"p-muvi"_s, kMuviId), jobKey(u"p-theo"_s, kTheoId)}));
}

void tst_AddDialog::profileChooserSendsEveryJobToOneProfile()
{
    m_dialog->setText(u"%1 %2"_s.arg(kMuviId, kTheoId));
    m_dialog->setProfileId(u"p-muvi"_s);
    QCOMPARE(m_dialog->profileId(), u"p-muvi"_s);
    QCOMPARE(column(AddDialog::ProfileColumn), (QStringList{u"Muvi local"_s, u"Muvi local"_s}));
    QVERIFY(!m_dialog->previewView()->itemWidget(m_dialog->previewView()->topLevelItem(0), AddDialog::ProfileColumn));
    QVERIFY(okButton()->isEnabled());
    m_dialog->accept();
    QCOMPARE(m_app->jobs()->keys(), (QStringList{jobKey(u"p-muvi"_s, kMuviId), jobKey(u"p-muvi"_s, kTheoId)}));
}

void tst_AddDialog::alreadyWatchedJobIsShownAndNotAddedAgain()
{
    QCOMPARE(m_app->intake()->add(QStringView(kTheoId)).added.size(), 1);
    m_dialog->setText(u"%1 %2"_s.arg(kTheoId, kVidocuId));
    QVERIFY2(column(AddDialog::NoteColumn).at(0).contains(u"already watched"_s), qPrintable(column(AddDialog::NoteColumn).at(0)));
    QVERIFY2(says(m_dialog->messageText(), u"1 job(s) to add"_s), qPrintable(m_dialog->messageText()));
    m_dialog->accept();
    QCOMPARE(m_dialog->lastResult().added, QStringList{jobKey(u"p-vidocu"_s, kVidocuId)});
    QCOMPARE(m_dialog->lastResult().duplicates, 1);
    QCOMPARE(m_app->jobs()->size(), 2);
}

void tst_AddDialog::typingUpdatesThePreview()
{
    auto *edit = m_dialog->findChild<QPlainTextEdit *>();
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, kVidocuId);
    QTRY_COMPARE(m_dialog->previewView()->topLevelItemCount(), 1);
    QCOMPARE(column(AddDialog::ProfileColumn), QStringList{u"Vidocu local"_s});
    QVERIFY(okButton()->isEnabled());
    // Typing and confirming at once (before the preview caught up) adds what was typed.
    QTest::keyClicks(edit, u" "_s + kTheoId);
    m_dialog->accept();
    QCOMPARE(m_app->jobs()->keys(), (QStringList{jobKey(u"p-vidocu"_s, kVidocuId), jobKey(u"p-theo"_s, kTheoId)}));
}

void tst_AddDialog::profileQuestionAddsAfterTheAnswer()
{
    const IntakeResult first = m_app->intake()->add(QStringView(u"%1 job_deadbeef01"_s.arg(kMuviId)));
    QCOMPARE(first.ambiguous.size(), 2);
    IntakeResult answered;
    int calls = 0;
    ProfileChoiceDialog *dialog = askProfileFor(nullptr, m_app->intake(), m_app->profiles(), first.ambiguous,
                                                [&](const IntakeResult &r) { answered = r; ++calls; });
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->chosenProfileId(), first.ambiguous.constFirst().choices.constFirst());
    dialog->setChosenProfileId(u"p-theo"_s);
    dialog->accept();
    QCOMPARE(calls, 1);
    QCOMPARE(answered.added, (QStringList{jobKey(u"p-theo"_s, kMuviId), jobKey(u"p-theo"_s, u"job_deadbeef01"_s)}));
    QVERIFY2(says(answered.summary, u"2 job(s) added"_s), qPrintable(answered.summary));
}

void tst_AddDialog::profileQuestionCancelAddsNothing()
{
    const IntakeResult first = m_app->intake()->add(QStringView(kMuviId));
    int calls = 0;
    QPointer<ProfileChoiceDialog> dialog = askProfileFor(nullptr, m_app->intake(), m_app->profiles(), first.ambiguous,
                                                         [&](const IntakeResult &) { ++calls; });
    dialog->reject();
    QCOMPARE(calls, 0);
    QCOMPARE(m_app->jobs()->size(), 0);
    QTRY_VERIFY(dialog.isNull()); // deleted on close
}

QTEST_MAIN(tst_AddDialog)
#include "tst_adddialog.moc"
