#pragma once
// An image that scales down (never up) to the width it is given, keeping its aspect ratio: height-for-width,
// so a poster on a failure page never widens a narrow details pane.

#include <QImage>
#include <QWidget>

namespace jw {

class FittedImage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FittedImage)
public:
    explicit FittedImage(QWidget *parent = nullptr);
    ~FittedImage() override;

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    void setMaximumImageWidth(int width); // the natural width is capped here (default 360)

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSize naturalSize() const;
    QRect imageRect() const;

    QImage m_image;
    int m_maxWidth = 360;
};

} // namespace jw
