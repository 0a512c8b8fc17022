// Every ID shape the simulated provider issues, for every dialect, job type and preset, is recognised by the
// ID extractor: thousands of IDs from the simulator's own generator (sim::generateId), in the ways people
// paste them (one per line, comma-separated, inside sentences, inside JSON that is not an enqueue response),
// and not one is lost, added twice or given to a dialect that cannot have issued it. Words that follow job_
// in prose and code stay words. And nothing is dropped silently: lines that yield no job are listed.

#include "intake/idextractor.h"
#include "sim/simjob.h"
#include "sim/simpresets.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

#include "idextractortesthelpers.h"

using namespace Qt::StringLiterals;
using jw::IdExtractor;
using namespace jw::idextractortest;

namespace {

constexpr int kIdsPerKind = 4000;
constexpr int kOneCaseTheoIds = 40; // at least this many letter-only theo IDs per run (job_ZAXUGYGRVU)

struct Kind {
    QString dialect;
    QString type;
};

// Every (dialect, type) the simulator serves; the presets' IDs do not depend on the type.
QList<Kind> simulatedKinds()
{
    QList<Kind> kinds;
    for (const QString &type : {u"video"_s, u"image"_s, u"research"_s, u"document"_s})
        kinds.append({u"theo"_s, type});
    for (const QString &type : {u"analysis"_s, u"export"_s, u"translation"_s, u"tool"_s})
        kinds.append({u"vidocu"_s, type});
    kinds.append({u"scenes"_s, u"story"_s});
    for (const QString &type : {u"video"_s, u"image"_s, u"audio"_s, u"text"_s})
        kinds.append({u"muvi"_s, type});
    for (const QString &preset : jw::sim::presetDialects())
        kinds.append({preset, jw::sim::presetDefaultType(preset)});
    return kinds;
}

bool isOneCaseLetters(QStringView s)
{
    const auto all = [s](char16_t from, char16_t to) {
        return std::all_of(s.begin(), s.end(), [=](QChar c) { return c.unicode() >= from && c.unicode() <= to; });
    };
    return all(u'a', u'z') || all(u'A', u'Z');
}

struct Generated {
    QStringList ids;
    QHash<QString, QString> dialectOf;
    int oneCaseTheo = 0;
};

Generated generate()
{
    Generated g;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSet<QString> seen;
    const auto add = [&](const QString &id, const QString &dialect) {
        if (seen.contains(id))
            return; // the generator may repeat itself (vidocu: same ms); the extractor would merge those
        seen.insert(id);
        g.ids.append(id);
        g.dialectOf.insert(id, dialect);
        if (dialect == u"theo" && isOneCaseLetters(QStringView(id).sliced(4)))
            ++g.oneCaseTheo;
    };
    for (const Kind &kind : simulatedKinds()) {
        for (int i = 0; i < kIdsPerKind; ++i)
            add(jw::sim::generateId(kind.dialect, kind.type, now + i), kind.dialect);
    }
    // Letter-only theo IDs are one in ~3000: draw until the run has plenty of them (about 130,000 draws).
    for (int draws = 0; g.oneCaseTheo < kOneCaseTheoIds && draws < 5'000'000; ++draws) {
        const QString id = jw::sim::generateId(u"theo"_s, u"video"_s, now);
        if (isOneCaseLetters(QStringView(id).sliced(4)))
            add(id, u"theo"_s);
    }
    return g;
}

} // namespace

class TestIdExtractorSimIds final : public QObject
{
    Q_OBJECT

    Generated m_generated;

private Q_SLOTS:
    void initTestCase()
    {
        m_generated = generate();
        QVERIFY(m_generated.oneCaseTheo >= kOneCaseTheoIds);
        const QList<QString> dialects = m_generated.dialectOf.values();
        QStringList expected = jw::sim::presetDialects();
        expected << u"theo"_s << u"vidocu"_s << u"scenes"_s << u"muvi"_s;
        QCOMPARE(QSet<QString>(dialects.begin(), dialects.end()), QSet<QString>(expected.begin(), expected.end()));
    }

    void everySimulatedIdIsRecognised_data()
    {
        QTest::addColumn<QString>("packaging");
        QTest::newRow("one per line") << u"%1\n"_s;
        QTest::newRow("comma separated") << u"%1, "_s;
        QTest::newRow("tab and CRLF") << u"\t%1\r\n"_s;
        QTest::newRow("in a sentence") << u"Job %1 finished; please check it.\n"_s;
        QTest::newRow("markdown list with code") << u"- `%1`\n"_s;
        QTest::newRow("quoted in a JSON list") << u"\"%1\",\n"_s; // wrapped in {"ids": [...]} below
    }

