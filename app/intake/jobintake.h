#pragma once
// Adding jobs from text: pasted or dropped text, file contents and command-line
// arguments go through IdExtractor; each candidate gets a profile (the URL's origin first, the ID's shape
// second, or the profile the user forced) and is handed to Scheduler::watch. Candidates that fit several
// profiles are returned for the UI to ask about (then addWithProfile). Nothing is added from unrecognisable
// input, and the summary says why.

#include "intake/idextractor.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace jw {

class JobList;
class ProfileList;
class Scheduler;

// One recognised candidate and where it would go.
struct PlannedJob {
    enum class Status {
        Ready,          // a profile was found; it will be added
        AlreadyWatched, // the job is in the list already (it is not added again)
        Ambiguous,      // several profiles fit: the user has to choose (choices)
        NoProfile,      // no profile fits (problem says why)
    };
    IdExtractor::Candidate candidate;
    Status status = Status::NoProfile;
    QString profileId;   // Ready / AlreadyWatched
    QString key;         // Ready / AlreadyWatched: the JobList key
    QStringList choices; // Ambiguous: profile ids, best first
    QString problem;     // NoProfile: one line, translated
    QString dialect() const { return candidate.dialects.value(0); }
};

struct IntakePlan {
    QList<PlannedJob> jobs;                   // in input order
    QList<IdExtractor::Rejected> rejected;    // tokens that looked like jobs but are not
    QList<IdExtractor::Unrecognised> unrecognised; // lines that gave no job (the first kMaxListedLines)
    int unrecognisedLines = 0;                // all of them
    int repeated = 0;                         // matches dropped as repeats within the input
    bool inputEmpty = true;
    QString refusal;                          // why nothing is planned at all (too long, too many jobs), translated
    int count(PlannedJob::Status status) const;
};

struct IntakeResult {
    QStringList added;                        // JobList keys of the jobs now watched
    int duplicates = 0;                       // repeated in the input, or already watched: ignored
    QList<PlannedJob> ambiguous;              // need a profile choice (see JobIntake::addWithProfile)
    QList<IdExtractor::Rejected> rejected;    // with reasons; includes candidates no profile fits
    QList<IdExtractor::Unrecognised> unrecognised; // lines that gave no job (the first kMaxListedLines)
    int unrecognisedLines = 0;                // all of them
    QString summary;                          // one line for a status bar or notice, translated
    QString addedSummary;                     // the same without the counts of what was not usable or not
                                              // recognised (for a window that shows those on its own)
    bool nothingRecognised() const { return added.isEmpty() && ambiguous.isEmpty() && duplicates == 0; }
};

class JobIntake final
{
    Q_DECLARE_TR_FUNCTIONS(JobIntake)
public:
    // One paste, drop or Add adds at most this many jobs; a text with more adds nothing and says so (the
    // engine and the window are built for 10,000 jobs; more at once is almost always a mistake).
    static constexpr int kMaxJobsPerAdd = 10000;
    // Texts up to this size are read; a larger one adds nothing and says so.
    static constexpr qsizetype kMaxTextLength = 16 * 1024 * 1024;
    // Texts larger than this are read off the GUI thread (extractInBackground); smaller ones take < 10 ms.
    static constexpr qsizetype kBackgroundTextLength = 256 * 1024;

    JobIntake(ProfileList *profiles, Scheduler *scheduler, JobList *jobs);

    // Runs IdExtractor::extract (pure) on a pool thread. Plan the result on the owner's thread with
    // planExtracted(); the profiles and the job list are read there only.
    static QFuture<IdExtractor::Result> extractInBackground(const QString &text);
    IntakePlan planExtracted(const IdExtractor::Result &extracted, const QString &profileId = {}) const;
    // "the text is 20.0 MB; at most 16 MB can be read at once" for a text over kMaxTextLength, else empty.
    static QString textTooLong(qsizetype length);

    // What add() would do, without adding anything (the Add dialog's live preview). A non-empty
    // `profileId` sends every candidate to that profile.
    IntakePlan plan(QStringView text, const QString &profileId = {}) const;
    IntakePlan plan(const QStringList &arguments, const QString &profileId = {}) const;

    // One line about a plan before it is added: "3 jobs to add, 1 already watched, 1 needs a profile choice",
    // or "Nothing recognised: <specific reason>".
    static QString previewSummary(const IntakePlan &plan);

    IntakeResult add(QStringView text, const QString &profileId = {});
    IntakeResult add(const QStringList &arguments, const QString &profileId = {});
    // Adds a plan as it is (the Add dialog, after it resolved ambiguous rows itself: set their status to Ready
    // and fill profileId).
    IntakeResult addPlan(const IntakePlan &plan);
    // After the user chose a profile for ambiguous candidates.
    IntakeResult addWithProfile(const QList<IdExtractor::Candidate> &candidates, const QString &profileId);
    IntakeResult addWithProfile(const QList<PlannedJob> &ambiguous, const QString &profileId);

private:
    PlannedJob planOne(const IdExtractor::Candidate &candidate, const QString &profileId) const;
    QString summaryOf(const IntakeResult &result, const IntakePlan &plan, bool withDropped) const;

    ProfileList *m_profiles;
    Scheduler *m_scheduler;
    JobList *m_jobs;
};

} // namespace jw
