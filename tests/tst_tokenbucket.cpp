// The per-profile request budget: rate/burst arithmetic, with time passed in (no clock, no sleeps).

#include "engine/tokenbucket.h"

#include <QTest>

using namespace jw;

class TokenBucketTest final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullBucketAllowsExactlyTheBurst()
    {
        TokenBucket bucket(5.0, 10, 1000);
        int taken = 0;
        while (bucket.tryTake(1000))
            ++taken;
        QCOMPARE(taken, 10);
        QCOMPARE(bucket.msUntilAvailable(1000), 200); // 1 token at 5/s
    }

    void refillsAtTheRate_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("burst");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<int>("expectedTakes");
        QTest::newRow("5/s after 1 s") << 5.0 << 10 << qint64(1000) << 5;
        QTest::newRow("5/s after 199 ms") << 5.0 << 10 << qint64(199) << 0;
        QTest::newRow("5/s after 200 ms") << 5.0 << 10 << qint64(200) << 1;
        QTest::newRow("capped at burst") << 5.0 << 10 << qint64(60000) << 10;
        QTest::newRow("0.5/s after 3 s") << 0.5 << 2 << qint64(3000) << 1;
        QTest::newRow("100/s after 50 ms") << 100.0 << 20 << qint64(50) << 5;
    }
    void refillsAtTheRate()
    {
        QFETCH(double, rate);
        QFETCH(int, burst);
        QFETCH(qint64, elapsedMs);
        QFETCH(int, expectedTakes);
        TokenBucket bucket(rate, burst, 0);
        while (bucket.tryTake(0)) {
        }
        int taken = 0;
        while (bucket.tryTake(elapsedMs))
            ++taken;
        QCOMPARE(taken, expectedTakes);
    }

    void neverExceedsRatePlusBurstOverAnyWindow()
    {
        // A greedy client asking every millisecond for 10 s gets burst + rate * t, not more.
        TokenBucket bucket(5.0, 10, 0);
        int taken = 0;
        for (qint64 t = 0; t <= 10000; ++t) {
            while (bucket.tryTake(t))
                ++taken;
            QVERIFY2(taken <= 10 + int(5 * t / 1000), qPrintable(QString::number(t)));
        }
        QCOMPARE(taken, 10 + 50);
    }

    void waitTimeMatchesWhenATokenAppears()
    {
        TokenBucket bucket(4.0, 1, 0);
        QVERIFY(bucket.tryTake(0));
        const qint64 wait = bucket.msUntilAvailable(100);
        QCOMPARE(wait, 150);
        QVERIFY(!bucket.tryTake(100 + wait - 1));
        QVERIFY(bucket.tryTake(100 + wait));
    }

    void clockGoingBackwardsMintsNothing()
    {
        TokenBucket bucket(10.0, 1, 5000);
        QVERIFY(bucket.tryTake(5000));
        QVERIFY(!bucket.tryTake(1000));
        QVERIFY(!bucket.tryTake(5000));
        QVERIFY(bucket.tryTake(5100));
    }

    void invalidSettingsAreClamped()
    {
        TokenBucket bucket(0.0, 0, 0);
        QCOMPARE(bucket.burst(), 1);
        QVERIFY(bucket.rate() > 0);
        QVERIFY(bucket.tryTake(0));
        QVERIFY(!bucket.tryTake(0));
    }
};

QTEST_GUILESS_MAIN(TokenBucketTest)
#include "tst_tokenbucket.moc"
