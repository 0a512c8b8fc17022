#pragma once
// A row of widgets that wraps onto further lines when the width runs out (the button rows of the result
// previews: "Save as…  Open externally" must not widen a narrow details pane). Height-for-width, so it works
// inside a resizable QScrollArea. Spacers are not supported; items are packed to the left, or to the right with
// setRightAligned(true).

#include <QLayout>
#include <QList>
#include <QStyle>

namespace jw {

class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    void setRightAligned(bool right) { m_right = right; }

private:
    int gap(QStyle::PixelMetric metric) const; // spacing(), else the style's (never negative)
    // Lays the visible items out in `rect` (only measures when `apply` is false); returns the height used.
    int doLayout(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    bool m_right = false;
};

} // namespace jw
