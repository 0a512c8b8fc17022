#pragma once
// Selects a job in the main window as soon as one matches (the command-line options --select ID and the screenshot aid
// --select-first-completed KIND): it polls the job list on a timer, so it works for jobs that complete later.

#include <QObject>
#include <QString>

namespace jw {

class JobList;
class MainWindow;

class JobSelector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobSelector)
public:
    // Parented to `window`; it deletes itself when done.
    static void selectId(MainWindow *window, JobList *jobs, const QString &jobId);
    // KIND: video, image, audio, report, scenes, document, text; "video-play" also plays the video.
    static void selectFirstCompleted(MainWindow *window, JobList *jobs, const QString &kind);

private:
    enum class Match { Id, ResultKind };
    JobSelector(MainWindow *window, JobList *jobs, Match match, QString value, bool play);
    void tick();
    bool matches(const QString &key) const;

    MainWindow *m_window;
    JobList *m_jobs;
    Match m_match;
    QString m_value;
    bool m_play = false;
    bool m_selected = false;
};

} // namespace jw
