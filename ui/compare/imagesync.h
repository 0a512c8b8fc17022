#pragma once
// Keeps the compare view's images together: zooming one (wheel, Fit, 100%) zooms all to the same scale (or
// fits each), and panning one (drag, scroll bars) moves the others to the same relative place, so the same
// detail stays in view in every image, even when their sizes differ.

#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>

namespace jw {

class ZoomImageView;

class ImageSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageSync)
public:
    explicit ImageSync(QObject *parent = nullptr);

    void addView(ZoomImageView *view);
    QList<ZoomImageView *> views() const;

    // The relative scroll position (0..1 each way) of `view`; 0 where it cannot scroll.
    static QPointF panOf(const ZoomImageView *view);

public Q_SLOTS:
    void fitAll();
    void actualSizeAll();

private:
    void onZoom(ZoomImageView *source, double zoom, bool fit);
    void onPan(ZoomImageView *source);
    static void setPan(ZoomImageView *view, QPointF pan);

    QList<QPointer<ZoomImageView>> m_views;
    bool m_syncing = false;
};

} // namespace jw
