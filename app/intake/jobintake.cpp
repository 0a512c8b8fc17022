#include "intake/jobintake.h"

#include "model/joblist.h"
#include "model/profilelist.h"
#include "net/requestbuilder.h"
#include "engine/scheduler.h"

#include <QLocale>
#include <QPromise>
#include <QSet>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
// What IdExtractor::resolveProfile needs to know of each profile.
QList<IdExtractor::ProfileHint> profileHints(const ProfileList &profiles)
{
    QList<IdExtractor::ProfileHint> hints;
    hints.reserve(profiles.size());
    for (const Profile &p : profiles.all())
        hints.append({p.id, p.mappingJson.isEmpty() ? p.dialect : QString(), p.baseUrl});
    return hints;
}
} // namespace

int IntakePlan::count(PlannedJob::Status status) const
{
    int n = 0;
    for (const PlannedJob &job : jobs)
        n += job.status == status ? 1 : 0;
    return n;
}

JobIntake::JobIntake(ProfileList *profiles, Scheduler *scheduler, JobList *jobs)
    : m_profiles(profiles)
    , m_scheduler(scheduler)
    , m_jobs(jobs)
{
}

IntakePlan JobIntake::plan(QStringView text, const QString &profileId) const
{
    if (text.size() > kMaxTextLength) {
        IntakePlan tooLong;
        tooLong.inputEmpty = false;
        tooLong.refusal = textTooLong(text.size());
        return tooLong;
    }
    return planExtracted(IdExtractor::extract(text), profileId);
}

IntakePlan JobIntake::plan(const QStringList &arguments, const QString &profileId) const
{
    return planExtracted(IdExtractor::extract(arguments), profileId);
}

QFuture<IdExtractor::Result> JobIntake::extractInBackground(const QString &text)
{
    // QThreadPool::start takes a copyable callable; the promise is shared with it.
    auto promise = std::make_shared<QPromise<IdExtractor::Result>>();
    QFuture<IdExtractor::Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, text] {
        promise->addResult(IdExtractor::extract(QStringView(text)));
        promise->finish();
    });
    return future;
}

QString JobIntake::textTooLong(qsizetype length)
{
    if (length <= kMaxTextLength)
        return {};
    return tr("the text is %1 MB; at most %2 MB can be read at once")
        .arg(QString::number(double(length) / (1024 * 1024), 'f', 1))
        .arg(kMaxTextLength / (1024 * 1024));
}

IntakePlan JobIntake::planExtracted(const IdExtractor::Result &extracted, const QString &profileId) const
{
    IntakePlan plan;
    plan.inputEmpty = extracted.inputEmpty;
    plan.repeated = extracted.duplicates;
    plan.rejected = extracted.rejected;
    plan.unrecognised = extracted.unrecognised;
    plan.unrecognisedLines = extracted.unrecognisedLines;
    if (extracted.candidates.size() > kMaxJobsPerAdd) {
        plan.refusal = tr("the text holds %1 jobs; at most %2 can be added at once, so add them in parts")
                           .arg(QLocale().toString(extracted.candidates.size()), QLocale().toString(kMaxJobsPerAdd));
        return plan; // nothing is planned, so nothing is added
    }
    plan.jobs.reserve(extracted.candidates.size());
    for (const IdExtractor::Candidate &candidate : extracted.candidates)
        plan.jobs.append(planOne(candidate, profileId));
    return plan;
}

PlannedJob JobIntake::planOne(const IdExtractor::Candidate &candidate, const QString &profileId) const
{
    PlannedJob job;
    job.candidate = candidate;
    const auto assign = [&](const QString &id) {
        job.profileId = id;
        job.key = jobKey(id, candidate.id);
        job.status = m_jobs->contains(job.key) ? PlannedJob::Status::AlreadyWatched : PlannedJob::Status::Ready;
    };
    if (!profileId.isEmpty()) {
        if (m_profiles->find(profileId))
            assign(profileId);
        else
            job.problem = tr("there is no profile \"%1\"").arg(profileId);
        return job;
    }
    const IdExtractor::ProfileChoice choice = IdExtractor::resolveProfile(candidate, profileHints(*m_profiles));
    switch (choice.kind) {
    case IdExtractor::ProfileChoice::Kind::Unique:
        assign(choice.profileId);
        break;
    case IdExtractor::ProfileChoice::Kind::Ambiguous:
        // Watched under one of the possible profiles already: that is the answer.
        for (const QString &id : choice.choices) {
            if (m_jobs->contains(jobKey(id, candidate.id))) {
                assign(id);
                return job;
            }
        }
        job.status = PlannedJob::Status::Ambiguous;
        job.choices = choice.choices;
        break;
    case IdExtractor::ProfileChoice::Kind::None:
        if (m_profiles->isEmpty())
            job.problem = tr("there is no profile yet; add one first");
        else if (candidate.dialects.isEmpty())
            job.problem = tr("no profile fits this job");
        else
            job.problem = tr("no %1 profile; add one first").arg(candidate.dialects.join(u" / "_s));
        break;
    }
    return job;
}

IntakeResult JobIntake::add(QStringView text, const QString &profileId)
{
    return addPlan(plan(text, profileId));
}

IntakeResult JobIntake::add(const QStringList &arguments, const QString &profileId)
{
    return addPlan(plan(arguments, profileId));
}

