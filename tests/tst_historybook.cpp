// HistoryBook: what the engine learns is announced as it is recorded, and what earlier runs recorded comes back in
// front of this run's durations, with the rounding note, without invalidating references the cadence holds.

#include "engine/historybook.h"

#include <QSignalSpy>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

class tst_HistoryBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordAnnouncesEachDuration();
    void restorePutsEarlierRunsFirst();
    void restoreKeepsReferencesValid();
};

void tst_HistoryBook::recordAnnouncesEachDuration()
{
    HistoryBook book;
    QSignalSpy spy(&book, &HistoryBook::recorded);
    book.noteRounding(u"theo"_s, u"video"_s);
    book.record(u"theo"_s, u"video"_s, 12'000, true, DurationHistory::End::Completed);
    book.record(u"theo"_s, u"video"_s, 3'000, false, DurationHistory::End::Failed);
    book.record(u"theo"_s, u"video"_s, -1, false, DurationHistory::End::Completed); // not a duration: ignored
    QCOMPARE(spy.size(), 2);
    const auto first = spy.at(0).at(0).value<LearnedDuration>();
    QCOMPARE(first.profileId, u"theo"_s);
    QCOMPARE(first.jobType, u"video"_s);
    QCOMPARE(first.durationMs, 12'000);
    QVERIFY(first.showedProgress);
    QVERIFY(!first.failed);
    QVERIFY(first.progressMayRound);
    QVERIFY(spy.at(1).at(0).value<LearnedDuration>().failed);
    QCOMPARE(book.find(u"theo"_s, u"video"_s)->size(), 2);
    QVERIFY(!book.find(u"theo"_s, u"image"_s));
}

void tst_HistoryBook::restorePutsEarlierRunsFirst()
{
    HistoryBook book;
    // This run finished one job before the store had read the earlier ones.
    book.record(u"theo"_s, u"video"_s, 90'000, false, DurationHistory::End::Completed);
    QSignalSpy spy(&book, &HistoryBook::recorded);
    QList<LearnedDuration> earlier;
    for (int i = 0; i < DurationHistory::kWindow; ++i)
        earlier.append({u"theo"_s, u"video"_s, 10'000 + i, false, false, i == 5});
    earlier.append({u"muvi"_s, QString(), 40'000, true, true, false});
    book.restore(earlier);
    QCOMPARE(spy.size(), 0); // restoring is not recording: nothing is written back
    const DurationHistory *video = book.find(u"theo"_s, u"video"_s);
    QVERIFY(video);
    QCOMPARE(video->size(), DurationHistory::kWindow);      // the window holds: the oldest earlier one went
    QCOMPARE(video->longestMs(), 90'000);                   // this run's duration is the newest
    QCOMPARE(video->shortestMs(), 10'001);
    QVERIFY(video->progressMayRound());
    const DurationHistory *muvi = book.find(u"muvi"_s, QString());
    QVERIFY(muvi);
    QCOMPARE(muvi->completedCount(), 0);
    QVERIFY(muvi->failureShare() > DurationHistory::kPriorFailures / (DurationHistory::kPriorFailures + DurationHistory::kPriorSuccesses));
}

void tst_HistoryBook::restoreKeepsReferencesValid()
{
    HistoryBook book;
    const DurationHistory &held = book.at(u"theo"_s, u"video"_s); // as a planned job's cadence holds it
    QCOMPARE(held.size(), 0);
    book.restore({{u"theo"_s, u"video"_s, 5'000, true, false, false}, {u"theo"_s, u"video"_s, 6'000, true, false, false},
                  {u"theo"_s, u"video"_s, 7'000, true, false, false}});
    QCOMPARE(held.size(), 3);
    QVERIFY(held.isUsable());
    QVERIFY(held.jobsShowProgress());
    QCOMPARE(&held, book.find(u"theo"_s, u"video"_s));
}

QTEST_GUILESS_MAIN(tst_HistoryBook)
#include "tst_historybook.moc"
