#pragma once
// Under a job's result in the details pane: where its results are archived ("Saved to …/job_42-1.mp4", with
// Open folder), "Archiving…" while the copy runs, why archiving failed, and when the provider's link expires
// ("Link expires in 42 min", "about" for a documented lifetime; "Link expired 5 min ago — the archived copy
// stays"). Observes the ResultArchive; the countdown ticks every 30 s while an expiry is shown.

#include "model/jobrecord.h"

#include <QHash>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace jw {

class ResultArchive;
class ResultLifetimes;

class ArchiveInfo final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveInfo)
public:
    explicit ArchiveInfo(QWidget *parent = nullptr);
    ~ArchiveInfo() override;

    // Either may be null: no archive lines / expiry from the URL only.
    void setServices(ResultArchive *archive, const ResultLifetimes *lifetimes);

    void setJob(const JobRecord &record);
    void clear();

    QString archiveText() const; // what is shown (tests; empty when hidden)
    QString expiryText() const;
    QString archivedFolder() const { return m_folder; }

private:
    void refresh();

    ResultArchive *m_archive = nullptr;
    const ResultLifetimes *m_lifetimes = nullptr;
    QString m_key;
    JobRecord m_record; // a copy: a tick or an archive signal reads it again
    QHash<QString, QString> m_failures; // job key -> the last archive failure
    QString m_folder;
    QLabel *m_archiveLabel = nullptr;
    QLabel *m_expiryLabel = nullptr;
    QPushButton *m_openFolder = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace jw
