#include "store/historyfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(HistoryFile) };

// Fills the prompts the list does not know (restored jobs) from the store; an error is returned, not fatal.
QString addStoredPrompts(const JobStore &store, QList<StoredJob> &jobs)
{
    if (store.status().mode == StoreStatus::Mode::Unavailable)
        return {};
    QStringList keys;
    for (const StoredJob &job : jobs) {
        if (job.prompt.isEmpty())
            keys.append(job.record.key);
    }
    if (keys.isEmpty())
        return {};
    QString error;
    const QList<StoredJob> stored = store.jobs(keys, false, &error);
    if (!error.isEmpty())
        return error;
    QHash<QString, QString> prompts;
    for (const StoredJob &job : stored) {
        if (!job.prompt.isEmpty())
            prompts.insert(job.record.key, job.prompt);
    }
    for (StoredJob &job : jobs) {
        if (job.prompt.isEmpty())
            job.prompt = prompts.value(job.record.key);
    }
    return {};
}
} // namespace

HistoryFileResult HistoryFile::write(JobStore &store, QList<StoredJob> jobs, HistoryExport::Format format,
                                     const HistoryExport::Options &options, const QString &path)
{
    HistoryFileResult result;
    if (const QString error = addStoredPrompts(store, jobs); !error.isEmpty())
        result.warning = Tr::tr("the prompts of restored jobs could not be read from the job history: %1").arg(error);
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = Tr::tr("Could not write %1: %2").arg(shown, file.errorString());
        return result;
    }
    const QByteArray bytes = HistoryExport::serialize(jobs, format, options);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = Tr::tr("Could not write %1: %2").arg(shown, file.errorString());
        return result;
    }
    result.jobs = int(jobs.size());
    return result;
}

} // namespace jw
