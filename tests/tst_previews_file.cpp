// FilePreview for documents (the simulated PDF) and other files: title, format and size without downloading;
// Save as… downloads first with a progress bar, then saves; the link opens only after the http(s) check.

#include "previews/filepreview.h"
#include "sim/artifacts.h"

#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

class tst_PreviewsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentShowsTitleFormatAndSizeWithoutDownloading();
    void saveAsDownloadsWithProgressThenSaves();
    void otherFileLinkOpensOnlyAfterTheCheck_data();
    void otherFileLinkOpensOnlyAfterTheCheck();

private:
    QTemporaryDir m_dir;
};

static Artifact pdfArtifact()
{
    Artifact a;
    a.kind = ArtifactKind::Document;
    a.url = u"http://127.0.0.1:9/artifacts/job_d/document.pdf"_s;
    a.title = u"Quarterly report"_s;
    a.sizeBytes = 2048;
    return a;
}

void tst_PreviewsFile::documentShowsTitleFormatAndSizeWithoutDownloading()
{
    FilePreview preview(pdfArtifact());
    preview.show();
    QVERIFY(!preview.fetchesAutomatically());
    QCOMPARE(preview.state(), ArtifactPreview::State::Loaded);
    QCOMPARE(preview.findChild<QLabel *>(u"previewTitle"_s)->text(), u"Quarterly report"_s);
    QVERIFY2(preview.formatText().contains(u"PDF"_s), qPrintable(preview.formatText()));
    QVERIFY2(preview.formatText().contains(QRegularExpression(u"2\\.0 [kK]B"_s)), qPrintable(preview.formatText()));
    QVERIFY(preview.progressBar()->isHidden());
}

void tst_PreviewsFile::saveAsDownloadsWithProgressThenSaves()
{
    QVERIFY(m_dir.isValid());
    const QByteArray pdf = sim::simplePdf(u"Quarterly report"_s, {u"Line one"_s});
    FilePreview preview(pdfArtifact());
    preview.show();
    // Save as… with nothing downloaded yet: the preview asks for the download and keeps the target.
    const QString target = m_dir.filePath(u"report.pdf"_s);
    QSignalSpy fetch(&preview, &ArtifactPreview::fetchRequested);
    QVERIFY(!preview.saveTo(target)); // the direct call refuses: nothing downloaded
    preview.requestSave(target);
    QCOMPARE(fetch.size(), 1);

    preview.setProgress(pdf.size() / 2, pdf.size());
    QVERIFY(preview.progressBar()->isVisible());
    QCOMPARE(preview.progressBar()->value(), int((pdf.size() / 2) * 1000 / pdf.size()));
    QCOMPARE(preview.state(), ArtifactPreview::State::Loaded); // the description stays; the bar moves

    const QString cached = m_dir.filePath(u"cache-entry.pdf"_s);
    QFile file(cached);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    FetchResult done;
    done.filePath = cached;
    done.sizeBytes = pdf.size();
    done.mimeType = u"application/pdf"_s;
    preview.setFetchResult(done);
    QCOMPARE(preview.state(), ArtifactPreview::State::Loaded);
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), pdf);
    QCOMPARE(preview.progressBar()->value(), preview.progressBar()->maximum());
}

void tst_PreviewsFile::otherFileLinkOpensOnlyAfterTheCheck_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("opens");
    QTest::newRow("https") << u"https://cdn.example.com/out/archive.zip"_s << true;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("data") << u"data:application/zip;base64,UEsDBA=="_s << false;
}

void tst_PreviewsFile::otherFileLinkOpensOnlyAfterTheCheck()
{
    QFETCH(QString, url);
    QFETCH(bool, opens);
    Artifact a;
    a.kind = ArtifactKind::Other;
    a.url = url;
    FilePreview preview(a);
    QList<QUrl> opened;
    preview.setUrlOpener([&opened](const QUrl &u) {
        opened.append(u);
        return true;
    });
    preview.show();
    auto *link = preview.findChild<QLabel *>(u"fileLink"_s);
    QVERIFY(link);
    QSignalSpy notices(&preview, &ArtifactPreview::notice);
    Q_EMIT link->linkActivated(u"open"_s);
    QCOMPARE(opened.size(), opens ? 1 : 0);
    if (opens)
        QCOMPARE(opened.constFirst(), QUrl(url));
    else
        QVERIFY(notices.size() == 1 && notices.at(0).at(0).toString().startsWith(u"Refused"_s));
}

QTEST_MAIN(tst_PreviewsFile)
#include "tst_previews_file.moc"