    void everySimulatedIdIsRecognised()
    {
        QFETCH(QString, packaging);
        const Generated &g = m_generated;
        QString text;
        text.reserve(g.ids.size() * 60);
        const bool json = QTest::currentDataTag() == QByteArrayView("quoted in a JSON list");
        if (json)
            text += u"{\"ids\": [\n"_s;
        for (const QString &id : g.ids)
            text += packaging.arg(id);
        if (json)
            text += u"\"end\"]}"_s;

        const IdExtractor::Result r = IdExtractor::extract(text);
        QStringList lost;
        QSet<QString> found;
        for (const IdExtractor::Candidate &c : r.candidates) {
            found.insert(c.id);
            const QString dialect = g.dialectOf.value(c.id);
            QVERIFY2(!dialect.isEmpty(), qPrintable(u"not generated: "_s + c.id));
            QVERIFY2(c.dialects.contains(dialect), qPrintable(c.id + u" read as "_s + c.dialects.join(u'/')));
        }
        for (const QString &id : g.ids) {
            if (!found.contains(id))
                lost.append(id);
        }
        QVERIFY2(lost.isEmpty(), qPrintable(u"%1 of %2 lost, e.g. "_s.arg(lost.size()).arg(g.ids.size())
                                            + QStringList(lost.mid(0, 10)).join(u' ')));
        QCOMPARE(r.candidates.size(), g.ids.size());
        QCOMPARE(r.duplicates, 0);
        QVERIFY(r.rejected.isEmpty());
        if (!json)
            QCOMPARE(r.unrecognisedLines, 0);
    }

    // The shapes in isolation, so a failure names the shape.
    void letterOnlyIdsAreIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("dialect");
        QTest::newRow("theo upper") << u"job_ZAXUGYGRVU"_s << u"theo"_s;
        QTest::newRow("theo lower") << u"job_knnvfmnjfq"_s << u"theo"_s;
        QTest::newRow("theo lower hex letters") << u"job_abcdefabcd"_s << u"theo"_s;
        QTest::newRow("muvi hex letters") << u"job_deadbeefcafe"_s << u"muvi"_s;
        QTest::newRow("vidocu letters") << u"export_1708300000001_kqzrtbw"_s << u"vidocu"_s;
        QTest::newRow("replicate") << u"gm3qorzdhgbfurvjtvhg6dckhu"_s << u"replicate"_s;
        QTest::newRow("replicate letters") << u"kqzrtbwnmvxplhsjdfgaeiouyc"_s << u"replicate"_s;
    }
    void letterOnlyIdsAreIds()
    {
        QFETCH(QString, id);
        QFETCH(QString, dialect);
        for (const QString &text : QStringList{id, u"Could you look at "_s + id + u"? It seems stuck."_s}) {
            const IdExtractor::Result r = IdExtractor::extract(text);
            QCOMPARE(ids(r), QStringList{id});
            QVERIFY2(r.candidates.constFirst().dialects.contains(dialect), qPrintable(r.candidates.constFirst().dialects.join(u'/')));
            QCOMPARE(r.unrecognisedLines, 0);
        }
    }

    void identifierWordsStayWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("code") << u"if job_status == 'done': job_description = job_parameters.get('x')"_s;
        QTest::newRow("upper-case words") << u"JOB_PROCESSING job_SUBMISSION job_Identifier"_s;
        QTest::newRow("short one-case") << u"job_queued job_deadbeef job_ZAXUG job_knnvfmnjf"_s;
        QTest::newRow("docs prose") << u"Poll the job_id until job_completion; job_notifications are sent."_s;
        QTest::newRow("long words") << u"antidisestablishmentarianism supercalifragilisticexpialidocious"_s;
        QTest::newRow("a long number") << u"12345678901234567890123456"_s;
    }
    void identifierWordsStayWords()
    {
        QFETCH(QString, text);
        const IdExtractor::Result r = IdExtractor::extract(text);
        QVERIFY2(r.candidates.isEmpty(), qPrintable(ids(r).join(u' ')));
        QCOMPARE(r.unrecognisedLines, 1);
    }
};

QTEST_GUILESS_MAIN(TestIdExtractorSimIds)
#include "tst_idextractor_simids.moc"
