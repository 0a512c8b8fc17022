#pragma once
// `jobwatch-cli watch`: results that came inside a job's answer (base64, "jobwatch-inline:" artifacts) exist
// nowhere else, so they are written to files as soon as the job completes. They go into the results folder
// under the desktop app's archive names ("{profile}/{date}/{id}-{n}.{ext}"), where the window finds them too.

#include <QList>
#include <QString>

namespace jw {
class InlineResults;
class JobList;
class ResultArchive;
struct JobChange;
} // namespace jw

namespace jw::cli {

class InlineSaver final
{
public:
    struct Outcome {
        QString key;   // the job's key
        int n = 0;     // the result's number, from 1
        QString url;   // its "jobwatch-inline:" URL
        QString path;  // where it was written; empty on error
        QString error; // one translated line; empty on success
    };

    // `archive` names the files (its folder and naming template); none of them is owned.
    InlineSaver(const JobList &jobs, InlineResults *store, const ResultArchive &archive);

    // Writes the inline results of the jobs in `changes` that completed; one outcome per result written or failed.
    QList<Outcome> save(const QList<JobChange> &changes);

private:
    const JobList &m_jobs;
    InlineResults *m_store;
    const ResultArchive &m_archive;
};

} // namespace jw::cli
