#include "engine/engineclock.h"

#include <QDateTime>

#include <cmath>

namespace jw {

SystemClock::SystemClock()
{
    m_elapsed.start();
}

qint64 SystemClock::steadyMs() const
{
    return m_elapsed.elapsed();
}

qint64 SystemClock::wallMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

ScaledClock::ScaledClock(double scale)
    : m_scale(scale > 0 ? scale : 1.0)
    , m_wallOrigin(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 ScaledClock::steadyMs() const
{
    return qint64(std::llround(double(m_elapsed.nsecsElapsed()) / 1e6 * m_scale));
}

qint64 ScaledClock::wallMs() const
{
    return m_wallOrigin + steadyMs();
}

qint64 ScaledClock::realDelayMs(qint64 clockDelayMs) const
{
    return qint64(std::ceil(double(clockDelayMs) / m_scale));
}

ShiftableClock::ShiftableClock() = default;

qint64 ShiftableClock::steadyMs() const
{
    return m_system.steadyMs() + m_steadyShift;
}

qint64 ShiftableClock::wallMs() const
{
    return m_system.wallMs() + m_wallShift;
}

} // namespace jw
