#pragma once
// The screenshot aid --compare KIND (video or image): as soon as the table has enough completed jobs with a
// result of that kind (two videos, four images), it selects them and opens the compare view. It polls the job
// list on a timer, so it works for jobs that complete later (the demo's). Videos then play for a moment and
// pause, so the screenshot shows frames.

#include <QObject>
#include <QString>

namespace jw {

class JobList;
class MainWindow;

class CompareLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareLauncher)
public:
    // Parented to `window`; it deletes itself when the view opened. False (and nothing started) for an
    // unknown kind.
    static bool start(MainWindow *window, const JobList *jobs, const QString &kind);

private:
    CompareLauncher(MainWindow *window, const JobList *jobs, bool video, int count);
    void tick();

    MainWindow *m_window;
    const JobList *m_jobs;
    bool m_video;
    int m_count;
};

} // namespace jw
