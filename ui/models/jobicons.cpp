#include "models/jobicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace jw {

namespace {
using Painter = std::function<void(QPainter &)>;

// Paints `fn` in a 16×16 coordinate space at a few sizes.
QIcon makeIcon(const Painter &fn)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        fn(p);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

void disc(QPainter &p, const QColor &c)
{
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
}

QPen whitePen(qreal w = 1.8)
{
    return QPen(Qt::white, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void check(QPainter &p)
{
    p.setPen(whitePen());
    p.drawPolyline(QPolygonF({{4.6, 8.2}, {7.0, 10.6}, {11.4, 5.6}}));
}

void cross(QPainter &p)
{
    p.setPen(whitePen());
    p.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
    p.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
}

void square(QPainter &p, const QColor &c, qreal inset)
{
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawRoundedRect(QRectF(inset, inset, 16 - 2 * inset, 16 - 2 * inset), 1.2, 1.2);
}

void bars(QPainter &p, const QColor &c)
{
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawRoundedRect(QRectF(4, 3.5, 3, 9), 0.8, 0.8);
    p.drawRoundedRect(QRectF(9, 3.5, 3, 9), 0.8, 0.8);
}

void triangle(QPainter &p, const QColor &c)
{
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(QPolygonF({{4.5, 3}, {13, 8}, {4.5, 13}}));
}

void clockFace(QPainter &p, const QColor &c)
{
    disc(p, c);
    p.setPen(whitePen(1.5));
    p.drawLine(QPointF(8, 8), QPointF(8, 4.5));
    p.drawLine(QPointF(8, 8), QPointF(10.8, 9.6));
}

void arrowCircle(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c, 1.8, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(3, 3, 10, 10), 60 * 16, 290 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(QPolygonF({{9.2, 1.2}, {13.6, 3.6}, {9.6, 6.6}}));
}

void warning(QPainter &p, const QColor &c)
{
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(QPolygonF({{8, 1.5}, {15, 14}, {1, 14}}));
    p.setPen(whitePen(1.6));
    p.drawLine(QPointF(8, 6), QPointF(8, 9.5));
    p.drawPoint(QPointF(8, 12));
}

void page(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c, 1.2));
    p.setBrush(Qt::white);
    p.drawRect(QRectF(3.5, 1.5, 9, 13));
    p.drawLine(QPointF(5.5, 5), QPointF(10.5, 5));
    p.drawLine(QPointF(5.5, 8), QPointF(10.5, 8));
    p.drawLine(QPointF(5.5, 11), QPointF(9, 11));
}

enum Key { StatusBase = 0, KindBase = 100, ReportKey = 150, AddKey = 160, MenuKey = 161, SaveKey = 162, ActionBase = 200 };
} // namespace

QColor JobIcons::statusColor(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Pending:
    case StatusKind::Queued: return QColor(0x6b, 0x72, 0x80);
    case StatusKind::Running: return QColor(0x1d, 0x6f, 0xd8);
    case StatusKind::Retrying: return QColor(0xb4, 0x5f, 0x06);
    case StatusKind::Completed: return QColor(0x1e, 0x8a, 0x3c);
    case StatusKind::Failed: return QColor(0xc6, 0x28, 0x28);
    case StatusKind::Cancelled: return QColor(0x8e, 0x3b, 0x6e);
    case StatusKind::Stopped: return QColor(0x55, 0x5b, 0x66);
    case StatusKind::TimedOut: return QColor(0xb4, 0x5f, 0x06);
    case StatusKind::Paused: return QColor(0xa1, 0x6b, 0x00);
    case StatusKind::NotFound: return QColor(0x9a, 0x34, 0x12);
    case StatusKind::Stalled: return QColor(0xb4, 0x5f, 0x06);
    case StatusKind::ConfigError: return QColor(0xc6, 0x28, 0x28);
    case StatusKind::Unknown: return QColor(0x6d, 0x28, 0xd9);
    }
    return {};
}

