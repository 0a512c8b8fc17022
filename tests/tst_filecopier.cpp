// FileCopier: copies off the GUI thread, atomically (nothing under the final name until complete), one
// copied() per copy, replace or keep-both semantics, and a clear message when it cannot.

#include "artifacts/filecopier.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestFileCopier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesIntoNewFolders()
    {
        QTemporaryDir dir;
        const QByteArray bytes(3 * 1024 * 1024 + 17, 'v'); // more than one chunk
        QVERIFY(writeFile(dir.filePath(u"src.mp4"_s), bytes));
        FileCopier copier;
        QSignalSpy copied(&copier, &FileCopier::copied);
        const quint64 id = copier.copy(dir.filePath(u"src.mp4"_s), dir.filePath(u"a/b/c/out.mp4"_s), FileCopier::Existing::Replace);
        QCOMPARE(copied.count(), 0); // never inside copy()
        QTRY_COMPARE(copied.count(), 1);
        const auto outcome = copied.first().at(0).value<FileCopier::Outcome>();
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.id, id);
        QCOMPARE(outcome.path, dir.filePath(u"a/b/c/out.mp4"_s));
        QCOMPARE(outcome.bytes, qint64(bytes.size()));
        QCOMPARE(readFile(outcome.path), bytes);
        QCOMPARE(QDir(dir.filePath(u"a/b/c"_s)).entryList(QDir::Files | QDir::Hidden), QStringList{u"out.mp4"_s});
        QCOMPARE(copier.pending(), 0);
    }

    void replaceOverwritesAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"src"_s), "new"));
        QVERIFY(writeFile(dir.filePath(u"dst.txt"_s), "old contents"));
        const auto outcome = FileCopier::copyNow(dir.filePath(u"src"_s), dir.filePath(u"dst.txt"_s), FileCopier::Existing::Replace);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(readFile(dir.filePath(u"dst.txt"_s)), QByteArray("new"));
    }

    void keepBothKeepsAnIdenticalFileAndNumbersADifferentOne()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"src"_s), "same"));
        QVERIFY(writeFile(dir.filePath(u"out/r.png"_s), "same"));
        auto outcome = FileCopier::copyNow(dir.filePath(u"src"_s), dir.filePath(u"out/r.png"_s), FileCopier::Existing::KeepBoth);
        QVERIFY(outcome.ok());
        QVERIFY(outcome.unchanged);
        QCOMPARE(outcome.path, dir.filePath(u"out/r.png"_s));

        QVERIFY(writeFile(dir.filePath(u"src"_s), "different"));
        outcome = FileCopier::copyNow(dir.filePath(u"src"_s), dir.filePath(u"out/r.png"_s), FileCopier::Existing::KeepBoth);
        QVERIFY(outcome.ok());
        QVERIFY(!outcome.unchanged);
        QCOMPARE(outcome.path, dir.filePath(u"out/r (2).png"_s));
        QCOMPARE(readFile(dir.filePath(u"out/r.png"_s)), QByteArray("same"));
        QCOMPARE(readFile(outcome.path), QByteArray("different"));
        QVERIFY(writeFile(dir.filePath(u"src"_s), "third"));
        outcome = FileCopier::copyNow(dir.filePath(u"src"_s), dir.filePath(u"out/r.png"_s), FileCopier::Existing::KeepBoth);
        QCOMPARE(outcome.path, dir.filePath(u"out/r (3).png"_s));
    }

    void failuresSayWhatAndWhere()
    {
        QTemporaryDir dir;
        auto outcome = FileCopier::copyNow(dir.filePath(u"missing"_s), dir.filePath(u"x"_s), FileCopier::Existing::Replace);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(u"Could not read"_s) && outcome.error.contains(u"missing"_s), qPrintable(outcome.error));

        // (Tests may run as root, where permissions do not stop a write: a folder and a file stand in the way.)
        QVERIFY(writeFile(dir.filePath(u"src"_s), "x"));
        QVERIFY(QDir().mkpath(dir.filePath(u"taken/out"_s)));
        outcome = FileCopier::copyNow(dir.filePath(u"src"_s), dir.filePath(u"taken/out"_s), FileCopier::Existing::Replace);
        QVERIFY2(outcome.error.contains(u"Could not write"_s) && outcome.error.contains(u"taken"_s), qPrintable(outcome.error));
        QVERIFY(QFileInfo(dir.filePath(u"taken/out"_s)).isDir());

        QVERIFY(writeFile(dir.filePath(u"plain-file"_s), "x"));
        outcome = FileCopier::copyNow(dir.filePath(u"src"_s), dir.filePath(u"plain-file/sub/out"_s), FileCopier::Existing::Replace);
        QVERIFY2(outcome.error.contains(u"Could not create the folder"_s) && outcome.error.contains(u"plain-file"_s),
                 qPrintable(outcome.error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), (QStringList{u"plain-file"_s, u"src"_s}));
    }

    void cancelledCopiesDoNotStart()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"src"_s), QByteArray(1024, 'a')));
        FileCopier copier;
        QSignalSpy copied(&copier, &FileCopier::copied);
        for (int i = 0; i < 200; ++i)
            copier.copy(dir.filePath(u"src"_s), dir.filePath(u"out/%1"_s.arg(i)), FileCopier::Existing::Replace);
        copier.cancelPending();
        QTRY_COMPARE(copied.count(), 200); // every copy reports, cancelled or not
        int cancelled = 0;
        for (const auto &args : copied) {
            const auto outcome = args.at(0).value<FileCopier::Outcome>();
            if (!outcome.ok()) {
                QCOMPARE(outcome.error, u"Cancelled"_s);
                QVERIFY(!QFileInfo::exists(dir.filePath(u"out/%1"_s.arg(outcome.id - 1))));
                ++cancelled;
            }
        }
        QVERIFY(cancelled > 0);
    }
};

QTEST_GUILESS_MAIN(TestFileCopier)
#include "tst_filecopier.moc"
