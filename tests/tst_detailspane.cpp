// DetailsPane against real jobs on the SimulatedProvider (127.0.0.1:0): it follows its key, shows the error
// code/message and the request ID, the raw last JSON, and copies a curl command with the key redacted.

#include "application/application.h"
#include "model/joblist.h"
#include "model/jobtimeline.h"
#include "model/profile.h"
#include "model/profilelist.h"
#include "model/secretstore.h"
#include "details/detailspane.h"
#include "details/inputsbox.h"
#include "engine/scheduler.h"
#include "sim/simulatedprovider.h"
#include "simappfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace jw;
using namespace Qt::StringLiterals;
using Fault = SimulatedProvider::Fault;

namespace {
const QString kKey = u"sk-live-0123456789abcdefWXYZ"_s;
} // namespace

class tst_DetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void followsTheKey();
    void failedJobShowsErrorCodeAndMessage();
    void httpErrorShowsRequestId();
    void rawJsonIsPrettyPrintedAndSelectable();
    void copyAsCurlRedactsTheKey();
    void copyIdPutsTheIdOnTheClipboard();
    void removedJobEmptiesThePane();
    void missingProviderTimesShowObservedOnes();
    void inputsSectionListsTheInputsWithCopyButtons();
    void costRowShowsTheComputeTimeOnceReported();

private:
    QString watch(const QString &dialect, qint64 runMs, SimulatedProvider::Outcome outcome = SimulatedProvider::Outcome::Completed);
    QString text(const char *name) const
    {
        const auto *label = m_pane->findChild<QLabel *>(QLatin1StringView(name));
        return label ? label->text() : u"<no label %1>"_s.arg(QLatin1StringView(name));
    }

    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<DetailsPane> m_pane;
};