QIcon JobIcons::status(StatusKind kind) const
{
    const int key = StatusBase + int(kind);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    const QColor c = statusColor(kind);
    Painter fn;
    switch (kind) {
    case StatusKind::Pending:
    case StatusKind::Queued: fn = [c](QPainter &p) { clockFace(p, c); }; break;
    case StatusKind::Running: fn = [c](QPainter &p) { disc(p, c); triangle(p, Qt::white); }; break;
    case StatusKind::Retrying: fn = [c](QPainter &p) { arrowCircle(p, c); }; break;
    case StatusKind::Completed: fn = [c](QPainter &p) { disc(p, c); check(p); }; break;
    case StatusKind::Failed: fn = [c](QPainter &p) { disc(p, c); cross(p); }; break;
    case StatusKind::Cancelled: fn = [c](QPainter &p) {
        disc(p, c);
        p.setPen(whitePen());
        p.drawLine(QPointF(4.8, 8), QPointF(11.2, 8));
    }; break;
    case StatusKind::Stopped: fn = [c](QPainter &p) { square(p, c, 3); }; break;
    case StatusKind::TimedOut: fn = [c](QPainter &p) { clockFace(p, c); }; break;
    case StatusKind::Paused: fn = [c](QPainter &p) { bars(p, c); }; break;
    case StatusKind::NotFound: fn = [c](QPainter &p) { warning(p, c); }; break;
    case StatusKind::Stalled: fn = [c](QPainter &p) { bars(p, c); }; break;
    case StatusKind::ConfigError: fn = [c](QPainter &p) { warning(p, c); }; break;
    case StatusKind::Unknown: fn = [c](QPainter &p) {
        disc(p, c);
        p.setPen(whitePen(1.6));
        p.drawArc(QRectF(5.6, 4, 4.8, 4.4), 0, 180 * 16);
        p.drawLine(QPointF(10.4, 6.2), QPointF(8, 8.6));
        p.drawPoint(QPointF(8, 11.6));
    }; break;
    }
    const QIcon icon = makeIcon(fn);
    m_cache.insert(key, icon);
    return icon;
}

QIcon JobIcons::kind(ArtifactKind kind) const
{
    const int key = KindBase + int(kind);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    Painter fn;
    switch (kind) {
    case ArtifactKind::Video: fn = [](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x37, 0x41, 0x51));
        p.drawRoundedRect(QRectF(1, 3, 14, 10), 1.5, 1.5);
        p.setBrush(Qt::white);
        p.drawPolygon(QPolygonF({{6.5, 5.5}, {11, 8}, {6.5, 10.5}}));
    }; break;
    case ArtifactKind::Image: fn = [](QPainter &p) {
        p.setPen(QPen(QColor(0x25, 0x63, 0xeb), 1.2));
        p.setBrush(QColor(0xdb, 0xea, 0xfe));
        p.drawRect(QRectF(1.5, 2.5, 13, 11));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x16, 0xa3, 0x4a));
        p.drawPolygon(QPolygonF({{2.5, 12.5}, {6.5, 7}, {9.5, 10.5}, {11, 9}, {13.5, 12.5}}));
        p.setBrush(QColor(0xf5, 0x9e, 0x0b));
        p.drawEllipse(QRectF(10, 4, 2.6, 2.6));
    }; break;
    case ArtifactKind::Audio: fn = [](QPainter &p) {
        const QColor c(0x7c, 0x3a, 0xed);
        p.setPen(QPen(c, 1.4));
        p.drawLine(QPointF(6.5, 12), QPointF(6.5, 3));
        p.drawLine(QPointF(6.5, 3), QPointF(12.5, 2));
        p.drawLine(QPointF(12.5, 2), QPointF(12.5, 10.5));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QRectF(2.5, 10, 4.5, 3.6));
        p.drawEllipse(QRectF(8.5, 8.6, 4.5, 3.6));
    }; break;
    case ArtifactKind::Document: fn = [](QPainter &p) { page(p, QColor(0xb9, 0x1c, 0x1c)); }; break;
    case ArtifactKind::Text: fn = [](QPainter &p) { page(p, QColor(0x4b, 0x55, 0x63)); }; break;
    case ArtifactKind::Other: fn = [](QPainter &p) {
        p.setPen(QPen(QColor(0x4b, 0x55, 0x63), 1.4, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(1.5, 5.5, 7, 5), 2.5, 2.5);
        p.drawRoundedRect(QRectF(7.5, 5.5, 7, 5), 2.5, 2.5);
    }; break;
    }
    const QIcon icon = makeIcon(fn);
    m_cache.insert(key, icon);
    return icon;
}

