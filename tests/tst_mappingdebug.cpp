// A mapping a user can debug (docs/mapping.md): JSONPath spellings accepted or refused with a fix, the status
// warning with "did you mean", the explanation of every field, error fields with "when", the generic error of
// a silent failure, states from the presence of a field, and "*" paths that read every entry.

#include "mappingtesthelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace jw;
using namespace jw::mappingtest;

class tst_MappingDebug final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonPathSpellingsReadLikeDottedPaths_data();
    void jsonPathSpellingsReadLikeDottedPaths();
    void badPathSpellingsAreRefusedWithTheFix_data();
    void badPathSpellingsAreRefusedWithTheFix();
    void statusPathThatMatchesNothingWarnsWithSuggestion();
    void suggestionFromAKeyWithANewlineStaysOneLine();
    void statusWarningIsNullWhenTheStatusIsFound();
    void explainNamesPathValueAndStateRule();
    void errorFieldWithWhenIsReadOnlyInThoseStates();
    void failedWithoutMessageGetsGenericErrorNamingRawStatus();
    void stateFollowsFromPresenceOfAField();
    void knownStatusWinsOverPresence();
    void presenceRuleWithMatchDecidesByTheValue();
    void starPathJoinsEveryEntry();
    void whenOnIdOrStatusIsRefused();
};

void tst_MappingDebug::jsonPathSpellingsReadLikeDottedPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("dollar dot") << u"$.data.videos.0.url"_s;
    QTest::newRow("index brackets") << u"data.videos[0].url"_s;
    QTest::newRow("dollar and brackets") << u"$.data.videos[0].url"_s;
    QTest::newRow("quoted key") << u"$['data'].videos[0]['url']"_s;
    QTest::newRow("negative index") << u"data.videos[-1].url"_s;
    QTest::newRow("plain dotted") << u"data.videos.0.url"_s;
}

void tst_MappingDebug::jsonPathSpellingsReadLikeDottedPaths()
{
    QFETCH(QString, path);
    const QJsonObject patch{{u"message"_s, path}};
    const auto d = load(mappingWith(QJsonDocument(patch).toJson()));
    QVERIFY(d);
    const auto s = parse(*d, R"({"id": "j1", "status": "running", "data": {"videos": [{"url": "https://cdn.test/a.mp4"}]}})");
    QVERIFY(s);
    QCOMPARE(s->message, u"https://cdn.test/a.mp4"_s);
}

void tst_MappingDebug::badPathSpellingsAreRefusedWithTheFix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("word index") << u"videos[first].url"_s << u"\"message\": \"[first]\" in \"videos[first].url\" is not an array index; write a number"_s;
    QTest::newRow("unclosed") << u"videos[0.url"_s << u"\"message\" has a \"[\" without \"]\""_s;
    QTest::newRow("empty step") << u"data..status"_s << u"has an empty step; did you mean \"data.status\"?"_s;
    QTest::newRow("dotted key") << u"$['a.b']"_s << u"contains a dot; write the path as a JSON Pointer"_s;
    QTest::newRow("whole response") << u"$"_s << u"\"message\": \"$\" is the whole response"_s;
}

