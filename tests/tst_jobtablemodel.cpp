// The job table model and its filter proxy: QAbstractItemModelTester on both while the real
// SimulatedProvider drives live updates, sorting on raw values (not on the formatted text), status/text/profile
// filters with their counts, and change batches that become one dataChanged per contiguous range.

#include "model/joblist.h"
#include "model/profile.h"
#include "model/secretstore.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "engine/scheduler.h"
#include "sim/simulatedprovider.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;
using Filter = JobFilterProxy::StatusFilter;

namespace {
JobRecord record(const QString &profile, const QString &id)
{
    JobRecord r;
    r.profileId = profile;
    r.jobId = id;
    return r;
}

// A finished or stopped record in one call: local state + server state (+ an error).
void setState(JobList &jobs, const QString &key, LocalState local, JobState state, const QString &errorCode = {})
{
    jobs.modify(key, [&](JobRecord &r) {
        r.hasSnapshot = true;
        r.engine.local = local;
        r.snapshot.state = state;
        if (!errorCode.isEmpty())
            r.snapshot.error = JobError{errorCode, u"it went wrong"_s};
    });
}

QStringList columnTexts(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data(role).toString();
    return out;
}
} // namespace

class JobTableModelTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelTesterPassesDuringLivePolling()
    {
        SimulatedProvider sim;
        QVERIFY(sim.listen());
        sim.setToken(u"tok-123456789"_s);
        QNetworkAccessManager nam;
        MemorySecretStore secrets;
        JobList jobs;
        Scheduler scheduler(&jobs, &nam, &secrets);
        JobTableModel model(&jobs);
        model.setTickInterval(50); // time-based refreshes interleave with the engine's batches
        JobFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(JobTableModel::Progress, Qt::DescendingOrder);
        proxy.setStatusFilter(Filter::Active);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QStringList keys;
        const QList<SimulatedProvider::Outcome> outcomes = {SimulatedProvider::Outcome::Completed,
                                                            SimulatedProvider::Outcome::Failed};
        for (const char *d : {"theo", "vidocu", "scenes", "muvi"}) {
            const QString dialect = QString::fromLatin1(d);
            Profile p;
            p.id = dialect;
            p.name = dialect;
            p.dialect = dialect;
            p.baseUrl = sim.baseUrl(dialect);
            p.poll.intervalMs = 1000;
            secrets.setKey(p.id, u"tok-123456789"_s);
            QVERIFY(scheduler.addProfile(p));
            for (const auto outcome : outcomes) {
                SimulatedProvider::JobSpec spec;
                spec.dialect = dialect;
                spec.queueMs = 200;
                spec.runMs = 1500;
                spec.outcome = outcome;
                keys << scheduler.watch(p.id, sim.createJob(spec));
            }
        }
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(proxy.rowCount(), 8);
        jobs.remove(keys.takeAt(3)); // a removal in the middle while everything polls
        QCOMPARE(model.rowCount(), 7);
        for (const QString &key : std::as_const(keys))
            QTRY_COMPARE_WITH_TIMEOUT(jobs.value(key).engine.local, LocalState::Done, 15000);
        QTRY_COMPARE(proxy.rowCount(), 0); // nothing active any more
        proxy.setStatusFilter(Filter::All);
        QCOMPARE(proxy.rowCount(), 7);
        const JobFilterProxy::Counts counts = proxy.counts();
        QCOMPARE(counts[int(Filter::Completed)] + counts[int(Filter::Failed)], 7);
        QCOMPARE(counts[int(Filter::Failed)], 3); // vidocu's failed job was the removed one
    }

    void sortsOnRawValuesNotText_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending"); // job ids in the expected order
        QTest::newRow("polls 2 < 9 < 10") << int(JobTableModel::Polls) << QStringList{u"b"_s, u"c"_s, u"a"_s};
        QTest::newRow("progress 5 < 40 < 100") << int(JobTableModel::Progress) << QStringList{u"c"_s, u"a"_s, u"b"_s};
        QTest::newRow("elapsed 9 s < 80 s < 10 min") << int(JobTableModel::Elapsed) << QStringList{u"a"_s, u"b"_s, u"c"_s};
    }
    void sortsOnRawValuesNotText()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        JobList jobs;
        JobTableModel model(&jobs);
        model.setTickInterval(0);
        const qint64 now = 1'700'000'000'000;
        model.setClock([now] { return now; });
        JobFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // a: 10 polls, 40 %, 9 s;  b: 2 polls, 100 %, 80 s;  c: 9 polls, 5 %, 10 min. Text order differs from each.
        const struct { const char *id; int polls; double progress; qint64 elapsedMs; } rows[] = {
            {"a", 10, 40.0, 9'000}, {"b", 2, 100.0, 80'000}, {"c", 9, 5.0, 600'000}};
        for (const auto &row : rows) {
            QVERIFY(jobs.add(record(u"p"_s, QString::fromLatin1(row.id))));
            jobs.modify(jobKey(u"p"_s, QString::fromLatin1(row.id)), [&](JobRecord &r) {
                r.hasSnapshot = true;
                r.snapshot.state = JobState::Running;
                r.snapshot.progress = row.progress;
                r.snapshot.createdAt = QDateTime::fromMSecsSinceEpoch(now - row.elapsedMs, Qt::UTC).toString(Qt::ISODateWithMs);
                r.engine.requestCount = row.polls;
            });
        }
        jobs.flush();
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(columnTexts(proxy, JobTableModel::Job), ascending);
        // The text order would be different: the raw SortRole is what counts.
        QStringList byText = columnTexts(model, column);
        std::sort(byText.begin(), byText.end());
        QVERIFY(byText != columnTexts(proxy, column));
        proxy.sort(column, Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(columnTexts(proxy, JobTableModel::Job), descending);
    }

    void statusFiltersWithCounts()
    {
        JobList jobs;
        JobTableModel model(&jobs);
        model.setTickInterval(0);
        model.setProfileNames({{u"t"_s, u"Theo prod"_s}, {u"m"_s, u"Muvi"_s}});
        JobFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countsSpy(&proxy, &JobFilterProxy::countsChanged);
        const struct { const char *profile; const char *id; LocalState local; JobState state; const char *error; } rows[] = {
            {"t", "job_run", LocalState::Watching, JobState::Running, ""},
            {"t", "job_paused", LocalState::Paused, JobState::Running, ""},
            {"t", "job_ok", LocalState::Done, JobState::Completed, ""},
            {"m", "job_bad", LocalState::Done, JobState::Failed, "content_policy"},
            {"m", "job_cancel", LocalState::Done, JobState::Cancelled, ""},
            {"m", "job_gone", LocalState::NotFound, JobState::Running, ""},
            {"t", "job_stop", LocalState::Stopped, JobState::Running, ""},
            {"m", "job_late", LocalState::TimedOut, JobState::Running, ""},
        };
        for (const auto &row : rows) {
            QVERIFY(jobs.add(record(QString::fromLatin1(row.profile), QString::fromLatin1(row.id))));
            setState(jobs, jobKey(QString::fromLatin1(row.profile), QString::fromLatin1(row.id)), row.local, row.state,
                     QString::fromLatin1(row.error));
        }
        jobs.flush();
        QTRY_VERIFY(countsSpy.count() > 0);
        using C = JobFilterProxy::Counts;
        QCOMPARE(proxy.counts(), (C{8, 2, 1, 3, 2}));

        const QList<std::pair<Filter, QStringList>> expected = {
            {Filter::Active, {u"job_run"_s, u"job_paused"_s}},
            {Filter::Completed, {u"job_ok"_s}},
            {Filter::Failed, {u"job_bad"_s, u"job_cancel"_s, u"job_gone"_s}},
            {Filter::Stopped, {u"job_stop"_s, u"job_late"_s}},
        };
        for (const auto &[filter, ids] : expected) {
            proxy.setStatusFilter(filter);
            QCOMPARE(columnTexts(proxy, JobTableModel::Job), ids);
        }
        // "Timed out locally", "Stopped", "Paused" and "Not found" are their own words, not "Failed".
        proxy.setStatusFilter(Filter::All);
        const QStringList statuses = columnTexts(model, JobTableModel::Status);
        QCOMPARE(statuses, (QStringList{u"Running"_s, u"Paused"_s, u"Completed"_s, u"Failed"_s, u"Cancelled"_s,
                                        u"Not found"_s, u"Stopped"_s, u"Timed out locally"_s}));

        // Text search over ID, profile name, type and error; the counts follow it.
        proxy.setSearchText(u"content_POLICY"_s);
        QCOMPARE(columnTexts(proxy, JobTableModel::Job), QStringList{u"job_bad"_s});
        QCOMPARE(proxy.counts(), (C{1, 0, 0, 1, 0}));
        proxy.setSearchText(u"theo prod"_s);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setSearchText(QString());

        // Profile filter, combined with a status filter.
        proxy.setProfileFilter(u"m"_s);
        QCOMPARE(proxy.counts(), (C{4, 0, 0, 3, 1}));
        proxy.setStatusFilter(Filter::Stopped);
        QCOMPARE(columnTexts(proxy, JobTableModel::Job), QStringList{u"job_late"_s});

        // A state change moves a row between filters and updates the counts.
        countsSpy.clear();
        jobs.modify(jobKey(u"m"_s, u"job_late"_s), [](JobRecord &r) { r.engine.local = LocalState::Watching; });
        jobs.flush();
        QCOMPARE(proxy.rowCount(), 0);
        QTRY_COMPARE(countsSpy.count(), 1);
        QCOMPARE(proxy.counts(), (C{4, 1, 0, 3, 0}));
    }

    void changeBatchesBecomeContiguousRanges()
    {
        JobList jobs;
        JobTableModel model(&jobs);
        model.setTickInterval(0);
        for (int i = 0; i < 20; ++i)
            QVERIFY(jobs.add(record(u"p"_s, u"job_%1"_s.arg(i))));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        const auto key = [](int i) { return jobKey(u"p"_s, u"job_%1"_s.arg(i)); };

        // Rows 3, 4, 5 poll (Requests) and row 9 gets an ETA: two ranges, each with its own roles.
        for (int i : {5, 3, 4})
            jobs.modify(key(i), [](JobRecord &r) { ++r.engine.requestCount; });
        jobs.modify(key(9), [](JobRecord &r) { r.engine.etaMs = 123; });
        QCOMPARE(changed.count(), 0); // nothing before the batch is flushed
        jobs.flush();
        QCOMPARE(changed.count(), 2);
        const QList<int> requestCols = JobTableModel::columnsFor(JobField::Requests);
        QCOMPARE(requestCols, (QList<int>{JobTableModel::LastUpdate, JobTableModel::Polls})); // contiguous
        QList<QVariantList> signals_ = {changed.at(0), changed.at(1)};
        std::sort(signals_.begin(), signals_.end(), [](const QVariantList &a, const QVariantList &b) {
            return a.at(0).toModelIndex().row() < b.at(0).toModelIndex().row();
        });
        QCOMPARE(signals_[0].at(0).toModelIndex(), model.index(3, JobTableModel::LastUpdate));
        QCOMPARE(signals_[0].at(1).toModelIndex(), model.index(5, JobTableModel::Polls));
        QCOMPARE(signals_[0].at(2).value<QList<int>>(), JobTableModel::rolesFor(JobField::Requests));
        QCOMPARE(signals_[1].at(0).toModelIndex(), model.index(9, JobTableModel::Eta));
        QCOMPARE(signals_[1].at(1).toModelIndex(), model.index(9, JobTableModel::Eta));
        QVERIFY(!signals_[1].at(2).value<QList<int>>().contains(Qt::DecorationRole));

        // Most rows changed: one signal for the whole range, not twenty.
        changed.clear();
        for (int i = 0; i < 20; ++i) {
            if (i != 7)
                jobs.modify(key(i), [](JobRecord &r) { ++r.engine.requestCount; });
        }
        jobs.flush();
        // Within 50 ms of the last signal: merged and sent when the throttle ends (one signal, not twenty).
        QCOMPARE(changed.count(), 0);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, JobTableModel::LastUpdate));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(19, JobTableModel::Polls));

        // A status change touches its columns in contiguous runs and never resets the model.
        changed.clear();
        setState(jobs, key(2), LocalState::Stopped, JobState::Running);
        jobs.flush();
        QTRY_VERIFY(changed.count() >= 1);
        for (const QVariantList &args : std::as_const(changed)) {
            QCOMPARE(args.at(0).toModelIndex().row(), 2);
            QCOMPARE(args.at(1).toModelIndex().row(), 2);
        }
        QCOMPARE(model.index(2, JobTableModel::Status).data().toString(), u"Stopped"_s);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
    }

    void removalsUseRemoveRowsForEachRun()
    {
        JobList jobs;
        JobTableModel model(&jobs);
        model.setTickInterval(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 6; ++i)
            QVERIFY(jobs.add(record(u"p"_s, u"job_%1"_s.arg(i))));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(jobs.remove(jobKey(u"p"_s, u"job_2"_s)));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 2);
        QCOMPARE(columnTexts(model, JobTableModel::Job),
                 (QStringList{u"job_0"_s, u"job_1"_s, u"job_3"_s, u"job_4"_s, u"job_5"_s}));
        // Row lookup is rebuilt: a change to the last job lands on its new row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        jobs.modify(jobKey(u"p"_s, u"job_5"_s), [](JobRecord &r) { r.engine.requestCount = 4; });
        jobs.flush();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 4);
        QCOMPARE(model.index(4, JobTableModel::Polls).data().toInt(), 4);
        QVERIFY(jobs.add(record(u"p"_s, u"job_6"_s)));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 5);
    }

    void progressRoleIsBusyOnlyWhileRunningWithoutNumber()
    {
        JobList jobs;
        JobTableModel model(&jobs);
        model.setTickInterval(0);
        QVERIFY(jobs.add(record(u"p"_s, u"a"_s)));
        const QString key = jobKey(u"p"_s, u"a"_s);
        const QModelIndex progress = model.index(0, JobTableModel::Progress);
        QCOMPARE(progress.data(JobTableModel::ProgressRole).toDouble(), -1.0); // watching, no number: busy
        jobs.modify(key, [](JobRecord &r) {
            r.hasSnapshot = true;
            r.snapshot.state = JobState::Running;
            r.snapshot.progress = 42.4;
            r.snapshot.step = u"rendering"_s;
        });
        QCOMPARE(progress.data(JobTableModel::ProgressRole).toDouble(), 42.4);
        QCOMPARE(progress.data().toString(), u"42%"_s);
        QCOMPARE(progress.data(JobTableModel::StepRole).toString(), u"rendering"_s);
        QVERIFY(progress.data(Qt::ToolTipRole).toString().contains(u"rendering"_s));
        jobs.modify(key, [](JobRecord &r) {
            r.snapshot.progress.reset();
            r.engine.local = LocalState::Stopped;
        });
        QCOMPARE(progress.data(JobTableModel::ProgressRole).toDouble(), -2.0); // stopped: no bar
    }
};

QTEST_MAIN(JobTableModelTest)
#include "tst_jobtablemodel.moc"
