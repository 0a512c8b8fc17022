// The link check every preview and the report use before handing a URL to the desktop (DESIGN.md §5): only
// http(s) with a host opens; file:, javascript:, data: and the rest are refused with a reason that never echoes
// a payload.

#include "previews/linkpolicy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

class tst_PreviewsLinkPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void externalLinks_data();
    void externalLinks();
    void refusalNeverEchoesThePayload();
    void localFileMustExistAndBeAbsolute();
};

void tst_PreviewsLinkPolicy::externalLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://example.com/report?x=1#top"_s << true;
    QTest::newRow("http") << u"http://example.org/a"_s << true;
    QTest::newRow("upper-case scheme") << u"HTTPS://example.com/"_s << true;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("javascript mixed case") << u"JaVaScRiPt:alert(1)"_s << false;
    QTest::newRow("data") << u"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="_s << false;
    QTest::newRow("ftp") << u"ftp://example.com/file"_s << false;
    QTest::newRow("relative path") << u"../../etc/passwd"_s << false;
    QTest::newRow("no host") << u"https:///path"_s << false;
    QTest::newRow("user info") << u"https://user:secret@example.com/"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_PreviewsLinkPolicy::externalLinks()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const LinkVerdict verdict = checkExternalLink(QUrl(url));
    QCOMPARE(verdict.allowed, allowed);
    QCOMPARE(verdict.reason.isEmpty(), allowed);
}

void tst_PreviewsLinkPolicy::refusalNeverEchoesThePayload()
{
    const LinkVerdict js = checkExternalLink(QUrl(u"javascript:stealTheKey()"_s));
    QVERIFY(!js.allowed);
    QVERIFY2(js.reason.contains(u"javascript:"_s), qPrintable(js.reason));
    QVERIFY2(!js.reason.contains(u"stealTheKey"_s), qPrintable(js.reason));
    const LinkVerdict data = checkExternalLink(QUrl(u"data:text/plain,secret-payload"_s));
    QVERIFY(!data.reason.contains(u"secret-payload"_s));
    QVERIFY(!data.reason.contains(u'\n'));
}

void tst_PreviewsLinkPolicy::localFileMustExistAndBeAbsolute()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"result.png"_s);
    QVERIFY(!checkLocalFile(path).allowed); // not there yet
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    QVERIFY(checkLocalFile(path).allowed);
    QVERIFY(!checkLocalFile(u"result.png"_s).allowed);
    QVERIFY(!checkLocalFile(dir.path()).allowed); // a directory is not a result file
}

QTEST_GUILESS_MAIN(tst_PreviewsLinkPolicy)
#include "tst_previews_linkpolicy.moc"