IntakeResult JobIntake::addPlan(const IntakePlan &plan)
{
    IntakeResult result;
    result.duplicates = plan.repeated;
    result.rejected = plan.rejected;
    result.unrecognised = plan.unrecognised;
    result.unrecognisedLines = plan.unrecognisedLines;
    QSet<QString> seen;
    for (const PlannedJob &job : plan.jobs) {
        const QString text = job.candidate.snippet.isEmpty() ? job.candidate.id : job.candidate.snippet;
        switch (job.status) {
        case PlannedJob::Status::Ambiguous:
            result.ambiguous.append(job);
            continue;
        case PlannedJob::Status::NoProfile:
            result.rejected.append({text, job.problem, job.candidate.position, job.candidate.line});
            continue;
        case PlannedJob::Status::AlreadyWatched:
        case PlannedJob::Status::Ready:
            break;
        }
        const QString key = jobKey(job.profileId, job.candidate.id);
        if (seen.contains(key) || m_jobs->contains(key)) {
            ++result.duplicates;
            continue;
        }
        seen.insert(key);
        // A full poll URL is used only on the profile's own origin; otherwise the profile's base serves the ID
        // (and the key never goes anywhere else).
        const Profile *profile = m_profiles->find(job.profileId);
        const QUrl pollUrl = profile && job.candidate.pollUrl.isValid() && sameOrigin(profile->baseUrl, job.candidate.pollUrl)
                                 ? job.candidate.pollUrl
                                 : QUrl();
        QString error;
        const QString added = m_scheduler->watch(job.profileId, job.candidate.id, pollUrl, &error);
        if (added.isEmpty())
            result.rejected.append({text, error, job.candidate.position, job.candidate.line});
        else
            result.added.append(added);
    }
    result.summary = summaryOf(result, plan, true);
    result.addedSummary = summaryOf(result, plan, false);
    return result;
}

IntakeResult JobIntake::addWithProfile(const QList<IdExtractor::Candidate> &candidates, const QString &profileId)
{
    IntakePlan plan;
    plan.inputEmpty = candidates.isEmpty();
    for (const IdExtractor::Candidate &candidate : candidates)
        plan.jobs.append(planOne(candidate, profileId));
    return addPlan(plan);
}

IntakeResult JobIntake::addWithProfile(const QList<PlannedJob> &ambiguous, const QString &profileId)
{
    QList<IdExtractor::Candidate> candidates;
    candidates.reserve(ambiguous.size());
    for (const PlannedJob &job : ambiguous)
        candidates.append(job.candidate);
    return addWithProfile(candidates, profileId);
}

QString JobIntake::previewSummary(const IntakePlan &plan)
{
    if (!plan.refusal.isEmpty())
        return tr("Nothing to add: %1").arg(plan.refusal);
    if (plan.jobs.isEmpty() && plan.repeated == 0) {
        if (plan.inputEmpty)
            return tr("Paste or type job IDs, poll URLs or enqueue responses");
        if (plan.rejected.isEmpty())
            return tr("Nothing recognised: no job ID, poll URL or enqueue response found");
        const IdExtractor::Rejected &first = plan.rejected.constFirst();
        QString reason = tr("%1 (%2)", "reason (rejected text)").arg(first.reason, first.text.left(80));
        if (plan.rejected.size() > 1)
            reason = tr("%1, and %n more item(s) not usable", nullptr, int(plan.rejected.size() - 1)).arg(reason);
        return tr("Nothing recognised: %1").arg(reason);
    }
    QStringList parts;
    const int ready = plan.count(PlannedJob::Status::Ready);
    parts.append(ready > 0 ? tr("%n job(s) to add", nullptr, ready) : tr("No new job"));
    if (const int watched = plan.count(PlannedJob::Status::AlreadyWatched); watched > 0)
        parts.append(tr("%n already watched", nullptr, watched));
    if (plan.repeated > 0)
        parts.append(tr("%n duplicate(s) ignored", nullptr, plan.repeated));
    if (const int ambiguous = plan.count(PlannedJob::Status::Ambiguous); ambiguous > 0)
        parts.append(tr("%n need(s) a profile choice", nullptr, ambiguous));
    if (const int unusable = int(plan.rejected.size()) + plan.count(PlannedJob::Status::NoProfile); unusable > 0)
        parts.append(tr("%n item(s) not usable", nullptr, unusable));
    if (plan.unrecognisedLines > 0)
        parts.append(tr("%n line(s) not recognised", nullptr, plan.unrecognisedLines));
    return parts.join(tr(", ", "separator of summary parts"));
}

QString JobIntake::summaryOf(const IntakeResult &result, const IntakePlan &plan, bool withDropped) const
{
    if (!plan.refusal.isEmpty())
        return tr("Nothing added: %1").arg(plan.refusal);
    if (plan.jobs.isEmpty() && plan.repeated == 0)
        return plan.inputEmpty ? tr("Nothing added: the text is empty") : previewSummary(plan);
    QStringList parts;
    parts.append(result.added.isEmpty() ? tr("No job added") : tr("%n job(s) added", nullptr, int(result.added.size())));
    if (result.duplicates > 0)
        parts.append(tr("%n duplicate(s) ignored", nullptr, result.duplicates));
    if (!result.ambiguous.isEmpty())
        parts.append(tr("%n job(s) need(s) a profile choice", nullptr, int(result.ambiguous.size())));
    const bool onlyOneProblem = result.added.isEmpty() && result.ambiguous.isEmpty() && result.rejected.size() == 1
        && result.unrecognisedLines == 0;
    if (onlyOneProblem) // "No job added, <why>": the reason itself says more than a count
        parts.append(result.rejected.constFirst().reason);
    else if (!result.rejected.isEmpty() && withDropped)
        parts.append(tr("%n item(s) not usable", nullptr, int(result.rejected.size())));
    if (result.unrecognisedLines > 0 && withDropped)
        parts.append(tr("%n line(s) not recognised", nullptr, result.unrecognisedLines));
    return parts.join(tr(", ", "separator of summary parts"));
}

} // namespace jw