void tst_MappingDebug::badPathSpellingsAreRefusedWithTheFix()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    QString error;
    const QJsonObject patch{{u"message"_s, path}};
    QVERIFY(!MappingDialect::fromJson(mappingWith(QJsonDocument(patch).toJson()), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void tst_MappingDebug::statusPathThatMatchesNothingWarnsWithSuggestion()
{
    const auto d = load(mappingWith(R"({"id": "data.task_id", "status": "data.taskstatus"})"));
    QVERIFY(d);
    const QJsonObject body = object(R"({"data": {"task_id": "t1", "task_status": "processing"}})");
    const QString warning = d->statusWarning(body);
    QVERIFY2(warning.contains(u"\"data.taskstatus\" matched nothing"_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"did you mean \"data.task_status\"?"_s), qPrintable(warning));

    // An array where an object was expected: the index is what is missing.
    const auto v = load(mappingWith(R"({"status": "videos.status"})"));
    QVERIFY(v);
    QVERIFY2(v->statusWarning(object(R"({"id": "j", "videos": [{"status": "done"}]})")).contains(u"did you mean \"videos.0.status\"?"_s),
             qPrintable(v->statusWarning(object(R"({"id": "j", "videos": [{"status": "done"}]})"))));
}

void tst_MappingDebug::suggestionFromAKeyWithANewlineStaysOneLine()
{
    // Found by fuzz_mapping (MiniMax's example mapping): a response whose key "sta\nus" is close to "status".
    const auto d = load(mappingWith(R"({"id": "task_id", "status": "status"})"));
    QVERIFY(d);
    const QString warning = d->statusWarning(object("{\"task_id\": \"t1\", \"sta\\nus\": \"Processing\"}"));
    QVERIFY2(!warning.contains(u'\n'), qPrintable(warning));
    QVERIFY2(warning.contains(u"did you mean \"sta\\u000aus\"?"_s), qPrintable(warning));
}

void tst_MappingDebug::statusWarningIsNullWhenTheStatusIsFound()
{
    const auto d = load(mappingWith());
    QVERIFY(d);
    QVERIFY(d->statusWarning(object(R"({"id": "j", "status": "sleeping"})")).isNull());
    QVERIFY(!d->statusWarning(object(R"({"id": "j", "state": "done"})")).isNull());
}

void tst_MappingDebug::explainNamesPathValueAndStateRule()
{
    const auto d = load(mappingWith(R"({"statusSynonyms": {"submitted": "queued"}, "message": ["note", "msg"],
                                        "progress": {"form": "percent", "path": "pct"}})"));
    QVERIFY(d);
    const QStringList lines = d->explain(object(R"({"id": "j1", "status": "Submitted", "msg": "in line", "pct": "x"})"));
    const QString all = lines.join(u'\n');
    QVERIFY2(lines.contains(u"id: \"id\" found \"j1\" and reads \"j1\""_s), qPrintable(all));
    QVERIFY2(lines.contains(u"state: queued, because \"statusSynonyms\" maps \"submitted\" to queued"_s), qPrintable(all));
    QVERIFY2(lines.contains(u"message: \"note\" matched nothing"_s), qPrintable(all));
    QVERIFY2(lines.contains(u"message: \"msg\" found \"in line\" and reads \"in line\""_s), qPrintable(all));
    QVERIFY2(all.contains(u"progress.path: \"pct\" found \"x\", which gives no value"_s), qPrintable(all));

    const QString builtIn = d->explain(object(R"({"id": "j1", "status": "succeeded"})")).join(u'\n');
    QVERIFY2(builtIn.contains(u"state: completed, because \"succeeded\" is a built-in status word for completed"_s), qPrintable(builtIn));
    const QString unknown = d->explain(object(R"({"id": "j1", "status": "dreaming"})")).join(u'\n');
    QVERIFY2(unknown.contains(u"\"dreaming\" is neither a built-in status word nor in \"statusSynonyms\""_s), qPrintable(unknown));
}

void tst_MappingDebug::errorFieldWithWhenIsReadOnlyInThoseStates()
{
    const auto d = load(mappingWith(R"({"statusSynonyms": {"succeed": "completed"},
                                        "message": {"path": "msg", "when": ["queued", "running"]},
                                        "errorMessage": {"path": "msg", "when": "failed"}})"));
    QVERIFY(d);
    const auto running = parse(*d, R"({"id": "t", "status": "processing", "msg": "rendering frames"})");
    QVERIFY(running);
    QVERIFY(!running->error);
    QCOMPARE(running->message, u"rendering frames"_s);
    const auto failed = parse(*d, R"({"id": "t", "status": "failed", "msg": "content policy"})");
    QVERIFY(failed && failed->error);
    QCOMPARE(failed->error->message, u"content policy"_s);
    QVERIFY(failed->message.isNull());
    const QString why = d->explain(object(R"({"id": "t", "status": "processing", "msg": "x"})")).join(u'\n');
    QVERIFY2(why.contains(u"errorMessage: \"msg\" skipped, its \"when\" does not include running"_s), qPrintable(why));
}

void tst_MappingDebug::failedWithoutMessageGetsGenericErrorNamingRawStatus()
{
    const auto d = load(mappingWith(R"({"statusSynonyms": {"fail": "failed"}, "errorMessage": "error.message"})"));
    QVERIFY(d);
    const auto s = parse(*d, R"({"id": "t", "status": "Fail"})");
    QVERIFY(s && s->error);
    QVERIFY(s->error->code.isNull());
    QVERIFY2(s->error->message.contains(u"\"Fail\""_s), qPrintable(s->error->message));
    // A message the provider gives is kept as it is.
    const auto given = parse(*d, R"({"id": "t", "status": "Fail", "error": {"message": "quota"}})");
    QVERIFY(given && given->error);
    QCOMPARE(given->error->message, u"quota"_s);
    // Other states get no invented error.
    const auto running = parse(*d, R"({"id": "t", "status": "running"})");
    QVERIFY(running && !running->error);
}

void tst_MappingDebug::stateFollowsFromPresenceOfAField()
{
    const auto d = load(mappingWith(R"({"stateFromFields": [{"present": "errors", "state": "failed"},
                                                            {"present": "$.image", "state": "completed"}],
                                        "errorCode": "name", "errorMessage": "errors[*]"})"));
    QVERIFY(d);
    const auto failed = parse(*d, R"({"id": "g1", "name": "content_moderation",
                                      "errors": ["Your request was flagged.", "Try another prompt."]})");
    QVERIFY(failed);
    QCOMPARE(failed->state, JobState::Failed);
    QVERIFY(failed->error);
    QCOMPARE(failed->error->code, u"content_moderation"_s);
    QCOMPARE(failed->error->message, u"Your request was flagged.; Try another prompt."_s);
    const auto done = parse(*d, R"({"id": "g1", "image": "iVBORw0KGgo="})");
    QVERIFY(done);
    QCOMPARE(done->state, JobState::Completed);
    // An empty array or null is not "present".
    const auto neither = parse(*d, R"({"id": "g1", "errors": [], "image": null})");
    QVERIFY(neither);
    QCOMPARE(neither->state, JobState::Unknown);
    QVERIFY(d->statusWarning(object(R"({"id": "g1", "errors": ["x"]})")).isNull());
    const QString why = d->explain(object(R"({"id": "g1", "errors": ["x"]})")).join(u'\n');
    QVERIFY2(why.contains(u"state: failed, because \"stateFromFields\": \"errors\" is present"_s), qPrintable(why));
}