void tst_DetailsPane::init()
{
    const QString error = simapp::start(m_sim, m_app, kKey, {u"theo"_s, u"scenes"_s, u"muvi"_s, u"vidocu"_s, u"replicate"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_pane = std::make_unique<DetailsPane>(m_app->jobs(), m_app->timeline(), m_app->profiles(), m_app->secrets());
    m_pane->resize(420, 900);
    m_pane->show();
}

void tst_DetailsPane::cleanup()
{
    m_pane.reset();
    m_app.reset();
    m_sim.reset();
}

QString tst_DetailsPane::watch(const QString &dialect, qint64 runMs, SimulatedProvider::Outcome outcome)
{
    SimulatedProvider::JobSpec spec;
    spec.dialect = dialect;
    spec.queueMs = 0;
    spec.runMs = runMs;
    spec.outcome = outcome;
    return simapp::watchNewJob(*m_app, *m_sim, spec);
}

void tst_DetailsPane::followsTheKey()
{
    const QString first = watch(u"theo"_s, 60000);
    const QString second = watch(u"muvi"_s, 60000);
    auto *stack = m_pane->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentIndex(), 0); // "No job selected"

    m_pane->setJobKey(first);
    QCOMPARE(stack->currentIndex(), 1);
    QCOMPARE(text("jobId"), m_app->jobs()->value(first).jobId);
    QCOMPARE(text("profile"), u"theo account"_s);
    QTRY_VERIFY_WITH_TIMEOUT(text("status").startsWith(u"running"_s), 5000);
    QTRY_VERIFY(text("requests").toInt() >= 1);
    const auto *timeline = m_pane->findChild<QTreeWidget *>(u"timeline"_s);
    QVERIFY(timeline);
    QTRY_COMPARE(timeline->topLevelItemCount(), 2); // added, running
    QCOMPARE(timeline->topLevelItem(1)->text(1), u"running"_s);

    m_pane->setJobKey(second);
    QCOMPARE(text("jobId"), m_app->jobs()->value(second).jobId);
    QCOMPARE(text("profile"), u"muvi account"_s);
    QTRY_VERIFY_WITH_TIMEOUT(text("status").contains(u"processing"_s), 5000); // raw status in quotes

    // Stopping the shown job shows at once; a change to another job does not disturb the pane.
    m_app->scheduler()->stop(first);
    m_app->jobs()->flush();
    QCOMPARE(text("jobId"), m_app->jobs()->value(second).jobId);
    m_app->scheduler()->stop(second);
    m_app->jobs()->flush();
    QVERIFY2(text("status").contains(u"stopped"_s), qPrintable(text("status")));
    QVERIFY2(text("nextPoll").contains(u"stopped"_s), qPrintable(text("nextPoll")));

    m_pane->setJobKey(QString());
    QCOMPARE(stack->currentIndex(), 0);
}

void tst_DetailsPane::failedJobShowsErrorCodeAndMessage()
{
    const QString key = watch(u"muvi"_s, 1200, SimulatedProvider::Outcome::Failed);
    m_pane->setJobKey(key);
    const auto *errorBox = m_pane->findChild<QWidget *>(u"errorBox"_s);
    QVERIFY(errorBox);
    QVERIFY(!errorBox->isVisibleTo(m_pane.get()));
    QTRY_COMPARE_WITH_TIMEOUT(text("errorCode"), u"GENERATION_FAILED"_s, 10000);
    QVERIFY2(text("errorMessage").contains(u"failed to generate"_s), qPrintable(text("errorMessage")));
    QVERIFY(errorBox->isVisibleTo(m_pane.get()));
    QVERIFY2(text("status").startsWith(u"failed"_s), qPrintable(text("status")));
    QVERIFY(text("completed") != u"\u2014"_s);
    const auto *timeline = m_pane->findChild<QTreeWidget *>(u"timeline"_s);
    QCOMPARE(timeline->topLevelItem(timeline->topLevelItemCount() - 1)->text(1), u"failed"_s);
}

void tst_DetailsPane::httpErrorShowsRequestId()
{
    const QString key = watch(u"scenes"_s, 60000);
    m_sim->queueFaults(m_app->jobs()->value(key).jobId, {Fault::ServerError500, Fault::ServerError500, Fault::ServerError500});
    m_pane->setJobKey(key);
    QTRY_VERIFY_WITH_TIMEOUT(text("requestId").startsWith(u"req_"_s), 5000);
    QVERIFY2(text("lastPollError").contains(u"HTTP 500"_s), qPrintable(text("lastPollError")));
    QVERIFY2(text("lastPollError").contains(text("requestId")), qPrintable(text("lastPollError")));
    QVERIFY(m_pane->findChild<QWidget *>(u"errorBox"_s)->isVisibleTo(m_pane.get()));
    // A good poll afterwards clears the error and its request ID.
    QTRY_COMPARE_WITH_TIMEOUT(text("requestId"), u"\u2014"_s, 20000);
    QVERIFY(!m_pane->findChild<QWidget *>(u"errorBox"_s)->isVisibleTo(m_pane.get()));
}

void tst_DetailsPane::rawJsonIsPrettyPrintedAndSelectable()
{
    const QString key = watch(u"theo"_s, 60000);
    m_pane->setJobKey(key);
    const auto *raw = m_pane->findChild<QPlainTextEdit *>(u"rawJson"_s);
    QVERIFY(raw);
    QVERIFY(raw->isReadOnly());
    QVERIFY(raw->textInteractionFlags() & Qt::TextSelectableByMouse);
    QTRY_VERIFY_WITH_TIMEOUT(!raw->toPlainText().isEmpty(), 5000);
    const QString text = raw->toPlainText();
    const QString id = m_app->jobs()->value(key).jobId;
    QVERIFY2(text.contains(u"\"id\": \"%1\""_s.arg(id)), qPrintable(text)); // indented form has ": "
    QVERIFY(text.count(u'\n') >= 3);
    QCOMPARE(text, QString::fromUtf8(QJsonDocument::fromJson(m_app->jobs()->value(key).rawBody).toJson()).trimmed());
}

void tst_DetailsPane::copyAsCurlRedactsTheKey()
{
    const QString key = watch(u"theo"_s, 60000);
    m_pane->setJobKey(key);
    QApplication::clipboard()->clear();
    QSignalSpy copied(m_pane.get(), &DetailsPane::copied);
    auto *button = m_pane->findChild<QPushButton *>(u"copyCurl"_s);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(QApplication::clipboard()->text().startsWith(u"curl "_s));
    const QString command = QApplication::clipboard()->text();
    QVERIFY2(!command.contains(kKey), qPrintable(command));
    QVERIFY2(!command.contains(kKey.left(12)), qPrintable(command));
    QVERIFY2(command.contains(u"'Authorization: Bearer \u2022\u2022\u2022\u2022WXYZ'"_s), qPrintable(command));
    const QUrl pollUrl = m_sim->pollUrl(m_app->jobs()->value(key).jobId);
    QVERIFY2(command.endsWith(u" '%1'"_s.arg(pollUrl.toString())), qPrintable(command));
    QCOMPARE(copied.count(), 1);
    QVERIFY(copied.at(0).at(0).toString().contains(u"redacted"_s));
}

void tst_DetailsPane::copyIdPutsTheIdOnTheClipboard()
{
    const QString key = watch(u"muvi"_s, 60000);
    m_pane->setJobKey(key);
    QApplication::clipboard()->clear();
    QTest::mouseClick(m_pane->findChild<QPushButton *>(u"copyId"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), m_app->jobs()->value(key).jobId);
}

void tst_DetailsPane::removedJobEmptiesThePane()
{
    const QString key = watch(u"theo"_s, 60000);
    m_pane->setJobKey(key);
    QVERIFY(m_app->jobs()->remove(key));
    QCOMPARE(m_pane->jobKey(), QString());
    QCOMPARE(m_pane->findChild<QStackedWidget *>()->currentIndex(), 0);
}

void tst_DetailsPane::missingProviderTimesShowObservedOnes()
{
    // Vidocu gives no start or completion time: the pane shows when Jobwatch saw them, marked as observed.
    const QString key = watch(u"vidocu"_s, 1500);
    m_pane->setJobKey(key);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->jobs()->value(key).snapshot.state == JobState::Completed, 15000);
    m_app->jobs()->flush();
    const QList<TimelineEntry> entries = m_app->timeline()->entries(key);
    const auto seenAt = [&entries](JobState state) {
        for (const TimelineEntry &e : entries) {
            if (e.kind == TimelineEntry::Kind::State && e.state == state)
                return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs), u"yyyy-MM-dd HH:mm:ss"_s);
        }
        return u"<never>"_s;
    };
    QTRY_COMPARE(text("completed"), seenAt(JobState::Completed) + u" (observed)"_s);
    QCOMPARE(text("started"), seenAt(JobState::Running) + u" (observed)"_s);

    // Theo gives its completion time: shown as given, not marked.
    const QString theo = watch(u"theo"_s, 800);
    m_pane->setJobKey(theo);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->jobs()->value(theo).snapshot.state == JobState::Completed, 15000);
    QTRY_VERIFY(text("completed") != u"\u2014"_s);
    QVERIFY2(!text("completed").contains(u"observed"_s), qPrintable(text("completed")));
}

