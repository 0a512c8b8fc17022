// A mapping's "input" section (docs/mapping.md, "Inputs"): named inputs in display order, the "*" object whose
// other members are inputs of their own name, caps, and what `inspect --explain` says about them.
// The shipped presets' inputs from their providers' example payloads: tst_presets.

#include "formats/mapping.h"
#include "model/jobinputs.h"

#include <QTest>

#include "mappingtesthelpers.h"

using namespace Qt::StringLiterals;
using namespace jw;
using namespace jw::mappingtest;

namespace {
using Pairs = QList<std::pair<QString, QString>>;

Pairs pairs(const JobSnapshot &s)
{
    Pairs out;
    for (const JobInput &input : s.inputs)
        out.append({input.name, input.value});
    return out;
}
} // namespace

class tst_MappingInputs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namedInputsComeInDisplayOrder();
    void restObjectGivesTheOtherMembers();
    void missingAndWronglyTypedInputsAreLeftOut();
    void longValuesAndManyInputsAreCapped();
    void explainTellsWhatEachInputTried();
    void labelsAreForPeople();
};

void tst_MappingInputs::namedInputsComeInDisplayOrder()
{
    // Written in another order: well-known names come first, in their fixed order, then the others by name.
    const auto d = load(mappingWith(R"({"input": {"style": "params.style", "seed": "params.seed", "model": "engine",
        "prompt": "params.text", "duration": {"path": "params.secs", "format": "{value} s"}}})"));
    QVERIFY(d);
    const auto s = parse(*d, R"({"id": "j", "status": "running", "engine": "acme-v2",
        "params": {"text": "a lighthouse at dusk", "seed": 42, "secs": 8, "style": "watercolour"}})");
    QVERIFY(s);
    QCOMPARE(pairs(*s), (Pairs{{u"prompt"_s, u"a lighthouse at dusk"_s}, {u"model"_s, u"acme-v2"_s}, {u"seed"_s, u"42"_s},
                               {u"duration"_s, u"8 s"_s}, {u"style"_s, u"watercolour"_s}}));
}

void tst_MappingInputs::restObjectGivesTheOtherMembers()
{
    const auto d = load(mappingWith(R"({"input": {"prompt": "input.prompt", "size": "input.resolution", "*": "input"}})"));
    QVERIFY(d);
    const auto s = parse(*d, R"({"id": "j", "status": "queued", "input": {"prompt": "a fox", "resolution": "720p",
        "loop": false, "num_outputs": 2, "keyframes": {"frame0": {"url": "https://example.com/a.jpg"}},
        "tags": ["snow", "night"], "callback_url": null, "negative": "  ", "empty": {}}})");
    QVERIFY(s);
    // "prompt" and "resolution" are read already (by name or by path); null, blank and empty members give nothing.
    QCOMPARE(pairs(*s), (Pairs{{u"prompt"_s, u"a fox"_s}, {u"size"_s, u"720p"_s},
                               {u"keyframes"_s, uR"({"frame0":{"url":"https://example.com/a.jpg"}})"_s},
                               {u"loop"_s, u"false"_s}, {u"num_outputs"_s, u"2"_s}, {u"tags"_s, uR"(["snow","night"])"_s}}));
    // "*" alone: every member; a body where it is no object gives none.
    const auto all = load(mappingWith(R"({"input": {"*": "request"}})"));
    QVERIFY(all);
    const auto t = parse(*all, R"({"id": "j", "status": "queued", "request": {"prompt": "p", "model": "m"}})");
    QVERIFY(t);
    QCOMPARE(pairs(*t), (Pairs{{u"model"_s, u"m"_s}, {u"prompt"_s, u"p"_s}}));
    const auto u = parse(*all, R"({"id": "j", "status": "queued", "request": "prompt: p"})");
    QVERIFY(u);
    QVERIFY(u->inputs.isEmpty());
}

void tst_MappingInputs::missingAndWronglyTypedInputsAreLeftOut()
{
    const auto d = load(mappingWith(R"({"input": {"prompt": ["params.prompt", "prompt"], "seed": "params.seed", "model": "model"}})"));
    QVERIFY(d);
    const auto s = parse(*d, R"({"id": "j", "status": "running", "prompt": "fallback", "params": {"prompt": "", "seed": true},
        "model": {"name": "x"}})");
    QVERIFY(s);
    QCOMPARE(pairs(*s), (Pairs{{u"prompt"_s, u"fallback"_s}}));
    const auto none = parse(*d, R"({"id": "j", "status": "running"})");
    QVERIFY(none);
    QVERIFY(none->inputs.isEmpty());
}

void tst_MappingInputs::longValuesAndManyInputsAreCapped()
{
    const auto d = load(mappingWith(R"({"input": {"prompt": "prompt", "*": "params"}})"));
    QVERIFY(d);
    QJsonObject params;
    for (int i = 0; i < 80; ++i)
        params.insert(u"p%1"_s.arg(i, 2, 10, QChar(u'0')), i);
    const QString longPrompt(5000, u'a');
    const QJsonObject body{{u"id"_s, u"j"_s}, {u"status"_s, u"running"_s}, {u"prompt"_s, longPrompt}, {u"params"_s, params}};
    const auto s = parse(*d, QJsonDocument(body).toJson());
    QVERIFY(s);
    QCOMPARE(s->inputs.size(), kMaxInputs);
    QCOMPARE(s->inputs.first().value.size(), kMaxInputLength);
    QVERIFY(s->inputs.first().value.endsWith(u'…'));
    QCOMPARE(s->inputs.at(1).name, u"p00"_s);
}

void tst_MappingInputs::explainTellsWhatEachInputTried()
{
    const auto d = load(mappingWith(R"({"input": {"prompt": "input.promt", "seed": "input.seed", "*": "params"}})"));
    QVERIFY(d);
    const QStringList lines = d->explain(object(R"({"id": "j", "status": "running", "input": {"prompt": "p", "seed": 7}})"));
    const QString text = lines.join(u'\n');
    QVERIFY2(text.contains(u"input.prompt: \"input.promt\" matched nothing; did you mean \"input.prompt\"?"_s), qPrintable(text));
    QVERIFY2(text.contains(u"input.seed: \"input.seed\" found 7 and reads \"7\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"input.*: \"params\" is not an object here"_s), qPrintable(text));
}

void tst_MappingInputs::labelsAreForPeople()
{
    JobSnapshot s;
    s.inputs = {{u"prompt"_s, u"a fox"_s}, {u"version"_s, u"39ed52f2"_s}, {u"aspect_ratio"_s, u"16:9"_s}};
    const QList<LabelledInput> rows = labelledInputs(s);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), (LabelledInput{u"prompt"_s, u"Prompt"_s, u"a fox"_s}));
    QCOMPARE(rows.at(1).label, u"Model version"_s);
    QCOMPARE(rows.at(2).label, u"aspect_ratio"_s); // not a well-known name: shown as the provider spells it
    // The snapshot's JSON keeps them, in order, and reads them back.
    const QJsonObject json = toJson(s);
    QCOMPARE(json.value(u"inputs"_s).toArray().at(2).toObject().value(u"value"_s).toString(), u"16:9"_s);
    QCOMPARE(snapshotFromJson(json).inputs, s.inputs);
}

QTEST_GUILESS_MAIN(tst_MappingInputs)
#include "tst_mappinginputs.moc"
