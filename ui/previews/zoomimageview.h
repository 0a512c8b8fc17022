#pragma once
// A scrollable image with zoom: "fit" scales the image into the view (never up), 100% shows it
// pixel for pixel, Ctrl+wheel zooms in steps about the pointer (plain wheel scrolls the page as usual, unless
// setPlainWheelZooms: the compare view has no page to scroll), and dragging a zoomed image moves it. Its height
// follows its width and the image's aspect ratio, capped, so it sits well in the details pane.

#include <QImage>
#include <QScrollArea>

class QLabel;

namespace jw {

class ZoomImageView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoomImageView)
public:
    explicit ZoomImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    void setMaximumViewHeight(int height) { m_maxHeight = height; updateGeometry(); }
    void setPlainWheelZooms(bool on);
    // Takes whatever height its layout gives it, instead of following its width (the compare view's grid).
    void setFillsHeight(bool on);

    bool isFit() const { return m_fit; }
    double zoom() const { return m_zoom; } // the scale shown (in fit mode too)

    bool hasHeightForWidth() const override { return !m_fillsHeight; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

public Q_SLOTS:
    void fitToView();
    void setZoom(double zoom); // leaves fit mode; clamped to 5%..800%
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void zoomChanged(double zoom, bool fit);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void relayout();
    bool canPan() const;

    QImage m_image;
    QLabel *m_canvas = nullptr;
    bool m_fit = true;
    double m_zoom = 1.0;
    int m_maxHeight = 460;
    bool m_plainWheelZooms = false;
    bool m_fillsHeight = false;
    bool m_dragging = false;
    QPoint m_dragFrom;    // viewport position where the drag started
    QPoint m_scrollFrom;  // the scroll bars' values then
};

} // namespace jw
