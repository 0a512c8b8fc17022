#pragma once
// The cadence's learned durations live in the job store: every duration the engine records is written with the
// next batch, and the ones earlier runs recorded are put back when the store has read them. Used by the window
// (Application) and by `watch --record`.

namespace jw {

class HistoryBook;
class StoreSync;

// Connects both directions; call before StoreSync::restore() or restoreDurations().
void keepLearnedDurations(HistoryBook *book, StoreSync *store);

} // namespace jw
