#pragma once
// The details pane's result area: every artifact of the job (muvi outputs[] can hold several) and
// the research report, each in its preview. Images of a job with several of them (scenes) form one grid.
// Downloads go through the ArtifactFetcher (disk cache, size cap, key only on the profile's own origin);
// posters and covers too. The view is rebuilt only when the job's results change, so a playing video is not
// interrupted by polls. "Poll again" on an expired link asks for refreshRequested(jobKey) (Scheduler::resume)
// and rebuilds after the next snapshot arrives, with whatever fresh links it brought.

#include "model/job.h"
#include "previews/artifactpreview.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace jw {

class ArtifactFetcher;
class FetchHandle;
class ReportView;
class SceneGrid;
class Thumbnailer;
struct DecodedImage;
struct JobRecord;

class ResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultView)
public:
    // `fetcher` may be null: previews then stay "not downloaded".
    explicit ResultView(ArtifactFetcher *fetcher, QWidget *parent = nullptr);
    ~ResultView() override;

    void setFetcher(ArtifactFetcher *fetcher) { m_fetcher = fetcher; m_built = false; }
    void setJob(const JobRecord &record);
    void clear();
    QString jobKey() const { return m_jobKey; }

    // What is shown (tests).
    QList<ArtifactPreview *> previews() const { return m_previews; }
    ReportView *reportView() const;
    SceneGrid *sceneGrid() const;
    QString placeholderText() const;

    void setUrlOpener(ArtifactPreview::UrlOpener opener);

Q_SIGNALS:
    void refreshRequested(const QString &jobKey);
    void notice(const QString &text);

private:
    struct Content {
        QList<Artifact> artifacts;
        std::optional<Report> report;
        friend bool operator==(const Content &, const Content &) = default;
    };
    void rebuild(const JobRecord &record);
    void abortAll();
    void fetchFor(ArtifactPreview *preview);
    void fetchScene(int index);
    void fetchImage(const QString &url, std::function<void(const QImage &)> apply, const QSize &box);
    void onDecoded(quint64 id, const DecodedImage &result);
    void requestRefresh();
    QWidget *separator();

    ArtifactFetcher *m_fetcher;
    Thumbnailer *m_thumbnailer;
    QString m_jobKey;
    Content m_content;
    bool m_built = false;
    qint64 m_refreshSinceMs = -1; // a "Poll again" waiting for the next snapshot
    ArtifactPreview::UrlOpener m_opener;

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_placeholder = nullptr;
    QList<QWidget *> m_widgets; // everything built for the current content
    QList<ArtifactPreview *> m_previews;
    QPointer<ReportView> m_report;
    QPointer<SceneGrid> m_grid;
    QList<QPointer<FetchHandle>> m_handles;
    QHash<quint64, std::function<void(const QImage &)>> m_imageDecodes;
};

} // namespace jw
