// The simulated provider's demo set (the GUI's --demo and `jobwatch-cli demo-server`) and the names of its
// artifact faults.
#include "sim/simulatedprovider.h"
#include "sim/simulatedprovider_p.h"

#include "model/nametable.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

using O = SimulatedProvider::Outcome;
using AF = SimulatedProvider::ArtifactFault;

// A varied demo: every dialect, type and outcome.
struct DemoKind {
    const char *dialect;
    const char *type;
    O outcome;
    int units;
    const char *progressShape;
};
// The first four finish within seconds with every outcome, so the demo is lively at once.
constexpr DemoKind kDemoKinds[] = {
    {"theo", "video", O::Completed, 0, ""},        {"vidocu", "analysis", O::Failed, 0, ""},
    {"scenes", "story", O::Completed, 6, ""},      {"muvi", "video", O::Cancelled, 0, ""},
    {"theo", "research", O::Completed, 0, ""},     {"vidocu", "export", O::Failed, 0, "percent"},
    {"muvi", "image", O::Completed, 3, ""},        {"theo", "image", O::Failed, 0, ""},
    {"scenes", "story", O::Failed, 8, ""},         {"muvi", "audio", O::Cancelled, 0, ""},
    {"theo", "document", O::Completed, 0, ""},     {"vidocu", "translation", O::Completed, 0, "steps"},
    {"muvi", "video", O::Failed, 0, ""},           {"theo", "video", O::Cancelled, 0, ""},
    {"vidocu", "tool", O::Completed, 0, "steps"},  {"muvi", "text", O::Completed, 0, ""},
    {"scenes", "story", O::Completed, 4, ""},      {"theo", "research", O::Failed, 0, ""},
    {"vidocu", "analysis", O::Cancelled, 0, ""},   {"scenes", "story", O::Completed, 10, ""},
};

// One completed job per way a result can fail to load.
struct BrokenKind {
    const char *id;
    const char *dialect;
    const char *type;
    AF fault;
};
constexpr BrokenKind kBrokenKinds[] = {
    {"job_demoCorruptImage", "theo", "image", AF::Corrupt},
    {"job_badc0dec0001", "muvi", "video", AF::Corrupt},
    {"job_demoExpiredLink", "theo", "video", AF::Expired},
    {"job_demoHugeImage", "theo", "image", AF::Oversized},
    {"job_demoConnectionReset", "theo", "image", AF::Reset},
};

constexpr NamedValue<AF> kArtifactFaultNames[] = {
    {"none"_L1, AF::None}, {"corrupt"_L1, AF::Corrupt}, {"expired"_L1, AF::Expired}, {"oversized"_L1, AF::Oversized}, {"reset"_L1, AF::Reset},
};

} // namespace

QString SimulatedProvider::artifactFaultName(ArtifactFault fault)
{
    return nameOf(kArtifactFaultNames, fault, {});
}

std::optional<SimulatedProvider::ArtifactFault> SimulatedProvider::artifactFaultFromName(const QString &name)
{
    return valueNamed(kArtifactFaultNames, name.toLower());
}

QStringList SimulatedProvider::createDemoSet(int count, bool brokenResults)
{
    QStringList ids;
    const qint64 now = d->now();
    constexpr int kinds = int(std::size(kDemoKinds));
    for (int i = 0; i < count; ++i) {
        const DemoKind &kind = kDemoKinds[i % kinds];
        JobSpec spec;
        spec.dialect = QString::fromLatin1(kind.dialect);
        spec.type = QString::fromLatin1(kind.type);
        spec.outcome = kind.outcome;
        spec.units = kind.units;
        spec.progressShape = QString::fromLatin1(kind.progressShape);
        // Staggered and deterministic: queues of 0.3–4 s, runs of 5–90 s, so jobs keep finishing for a while;
        // the first few are short so every outcome shows within seconds.
        spec.queueMs = 300 + (i * 1237) % 3700;
        spec.runMs = i < 4 ? 5000 + i * 1500 : 5000 + (i * 7919) % 85000;
        const QString id = d->addJob(spec, now);
        // A few jobs meet a 429 first, so "rate limited" shows on their rows and profiles.
        if (i % 9 == 4)
            queueFaults(id, {Fault::RateLimited429});
        ids.append(id);
    }
    if (brokenResults) {
        int i = 0;
        for (const BrokenKind &kind : kBrokenKinds) {
            JobSpec spec;
            spec.id = QString::fromLatin1(kind.id);
            spec.dialect = QString::fromLatin1(kind.dialect);
            spec.type = QString::fromLatin1(kind.type);
            spec.artifactFault = kind.fault;
            spec.queueMs = 300;
            spec.runMs = 3000 + 500 * i++;
            ids.append(d->addJob(spec, now));
        }
    }
    return ids;
}

QStringList SimulatedProvider::createWaitingDemoJobs()
{
    const qint64 now = d->now();
    JobSpec fal;
    fal.id = QString::fromLatin1(kDemoQueuedFalId);
    fal.dialect = u"fal"_s;
    fal.type = u"image"_s;
    fal.queueMs = 90'000; // 18 places: queue_position 17 at first
    fal.runMs = 20'000;
    JobSpec runway;
    runway.id = QString::fromLatin1(kDemoThrottledRunwayId);
    runway.dialect = u"runway"_s;
    runway.type = u"video"_s;
    runway.progressShape = u"throttled"_s; // THROTTLED for the first half of the queue time
    runway.queueMs = 240'000;
    runway.runMs = 60'000;
    return {d->addJob(fal, now), d->addJob(runway, now)};
}

} // namespace jw
