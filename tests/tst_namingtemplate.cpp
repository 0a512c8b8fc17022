// The results archive's file name pattern: what it accepts, what it refuses (with the reason), and that
// job-provided values can never lead a file out of the folder it is relative to.

#include "artifacts/namingtemplate.h"

#include <QDir>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

class TestNamingTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("default") << NamingTemplate::defaultText();
        QTest::newRow("flat") << u"{id}-{n}.{ext}"_s;
        QTest::newRow("every placeholder") << u"{profile}/{type}/{date}/{time}-{id}-{kind}-{n}.{ext}"_s;
        QTest::newRow("literal text and spaces") << u"Jobwatch results/{profile} ({date})/{id} #{n}.{ext}"_s;
        QTest::newRow("surrounding blanks are trimmed") << u"  {id}-{n}.{ext} "_s;
    }

    void validPatterns()
    {
        QFETCH(QString, pattern);
        QString error;
        const std::optional<NamingTemplate> t = NamingTemplate::parse(pattern, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->text(), pattern.trimmed());
    }

    void invalidPatternsSayWhy_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("reason"); // a part of the message
        QTest::newRow("empty") << u"  "_s << u"empty"_s;
        QTest::newRow("absolute") << u"/tmp/{id}-{n}.{ext}"_s << u"relative"_s;
        QTest::newRow("home") << u"~/{id}-{n}.{ext}"_s << u"relative"_s;
        QTest::newRow("parent folder") << u"../{id}-{n}.{ext}"_s << u"\"..\""_s;
        QTest::newRow("parent folder inside") << u"{profile}/../../{id}-{n}.{ext}"_s << u"\"..\""_s;
        QTest::newRow("dot folder") << u"./{id}-{n}.{ext}"_s << u"\".\""_s;
        QTest::newRow("empty folder") << u"{profile}//{id}-{n}.{ext}"_s << u"empty folder"_s;
        QTest::newRow("trailing slash") << u"{id}-{n}.{ext}/"_s << u"empty folder"_s;
        QTest::newRow("backslash") << u"{profile}\\{id}-{n}.{ext}"_s << u"\"\\\""_s;
        QTest::newRow("colon") << u"C:{id}-{n}.{ext}"_s << u"\":\""_s;
        QTest::newRow("control character") << u"{id}\t{n}.{ext}"_s << u"\\x09"_s;
        QTest::newRow("unknown placeholder") << u"{user}/{id}-{n}.{ext}"_s << u"{user}"_s;
        QTest::newRow("stray brace") << u"{id-{n}.{ext}"_s << u"\"{\""_s;
        QTest::newRow("upper-case placeholder") << u"{ID}-{n}.{ext}"_s << u"\"{\""_s;
        QTest::newRow("no id") << u"{profile}-{n}.{ext}"_s << u"{id}"_s;
        QTest::newRow("no n") << u"{id}.{ext}"_s << u"{n}"_s;
        QTest::newRow("no ext") << u"{id}-{n}"_s << u"{ext}"_s;
        QTest::newRow("ext in a folder name") << u"{ext}/{id}-{n}"_s << u"last part"_s;
    }

    void invalidPatternsSayWhy()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!NamingTemplate::parse(pattern, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void expandsTheDefaultPattern()
    {
        const NamingTemplate t = *NamingTemplate::parse(NamingTemplate::defaultText());
        NamingTemplate::Values v;
        v.profile = u"Theo demo"_s;
        v.id = u"job_42"_s;
        v.ext = u"MP4"_s;
        v.completedAt = QDateTime(QDate(2024, 5, 1), QTime(13, 4, 5));
        v.n = 2;
        QCOMPARE(t.expand(v), u"Theo demo/2024-05-01/job_42-2.mp4"_s);
        v.ext = u"tar.gz"_s; // not one clean extension
        QCOMPARE(t.expand(v), u"Theo demo/2024-05-01/job_42-2.bin"_s);
    }

    void otherPlaceholders()
    {
        const NamingTemplate t = *NamingTemplate::parse(u"{type}/{kind}/{time}_{id}_{n}.{ext}"_s);
        NamingTemplate::Values v;
        v.id = u"a"_s;
        v.kind = u"video"_s;
        v.ext = u"mp4"_s;
        v.completedAt = QDateTime(QDate(2024, 5, 1), QTime(13, 4, 5));
        QCOMPARE(t.expand(v), u"result/video/130405_a_1.mp4"_s); // no type: "result"
    }

    void hostileValuesStayInsideTheFolder_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("profile");
        QTest::newRow("parent path in the ID") << u"../../../etc/passwd"_s << u"p"_s;
        QTest::newRow("absolute ID") << u"/etc/passwd"_s << u"p"_s;
        QTest::newRow("dot-dot ID") << u".."_s << u".."_s;
        QTest::newRow("dot ID") << u"."_s << u"."_s;
        QTest::newRow("backslashes") << u"..\\..\\x"_s << u"C:\\Windows"_s;
        QTest::newRow("hidden file") << u".bashrc"_s << u".config"_s;
        QTest::newRow("control characters") << u"a\nb\x01"_s << u"\t"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("very long") << QString(500, u'x') << QString(300, u'y');
        QTest::newRow("trailing dots") << u"abc..."_s << u"p. ."_s;
    }

    void hostileValuesStayInsideTheFolder()
    {
        QFETCH(QString, id);
        QFETCH(QString, profile);
        const NamingTemplate t = *NamingTemplate::parse(u"{profile}/{id}/{id}-{n}.{ext}"_s);
        NamingTemplate::Values v;
        v.id = id;
        v.profile = profile;
        v.type = id;
        v.ext = u"../png"_s;
        const QString relative = t.expand(v);
        const QStringList segments = relative.split(u'/');
        QCOMPARE(segments.size(), 3); // the values added no folder
        for (const QString &segment : segments) {
            QVERIFY2(!segment.isEmpty() && segment != u"."_s && segment != u".."_s, qPrintable(relative));
            QVERIFY2(!segment.startsWith(u'.'), qPrintable(relative));
            QVERIFY2(!segment.contains(u'\\') && !segment.contains(u'\n') && !segment.contains(u'\t'), qPrintable(relative));
            QVERIFY2(segment.size() <= 100, qPrintable(relative));
        }
        const QString root = u"/archive/root"_s;
        QVERIFY(QDir::cleanPath(root + u'/' + relative).startsWith(root + u'/'));
        QVERIFY(relative.endsWith(u".bin"_s));
    }

    void cleanExtension()
    {
        QCOMPARE(NamingTemplate::cleanExtension(u"PNG"_s), u"png"_s);
        QCOMPARE(NamingTemplate::cleanExtension(u"mp4"_s), u"mp4"_s);
        QVERIFY(NamingTemplate::cleanExtension(u""_s).isEmpty());
        QVERIFY(NamingTemplate::cleanExtension(u"toolongext"_s).isEmpty());
        QVERIFY(NamingTemplate::cleanExtension(u"p/g"_s).isEmpty());
        QVERIFY(NamingTemplate::cleanExtension(u"ü"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNamingTemplate)
#include "tst_namingtemplate.moc"
