// `jobwatch-cli list`, through the real binary against an in-test SimulatedProvider over loopback HTTP: every
// preset's list read page by page (Replicate's next URL, OpenAI's after cursor, Luma's offset) and printed one ID
// a line, newest first; --state and --json; the output piped into `watch -`; a custom mapping's "list" section
// (and a wrong one refused naming the problem); --limit and --pages; and clear messages with their exit codes
// for a 401, a 404, malformed JSON, a cursor loop and an API without a list.

#include "clitesthelpers.h"

#include "sim/simulatedprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
// A request to one of the account lists (not a poll, a balance or a control request).
bool isListPath(const QString &path)
{
    return path.endsWith(u"/v1/predictions"_s) || path.endsWith(u"/v1/videos"_s) || path.endsWith(u"/v1/generations"_s);
}
const QString kKey = u"sk-cli-list-key-7720"_s;

using clitest::Run;

QStringList lines(const QByteArray &out)
{
    QStringList list;
    for (const QByteArray &line : out.split('\n'))
        if (!line.isEmpty())
            list.append(QString::fromUtf8(line));
    return list;
}

// A custom mapping of the simulated OpenAI videos API whose list pages by cursor without a "more" flag.
QString writeVideosMapping(const QTemporaryDir &dir, const QByteArray &list)
{
    const QString path = dir.filePath(u"videos-mapping.json"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(R"({"name": "videos-as-mapping", "pollUrl": "{base}/v1/videos/{id}", "id": "id", "status": "status",)"
            R"( "progress": {"form": "percent", "path": "progress"}, "list": )" + list + "}");
    return path;
}
} // namespace

class CliListTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatedProvider> m_sim;

    // Jobs of `dialect`, newest first (the lists' order); running for `runMs` from now.
    QStringList jobs(const QString &dialect, int count, qint64 runMs = 600000)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            SimulatedProvider::JobSpec s;
            s.dialect = dialect;
            s.queueMs = 0;
            s.runMs = runMs;
            ids.prepend(m_sim->createJob(s));
        }
        return ids;
    }

    Run list(const QStringList &args, const QString &key = kKey)
    {
        return clitest::run(QStringList{u"list"_s} + args, clitest::keyEnvironment(key));
    }

    QStringList engineArgs(const QString &dialect) const { return clitest::engineArgs(*m_sim, dialect); }

    qsizetype listRequestCount() const
    {
        qsizetype n = 0;
        for (const auto &r : m_sim->requests())
            n += isListPath(r.path) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        const QString error = clitest::startWatchFixture(m_sim, kKey);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { m_sim.reset(); }

    void everyPageOneIdALine_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("replicate") << u"replicate"_s;
        QTest::newRow("openai-videos") << u"openai-videos"_s;
        QTest::newRow("luma") << u"luma"_s;
    }
    void everyPageOneIdALine()
    {
        QFETCH(QString, preset);
        m_sim->setListPageSize(3);
        const QStringList ids = jobs(preset, 7);
        const Run r = list(engineArgs(preset));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lines(r.out), ids);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(listRequestCount(), 3);
    }

    void stateFilterAndJson()
    {
        QStringList ids = jobs(u"replicate"_s, 1);
        SimulatedProvider::JobSpec failed;
        failed.dialect = u"replicate"_s;
        failed.queueMs = 0;
        failed.runMs = 0;
        failed.outcome = SimulatedProvider::Outcome::Failed;
        ids.prepend(m_sim->createJob(failed));
        ids = jobs(u"replicate"_s, 4) + ids; // newest first: 4 running, the failed one, 1 running
        QVERIFY(m_sim->finishJob(ids.at(1)));
        Run r = list(engineArgs(u"replicate"_s) << u"--state"_s << u"running"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lines(r.out), (QStringList{ids.at(0), ids.at(2), ids.at(3), ids.at(5)}));

        r = list(engineArgs(u"replicate"_s) << u"--state"_s << u"completed,failed"_s << u"--json"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList out = lines(r.out);
        QCOMPARE(out.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(out.at(0).toUtf8()).object();
        const QJsonObject second = QJsonDocument::fromJson(out.at(1).toUtf8()).object();
        QCOMPARE(first.value(u"id"_s).toString(), ids.at(1));
        QCOMPARE(first.value(u"state"_s).toString(), u"completed"_s);
        QCOMPARE(first.value(u"rawStatus"_s).toString(), u"succeeded"_s);
        QCOMPARE(second.value(u"id"_s).toString(), ids.at(4));
        QCOMPARE(second.value(u"state"_s).toString(), u"failed"_s);

        r = list(engineArgs(u"replicate"_s) << u"--state"_s << u"busy"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--state takes queued, running, completed, failed, cancelled, unknown or active"), r.err.constData());
        QVERIFY2(r.err.contains("\"busy\""), r.err.constData());
    }

    void pipesIntoWatch()
    {
        m_sim->setListPageSize(2);
        const QStringList running = jobs(u"luma"_s, 3, 1500);
        const QStringList done = jobs(u"luma"_s, 1);
        QVERIFY(m_sim->finishJob(done.constFirst()));
        const Run listed = list(engineArgs(u"luma"_s) << u"--state"_s << u"active"_s);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QCOMPARE(lines(listed.out), running);
        const Run watched = clitest::run(QStringList{u"watch"_s} + engineArgs(u"luma"_s) << u"--json"_s << u"-"_s,
                                         clitest::keyEnvironment(kKey), listed.out);
        QVERIFY2(watched.exitCode == 0, watched.err.constData());
        for (const QString &id : running) {
            QVERIFY(m_sim->requestCount(id) >= 1);
            QVERIFY2(watched.out.contains(R"("event":"final")") && watched.out.contains(id.toUtf8()), watched.out.constData());
        }
        QCOMPARE(m_sim->requestCount(done.constFirst()), 0);
    }

    void limitAndPages()
    {
        m_sim->setListPageSize(2);
        const QStringList ids = jobs(u"openai-videos"_s, 7);
        Run r = list(engineArgs(u"openai-videos"_s) << u"--limit"_s << u"3"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lines(r.out), ids.mid(0, 3));
        QCOMPARE(listRequestCount(), 2); // the second page had the third job; no third page is read

        r = list(engineArgs(u"openai-videos"_s) << u"--pages"_s << u"2"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lines(r.out), ids.mid(0, 4));
        QVERIFY2(r.err.contains("stopped after 2 pages; the account has more jobs (read more with --pages)"), r.err.constData());

        r = list(engineArgs(u"openai-videos"_s) << u"--limit"_s << u"0"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--limit takes a whole number from 1 to 100000"), r.err.constData());
    }

    void customMappingList()
    {
        QTemporaryDir dir;
        m_sim->setListPageSize(3);
        const QStringList ids = jobs(u"openai-videos"_s, 7);
        const QString mapping = writeVideosMapping(
            dir, R"({"url": "{base}/v1/videos", "items": "data", "next": {"cursor": "last_id", "param": "after"}})");
        const Run r = list({u"--mapping"_s, mapping, u"--base-url"_s, m_sim->baseUrl(u"openai-videos"_s).toString(), u"--key-env"_s,
                            clitest::kKeyVariable});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lines(r.out), ids);
        QCOMPARE(listRequestCount(), 4); // 3 + 3 + 1, then an empty page: without a "more" flag only it ends the list
    }

    void wrongMappingListIsNamed_data()
    {
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<QString>("message");
        QTest::newRow("{id} in url") << QByteArray(R"({"url": "{base}/v1/videos/{id}", "items": "data", "next": {"url": "next"}})")
                                     << u"\"list.url\" may use only {base}, at its start"_s;
        QTest::newRow("no items") << QByteArray(R"({"url": "{base}/v1/videos", "next": {"url": "next"}})")
                                  << u"\"list.items\" is missing"_s;
        QTest::newRow("two next forms") << QByteArray(R"({"url": "{base}/v1/videos", "items": "data", "next": {"url": "a", "cursor": "b"}})")
                                        << u"\"list.next\" needs exactly one of"_s;
        QTest::newRow("offset without a page size") << QByteArray(R"({"url": "{base}/x", "items": "data", "next": {"offset": "offset"}})")
                                                    << u"\"list.next.offset\" needs \"list.limitParam\" and \"list.pageSize\""_s;
        QTest::newRow("cursor without param") << QByteArray(R"({"url": "{base}/x", "items": "data", "next": {"cursor": "last_id"}})")
                                              << u"list.next.param"_s;
    }
    void wrongMappingListIsNamed()
    {
        QFETCH(QByteArray, list);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString mapping = writeVideosMapping(dir, list);
        const Run r = this->list({u"--mapping"_s, mapping, u"--base-url"_s, m_sim->baseUrl(u"openai-videos"_s).toString(), u"--key-env"_s,
                                  clitest::kKeyVariable});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QString(u"mapping "_s + mapping + u": "_s).toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(m_sim->requests().size(), 0);
    }

    void badAnswersAreClear_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("printed");
        QTest::newRow("401") << u"luma"_s << u"wrong key"_s << 4 << u"HTTP 401: the API key was not accepted"_s << 0;
        QTest::newRow("404") << u"replicate"_s << u"wrong base"_s << 1 << u"HTTP 404: there is no job list at http://127.0.0.1"_s << 0;
        QTest::newRow("malformed JSON") << u"luma"_s << u"invalid json"_s << 1 << u"the list answer is not valid JSON"_s << 2;
        QTest::newRow("cursor loop") << u"openai-videos"_s << u"loop"_s << 1 << u"a cursor loop"_s << 4;
        QTest::newRow("no list") << u"theo"_s << u""_s << 2 << u"has no job list; list works with the replicate, openai-videos and luma presets"_s << 0;
    }
    void badAnswersAreClear()
    {
        QFETCH(QString, preset);
        QFETCH(QString, what);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(int, printed);
        m_sim->setListPageSize(2);
        jobs(preset, 6);
        QStringList args = engineArgs(preset);
        QString key = kKey;
        if (what == u"wrong key"_s)
            key = u"sk-not-the-key-4444"_s;
        else if (what == u"wrong base"_s)
            args[3] = m_sim->baseUrl(u"theo"_s).toString();
        else if (what == u"invalid json"_s)
            m_sim->queueListFaults({SimulatedProvider::Fault::None, SimulatedProvider::Fault::InvalidJson});
        else if (what == u"loop"_s)
            m_sim->setListCursorLoop(true);
        const Run r = list(args, key);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(!r.err.contains("sk-not-the-key-4444"));
        QCOMPARE(lines(r.out).size(), printed);
    }
};

QTEST_GUILESS_MAIN(CliListTest)
#include "tst_cli_list.moc"
