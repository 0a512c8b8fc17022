#pragma once
// Scene grid: the scene images of a job as thumbnails with captions, in as many columns as fit. A
// click opens the scene large in a (non-modal) dialog with zoom. Each tile loads on its own (decoding on the
// Thumbnailer's worker thread) and says what went wrong; when a signed scene link expired, a banner offers
// "Poll again" (the re-poll brings fresh links).

#include "artifacts/fetchresult.h"
#include "model/job.h"
#include "previews/artifactpreview.h"

#include <QImage>
#include <QList>
#include <QWidget>

class QDialog;
class QGridLayout;
class QLabel;
class QToolButton;

namespace jw {

class Thumbnailer;
struct DecodedImage;

class SceneGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SceneGrid)
public:
    static constexpr int kMinTileWidth = 110; // tiles grow to share the width, at least two columns when they fit
    static constexpr int kMaxTileWidth = 200;

    // `thumbnailer` decodes (shared); null: the grid makes its own.
    explicit SceneGrid(const QList<Artifact> &scenes, Thumbnailer *thumbnailer = nullptr, QWidget *parent = nullptr);
    ~SceneGrid() override;

    int count() const { return int(m_tiles.size()); }
    const Artifact &artifact(int index) const { return m_tiles.at(index).artifact; }
    ArtifactPreview::State tileState(int index) const { return m_tiles.at(index).state; }
    QString tileMessage(int index) const;
    QImage tileImage(int index) const { return m_tiles.at(index).image; }
    int loadedCount() const;
    bool isExpiredBannerVisible() const;

    void setProgress(int index, qint64 received, qint64 total);
    void setFetchResult(int index, const FetchResult &result);
    void setLocalFile(int index, const QString &path);

    // As narrow as one tile: the grid reflows into fewer columns instead of widening the pane.
    QSize minimumSizeHint() const override;

    // Opens the scene large; returns the dialog (it deletes itself on close). Null when not loaded.
    QDialog *openScene(int index);

Q_SIGNALS:
    void fetchRequested(int index);
    void refreshRequested();
    void tileStateChanged(int index, jw::ArtifactPreview::State state);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Tile {
        Artifact artifact;
        ArtifactPreview::State state = ArtifactPreview::State::Idle;
        QImage image;
        QString message; // what went wrong, shown under the tile
        quint64 decodeId = 0;
        QWidget *widget = nullptr;
        QToolButton *button = nullptr;
        QLabel *caption = nullptr;
    };
    void onDecoded(quint64 id, const DecodedImage &result);
    void setTileState(int index, ArtifactPreview::State state, const QString &message = {});
    void reflow();
    void applyTileWidth(int width);
    void updateBanner();

    Thumbnailer *m_thumbnailer;
    QList<Tile> m_tiles;
    QList<bool> m_expired;
    QLabel *m_summary = nullptr;
    QWidget *m_banner = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    int m_tileWidth = 0;
};

} // namespace jw
