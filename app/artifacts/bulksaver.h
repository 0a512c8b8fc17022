#pragma once
// "Save all results…": copies every result of the given jobs into a folder the user chose, named by the
// archive's pattern relative to that folder. Each result comes from the archive when it is there, else from
// the download cache, else it is downloaded (ArtifactFetcher: same security rules, size cap); research
// reports are written as Markdown. Files are copied off the GUI thread and never overwrite a different file
// ("name (2).ext"); an identical file already there counts as saved. Progress per file; every file that
// fails is reported with its reason, and the others go on. One finished() per start().

#include "artifacts/filecopier.h"
#include "artifacts/namingtemplate.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace jw {

class ArtifactFetcher;
class FetchHandle;
class JobList;
class ResultArchive;
struct FetchResult;

class BulkSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkSaver)
public:
    struct Failure {
        QString jobKey;
        QString jobId;
        int n = 0;
        QString what;    // the result's title, or its URL without the query
        QString message; // one translated line
    };
    struct Summary {
        int total = 0;
        int saved = 0;     // written, or an identical file was there already
        int failed = 0;
        int skippedJobs = 0; // jobs without results (not completed, or nothing downloadable)
        bool cancelled = false;
        qint64 bytes = 0;
        QString folder;
    };
    static constexpr int kConcurrentDownloads = 2;

    // `archive` may be null (then the names follow the default pattern and nothing is read from an archive).
    BulkSaver(JobList *jobs, ArtifactFetcher *fetcher, ResultArchive *archive, QObject *parent = nullptr);
    ~BulkSaver() override;

    // How many files start() would save for `keys` (completed jobs' results and reports).
    static int countFiles(const JobList *jobs, const QStringList &keys);
    // Starts saving the results of `keys` into `folder` (created when missing). False and a one-line reason
    // (folder unusable, nothing to save, already running) without starting.
    bool start(const QStringList &keys, const QString &folder, QString *error = nullptr);
    // Stops: no new downloads or copies; finished() follows with cancelled = true.
    void cancel();
    bool isRunning() const { return m_running; }
    int done() const { return m_summary.saved + m_summary.failed; }
    int total() const { return m_summary.total; }

Q_SIGNALS:
    void progress(int done, int total);
    void fileFailed(const jw::BulkSaver::Failure &failure);
    void fileSaved(const QString &path);
    void finished(const jw::BulkSaver::Summary &summary);

private:
    struct Item {
        QString jobKey;
        int n = 0;
        QUrl url;            // empty for a report
        QString what;
    };
    void pump();
    void onFetched(const Item &item, const FetchResult &result);
    void copy(const Item &item, const QString &source, const QString &mimeType);
    void writeReport(const Item &item);
    void fail(const Item &item, const QString &message);
    void succeed(const QString &path, qint64 bytes);
    void checkDone();
    QString targetFor(const Item &item, const QString &ext, QString *error) const;

    JobList *m_jobs;
    ArtifactFetcher *m_fetcher;
    ResultArchive *m_archive;
    FileCopier m_copier;
    NamingTemplate m_naming = *NamingTemplate::parse(NamingTemplate::defaultText());
    QString m_folder;
    QList<Item> m_queue;
    QHash<quint64, Item> m_copies;
    QList<QPointer<FetchHandle>> m_fetches;
    Summary m_summary;
    bool m_running = false;
};

} // namespace jw

Q_DECLARE_METATYPE(jw::BulkSaver::Failure)
Q_DECLARE_METATYPE(jw::BulkSaver::Summary)
