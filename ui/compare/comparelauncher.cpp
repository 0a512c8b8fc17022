#include "compare/comparelauncher.h"

#include "compare/compareaction.h"
#include "mainwindow.h"
#include "model/joblist.h"
#include "models/jobfilterproxy.h"
#include "models/jobtablemodel.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <QTimer>

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
    m_window->compareAction()->openFor(keys);
    deleteLater();
}

} // namespace jw
