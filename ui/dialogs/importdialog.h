#pragma once
// "Import running jobs…": lists an account's recent jobs through the profile's list endpoint (AccountLister,
// within the profile's budget, shared with the scheduler), filtered by state and age, and watches the jobs the
// user ticks. Lists come newest first: while every job read is younger than the age filter's cut-off, the next
// page follows by itself (up to kAutoPages pages), so "Last 24 hours" shows all of the last 24 hours; beyond
// that, and with "Any age", "Load more" follows the provider's cursor a page at a time. Failures (a 401, a 404,
// an answer that is not a list) show as one line under the list; the pages read so far stay.
// Open it with open() (no nested event loop).

#include "intake/jobintake.h"
#include "model/job.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace jw {

class AccountLister;
class Application;

class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    enum Column { IdColumn, StateColumn, CreatedColumn, NoteColumn, ColumnCount };
    enum class StateFilter { Active, All, Completed, FailedOrCancelled };
    // Pages read by themselves at most (each is one request from the profile's budget); then "Load more".
    static constexpr int kAutoPages = 10;

    explicit ImportDialog(Application *app, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Profiles whose API can list jobs, in the chooser; selecting one starts reading its list.
    void setProfileId(const QString &profileId);
    QString profileId() const;
    void setStateFilter(StateFilter filter);
    void setMaxAgeHours(int hours); // 0: any age

    QTreeWidget *listView() const { return m_list; }
    QPushButton *loadMoreButton() const { return m_more; }
    QString messageText() const;
    int pagesRead() const;
    bool isLoading() const;
    QStringList checkedIds() const;
    void setChecked(const QString &id, bool checked);
    const IntakeResult &lastResult() const { return m_result; }

    void accept() override;

Q_SIGNALS:
    void jobsAdded(const jw::IntakeResult &result);

private:
    void startListing();
    void onPage(const QList<jw::JobSnapshot> &jobs, bool more);
    void applyFilters();
    void pageOnWithinAge(); // the next page, while every job read is younger than the age filter's cut-off
    void updateState();
    bool passes(const JobSnapshot &job) const;

    Application *m_app;
    std::unique_ptr<AccountLister> m_lister;
    QList<JobSnapshot> m_jobs;
    QComboBox *m_profile;
    QComboBox *m_state;
    QComboBox *m_age;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_more;
    QPushButton *m_watch;
    QString m_error;
    bool m_hasMore = false;
    IntakeResult m_result;
};

} // namespace jw
