#include "cli/inlinesaver.h"

#include "model/inlineresults.h"
#include "model/joblist.h"
#include "artifacts/resultarchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };
} // namespace

InlineSaver::InlineSaver(const JobList &jobs, InlineResults *store, const ResultArchive &archive)
    : m_jobs(jobs), m_store(store), m_archive(archive)
{
}

QList<InlineSaver::Outcome> InlineSaver::save(const QList<JobChange> &changes)
{
    QList<Outcome> out;
    for (const JobChange &change : changes) {
        if (!change.fields.testFlag(JobField::Snapshot))
            continue;
        const JobRecord *record = m_jobs.find(change.key);
        if (!record || record->snapshot.state != JobState::Completed)
            continue;
        const QList<Artifact> &artifacts = record->snapshot.artifacts;
        for (qsizetype i = 0; i < artifacts.size(); ++i) {
            const Artifact &artifact = artifacts.at(i);
            if (!isInlineUrl(artifact.url) || !m_store->contains(artifact.url))
                continue;
            const InlineResult result = m_store->take(artifact.url);
            Outcome o{change.key, int(i) + 1, artifact.url, {}, {}};
            const QString path = m_archive.targetPath(*record, o.n, ResultArchive::extensionFor(artifact, result.mimeType));
            QSaveFile file(path);
            if (path.isEmpty()) {
                o.error = Tr::tr("result %1 has no file name inside %2").arg(o.n).arg(QDir::toNativeSeparators(m_archive.folder()));
            } else if (const QString folder = QFileInfo(path).absolutePath(); !QDir().mkpath(folder)) {
                o.error = Tr::tr("could not write result %1: cannot create the folder %2").arg(o.n).arg(QDir::toNativeSeparators(folder));
            } else if (!file.open(QIODevice::WriteOnly) || file.write(result.bytes) != result.bytes.size() || !file.commit()) {
                o.error = Tr::tr("could not write result %1 to %2: %3").arg(o.n).arg(QDir::toNativeSeparators(path), file.errorString());
            } else {
                o.path = path;
            }
            out.append(o);
        }
    }
    return out;
}

} // namespace jw::cli
