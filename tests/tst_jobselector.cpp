// --select ID and --select-first-completed KIND: the row is selected once the job is in the table, and a
// result kind is matched only when the job completed with it.

#include "model/joblist.h"
#include "jobselector.h"
#include "mainwindow.h"
#include "models/jobtablemodel.h"
#include "simappfixture.h"

#include <QTableView>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

class tst_JobSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void selectsTheJobWithThatId();
    void waitsForACompletedJobOfThatKind();

private:
    QString currentJobId() const
    {
        return m_window->view()->currentIndex().siblingAtColumn(JobTableModel::Job).data(JobTableModel::KeyRole).toString().section(u'/', 1);
    }
    QString job(const QString &type, qint64 runMs)
    {
        SimulatedProvider::JobSpec spec;
        spec.dialect = u"theo"_s;
        spec.type = type;
        spec.queueMs = 0;
        spec.runMs = runMs;
        return m_app->jobs()->value(simapp::watchNewJob(*m_app, *m_sim, spec)).jobId;
    }

    bool hasFinished(const QString &jobId) const
    {
        const QStringList keys = m_app->jobs()->keys();
        return std::any_of(keys.cbegin(), keys.cend(), [&](const QString &key) {
            const JobRecord r = m_app->jobs()->value(key);
            return r.jobId == jobId && r.engine.local == LocalState::Done;
        });
    }

    std::unique_ptr<SimulatedProvider> m_sim;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<MainWindow> m_window;
};

void tst_JobSelector::init()
{
    const QString error = simapp::start(m_sim, m_app, u"sk-selector-0123"_s, {u"theo"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_app.get());
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_JobSelector::cleanup()
{
    m_window.reset();
    m_app.reset();
    m_sim.reset();
}

void tst_JobSelector::selectsTheJobWithThatId()
{
    job(u"video"_s, 60'000);
    const QString second = job(u"image"_s, 60'000);
    job(u"research"_s, 60'000);
    JobSelector::selectId(m_window.get(), m_app->jobs(), second);
    QTRY_COMPARE(currentJobId(), second);
}

void tst_JobSelector::waitsForACompletedJobOfThatKind()
{
    job(u"image"_s, 60'000);                        // an image, but still running
    const QString video = job(u"video"_s, 0);       // completed, but a video
    JobSelector::selectFirstCompleted(m_window.get(), m_app->jobs(), u"image"_s);
    // The completed video reaches the window first; the selector passes over it.
    QTRY_VERIFY_WITH_TIMEOUT(hasFinished(video), 10000);
    QCoreApplication::processEvents();
    QVERIFY(currentJobId() != video);
    const QString image = job(u"image"_s, 500);     // completes in half a second
    QTRY_COMPARE_WITH_TIMEOUT(currentJobId(), image, 10000);
}

QTEST_MAIN(tst_JobSelector)
#include "tst_jobselector.moc"
