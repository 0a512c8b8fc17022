#pragma once
// A stacked frame that keeps a 16:9 shape (height follows width, capped) for the poster and the video.

#include <QStackedWidget>

namespace jw {

class MediaFrame final : public QStackedWidget
{
public:
    explicit MediaFrame(QWidget *parent = nullptr)
        : QStackedWidget(parent)
    {
        QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        setMinimumHeight(120);
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return qMin(width * 9 / 16, kMaxHeight); }
    QSize sizeHint() const override { return {480, 270}; }

private:
    static constexpr int kMaxHeight = 420;
};

} // namespace jw
