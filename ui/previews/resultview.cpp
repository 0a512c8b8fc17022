#include "previews/resultview.h"

#include "artifacts/artifactfetcher.h"
#include "model/jobrecord.h"
#include "previews/audiopreview.h"
#include "previews/filepreview.h"
#include "previews/imagepreview.h"
#include "previews/previewfetch.h"
#include "previews/reportview.h"
#include "previews/scenegrid.h"
#include "previews/textpreview.h"
#include "previews/videopreview.h"
#include "thumbnails/thumbnailer.h"

#include <QDateTime>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
constexpr QSize kPosterBox{960, 540};
constexpr QSize kCoverBox{160, 160};
} // namespace

ResultView::ResultView(ArtifactFetcher *fetcher, QWidget *parent)
    : QWidget(parent)
    , m_fetcher(fetcher)
    , m_thumbnailer(new Thumbnailer(this))
{
    setObjectName(u"resultView"_s);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(u"resultPlaceholder"_s);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(m_placeholder);
    connect(m_thumbnailer, &Thumbnailer::decoded, this, &ResultView::onDecoded);
    clear();
}

ResultView::~ResultView()
{
    abortAll();
}

ReportView *ResultView::reportView() const
{
    return m_report;
}

SceneGrid *ResultView::sceneGrid() const
{
    return m_grid;
}

QString ResultView::placeholderText() const
{
    return m_placeholder->isHidden() ? QString() : m_placeholder->text();
}

void ResultView::setUrlOpener(ArtifactPreview::UrlOpener opener)
{
    m_opener = std::move(opener);
    for (ArtifactPreview *preview : std::as_const(m_previews))
        preview->setUrlOpener(m_opener);
    if (m_report)
        m_report->setUrlOpener(m_opener);
}

void ResultView::clear()
{
    abortAll();
    qDeleteAll(m_widgets);
    m_widgets.clear();
    m_previews.clear();
    m_imageDecodes.clear();
    m_jobKey.clear();
    m_content = {};
    m_built = false;
    m_refreshSinceMs = -1;
    m_placeholder->setText(tr("No job selected."));
    m_placeholder->setVisible(true);
}

void ResultView::setJob(const JobRecord &record)
{
    const Content content{record.snapshot.artifacts, record.snapshot.report};
    const bool sameJob = record.key == m_jobKey;
    // A "Poll again" is answered by the next stored snapshot, even when its links look the same.
    const bool refreshed = sameJob && m_refreshSinceMs >= 0 && record.engine.reportedAtMs >= m_refreshSinceMs;
    if (sameJob && m_built && content == m_content && !refreshed)
        return;
    if (refreshed)
        m_refreshSinceMs = -1;
    if (!sameJob)
        m_refreshSinceMs = -1;
    m_jobKey = record.key;
    m_content = content;
    rebuild(record);
}

void ResultView::abortAll()
{
    const QList<QPointer<FetchHandle>> handles = std::exchange(m_handles, {});
    for (const QPointer<FetchHandle> &handle : handles) {
        if (handle) {
            handle->disconnect(this);
            handle->abort();
        }
    }
}

