// The long fault soak: the same rig as tst_faultsoak (tests/faultsoakrig.h), with more jobs that run longer, on
// a slower clock, for a longer real-time bound. Every setting and figure is printed; the exit code is 1 when
// any check fails (lost or wrong jobs, a request before its Retry-After, a budget overrun, objects or timers
// above their baseline).
//
//   cmake --build build --target bench_soak && build/tests/bench/bench_soak [JOBS [SCALE [SEED]]]
//   build/tests/bench/bench_soak --short [SEED]   (exactly tst_faultsoak's soak)
//
// Defaults: 5000 jobs of 2-60 s after up to 10 s in the queue, clock x4, seed 1 (about 3 minutes).

#include "../faultsoakrig.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    soak::Settings s;
    s.jobs = 5000;
    s.scale = 4;
    s.queueMaxMs = 10000;
    s.runMinMs = 2000;
    s.runMaxMs = 60000;
    s.ratePerSecond = 20;
    s.burst = 20;
    s.accountRate = 12;
    s.accountBurst = 24;
    s.downMs = 10000;
    s.realLimitMs = 30 * 60 * 1000;
    s.transferTimeoutMs = 30000; // the default: shows what requests on connections reset by the restart cost
    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1) == QLatin1String("--short")) {
        s = soak::Settings();
        s.realLimitMs *= soak::slowdown();
        if (args.size() > 2)
            s.seed = args.at(2).toUInt();
    } else {
        if (args.size() > 1)
            s.jobs = args.at(1).toInt();
        if (args.size() > 2)
            s.scale = args.at(2).toDouble();
        if (args.size() > 3)
            s.seed = args.at(3).toUInt();
    }
    if (s.jobs < 4 || s.scale <= 0) {
        std::fprintf(stderr, "usage: bench_soak [JOBS (>= 4) [SCALE (> 0) [SEED]]] | --short [SEED]\n");
        return 2;
    }
    soak::Rig rig(s);
    int code = 0;
    rig.start([&s, &code](const soak::Figures &f) {
        f.print(s, stdout);
        const QStringList problems = f.problems();
        for (const QString &p : problems)
            std::fprintf(stdout, "  FAIL: %s\n", qPrintable(p));
        if (problems.isEmpty())
            std::fprintf(stdout, "  all checks passed\n");
        code = problems.isEmpty() ? 0 : 1;
        QCoreApplication::exit(code);
    });
    QCoreApplication::exec();
    return code;
}
