// What a job cost: a mapping's "cost" section (compute time, credits, money; an estimate marked as one), how
// it reads for people in the details pane and the table, and the snapshot's JSON. The shipped presets' costs
// from their providers' example payloads: tst_presets; the details pane's Cost row: tst_detailspane.

#include "formats/mapping.h"
#include "model/jobcost.h"

#include <QLocale>
#include <QTest>

#include "mappingtesthelpers.h"

using namespace Qt::StringLiterals;
using namespace jw;
using namespace jw::mappingtest;

class tst_JobCost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void mappingReadsTheCost_data();
    void mappingReadsTheCost();
    void explainSaysWhatTheCostTried();
    void textSaysWhatKindOfCostItIs_data();
    void textSaysWhatKindOfCostItIs();
    void snapshotJsonKeepsTheCost();
};

void tst_JobCost::mappingReadsTheCost_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("found");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("estimate");
    const QByteArray seconds = R"({"cost": {"value": "metrics.predict_time", "unit": "seconds"}})";
    QTest::newRow("compute seconds") << seconds << QByteArray(R"({"metrics": {"predict_time": 7.012683}})") << true << 7.012683
                                     << u"seconds"_s << false;
    QTest::newRow("not there yet") << seconds << QByteArray(R"({"metrics": {}})") << false << 0.0 << QString() << false;
    QTest::newRow("not a number") << seconds << QByteArray(R"({"metrics": {"predict_time": "soon"}})") << false << 0.0 << QString() << false;
    QTest::newRow("negative is no cost") << seconds << QByteArray(R"({"metrics": {"predict_time": -1}})") << false << 0.0 << QString() << false;
    QTest::newRow("estimated money, from text") << QByteArray(R"J({"cost": {"value": {"path": "billing.estimate", "match": "([0-9.]+)"},
        "unit": "USD", "estimate": true}})J") << QByteArray(R"({"billing": {"estimate": "$0.35"}})") << true << 0.35 << u"USD"_s << true;
    QTest::newRow("credits, first of two paths") << QByteArray(R"({"cost": {"value": ["credits_used", "usage.credits"], "unit": "credits"}})")
                                                 << QByteArray(R"({"usage": {"credits": 12}})") << true << 12.0 << u"credits"_s << false;
    QTest::newRow("no rule") << QByteArray("{}") << QByteArray(R"({"metrics": {"predict_time": 7}})") << false << 0.0 << QString() << false;
}

void tst_JobCost::mappingReadsTheCost()
{
    QFETCH(QByteArray, rule);
    QFETCH(QByteArray, body);
    QFETCH(bool, found);
    const auto d = load(mappingWith(rule));
    QVERIFY(d);
    QJsonObject o = object(body);
    o.insert(u"id"_s, u"j"_s);
    o.insert(u"status"_s, u"completed"_s);
    const auto s = parse(*d, QJsonDocument(o).toJson());
    QVERIFY(s);
    QCOMPARE(s->cost.has_value(), found);
    if (!found)
        return;
    QTEST(s->cost->amount, "amount");
    QTEST(s->cost->unit, "unit");
    QTEST(s->cost->estimate, "estimate");
}

void tst_JobCost::explainSaysWhatTheCostTried()
{
    const auto d = load(mappingWith(R"({"cost": {"value": "metrics.predict_tme", "unit": "seconds"}})"));
    QVERIFY(d);
    const QString text = d->explain(object(R"({"id": "j", "status": "succeeded", "metrics": {"predict_time": 7}})")).join(u'\n');
    QVERIFY2(text.contains(u"cost: \"metrics.predict_tme\" matched nothing; did you mean \"metrics.predict_time\"?"_s), qPrintable(text));
}

void tst_JobCost::textSaysWhatKindOfCostItIs_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("estimate");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("brief");
    QTest::newRow("compute time") << 7.012683 << u"seconds"_s << false << u"7.01 s of compute"_s << u"7 s"_s;
    QTest::newRow("whole seconds") << 12.0 << u"seconds"_s << false << u"12 s of compute"_s << u"12 s"_s;
    QTest::newRow("tenths") << 0.34 << u"seconds"_s << false << u"0.34 s of compute"_s << u"0.3 s"_s;
    QTest::newRow("credits") << 12.5 << u"credits"_s << false << u"12.5 credits"_s << u"12.5 credits"_s;
    QTest::newRow("money") << 0.35 << u"USD"_s << false << u"0.35 USD"_s << u"0.35 USD"_s;
    QTest::newRow("estimated money") << 0.35 << u"USD"_s << true << u"about 0.35 USD (estimate)"_s << u"\u2248 0.35 USD"_s;
    QTest::newRow("estimated compute") << 90.0 << u"seconds"_s << true << u"about 90 s of compute (estimate)"_s << u"\u2248 90 s"_s;
}

void tst_JobCost::textSaysWhatKindOfCostItIs()
{
    QFETCH(double, amount);
    QFETCH(QString, unit);
    QFETCH(bool, estimate);
    const JobCost cost{amount, unit, estimate};
    QTEST(costText(cost), "full");
    QTEST(costText(cost, true), "brief");
}

void tst_JobCost::snapshotJsonKeepsTheCost()
{
    JobSnapshot s;
    s.id = u"j"_s;
    QCOMPARE(toJson(s).value(u"cost"_s), QJsonValue(QJsonValue::Null));
    s.cost = JobCost{0.35, u"EUR"_s, true};
    const QJsonObject json = toJson(s);
    QCOMPARE(json.value(u"cost"_s).toObject(), (QJsonObject{{u"amount"_s, 0.35}, {u"unit"_s, u"EUR"_s}, {u"estimate"_s, true}}));
    QCOMPARE(snapshotFromJson(json).cost, s.cost);
    // A stored cost with a unit Jobwatch does not know reads as none, not as a wrong label.
    QJsonObject odd = json;
    odd.insert(u"cost"_s, QJsonObject{{u"amount"_s, 3}, {u"unit"_s, u"euros"_s}});
    QVERIFY(!snapshotFromJson(odd).cost);
}

QTEST_GUILESS_MAIN(tst_JobCost)
#include "tst_jobcost.moc"
