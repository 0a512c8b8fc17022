#include "jobselector.h"

#include "model/joblist.h"
#include "mainwindow.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"
#include "previews/videopreview.h"

#include <QMediaPlayer>
#include <QTableView>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

// Does a completed job show a result of this kind?
bool hasResultKind(const JobSnapshot &s, const QString &kind)
{
    if (s.state != JobState::Completed)
        return false;
    const auto count = [&s](ArtifactKind k) {
        return std::count_if(s.artifacts.cbegin(), s.artifacts.cend(), [k](const Artifact &a) { return a.kind == k; });
    };
    if (kind == u"report"_s)
        return s.report.has_value();
    if (kind == u"scenes"_s)
        return count(ArtifactKind::Image) >= 2;
    if (kind == u"image"_s)
        return count(ArtifactKind::Image) == 1 && s.artifacts.size() == 1 && !s.report;
    const std::optional<ArtifactKind> k = kindFromName(kind);
    return k && count(*k) > 0;
}

} // namespace

void JobSelector::selectId(MainWindow *window, JobList *jobs, const QString &jobId)
{
    new JobSelector(window, jobs, Match::Id, jobId, false);
}

void JobSelector::selectFirstCompleted(MainWindow *window, JobList *jobs, const QString &kind)
{
    const bool play = kind == u"video-play"_s;
    new JobSelector(window, jobs, Match::ResultKind, play ? u"video"_s : kind, play);
}

JobSelector::JobSelector(MainWindow *window, JobList *jobs, Match match, QString value, bool play)
    : QObject(window)
    , m_window(window)
    , m_jobs(jobs)
    , m_match(match)
    , m_value(std::move(value))
    , m_play(play)
{
    auto *timer = new QTimer(this);
    timer->setInterval(200);
    connect(timer, &QTimer::timeout, this, &JobSelector::tick);
    timer->start();
}

bool JobSelector::matches(const QString &key) const
{
    const JobRecord *record = m_jobs->find(key);
    if (!record)
        return false;
    return m_match == Match::Id ? record->jobId == m_value : hasResultKind(record->snapshot, m_value);
}

void JobSelector::tick()
{
    if (m_selected) { // "video-play": play once the preview has loaded (looping: a short clip keeps a frame up)
        if (auto *video = m_window->findChild<VideoPreview *>(); video && video->state() == ArtifactPreview::State::Loaded) {
            video->player()->setLoops(QMediaPlayer::Infinite);
            video->play();
            deleteLater();
        }
        return;
    }
    for (const QString &key : m_jobs->keys()) {
        if (!matches(key))
            continue;
        const QModelIndex index = m_window->proxy()->mapFromSource(m_window->model()->index(m_window->model()->rowOf(key), 0));
        if (!index.isValid())
            continue;
        m_window->view()->setCurrentIndex(index);
        m_window->view()->scrollTo(index);
        m_selected = true;
        if (!m_play)
            deleteLater();
        return;
    }
}

} // namespace jw
