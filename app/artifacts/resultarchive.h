#pragma once
// The results archive: a folder of its own that the download cache never evicts, where a completed job's
// results are kept under names from a NamingTemplate ("{profile}/{date}/{id}-{n}.{ext}"). The ResultSaver
// decides what to archive and downloads it; this class owns the folder, the names and the copies (off the GUI
// thread, atomically renamed into place), and knows which URL was archived where, so previews and "Save all
// results…" read the archived file once the provider's link has expired.
//
// Names are a pure function of the job (profile name, ID, completion date, result number, extension), so an
// earlier run's archive is found again after a restart without any index file (findExisting).

#include "artifacts/filecopier.h"
#include "artifacts/namingtemplate.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

namespace jw {

class ProfileList;
struct Artifact;
struct JobRecord;

class ResultArchive final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultArchive)
public:
    struct Entry {
        int n = 0;    // the result's number in its job, from 1
        QUrl url;
        QString path; // absolute
    };

    explicit ResultArchive(const ProfileList *profiles, QObject *parent = nullptr);
    ~ResultArchive() override;

    // Where the archive goes when no folder is chosen (the application's data folder + "/results").
    void setDefaultFolder(const QString &folder);
    QString defaultFolder() const { return m_defaultFolder; }
    // Empty: defaultFolder(). Takes effect for results archived from now on.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    void setNamingTemplate(const NamingTemplate &naming) { m_template = naming; }
    const NamingTemplate &namingTemplate() const { return m_template; }

    // Why `folder` cannot hold the archive (not absolute, not a writable folder and cannot be made one, or
    // inside the download cache `cacheFolder`, which is cleaned automatically); empty when it can. Creates it.
    static QString folderProblem(const QString &folder, const QString &cacheFolder = {});

    // The file extension for an artifact: its URL path's, else the MIME type's (`mimeType` from the server
    // first, then the artifact's own), else "bin".
    static QString extensionFor(const Artifact &artifact, const QString &mimeType = {});
    // The template's values for result `n` of `record` (profile name from the ProfileList).
    NamingTemplate::Values valuesFor(const JobRecord &record, int n, const QString &ext) const;
    // Where result `n` (from 1) of `record` goes, as an absolute path inside folder(); empty when the
    // expanded name would leave the folder (it cannot, see NamingTemplate; checked again here).
    QString targetPath(const JobRecord &record, int n, const QString &ext) const;
    // An earlier run's file for result `n`, found by its name (any extension when the artifact's is unknown).
    QString findExisting(const JobRecord &record, int n) const;

    // Copies `sourceFile` (a downloaded result) into the archive as result `n` of `record`; archived() or
    // failed() follows (true), or nothing happens (false: the same result is being copied already, or there is
    // no result `n`). A source that already is the target file is adopted as it is.
    bool store(const JobRecord &record, int n, const QString &sourceFile, const QString &mimeType = {});
    // Records a file that is already in the archive (found again, or restored from the job store).
    void adopt(const QString &jobKey, int n, const QUrl &url, const QString &path);
    // Drops what is known about a job (its files stay on disk).
    void forget(const QString &jobKey);

    // The archived file for `url` (signing parameters ignored, like the cache), or empty.
    QString archivedFile(const QUrl &url) const;
    QList<Entry> entries(const QString &jobKey) const;
    bool isStoring(const QString &jobKey, int n) const;
    int storing() const { return int(m_copies.size()); }

Q_SIGNALS:
    void archived(const QString &jobKey, int n, const QString &path);
    // `message` is one translated line: which result, where, and why ("No space left on device").
    void failed(const QString &jobKey, int n, const QString &message);

private:
    struct Copy {
        QString jobKey;
        QString jobId;
        int n = 0;
        QUrl url;
    };
    void onCopied(const FileCopier::Outcome &outcome);

    const ProfileList *m_profiles;
    QString m_defaultFolder;
    QString m_folder;
    bool m_folderChosen = false;
    NamingTemplate m_template = *NamingTemplate::parse(NamingTemplate::defaultText());
    FileCopier m_copier;
    QHash<quint64, Copy> m_copies;             // by copy id
    QHash<QString, QMap<int, Entry>> m_byJob;  // job key -> n -> entry
    QHash<QString, QString> m_byUrl;           // DiskCache::key(url) -> path
};

} // namespace jw