QWidget *ResultView::separator()
{
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

void ResultView::rebuild(const JobRecord &record)
{
    abortAll();
    qDeleteAll(m_widgets);
    m_widgets.clear();
    m_previews.clear();
    m_imageDecodes.clear();
    m_built = true;

    const JobSnapshot &s = record.snapshot;
    const bool empty = s.artifacts.isEmpty() && !s.report;
    if (empty) {
        if (!record.hasSnapshot || !isTerminal(s.state))
            m_placeholder->setText(tr("The result appears here when the job completes."));
        else if (s.state == JobState::Completed)
            m_placeholder->setText(tr("The job completed without a downloadable result."));
        else
            m_placeholder->setText(s.state == JobState::Cancelled ? tr("No result: the job was cancelled.")
                                                                  : tr("No result: the job failed."));
        m_placeholder->setVisible(true);
        return;
    }
    m_placeholder->setVisible(false);

    auto add = [this](QWidget *widget) {
        if (!m_widgets.isEmpty()) {
            QWidget *line = separator();
            m_widgets.append(line);
            m_layout->addWidget(line);
        }
        m_widgets.append(widget);
        m_layout->addWidget(widget);
    };

    if (s.report) {
        auto *report = new ReportView(this);
        if (m_opener)
            report->setUrlOpener(m_opener);
        report->setReport(*s.report);
        connect(report, &ReportView::notice, this, &ResultView::notice);
        m_report = report;
        add(report);
    }

    QList<Artifact> images;
    for (const Artifact &a : s.artifacts) {
        if (a.kind == ArtifactKind::Image)
            images.append(a);
    }
    const bool grid = images.size() >= 2;
    if (grid) {
        auto *sceneGrid = new SceneGrid(images, m_thumbnailer, this);
        connect(sceneGrid, &SceneGrid::fetchRequested, this, &ResultView::fetchScene);
        connect(sceneGrid, &SceneGrid::refreshRequested, this, &ResultView::requestRefresh);
        m_grid = sceneGrid;
        add(sceneGrid);
    }

    for (const Artifact &a : s.artifacts) {
        ArtifactPreview *preview = nullptr;
        switch (a.kind) {
        case ArtifactKind::Video: {
            auto *video = new VideoPreview(a, this);
            const QString poster = a.posterUrl.isEmpty() ? a.thumbnailUrl : a.posterUrl;
            if (!poster.isEmpty())
                fetchImage(poster, [video = QPointer<VideoPreview>(video)](const QImage &image) {
                    if (video)
                        video->setPoster(image);
                }, kPosterBox);
            preview = video;
            break;
        }
        case ArtifactKind::Image:
            if (!grid)
                preview = new ImagePreview(a, m_thumbnailer, this);
            break;
        case ArtifactKind::Audio: {
            auto *audio = new AudioPreview(a, this);
            const QString cover = a.posterUrl.isEmpty() ? a.thumbnailUrl : a.posterUrl;
            if (!cover.isEmpty())
                fetchImage(cover, [audio = QPointer<AudioPreview>(audio)](const QImage &image) {
                    if (audio)
                        audio->setCover(image);
                }, kCoverBox);
            preview = audio;
            break;
        }
        case ArtifactKind::Text: preview = new TextPreview(a, this); break;
        case ArtifactKind::Document:
        case ArtifactKind::Other: preview = new FilePreview(a, this); break;
        }
        if (!preview)
            continue;
        if (m_opener)
            preview->setUrlOpener(m_opener);
        connect(preview, &ArtifactPreview::fetchRequested, this, [this, p = QPointer<ArtifactPreview>(preview)] {
            if (p)
                fetchFor(p);
        });
        connect(preview, &ArtifactPreview::refreshRequested, this, &ResultView::requestRefresh);
        connect(preview, &ArtifactPreview::notice, this, &ResultView::notice);
        m_previews.append(preview);
        add(preview);
        if (preview->fetchesAutomatically())
            fetchFor(preview);
    }
    if (grid) {
        for (int i = 0; i < images.size(); ++i)
            fetchScene(i);
    }
}

void ResultView::fetchFor(ArtifactPreview *preview)
{
    if (!m_fetcher)
        return;
    FetchHandle *handle = fetchIntoPreview(m_fetcher, preview, m_jobKey, this);
    m_handles.append(handle);
    connect(handle, &FetchHandle::finished, this, [this, handle] { m_handles.removeAll(handle); });
}

void ResultView::fetchScene(int index)
{
    if (!m_fetcher || !m_grid || index < 0 || index >= m_grid->count())
        return;
    FetchHandle *handle = m_fetcher->fetch(QUrl(m_grid->artifact(index).url), m_jobKey);
    m_handles.append(handle);
    const QPointer<SceneGrid> grid(m_grid);
    connect(handle, &FetchHandle::progress, this, [grid, index](qint64 received, qint64 total) {
        if (grid)
            grid->setProgress(index, received, total);
    });
    connect(handle, &FetchHandle::finished, this, [this, grid, index, handle](const FetchResult &result) {
        m_handles.removeAll(handle);
        if (grid)
            grid->setFetchResult(index, result);
    });
}

// Posters and covers: fetched like artifacts, decoded off the GUI thread, applied when they arrive. A poster
// that fails simply is not shown; the preview itself says what matters.
void ResultView::fetchImage(const QString &url, std::function<void(const QImage &)> apply, const QSize &box)
{
    if (!m_fetcher)
        return;
    FetchHandle *handle = m_fetcher->fetch(QUrl(url), m_jobKey);
    m_handles.append(handle);
    connect(handle, &FetchHandle::finished, this, [this, handle, apply = std::move(apply), box](const FetchResult &result) {
        m_handles.removeAll(handle);
        if (!result.ok())
            return;
        m_imageDecodes.insert(m_thumbnailer->decode(result.filePath, box), apply);
    });
}

void ResultView::onDecoded(quint64 id, const DecodedImage &result)
{
    const auto apply = m_imageDecodes.take(id);
    if (apply && result.ok())
        apply(result.image);
}

void ResultView::requestRefresh()
{
    if (m_jobKey.isEmpty())
        return;
    m_refreshSinceMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT refreshRequested(m_jobKey);
}

} // namespace jw