void tst_DetailsPane::inputsSectionListsTheInputsWithCopyButtons()
{
    // Replicate echoes the prediction's input, model and version: the pane lists them, prompt first.
    const QString key = watch(u"replicate"_s, 60000);
    m_pane->setJobKey(key);
    InputsBox *box = m_pane->inputsBox();
    QVERIFY(box);
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 5000);
    QStringList labels;
    for (const LabelledInput &input : box->inputs())
        labels.append(input.label);
    QCOMPARE(labels, (QStringList{u"Prompt"_s, u"Model"_s, u"Model version"_s, u"Seed"_s, u"aspect_ratio"_s, u"num_outputs"_s}));
    QCOMPARE(box->valueLabel(0)->text(), u"an astronaut riding a horse"_s);
    QCOMPARE(box->valueLabel(1)->text(), u"stability-ai/sdxl"_s);
    QCOMPARE(box->valueLabel(0)->textFormat(), Qt::PlainText);
    QVERIFY(!box->valueLabel(6));
    // The rows come from the snapshot, the same list a compare view reads.
    QCOMPARE(box->inputs(), labelledInputs(m_app->jobs()->value(key).snapshot));

    // Copy takes the whole value and says what it copied.
    QSignalSpy copied(m_pane.get(), &DetailsPane::copied);
    QApplication::clipboard()->clear();
    QTest::mouseClick(box->copyButton(2), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b"_s);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.at(0).at(0).toString(), u"Copied \u201cModel version\u201d"_s);

    // A job whose provider echoes no inputs hides the section.
    const QString theo = watch(u"theo"_s, 60000);
    m_pane->setJobKey(theo);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->jobs()->value(theo).hasSnapshot, 5000);
    QVERIFY(!box->isVisible());
    QVERIFY(box->inputs().isEmpty());
}

void tst_DetailsPane::costRowShowsTheComputeTimeOnceReported()
{
    // Replicate reports metrics.predict_time when the prediction has run (the simulated one: its run time).
    const QString key = watch(u"replicate"_s, 1500);
    m_pane->setJobKey(key);
    auto *cost = m_pane->findChild<QLabel *>(u"cost"_s);
    QVERIFY(cost);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->jobs()->value(key).hasSnapshot, 5000);
    QVERIFY(!cost->isVisible()); // running: no cost yet
    QTRY_COMPARE_WITH_TIMEOUT(m_app->jobs()->value(key).snapshot.state, JobState::Completed, 10000);
    QTRY_VERIFY(cost->isVisible());
    QCOMPARE(cost->text(), QString(QLocale().toString(1.5, 'f', 1) + u" s of compute"_s));
    QCOMPARE(m_app->jobs()->value(key).snapshot.cost, std::optional<JobCost>(JobCost{1.5, u"seconds"_s, false}));

    // A job whose provider reports no cost hides the row.
    const QString theo = watch(u"theo"_s, 60000);
    m_pane->setJobKey(theo);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->jobs()->value(theo).hasSnapshot, 5000);
    QVERIFY(!cost->isVisible());
}

QTEST_MAIN(tst_DetailsPane)
#include "tst_detailspane.moc"
