// Profile import/export: a round trip without keys, bad files with clear errors (wrong types, unknown
// dialect, huge file), and conflicts answered through the resolver seam (skip, replace keeps the id and so
// the key, keep both).

#include "profiletesthelpers.h"

#include "profiles/profileimport.h"
#include "profiles/profilejson.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jw;

namespace {
const QString kKey = u"sk-import-export-9f8e7d6c5b4a"_s;
}

class tst_ProfileImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ProfileRig m_profiles;

    Profile add(const QString &dialect, const QString &name)
    {
        Profile p = profileForDialect(dialect);
        p.name = name;
        QString error;
        if (!m_profiles.store->save(p, {}, &error))
            qWarning("save: %s", qPrintable(error));
        return p;
    }

private Q_SLOTS:
    void init()
    {
        m_profiles.start(m_dir);
    }
    void cleanup()
    {
        m_profiles.stop();
    }

    void roundTripWithoutKeys()
    {
        Profile a = add(u"theo"_s, u"Personal"_s);
        m_profiles.vault->setSessionKey(a.id, kKey);
        Profile b = add(u"fal"_s, u"Team fal"_s);
        b.tag = u"#16a34a"_s;
        b.auth = AuthForm{AuthForm::Scheme::Header, u"x-api-key"_s};
        b.poll.intervalMs = 4500;
        QVERIFY(m_profiles.store->save(b));
        const QByteArray exported = exportProfiles(m_profiles.list->all());
        QVERIFY(!exported.contains(kKey.toUtf8()));

        const ParsedImport parsed = parseProfileImport(exported);
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.skipped, QStringList());
        QCOMPARE(parsed.profiles, m_profiles.list->all());

        // Into an empty store: everything added as it was.
        cleanup();
        QFile::remove(m_dir.filePath(u"s.json"_s));
        init();
        const ImportReport report = importProfiles(parsed, *m_profiles.store, {});
        QCOMPARE(report.added, 2);
        QCOMPARE(*m_profiles.list->byName(u"Team fal"_s), b);
    }

    void badFilesGetClearErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");    // whole-file error, or empty
        QTest::addColumn<QString>("skipped");  // per-entry error, or empty
        QTest::newRow("not json") << QByteArray("{nope") << u"not JSON"_s << QString();
        QTest::newRow("wrong format") << QByteArray(R"({"profiles": []})") << u"not a Jobwatch profile export"_s << QString();
        QTest::newRow("profiles not array") << QByteArray(R"({"format":"jobwatch-profiles","version":1,"profiles":{}})")
                                            << u"must be an array"_s << QString();
        QTest::newRow("huge") << QByteArray(2 * 1024 * 1024, ' ') << u"too large"_s << QString();
        QTest::newRow("name not a string")
            << QByteArray(R"({"format":"jobwatch-profiles","version":1,"profiles":[{"name":5,"dialect":"theo"}]})")
            << QString() << u"\"name\" must be a string"_s;
        QTest::newRow("unknown dialect")
            << QByteArray(R"({"format":"jobwatch-profiles","version":1,"profiles":[{"name":"X","dialect":"klingon"}]})")
            << QString() << u"unknown dialect \"klingon\""_s;
        QTest::newRow("poll wrong type")
            << QByteArray(R"({"format":"jobwatch-profiles","version":1,"profiles":[{"name":"X","dialect":"theo","poll":{"burst":"ten"}}]})")
            << QString() << u"poll.burst"_s;
        // Hostile files: nested past what the JSON reader accepts, nested deep inside an entry, a future version,
        // entries that are not objects.
        QTest::newRow("deeply nested")
            << QByteArray(R"({"format":"jobwatch-profiles","version":1,"profiles":[)") + QByteArray(100'000, '[')
                   + QByteArray(100'000, ']') + "]}"
            << u"not JSON"_s << QString();
        QTest::newRow("nested inside an entry")
            << QByteArray(R"({"format":"jobwatch-profiles","version":1,"profiles":[{"name":)") + QByteArray(500, '[')
                   + QByteArray(500, ']') + R"(,"dialect":"theo"}]})"
            << QString() << u"\"name\" must be a string"_s;
        QTest::newRow("future version")
            << QByteArray(R"({"format":"jobwatch-profiles","version":7,"profiles":[]})")
            << u"unsupported profile export version 7"_s << QString();
        QTest::newRow("entry not an object")
            << QByteArray(R"({"format":"jobwatch-profiles","version":1,"profiles":[42]})") << QString() << u"not an object"_s;
        QTest::newRow("contains a key")
            << QByteArray(R"({"format":"jobwatch-profiles","version":1,"profiles":[{"name":"X","dialect":"theo","apiKey":"k"}]})")
            << QString() << u"contains a key"_s;
        // Found by fuzz_profileimport: a raw line break inside a JSON string (Qt's reader accepts it) made the skip
        // message span lines.
        QTest::newRow("line breaks in name and dialect")
            << QByteArray("{\"format\":\"jobwatch-profiles\",\"version\":1,\"profiles\":[{\"name\":\"Repli\n   te\",\"dialect\":\"kling\r\non\"}]}")
            << QString() << u"profile \"Repli te\": unknown dialect \"kling on\""_s;
    }
    void badFilesGetClearErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QFETCH(QString, skipped);
        const ParsedImport parsed = parseProfileImport(bytes);
        if (!error.isEmpty()) {
            QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
            QVERIFY(parsed.profiles.isEmpty());
        } else {
            QCOMPARE(parsed.error, QString());
            QCOMPARE(parsed.skipped.size(), 1);
            QVERIFY2(parsed.skipped.at(0).contains(skipped), qPrintable(parsed.skipped.at(0)));
            QVERIFY2(!parsed.skipped.at(0).contains(u'\n'), qPrintable(parsed.skipped.at(0)));
        }
    }

    // A name is one line wherever it is shown (list, menus, CLI tables): each line break in an imported one becomes a space,
    // and it exports and imports again unchanged (found by fuzz_profileimport).
    void importedNameIsOneLine()
    {
        const ParsedImport parsed = parseProfileImport(QByteArray(
            "{\"format\":\"jobwatch-profiles\",\"version\":1,\"profiles\":[{\"name\":\"Repli\n   te\\u2028x\",\"dialect\":\"theo\"}]}"));
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.skipped, QStringList());
        QCOMPARE(parsed.profiles.size(), 1);
        QCOMPARE(parsed.profiles.at(0).name, u"Repli    te x"_s);
        QCOMPARE(parseProfileImport(exportProfiles(parsed.profiles)).profiles, parsed.profiles);
    }

    void conflictsAreAskedAbout_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("replaced");
        QTest::addColumn<int>("count");
        QTest::newRow("skip") << int(ImportChoice::Skip) << 0 << 0 << 1;
        QTest::newRow("replace") << int(ImportChoice::Replace) << 0 << 1 << 1;
        QTest::newRow("keep both") << int(ImportChoice::KeepBoth) << 1 << 0 << 2;
    }
    void conflictsAreAskedAbout()
    {
        QFETCH(int, choice);
        QFETCH(int, added);
        QFETCH(int, replaced);
        QFETCH(int, count);
        const Profile existing = add(u"theo"_s, u"Work"_s);
        Profile incoming = existing;
        incoming.id = u"from-another-machine"_s;
        incoming.baseUrl = QUrl(u"https://staging.hitheo.ai"_s);
        QList<QPair<QString, QString>> asked;
        const ImportReport report = importProfiles(parseProfileImport(exportProfiles({incoming})), *m_profiles.store,
                                                   [&](const Profile &in, const Profile &ex) {
                                                       asked.append({in.name, ex.id});
                                                       return ImportChoice(choice);
                                                   });
        QCOMPARE(asked, (QList<QPair<QString, QString>>{{u"Work"_s, existing.id}}));
        QCOMPARE(report.added, added);
        QCOMPARE(report.replaced, replaced);
        QCOMPARE(m_profiles.list->size(), count);
        const Profile *work = m_profiles.list->byName(u"Work"_s);
        QCOMPARE(work->id, existing.id); // the existing profile keeps its id, so its key
        QCOMPARE(work->baseUrl, choice == int(ImportChoice::Replace) ? incoming.baseUrl : existing.baseUrl);
        if (choice == int(ImportChoice::KeepBoth))
            QVERIFY(m_profiles.list->byName(u"Work (2)"_s));
        QVERIFY(!report.summary().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ProfileImport)
#include "tst_profileimport.moc"
