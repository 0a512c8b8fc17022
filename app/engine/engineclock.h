#pragma once
// The engine's sense of time (DESIGN.md §4). Scheduling runs on a steady clock that never jumps (a wall-clock
// step, NTP or a suspend do not move it); wall time is only for what the user sees and what is stored
// (next poll at, ETA, last poll, reported at). The clock is injectable so tests can step the wall clock or
// pretend the machine slept, and benchmarks can run a workload faster than real time.
//
// realDelayMs() turns a delay on this clock into the delay a QTimer must be given: the identity for the
// system clock, delay / scale for a scaled clock.

#include <QElapsedTimer>
#include <QtGlobal>

namespace jw {

class EngineClock
{
public:
    virtual ~EngineClock() = default;
    virtual qint64 steadyMs() const = 0; // monotonic, any origin
    virtual qint64 wallMs() const = 0;   // epoch ms
    virtual qint64 realDelayMs(qint64 clockDelayMs) const { return clockDelayMs; }
};

// QElapsedTimer (CLOCK_MONOTONIC on Linux, which stands still during a suspend) and the system's wall clock.
class SystemClock final : public EngineClock
{
public:
    SystemClock();
    qint64 steadyMs() const override;
    qint64 wallMs() const override;

private:
    QElapsedTimer m_elapsed;
};

// Real time, sped up `scale` times from the moment it was made, for benchmarks over long workloads: the steady
// and wall readings both run `scale` times faster than real time (the wall reading starts at the real wall
// time). Shared by the simulated provider and the engine so both see the same time.
class ScaledClock final : public EngineClock
{
public:
    explicit ScaledClock(double scale);
    double scale() const { return m_scale; }
    qint64 steadyMs() const override;
    qint64 wallMs() const override;
    qint64 realDelayMs(qint64 clockDelayMs) const override;

private:
    double m_scale;
    qint64 m_wallOrigin;
    QElapsedTimer m_elapsed;
};

// Real time plus offsets a test moves by hand: shiftWall() is a wall-clock step (or, together with nothing
// on the steady side, a suspend as CLOCK_MONOTONIC sees it); shiftBoth() is a suspend as a clock that keeps
// counting through it (CLOCK_BOOTTIME) sees it.
class ShiftableClock final : public EngineClock
{
public:
    ShiftableClock();
    qint64 steadyMs() const override;
    qint64 wallMs() const override;
    void shiftWall(qint64 ms) { m_wallShift += ms; }
    void shiftBoth(qint64 ms)
    {
        m_wallShift += ms;
        m_steadyShift += ms;
    }

private:
    SystemClock m_system;
    qint64 m_wallShift = 0;
    qint64 m_steadyShift = 0;
};

// Time that moves only when a test says so (advance()): steady and wall move together. realDelayMs() is the
// identity, so a QTimer armed from it would wait real time: tests drive the code under test by hand instead.
class ManualClock final : public EngineClock
{
public:
    explicit ManualClock(qint64 wallMs = 1'700'000'000'000) : m_wall(wallMs) {}
    qint64 steadyMs() const override { return m_steady; }
    qint64 wallMs() const override { return m_wall; }
    void advance(qint64 ms)
    {
        m_steady += ms;
        m_wall += ms;
    }

private:
    qint64 m_steady = 1'000'000;
    qint64 m_wall;
};

} // namespace jw
