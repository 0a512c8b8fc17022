// The artifact disk cache: keys by URL with volatile signing parameters stripped, LRU eviction under
// a size cap, access times that survive a restart, and temp files moved in atomically.

#include "artifacts/diskcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
// Writes `size` bytes to a fresh temp file of `cache` for `url` and returns its path.
QString download(const DiskCache &cache, const QUrl &url, int size, char fill = 'x')
{
    const QString path = cache.temporaryPath(url);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QByteArray(size, fill));
    return path;
}
} // namespace

class TestDiskCache final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    DiskCache::Clock clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void refreshedSignedUrlHasTheSameKey_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("same");
        QTest::newRow("expires+sig") << u"https://cdn.example/a/scene_1.png?expires=100&sig=abc"_s
                                     << u"https://cdn.example/a/scene_1.png?expires=200&sig=def"_s << true;
        QTest::newRow("aws") << u"https://b.s3.amazonaws.com/o.mp4?X-Amz-Date=1&X-Amz-Signature=aa&X-Amz-Expires=60"_s
                             << u"https://b.s3.amazonaws.com/o.mp4?X-Amz-Date=2&X-Amz-Signature=bb&X-Amz-Expires=60"_s << true;
        QTest::newRow("cloudfront") << u"https://d.cloudfront.net/v.mp4?Expires=1&Signature=x&Key-Pair-Id=K"_s
                                    << u"https://d.cloudfront.net/v.mp4?Expires=2&Signature=y&Key-Pair-Id=K"_s << true;
        QTest::newRow("fragment ignored") << u"https://x.example/a.png#top"_s << u"https://x.example/a.png"_s << true;
        QTest::newRow("host case") << u"https://X.Example/a.png"_s << u"https://x.example/a.png"_s << true;
        QTest::newRow("other param kept") << u"https://x.example/get?file=1&sig=a"_s << u"https://x.example/get?file=2&sig=a"_s
                                          << false;
        QTest::newRow("other path") << u"https://x.example/a.png?sig=a"_s << u"https://x.example/b.png?sig=a"_s << false;
        QTest::newRow("other host") << u"https://x.example/a.png"_s << u"https://y.example/a.png"_s << false;
    }
    void refreshedSignedUrlHasTheSameKey()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, same);
        QCOMPARE(DiskCache::key(QUrl(first)) == DiskCache::key(QUrl(second)), same);
        QCOMPARE(DiskCache::key(QUrl(first)).size(), 40);
    }

    void signedUrlsAreRecognised_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("isSigned");
        QTest::newRow("scenes") << u"http://127.0.0.1:1/artifacts/j/scene_1.png?expires=5&sig=ab"_s << true;
        QTest::newRow("aws") << u"https://b.s3.amazonaws.com/o.mp4?X-Amz-Signature=aa"_s << true;
        QTest::newRow("plain") << u"https://cdn.example/o.mp4"_s << false;
        QTest::newRow("unrelated query") << u"https://cdn.example/o.mp4?download=1"_s << false;
    }
    void signedUrlsAreRecognised()
    {
        QFETCH(QString, url);
        QFETCH(bool, isSigned);
        QCOMPARE(DiskCache::isSignedUrl(QUrl(url)), isSigned);
    }

    void insertMovesTheDownloadInAndLookupFindsIt()
    {
        QTemporaryDir dir;
        DiskCache cache(dir.path(), 1 << 20);
        const QUrl url(u"https://cdn.example/a/image.png?expires=1&sig=x"_s);
        QVERIFY(cache.lookup(url).isEmpty());
        const QString temp = download(cache, url, 100);
        const QString path = cache.insert(url, temp);
        QVERIFY(!path.isEmpty());
        QVERIFY(!QFile::exists(temp));
        QVERIFY(path.endsWith(u".png"_s));
        QCOMPARE(QFileInfo(path).size(), 100);
        QCOMPARE(cache.totalBytes(), 100);
        // The refreshed signed URL hits the same entry.
        QCOMPARE(cache.lookup(QUrl(u"https://cdn.example/a/image.png?expires=2&sig=y"_s)), path);
        QVERIFY(cache.contains(url));
    }

    void evictsLeastRecentlyUsedUntilUnderTheCap()
    {
        QTemporaryDir dir;
        DiskCache cache(dir.path(), 300);
        cache.setClock(clock());
        const QUrl a(u"https://x.example/a.bin"_s), b(u"https://x.example/b.bin"_s), c(u"https://x.example/c.bin"_s),
            d(u"https://x.example/d.bin"_s);
        QVERIFY(!cache.insert(a, download(cache, a, 100)).isEmpty());
        m_now = m_now.addSecs(10);
        QVERIFY(!cache.insert(b, download(cache, b, 100)).isEmpty());
        m_now = m_now.addSecs(10);
        QVERIFY(!cache.insert(c, download(cache, c, 100)).isEmpty());
        m_now = m_now.addSecs(10);
        QVERIFY(!cache.lookup(a).isEmpty()); // a is now the most recently used; b is the oldest
        m_now = m_now.addSecs(10);
        QVERIFY(!cache.insert(d, download(cache, d, 100)).isEmpty());
        QCOMPARE(cache.totalBytes(), 300);
        QVERIFY(cache.contains(a));
        QVERIFY(!cache.contains(b));
        QVERIFY(cache.contains(c));
        QVERIFY(cache.contains(d));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);

        // Shrinking the cap evicts at once, oldest first.
        cache.setMaxBytes(150);
        QCOMPARE(cache.count(), 1);
        QVERIFY(cache.contains(d));
    }

    void aPinnedEntryIsNotEvictedUntilUnpinned()
    {
        QTemporaryDir dir;
        DiskCache cache(dir.path(), 200);
        cache.setClock(clock());
        const QUrl a(u"https://x.example/a.bin?X-Amz-Signature=1"_s), b(u"https://x.example/b.bin"_s),
            c(u"https://x.example/c.bin"_s);
        QVERIFY(!cache.insert(a, download(cache, a, 100)).isEmpty());
        cache.pin(QUrl(u"https://x.example/a.bin?X-Amz-Signature=2"_s)); // the same entry, refreshed signature
        cache.pin(a);                                                    // counted
        QVERIFY(cache.isPinned(a));
        m_now = m_now.addSecs(10);
        QVERIFY(!cache.insert(b, download(cache, b, 100)).isEmpty());
        m_now = m_now.addSecs(10);
        QVERIFY(!cache.insert(c, download(cache, c, 100)).isEmpty());
        QVERIFY(cache.contains(a)); // the oldest, but pinned: b went instead
        QVERIFY(!cache.contains(b));
        cache.unpin(a);
        QVERIFY(cache.contains(a)); // still pinned once
        QCOMPARE(cache.totalBytes(), 200);
        cache.setMaxBytes(100);
        QVERIFY(cache.contains(a));
        QVERIFY(!cache.contains(c));
        cache.setMaxBytes(50);
        QVERIFY(cache.contains(a)); // over the cap, held by its pin
        cache.unpin(a);             // the last pin: what it held over the cap goes now
        QVERIFY(!cache.isPinned(a));
        QVERIFY(!cache.contains(a));
        QCOMPARE(cache.totalBytes(), 0);
        cache.unpin(a); // unbalanced: harmless
    }

    void aFileLargerThanTheCapStillLands()
    {
        QTemporaryDir dir;
        DiskCache cache(dir.path(), 50);
        const QUrl big(u"https://x.example/big.mp4"_s);
        const QString path = cache.insert(big, download(cache, big, 120));
        QVERIFY(!path.isEmpty());
        QVERIFY(cache.contains(big));
    }

    void accessTimesSurviveARestart()
    {
        QTemporaryDir dir;
        const QUrl a(u"https://x.example/a.bin"_s), b(u"https://x.example/b.bin"_s), c(u"https://x.example/c.bin"_s);
        {
            DiskCache cache(dir.path(), 1000);
            cache.setClock(clock());
            cache.insert(a, download(cache, a, 100));
            m_now = m_now.addSecs(60);
            cache.insert(b, download(cache, b, 100));
            m_now = m_now.addSecs(60);
            QVERIFY(!cache.lookup(a).isEmpty()); // b is the oldest now
            // A download that was interrupted leaves a .part file behind.
            download(cache, c, 10);
        }
        DiskCache reopened(dir.path(), 1000);
        QCOMPARE(reopened.count(), 2);
        QCOMPARE(reopened.totalBytes(), 200);
        QVERIFY(QDir(dir.path() + u"/tmp"_s).entryList(QDir::Files).isEmpty());
        reopened.setMaxBytes(100);
        QVERIFY(reopened.contains(a));
        QVERIFY(!reopened.contains(b));
    }

    void removeAndClearDeleteFiles()
    {
        QTemporaryDir dir;
        DiskCache cache(dir.path(), 1000);
        const QUrl a(u"https://x.example/a.bin"_s), b(u"https://x.example/b.bin"_s);
        const QString pa = cache.insert(a, download(cache, a, 10));
        const QString pb = cache.insert(b, download(cache, b, 10));
        QVERIFY(cache.remove(a));
        QVERIFY(!QFile::exists(pa));
        QVERIFY(!cache.remove(a));
        cache.clear();
        QVERIFY(!QFile::exists(pb));
        QCOMPARE(cache.totalBytes(), 0);
    }

    void fileDeletedBehindTheCacheIsAMiss()
    {
        QTemporaryDir dir;
        DiskCache cache(dir.path(), 1000);
        const QUrl a(u"https://x.example/a.bin"_s);
        QFile::remove(cache.insert(a, download(cache, a, 10)));
        QVERIFY(cache.lookup(a).isEmpty());
        QCOMPARE(cache.totalBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDiskCache)
#include "tst_diskcache.moc"
