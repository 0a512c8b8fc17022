// JobTally: the running counts per status category always equal a full recount over the list, through adds,
// state changes, stops and removals; requests count once, and a job's past requests (restored) do not count.
// The filter proxy reads them while no other filter applies and recounts when one does.

#include "model/joblist.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "models/jobtally.h"

#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
JobRecord job(const QString &id, JobState state = JobState::Running, int requests = 0)
{
    JobRecord r;
    r.profileId = u"theo"_s;
    r.jobId = id;
    r.hasSnapshot = true;
    r.snapshot.id = id;
    r.snapshot.state = state;
    r.engine.requestCount = requests;
    return r;
}

JobTally::Counts recount(const JobList &jobs)
{
    JobTally::Counts counts{};
    for (const QString &key : jobs.keys())
        ++counts[size_t(JobTableModel::category(*jobs.find(key)))];
    return counts;
}
} // namespace

class tst_JobTally : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsFollowEveryChange();
    void requestsCountOnceAndNotFromThePast();
    void filterButtonsUseItWhileNothingElseFilters();
};

void tst_JobTally::countsFollowEveryChange()
{
    JobList jobs;
    jobs.add(job(u"job_before"_s, JobState::Completed)); // there before the tally
    JobTally tally(&jobs);
    QCOMPARE(tally.total(), 1);
    QList<JobRecord> many;
    for (int i = 0; i < 40; ++i)
        many.append(job(u"job_%1"_s.arg(i), i % 4 == 0 ? JobState::Queued : JobState::Running));
    jobs.addMany(many);
    QCOMPARE(tally.counts(), recount(jobs));
    QCOMPARE(tally.total(), 41);
    for (int i = 0; i < 40; i += 3) {
        jobs.modify(jobKey(u"theo"_s, u"job_%1"_s.arg(i)), [i](JobRecord &r) {
            if (i % 2)
                r.snapshot.state = JobState::Failed;
            else
                r.engine.local = LocalState::Stopped;
        });
    }
    jobs.modify(jobKey(u"theo"_s, u"job_1"_s), [](JobRecord &r) { r.snapshot.state = JobState::Completed; });
    jobs.flush();
    QCOMPARE(tally.counts(), recount(jobs));
    QVERIFY(tally.counts()[size_t(StatusCategory::Failed)] > 0);
    QVERIFY(tally.counts()[size_t(StatusCategory::Stopped)] > 0);
    jobs.removeMany({jobKey(u"theo"_s, u"job_1"_s), jobKey(u"theo"_s, u"job_3"_s), jobKey(u"theo"_s, u"job_before"_s)});
    QCOMPARE(tally.counts(), recount(jobs));
    QCOMPARE(tally.total(), 38);
}

void tst_JobTally::requestsCountOnceAndNotFromThePast()
{
    JobList jobs;
    JobTally tally(&jobs);
    jobs.add(job(u"job_restored"_s, JobState::Running, 250)); // its 250 requests were another session's
    jobs.add(job(u"job_new"_s));
    QCOMPARE(tally.takeRequests(), 0);
    jobs.modify(jobKey(u"theo"_s, u"job_restored"_s), [](JobRecord &r) { r.engine.requestCount += 2; });
    jobs.modify(jobKey(u"theo"_s, u"job_new"_s), [](JobRecord &r) { r.engine.requestCount += 1; });
    jobs.flush();
    QCOMPARE(tally.takeRequests(), 3);
    QCOMPARE(tally.takeRequests(), 0); // taken
    jobs.modify(jobKey(u"theo"_s, u"job_new"_s), [](JobRecord &r) { r.engine.requestCount += 4; });
    jobs.flush();
    QCOMPARE(tally.takeRequests(), 4);
}

void tst_JobTally::filterButtonsUseItWhileNothingElseFilters()
{
    JobList jobs;
    JobTableModel model(&jobs);
    JobTally tally(&jobs);
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setTally(&tally);
    jobs.add(job(u"job_alpha1"_s, JobState::Completed));
    jobs.add(job(u"job_alpha2"_s, JobState::Failed));
    jobs.add(job(u"job_beta1"_s, JobState::Running));
    jobs.flush();
    const JobFilterProxy::Counts all = proxy.counts();
    QCOMPARE(all, (JobFilterProxy::Counts{3, 1, 1, 1, 0}));
    proxy.setSearchText(u"alpha"_s); // the tally knows nothing of the text: recounted
    QCOMPARE(proxy.counts(), (JobFilterProxy::Counts{2, 0, 1, 1, 0}));
    proxy.setSearchText(QString());
    proxy.setProfileFilter(u"muvi"_s);
    QCOMPARE(proxy.counts(), (JobFilterProxy::Counts{0, 0, 0, 0, 0}));
}

QTEST_MAIN(tst_JobTally)
#include "tst_jobtally.moc"
