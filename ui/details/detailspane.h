#pragma once
// The details pane: follows one job key and shows everything about it — ID (with copy),
// profile, type, timestamps, its cost, the job's inputs, the state timeline, error code/message/request ID, poll
// statistics, the raw last JSON, "Copy as curl" (key redacted as ••••last4) and an empty result area that the previews fill.
// Observes the JobList for its key only; actions never go through it.

#include <QPointer>
#include <QString>
#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace jw {

class ArchiveInfo;
class InputsBox;
class ArtifactFetcher;
class ResultArchive;
class ResultLifetimes;
class JobList;
class ResultView;
class Scheduler;
class JobTimeline;
class ProfileList;
class SecretStore;
struct JobChange;
struct JobRecord;

class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)
public:
    DetailsPane(JobList *jobs, JobTimeline *timeline, ProfileList *profiles, SecretStore *secrets,
                QWidget *parent = nullptr);
    ~DetailsPane() override;

    // The job to show; empty shows "No job selected".
    void setJobKey(const QString &key);
    QString jobKey() const { return m_key; }

    // The result area: holds the ResultView with the job's previews.
    QWidget *resultArea() const { return m_resultArea; }
    ResultView *resultView() const { return m_resultView; }
    // Downloads for the previews go through `fetcher`; "Poll again" on an expired link resumes the job through
    // `scheduler`. Either may be null (then previews stay "not downloaded" / the button only re-fetches).
    // The archive line and the link expiry hint under the result come from `archive` and `lifetimes` (may be null).
    void setResultServices(ArtifactFetcher *fetcher, Scheduler *scheduler, ResultArchive *archive = nullptr,
                           const ResultLifetimes *lifetimes = nullptr);
    ArchiveInfo *archiveInfo() const { return m_archiveInfo; }
    // The "Inputs" section (prompt, model, seed … with Copy buttons); hidden while the job has none.
    InputsBox *inputsBox() const { return m_inputsBox; }

    // The curl command for the job with the key shown as `redactedKey` (empty: no auth header). Public for tests.
    QString curlCommand(const QString &redactedKey) const;

public Q_SLOTS:
    void copyId();
    // Asks the secret store for the profile's key, then puts the curl command (key redacted) on the clipboard.
    void copyAsCurl();

Q_SIGNALS:
    // After a copy action, for a status bar: "Copied the job ID", "Copied curl command (key redacted)".
    void copied(const QString &what);

private:
    void onJobsChanged(const QList<jw::JobChange> &changes);
    void onJobsRemoved(const QStringList &keys);
    void onKeyReady(const QString &profileId, const QString &key, const QString &error);
    void refresh();
    void refreshTimeline();
    void refreshCountdown();
    void showRecord(const JobRecord &record);

    JobList *m_jobs;
    JobTimeline *m_timeline;
    ProfileList *m_profiles;
    SecretStore *m_secrets;
    QString m_key;
    QString m_pendingCurlProfile; // profile whose key was requested for "Copy as curl"

    QStackedWidget *m_stack = nullptr;
    QLabel *m_id = nullptr;
    QPushButton *m_copyId = nullptr;
    QLabel *m_profile = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_started = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_completed = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_costTitle = nullptr;
    QTreeWidget *m_timelineView = nullptr;
    QWidget *m_errorBox = nullptr;
    QHash<QLabel *, QLabel *> m_errorLabels; // error field -> its row label
    QLabel *m_errorCode = nullptr;
    QLabel *m_errorMessage = nullptr;
    QLabel *m_requestId = nullptr;
    QLabel *m_engineError = nullptr;
    QLabel *m_requests = nullptr;
    QLabel *m_httpStatus = nullptr;
    QLabel *m_timeInState = nullptr;
    QLabel *m_nextPoll = nullptr;
    QLabel *m_eta = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QWidget *m_resultArea = nullptr;
    ResultView *m_resultView = nullptr;
    ArchiveInfo *m_archiveInfo = nullptr;
    InputsBox *m_inputsBox = nullptr;
    Scheduler *m_scheduler = nullptr;
    QTimer *m_countdown = nullptr;
};

} // namespace jw
