#pragma once
// Writes jobs of the history to a file, as CSV or JSON (the window's Export…). Runs on the store thread: the
// jobs come from the window's list (HistoryExport::fromRecord); a job restored from the store has no status body
// any more, so its prompt is read from the store. The file is replaced atomically (QSaveFile): a failed write
// leaves an existing file as it was, and says why.

#include "store/historyexport.h"

#include <QString>

namespace jw {

struct HistoryFileResult {
    int jobs = 0;       // written
    QString error;      // for the user; empty: the file was written
    QString warning;    // written, but something is missing (the stored prompts could not be read)
};

class HistoryFile final
{
public:
    static HistoryFileResult write(JobStore &store, QList<StoredJob> jobs, HistoryExport::Format format,
                                   const HistoryExport::Options &options, const QString &path);
};

} // namespace jw
