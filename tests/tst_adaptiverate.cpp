// The send rate under a profile's ceiling: the cut on 429/503, the CUBIC climb back and the ceiling,
// with times passed in (no clock, no sleeps).

#include "engine/adaptiverate.h"

#include <QTest>

#include <deque>

using namespace jw;

namespace {

// Sends at the controller's rate for `ms`, in 10 ms steps, as a token bucket with a one-token burst would.
// Every answer is accepted unless `serverLimit` > 0 and more than that many requests went out in the last
// second, which is answered 429 (an account-wide limit). `waiting`: polls were waiting for a token.
struct Drive {
    int sent = 0;
    int throttled = 0;
};

Drive drive(AdaptiveRate &rate, qint64 &t, qint64 ms, bool waiting, double serverLimit = 0, double sendCap = 1e9)
{
    Drive d;
    double tokens = 0;
    std::deque<qint64> window;
    const qint64 end = t + ms;
    for (; t < end; t += 10) {
        tokens = std::min(1.0, tokens + std::min(rate.rate(), sendCap) * 0.01);
        if (tokens < 1.0)
            continue;
        tokens -= 1.0;
        rate.noteSent(t);
        ++d.sent;
        while (!window.empty() && window.front() <= t - 1000)
            window.pop_front();
        window.push_back(t);
        if (serverLimit > 0 && double(window.size()) > serverLimit) {
            rate.noteThrottled(t);
            ++d.throttled;
        } else {
            rate.noteAccepted(t, waiting);
        }
    }
    return d;
}

// A controller at `ceiling` that sent at it for 5 s and was then throttled once (t: the time after).
AdaptiveRate throttledAt(double ceiling, qint64 &t)
{
    AdaptiveRate rate(ceiling);
    drive(rate, t, 5000, true);
    rate.noteThrottled(t);
    return rate;
}

} // namespace

class AdaptiveRateTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAtTheCeiling()
    {
        AdaptiveRate rate(20);
        QCOMPARE(rate.rate(), 20.0);
        QVERIFY(!rate.isThrottled());
        qint64 t = 0;
        drive(rate, t, 10000, true);
        QCOMPARE(rate.rate(), 20.0);
    }

    void aThrottleCutsAtOnceAndTheRateClimbsBack()
    {
        qint64 t = 0;
        AdaptiveRate rate = throttledAt(20, t); // measured before the cut: about 20/s
        QVERIFY(rate.isThrottled());
        QVERIFY2(rate.rate() <= 20 * AdaptiveRate::kBeta + 0.01, qPrintable(QString::number(rate.rate())));
        const double cut = rate.rate();
        drive(rate, t, 2000, true);
        QVERIFY2(rate.rate() > cut && rate.rate() < 20, qPrintable(QString::number(rate.rate())));
        drive(rate, t, 60000, true);
        QCOMPARE(rate.rate(), 20.0);
        QVERIFY(!rate.isThrottled());
    }

    void doesNotClimbWhenNothingWaits()
    {
        qint64 t = 0;
        AdaptiveRate rate = throttledAt(20, t);
        const double cut = rate.rate();
        drive(rate, t, 60000, false);
        QCOMPARE(rate.rate(), cut);
        QVERIFY(rate.isThrottled());
    }

    void neverClimbsAboveTwiceWhatWasSent()
    {
        // Polls wait, but only 3 requests a second go out (the connections are the limit, not the tokens).
        AdaptiveRate rate(50);
        qint64 t = 0;
        drive(rate, t, 5000, true, 0, 3.0);
        rate.noteThrottled(t);
        QVERIFY2(rate.rate() < 3.0, qPrintable(QString::number(rate.rate()))); // cut from what was sent, not from 50
        drive(rate, t, 60000, true, 0, 3.0);
        QVERIFY2(rate.rate() <= 2 * 3.0 + 0.5, qPrintable(QString::number(rate.rate())));
    }

    void aLoweredCeilingAppliesAtOnce()
    {
        AdaptiveRate rate(20);
        rate.setCeiling(10);
        QCOMPARE(rate.rate(), 10.0);
        rate.setCeiling(40);
        QCOMPARE(rate.rate(), 40.0); // never pushed back: the ceiling is the rate
    }

    void aRaisedCeilingAfterAThrottleIsClimbedTo()
    {
        qint64 t = 0;
        AdaptiveRate rate = throttledAt(20, t);
        const double cut = rate.rate();
        rate.setCeiling(40);
        QCOMPARE(rate.rate(), cut);
        QVERIFY(rate.isThrottled());
        drive(rate, t, 60000, true);
        QCOMPARE(rate.rate(), 40.0);
        QVERIFY(!rate.isThrottled());
    }

    // An account limit below the ceiling: the rate settles under it, few requests are refused and most of
    // the limit is used.
    void settlesUnderAnAccountLimit()
    {
        AdaptiveRate rate(50);
        qint64 t = 0;
        const Drive d = drive(rate, t, 120000, true, 12);
        QVERIFY(d.throttled > 0); // it did find the limit
        QVERIFY2(d.throttled * 20 <= d.sent, qPrintable(QStringLiteral("%1 of %2 refused").arg(d.throttled).arg(d.sent)));
        QVERIFY2(d.sent >= int(0.6 * 12 * 120), qPrintable(QStringLiteral("%1 sent in 120 s").arg(d.sent)));
        QVERIFY(rate.rate() <= 50);
    }
};

QTEST_GUILESS_MAIN(AdaptiveRateTest)
#include "tst_adaptiverate.moc"
