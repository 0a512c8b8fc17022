// Paste benchmark: text handed to the main window (offscreen, as Ctrl+V and drops do) until every row shows,
// and how long the GUI thread stalls meanwhile. The window runs a whole Application whose one theo profile
// polls a SimulatedProvider on loopback with the default budget (PollSettings, printed); the
// pasted jobs exist on the provider. Each workload runs in a fresh Application and window.
//
//   "until every row shows" = from the paste call until the table's proxy holds every row and the view has
//   painted once after that (a synchronous repaint of the viewport).
//   "longest GUI stall"     = the longest gap between two ticks of a 1 ms timer on the GUI thread while the
//   paste is in progress (the paste call itself included).
//
//   cmake --build build --target bench_paste && QT_QPA_PLATFORM=offscreen build/tests/bench/bench_paste [runs]

#include "application/application.h"
#include "intake/idextractor.h"
#include "intake/jobintake.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "mainwindow.h"
#include "models/jobfilterproxy.h"
#include "pasteintake.h"
#include "sim/simjob.h"
#include "sim/simulatedprovider.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"tok-bench-paste-0001"_s;

struct Figures {
    double untilRowsMs = 0;  // paste call -> every row in the proxy and painted
    double stallMs = 0;      // longest GUI-thread gap
    int rows = 0;
    QString notice;
};

struct Workload {
    const char *name;
    int ids;          // job IDs in the text
    int noiseLines;   // lines of log noise after each ID line
    bool inSentence;  // "started <id> on worker 3" instead of the bare ID
};

// Runs the event loop until `done` holds (no sleeps: the loop waits for events), tracking the longest gap
// between ticks of a 1 ms timer.
template<typename Done>
double runUntil(Done done, QElapsedTimer &clock, qint64 &lastTick, double &longestGap)
{
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const qint64 now = clock.nsecsElapsed();
        longestGap = std::max(longestGap, double(now - lastTick) / 1e6);
        lastTick = now;
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

Figures runOnce(const Workload &w)
{
    SimulatedProvider sim;
    if (!sim.listen()) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(sim.errorString()));
        std::exit(1);
    }
    sim.setToken(kToken);
    Application app;
    Profile p;
    p.id = u"theo"_s;
    p.name = u"Theo"_s;
    p.dialect = u"theo"_s;
    p.baseUrl = sim.baseUrl(p.id); // default poll settings: the budget users get
    QString error;
    if (!app.addProfile(p, kToken, &error)) {
        std::fprintf(stderr, "profile: %s\n", qPrintable(error));
        std::exit(1);
    }
    MainWindow window(&app);
    window.resize(1280, 800);
    window.show();

    QString text;
    const QString noise = u"2024-05-01 12:00:00 INFO render worker heartbeat, queue depth nominal, nothing new\n"_s;
    for (int i = 0; i < w.ids; ++i) {
        QString id = sim::generateId(u"theo"_s, u"video"_s, 0);
        if (i < 20000) { // the provider knows the jobs that can be added (10,000 at most per paste)
            SimulatedProvider::JobSpec spec;
            spec.dialect = u"theo"_s;
            spec.id = id;
            spec.runMs = 600'000;
            sim.createJob(spec);
        }
        text += w.inSentence ? QString(u"started "_s + id + u" on worker 3\n"_s) : QString(id + u'\n');
        for (int n = 0; n < w.noiseLines; ++n)
            text += noise;
    }
    QCoreApplication::processEvents();

    Figures f;
    bool finished = false;
    QObject::connect(window.pasteIntake(), &PasteIntake::finished, &window, [&] { finished = true; });
    QTimer ticker;
    ticker.setInterval(1);
    ticker.start();
    QElapsedTimer clock;
    clock.start();
    window.addFromText(text);
    qint64 lastTick = clock.nsecsElapsed();
    double longestGap = double(lastTick) / 1e6; // the synchronous part of the paste
    const int expected = w.ids <= JobIntake::kMaxJobsPerAdd ? w.ids : 0;
    runUntil([&] { return finished && window.proxy()->rowCount() >= expected; }, clock, lastTick, longestGap);
    window.view()->viewport()->repaint();
    f.untilRowsMs = double(clock.nsecsElapsed()) / 1e6;
    f.stallMs = std::max(longestGap, f.untilRowsMs - double(lastTick) / 1e6);
    f.rows = window.proxy()->rowCount();
    f.notice = window.lastNotice();
    return f;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication qapp(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3;

    const Workload workloads[] = {
        {"10,000 IDs, one per line", 10000, 0, false},
        {"10,000 IDs in log lines", 10000, 0, true},
        {"5,000 IDs in 10 MB of log", 5000, 24, true},
        {"100,000 IDs (over limit)", 100000, 0, false},
    };

    std::printf("Paste benchmark: Qt %s, platform %s, %d run(s) each, median shown.\n", qVersion(),
                qPrintable(QGuiApplication::platformName()), runs);
    std::printf("Window 1280x800 offscreen; one theo profile on the simulated provider, default budget (ceiling %g req/s,\n"
                "burst %d, concurrency %d), adaptive cadence. Limits: %d jobs per paste, %lld MB per text; texts over %lld KB\n"
                "are read on a pool thread.\n\n",
                PollSettings{}.ratePerSecond, PollSettings{}.burst, PollSettings{}.concurrency, JobIntake::kMaxJobsPerAdd, qint64(JobIntake::kMaxTextLength >> 20), qint64(JobIntake::kBackgroundTextLength >> 10));
    std::printf("%-28s %9s %8s %20s %20s  %s\n", "workload", "text MB", "rows", "until rows show ms", "longest stall ms", "notice");
    for (const Workload &w : workloads) {
        QList<double> until;
        QList<double> stall;
        Figures last;
        for (int r = 0; r < runs; ++r) {
            last = runOnce(w);
            until.append(last.untilRowsMs);
            stall.append(last.stallMs);
        }
        const double lineBytes = w.inSentence ? 32 : 15;
        const double mb = (w.ids * lineBytes + double(w.ids) * w.noiseLines * 87) / (1024 * 1024);
        std::printf("%-28s %9.1f %8d %20.0f %20.0f  %s\n", w.name, mb, last.rows, median(until), median(stall),
                    qPrintable(last.notice.left(70)));
        std::fflush(stdout);
    }

    // The extractor alone, for reference: 10 MB of log with 5,000 IDs.
    QString text;
    for (int i = 0; i < 5000; ++i) {
        text += u"started "_s + sim::generateId(u"theo"_s, u"video"_s, 0) + u" on worker 3\n"_s;
        for (int n = 0; n < 24; ++n)
            text += u"2024-05-01 12:00:00 INFO render worker heartbeat, queue depth nominal, nothing new\n"_s;
    }
    QElapsedTimer clock;
    clock.start();
    const IdExtractor::Result r = IdExtractor::extract(QStringView(text));
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    std::printf("\nIdExtractor::extract alone: %.1f MB in %.0f ms (%.1f MB/s), %lld IDs, %d lines without a job\n",
                double(text.size()) / (1024 * 1024), ms, double(text.size()) / (1024 * 1024) / (ms / 1000),
                qint64(r.candidates.size()), r.unrecognisedLines);
    return 0;
}