void tst_MappingDebug::knownStatusWinsOverPresence()
{
    const auto d = load(mappingWith(R"({"stateFromFields": [{"present": "errors", "state": "failed"}]})"));
    QVERIFY(d);
    const auto s = parse(*d, R"({"id": "g1", "status": "in-progress", "errors": ["retrying"]})");
    QVERIFY(s);
    QCOMPARE(s->state, JobState::Failed); // "in-progress" is not a built-in word: presence decides
    const auto known = parse(*d, R"({"id": "g1", "status": "running", "errors": ["retrying"]})");
    QVERIFY(known);
    QCOMPARE(known->state, JobState::Running);
}

void tst_MappingDebug::presenceRuleWithMatchDecidesByTheValue()
{
    // MiniMax: a permanent error code in a 200 answer fails the job; a passing one (rate limit) or 0 does not.
    const auto d = load(mappingWith(R"({"stateFromFields": [{"present": "base_resp.status_code", "match": "^(1004|2013)$",
                                                             "state": "failed"}],
                                        "errorMessage": "base_resp.status_msg"})"));
    QVERIFY(d);
    const auto failed = parse(*d, R"({"id": "t", "base_resp": {"status_code": 2013, "status_msg": "invalid params"}})");
    QVERIFY(failed);
    QCOMPARE(failed->state, JobState::Failed);
    QVERIFY(failed->error);
    QCOMPARE(failed->error->message, u"invalid params"_s);
    for (const char *body : {R"({"id": "t", "base_resp": {"status_code": 1002, "status_msg": "rate limit"}})",
                             R"({"id": "t", "base_resp": {"status_code": 0, "status_msg": "success"}})",
                             R"({"id": "t", "base_resp": {"status_code": 20130}})"}) {
        const auto s = parse(*d, body);
        QVERIFY(s);
        QCOMPARE(s->state, JobState::Unknown);
    }
    const QString why = d->explain(object(R"({"id": "t", "base_resp": {"status_code": 1004}})")).join(u'\n');
    QVERIFY2(why.contains(u"state: failed, because \"stateFromFields\": \"base_resp.status_code\" is \"1004\", which matches"_s),
             qPrintable(why));
    QString error;
    QVERIFY(!MappingDialect::fromJson(mappingWith(R"({"stateFromFields": [{"present": "c", "match": "a[", "state": "failed"}]})"), &error));
    QVERIFY2(error.contains(u"stateFromFields[0].match"_s), qPrintable(error));
}

void tst_MappingDebug::starPathJoinsEveryEntry()
{
    const auto d = load(mappingWith(R"({"message": "logs[*].text", "errorMessage": "$.errors[*]"})"));
    QVERIFY(d);
    const auto s = parse(*d, R"({"id": "j", "status": "failed", "logs": [{"text": "a"}, {"n": 1}, {"text": "b"}],
                                "errors": ["x", 3, {"o": 1}]})");
    QVERIFY(s);
    QCOMPARE(s->message, u"a; b"_s);
    QVERIFY(s->error);
    QCOMPARE(s->error->message, u"x; 3"_s);
}

void tst_MappingDebug::whenOnIdOrStatusIsRefused()
{
    QString error;
    QVERIFY(!MappingDialect::fromJson(mappingWith(R"({"status": {"path": "s", "when": "failed"}})"), &error));
    QVERIFY2(error.contains(u"\"status\" cannot have \"when\""_s), qPrintable(error));
    QVERIFY(!MappingDialect::fromJson(mappingWith(R"({"stateFromFields": [{"present": "errors", "state": "maybe"}]})"), &error));
    QVERIFY2(error.contains(u"\"stateFromFields[0].state\" must be queued, running, completed, failed or cancelled (got \"maybe\")"_s),
             qPrintable(error));
    QVERIFY(!MappingDialect::fromJson(mappingWith(R"({"stateFromFields": [{"state": "failed"}]})"), &error));
    QVERIFY2(error.contains(u"\"stateFromFields[0].present\" is missing"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_MappingDebug)
#include "tst_mappingdebug.moc"
