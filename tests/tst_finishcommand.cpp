// The run-on-finish program: the command is split once and each placeholder is replaced inside its one argument
// (no shell: an error text that tries to inject a command reaches the program as a literal argument and runs
// nothing); a program that hangs is killed after the timeout; the exit status and the tail of stderr go into
// the job's timeline; a program that cannot start says so; jobs that arrive ended run nothing; {result_path}
// waits for the archive. The program run is this test binary itself (see main()), so the arguments it got can be
// read back exactly.

#include "application/finishhook.h"
#include "model/finishcommand.h"
#include "model/joblist.h"
#include "storetesthelpers.h"
#include "model/jobtimeline.h"

#include "finishhelper.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
// A realistic Theo record (storetesthelpers.h).
JobRecord job(const QString &id, JobState state = JobState::Running)
{
    return storetest::record(u"theo"_s, id, state);
}

using finishhelper::helper;
using finishhelper::readArgs;

struct Rig {
    JobList jobs;
    JobTimeline timeline{&jobs};
    FinishHook hook{&jobs, &timeline};
    QSignalSpy ran{&hook, &FinishHook::ran};
    std::optional<FinishCommand> command;

    explicit Rig(const QString &commandLine)
    {
        QString error;
        command = FinishCommand::parse(commandLine, &error);
        if (!command)
            qWarning("%s", qPrintable(error));
        hook.setProfileName([](const QString &) { return u"Theo studio"_s; });
        hook.setCommandFor([this](const JobRecord &) { return command; });
    }
    void end(const QString &id, JobState state, const QString &error = {})
    {
        jobs.modify(jobKey(u"theo"_s, id), [&](JobRecord &r) {
            r.snapshot.state = state;
            if (!error.isEmpty())
                r.snapshot.error = JobError{QString(), error};
            if (state == JobState::Completed)
                r.snapshot.artifacts = {Artifact{ArtifactKind::Video, u"https://cdn.example/v.mp4"_s, {}, {}, {}, {}, {}}};
        });
        jobs.flush();
    }
    FinishRun run(int i = 0) const { return ran.at(i).at(1).value<FinishRun>(); }
    QString lastTimeline(const QString &id) const
    {
        const QList<TimelineEntry> entries = timeline.entries(jobKey(u"theo"_s, id));
        return entries.isEmpty() ? QString() : entries.constLast().label + u" | "_s + entries.constLast().detail;
    }
};
} // namespace

class tst_FinishCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholdersExpandInsideOneArgument_data();
    void placeholdersExpandInsideOneArgument();
    void badCommandsAreRefusedAtSetup_data();
    void badCommandsAreRefusedAtSetup();
    void errorTextCannotInjectACommand_data();
    void errorTextCannotInjectACommand();
    void hangingProgramIsKilledAfterTheTimeout();
    void exitStatusAndStderrTailGoIntoTheTimeline();
    void programThatCannotStartSaysSo();
    void jobsThatArriveEndedRunNothing();
    void resultPathWaitsForTheArchive();
};

void tst_FinishCommand::placeholdersExpandInsideOneArgument_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("each alone") << u"notify {id} {state} {profile} {type} {result_path} {result_url} {error}"_s
                                << QStringList{u"notify"_s, u"job 1"_s, u"failed"_s, u"Theo studio"_s, u"video"_s,
                                               u"/data/r {x}.mp4"_s, u"https://cdn.example/a b"_s, u"it's \"bad\" {id}"_s};
    QTest::newRow("inside text") << u"tool --name=job-{id}.{type} \"{profile}: {state}\""_s
                                 << QStringList{u"tool"_s, u"--name=job-job 1.video"_s, u"Theo studio: failed"_s};
    QTest::newRow("empty value stays one argument") << u"tool '' {type}x"_s << QStringList{u"tool"_s, u"''"_s, u"videox"_s};
    QTest::newRow("other braces kept") << u"jq {.a} {ID} {id}"_s << QStringList{u"jq"_s, u"{.a}"_s, u"{ID}"_s, u"job 1"_s};
}

