#include "application/learneddurations.h"

#include "engine/historybook.h"
#include "store/storesync.h"

#include <QDateTime>

namespace jw {

void keepLearnedDurations(HistoryBook *book, StoreSync *store)
{
    QObject::connect(book, &HistoryBook::recorded, store, [store](const LearnedDuration &d) {
        store->addDuration({d.profileId, d.jobType, d.durationMs, d.showedProgress, QDateTime::currentMSecsSinceEpoch(),
                            d.failed, d.progressMayRound});
    });
    QObject::connect(store, &StoreSync::durationsRestored, book, [book](const QList<DurationSample> &samples) {
        QList<LearnedDuration> learned;
        learned.reserve(samples.size());
        for (const DurationSample &s : samples)
            learned.append({s.profileId, s.jobType, s.durationMs, s.showedProgress, s.failed, s.rounds});
        book->restore(learned);
    });
}

} // namespace jw
