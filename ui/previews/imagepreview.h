#pragma once
// Image result: the image fitted into the pane, zoom (Fit, 100%, Ctrl+wheel), Save as… and Copy
// image. Decoding runs on the Thumbnailer's worker thread; a file that does not decode shows "The image could
// not be decoded" with what to do.

#include "previews/artifactpreview.h"

class QLabel;
class QToolButton;

namespace jw {

class Thumbnailer;
class ZoomImageView;
struct DecodedImage;

class ImagePreview final : public ArtifactPreview
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePreview)
public:
    // `thumbnailer` decodes (shared with other previews); null: the preview makes its own.
    explicit ImagePreview(const Artifact &artifact, Thumbnailer *thumbnailer = nullptr, QWidget *parent = nullptr);
    ~ImagePreview() override;

    QImage image() const;
    ZoomImageView *view() const { return m_view; }

public Q_SLOTS:
    void copyImage();

protected:
    void loadFile(const QString &path) override;

private:
    void onDecoded(quint64 id, const DecodedImage &result);

    Thumbnailer *m_thumbnailer;
    quint64 m_decodeId = 0;
    ZoomImageView *m_view = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_actual = nullptr;
    QLabel *m_zoomLabel = nullptr;
};

} // namespace jw
