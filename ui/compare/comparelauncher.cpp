#include "compare/comparelauncher.h"

#include "compare/compareaction.h"
#include "compare/comparepane.h"
#include "compare/compareview.h"
#include "compare/videosync.h"
#include "previews/artifactpreview.h"
#include "mainwindow.h"
#include "model/joblist.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

bool CompareLauncher::start(MainWindow *window, const JobList *jobs, const QString &kind)
{
    if (kind != u"video"_s && kind != u"image"_s)
        return false;
    const bool video = kind == u"video"_s;
    new CompareLauncher(window, jobs, video, video ? 2 : 4);
    return true;
}

CompareLauncher::CompareLauncher(MainWindow *window, const JobList *jobs, bool video, int count)
    : QObject(window)
    , m_window(window)
    , m_jobs(jobs)
    , m_video(video)
    , m_count(count)
{
    auto *timer = new QTimer(this);
    timer->setInterval(250);
    connect(timer, &QTimer::timeout, this, &CompareLauncher::tick);
    timer->start();
}

void CompareLauncher::tick()
{
    const ArtifactKind wanted = m_video ? ArtifactKind::Video : ArtifactKind::Image;
    QItemSelection rows;
    QStringList keys;
    const JobFilterProxy *proxy = m_window->proxy();
    for (int row = 0; row < proxy->rowCount() && keys.size() < m_count; ++row) {
        const QModelIndex index = proxy->index(row, JobTableModel::Job);
        const QString key = index.data(JobTableModel::KeyRole).toString();
        const JobRecord *record = m_jobs->find(key);
        if (!record || record->snapshot.state != JobState::Completed)
            continue;
        if (const std::optional<Artifact> media = CompareAction::mediaOf(record->snapshot); !media || media->kind != wanted)
            continue;
        keys << key;
        rows.select(index, index.siblingAtColumn(proxy->columnCount() - 1));
    }
    if (keys.size() < m_count)
        return;
    m_window->view()->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    CompareView *view = m_window->compareAction()->openFor(keys);
    deleteLater();
    if (!view || !view->videoSync())
        return;
    // Videos: play a second and a half once they are ready, then pause, so frames show instead of posters.
    auto *ready = new QTimer(view);
    ready->setInterval(100);
    connect(ready, &QTimer::timeout, view, [view, ready] {
        const QList<ComparePane *> panes = view->panes();
        if (!std::all_of(panes.cbegin(), panes.cend(), [](const ComparePane *p) { return p->preview()->state() == ArtifactPreview::State::Loaded; }))
            return;
        ready->stop();
        view->videoSync()->play();
        QTimer::singleShot(1500, view, [view] { view->videoSync()->pause(); });
    });
    ready->start();
}

} // namespace jw