void tst_FinishCommand::placeholdersExpandInsideOneArgument()
{
    QFETCH(QString, command);
    QFETCH(QStringList, expected);
    const std::optional<FinishCommand> parsed = FinishCommand::parse(command);
    QVERIFY(parsed);
    FinishCommand::Values v;
    v.id = u"job 1"_s; // a space: still one argument
    v.state = u"failed"_s;
    v.profile = u"Theo studio"_s;
    v.type = u"video"_s;
    v.resultPath = u"/data/r {x}.mp4"_s;
    v.resultUrl = u"https://cdn.example/a b"_s;
    v.error = u"it's \"bad\" {id}"_s; // a placeholder inside a value is not expanded again
    QCOMPARE(parsed->expand(v), expected);
    QCOMPARE(parsed->argv(), QProcess::splitCommand(command)); // split once, at setup
}

void tst_FinishCommand::badCommandsAreRefusedAtSetup_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u"   "_s << u"the command is empty"_s;
    QTest::newRow("empty quotes") << u"\"\""_s << u"the command is empty"_s;
    QTest::newRow("unknown placeholder") << u"notify {job}"_s << u"unknown placeholder {job}"_s;
    QTest::newRow("program placeholder") << u"{result_path} --play"_s << u"the program itself cannot be a placeholder"_s;
}