QIcon JobIcons::report() const
{
    if (const auto it = m_cache.constFind(ReportKey); it != m_cache.constEnd())
        return *it;
    const QIcon icon = makeIcon([](QPainter &p) {
        page(p, QColor(0x0f, 0x76, 0x6e));
        p.setPen(QPen(QColor(0x0f, 0x76, 0x6e), 1.6, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::white);
        p.drawEllipse(QRectF(8, 8, 5, 5));
        p.drawLine(QPointF(12.3, 12.3), QPointF(14.8, 14.8));
    });
    m_cache.insert(ReportKey, icon);
    return icon;
}

QIcon JobIcons::add() const
{
    if (const auto it = m_cache.constFind(AddKey); it != m_cache.constEnd())
        return *it;
    const QIcon icon = makeIcon([](QPainter &p) {
        disc(p, QColor(0x1e, 0x8a, 0x3c));
        p.setPen(whitePen(2.0));
        p.drawLine(QPointF(8, 4.5), QPointF(8, 11.5));
        p.drawLine(QPointF(4.5, 8), QPointF(11.5, 8));
    });
    m_cache.insert(AddKey, icon);
    return icon;
}

QIcon JobIcons::menu() const
{
    if (const auto it = m_cache.constFind(MenuKey); it != m_cache.constEnd())
        return *it;
    const QIcon icon = makeIcon([](QPainter &p) {
        p.setPen(QPen(QColor(0x37, 0x41, 0x51), 1.6, Qt::SolidLine, Qt::RoundCap));
        for (const double y : {4.0, 8.0, 12.0})
            p.drawLine(QPointF(3, y), QPointF(13, y));
    });
    m_cache.insert(MenuKey, icon);
    return icon;
}

QIcon JobIcons::save() const
{
    if (const auto it = m_cache.constFind(SaveKey); it != m_cache.constEnd())
        return *it;
    const QIcon icon = makeIcon([](QPainter &p) {
        const QColor blue(0x1d, 0x6f, 0xd8);
        p.setPen(QPen(blue, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(8, 2), QPointF(8, 9.5));
        p.drawPolyline(QPolygonF({{5, 6.8}, {8, 9.8}, {11, 6.8}}));
        p.setPen(QPen(QColor(0x37, 0x41, 0x51), 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({{2.5, 10}, {2.5, 13.5}, {13.5, 13.5}, {13.5, 10}}));
    });
    m_cache.insert(SaveKey, icon);
    return icon;
}

QIcon JobIcons::action(RowAction action) const
{
    const int key = ActionBase + int(action);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    Painter fn;
    switch (action) {
    case RowAction::Stop: fn = [](QPainter &p) { square(p, QColor(0x37, 0x41, 0x51), 3.5); }; break;
    case RowAction::Resume: fn = [](QPainter &p) { triangle(p, QColor(0x1e, 0x8a, 0x3c)); }; break;
    case RowAction::Retry: fn = [](QPainter &p) { arrowCircle(p, QColor(0x1d, 0x6f, 0xd8)); }; break;
    case RowAction::Remove: fn = [](QPainter &p) {
        p.setPen(QPen(QColor(0x6b, 0x72, 0x80), 1.4));
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(2.5, 4), QPointF(13.5, 4));
        p.drawLine(QPointF(6.5, 4), QPointF(6.5, 2.5));
        p.drawLine(QPointF(6.5, 2.5), QPointF(9.5, 2.5));
        p.drawLine(QPointF(9.5, 2.5), QPointF(9.5, 4));
        p.drawPolygon(QPolygonF({{4, 4}, {5, 14}, {11, 14}, {12, 4}}));
        p.drawLine(QPointF(6.8, 6.5), QPointF(7, 11.5));
        p.drawLine(QPointF(9.2, 6.5), QPointF(9, 11.5));
    }; break;
    }
    const QIcon icon = makeIcon(fn);
    m_cache.insert(key, icon);
    return icon;
}

} // namespace jw
