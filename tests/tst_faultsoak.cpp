// The short fault soak (faultsoakrig.h): 500 jobs in four profiles through the simulated provider with a heavy
// fault mix, an account-wide rate limit and a restart on the same port, on a clock twenty times faster than real
// time. It prints its figures and fails on any lost or wrong job, a request before its Retry-After, a budget
// overrun, or objects and timers that do not return to their baseline. The long run: tests/bench/bench_soak.

#include "faultsoakrig.h"

#include <QTest>

class TestFaultSoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void soak()
    {
        soak::Settings settings;
        settings.realLimitMs *= soak::slowdown(); // ASan/UBSan: the same soak, a longer bound
        soak::Rig rig(settings);
        bool done = false;
        rig.start([&done](const soak::Figures &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, int(settings.realLimitMs + 30000));
        rig.figures().print(settings, stdout);
        const QStringList problems = rig.figures().problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(10))));
    }
};

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