void tst_FinishCommand::badCommandsAreRefusedAtSetup()
{
    QFETCH(QString, command);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!FinishCommand::parse(command, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void tst_FinishCommand::errorTextCannotInjectACommand_data()
{
    QTest::addColumn<QString>("error");
    QTest::newRow("quotes and semicolons") << u"x\"; touch %1; echo \""_s;
    QTest::newRow("command substitution") << u"$(touch %1)"_s;
    QTest::newRow("backticks and pipe") << u"`touch %1` | touch %1 && touch %1"_s;
    QTest::newRow("newline") << u"oops\ntouch %1"_s;
}

void tst_FinishCommand::errorTextCannotInjectACommand()
{
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString pwned = dir.filePath(u"pwned"_s);
    const QString out = dir.filePath(u"args"_s);
    const QString hostile = error.arg(pwned);
    Rig rig(helper(u"write-args \"%1\" {error} \"state={state}\" {id}"_s.arg(out)));
    QVERIFY(rig.command);
    rig.jobs.add(job(u"job_7"_s));
    rig.end(u"job_7"_s, JobState::Failed, hostile);
    QTRY_COMPARE(rig.ran.count(), 1);
    QCOMPARE(rig.run().status, FinishRun::Status::Exited);
    QCOMPARE(rig.run().exitCode, 0);
    QCOMPARE(readArgs(out), (QStringList{hostile, u"state=failed"_s, u"job_7"_s}));
    QVERIFY2(!QFile::exists(pwned), "the error text ran a command");
    QCOMPARE(rig.lastTimeline(u"job_7"_s), u"finish command | exit status 0"_s);
}

void tst_FinishCommand::hangingProgramIsKilledAfterTheTimeout()
{
    Rig rig(helper(u"hang"_s));
    rig.hook.setTimeoutMs(300);
    rig.jobs.add(job(u"slow"_s));
    rig.end(u"slow"_s, JobState::Completed);
    QTRY_COMPARE_WITH_TIMEOUT(rig.ran.count(), 1, 10000);
    QCOMPARE(rig.run().status, FinishRun::Status::TimedOut);
    QVERIFY2(rig.lastTimeline(u"slow"_s).startsWith(u"finish command | killed after"_s), qPrintable(rig.lastTimeline(u"slow"_s)));
    QVERIFY2(rig.lastTimeline(u"slow"_s).contains(u"waiting forever"_s), qPrintable(rig.lastTimeline(u"slow"_s)));
    QCOMPARE(rig.hook.busy(), 0);
}

void tst_FinishCommand::exitStatusAndStderrTailGoIntoTheTimeline()
{
    Rig rig(helper(u"fail 3"_s));
    // A command without {result_path} does not wait for the archive (which here never finishes).
    rig.hook.setResultPath([](const JobRecord &) -> std::optional<QString> { return std::nullopt; });
    QSignalSpy idle(&rig.hook, &FinishHook::idle);
    rig.jobs.add(job(u"a"_s));
    rig.end(u"a"_s, JobState::Completed);
    QTRY_COMPARE(rig.ran.count(), 1);
    QCOMPARE(rig.run().exitCode, 3);
    QCOMPARE(rig.run().status, FinishRun::Status::Exited);
    // Only the tail of a long stderr: its last line, not its first.
    const QString entry = rig.lastTimeline(u"a"_s);
    QVERIFY2(entry.startsWith(u"finish command | exit status 3: …"_s), qPrintable(entry));
    QVERIFY2(entry.endsWith(u"line 199 ⏎ upload refused: quota exceeded"_s), qPrintable(entry));
    QVERIFY(!entry.contains(u"line 1 "_s));
    QVERIFY(entry.size() < FinishRun::kStderrTail + 40);
    QCOMPARE(idle.count(), 1);
}

void tst_FinishCommand::programThatCannotStartSaysSo()
{
    Rig rig(u"/nonexistent/jobwatch-notify {id}"_s);
    rig.jobs.add(job(u"b"_s));
    rig.end(u"b"_s, JobState::Failed, u"boom"_s);
    QTRY_COMPARE(rig.ran.count(), 1);
    QCOMPARE(rig.run().status, FinishRun::Status::FailedToStart);
    QVERIFY2(rig.lastTimeline(u"b"_s).startsWith(u"finish command | could not start /nonexistent/jobwatch-notify: "_s),
             qPrintable(rig.lastTimeline(u"b"_s)));
}

void tst_FinishCommand::jobsThatArriveEndedRunNothing()
{
    QTemporaryDir dir;
    Rig rig(helper(u"write-args \"%1\" {id}"_s.arg(dir.filePath(u"args"_s))));
    QSignalSpy started(&rig.hook, &FinishHook::started);
    rig.jobs.add(job(u"old"_s, JobState::Completed)); // restored from the history
    rig.jobs.add(job(u"new"_s));
    rig.jobs.modify(jobKey(u"theo"_s, u"old"_s), [](JobRecord &r) { r.engine.requestCount = 9; });
    rig.end(u"new"_s, JobState::Cancelled);
    QTRY_COMPARE(rig.ran.count(), 1);
    QCOMPARE(started.count(), 1);
    QCOMPARE(readArgs(dir.filePath(u"args"_s)), QStringList{u"new"_s});
}

void tst_FinishCommand::resultPathWaitsForTheArchive()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"args"_s);
    Rig rig(helper(u"write-args \"%1\" {result_path} {result_url}"_s.arg(out)));
    QString archived; // empty: still saving
    rig.hook.setResultPath([&archived](const JobRecord &) -> std::optional<QString> {
        if (archived.isEmpty())
            return std::nullopt;
        return archived;
    });
    QSignalSpy started(&rig.hook, &FinishHook::started);
    rig.jobs.add(job(u"c"_s));
    rig.end(u"c"_s, JobState::Completed);
    QCOMPARE(rig.hook.busy(), 1);
    rig.hook.recheck(jobKey(u"theo"_s, u"c"_s));
    QCOMPARE(started.count(), 0); // still not archived
    archived = dir.filePath(u"results/c-1.mp4"_s);
    rig.hook.recheck(jobKey(u"theo"_s, u"c"_s));
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE(rig.ran.count(), 1);
    QCOMPARE(readArgs(out), (QStringList{archived, u"https://cdn.example/v.mp4"_s}));
}

int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--helper") == 0)
        return finishhelper::run(argc, argv);
    QCoreApplication app(argc, argv);
    tst_FinishCommand test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_finishcommand.moc"
