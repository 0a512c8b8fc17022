// TextPreview: the simulated provider's text output shown as text (read off the GUI thread); a file over the
// cap is cut with a note, and an unreadable file says so.

#include "previewtesthelpers.h"

#include "previews/textpreview.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

class tst_PreviewsText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheTextAsUtf8();
    void longTextIsCappedWithANote();
    void missingFileSaysSo();

private:
    static Artifact textArtifact()
    {
        Artifact a;
        a.kind = ArtifactKind::Text;
        a.url = u"http://127.0.0.1:9/artifacts/job_t/output.txt"_s;
        return a;
    }
    QTemporaryDir m_dir;
};

void tst_PreviewsText::showsTheTextAsUtf8()
{
    TextPreview preview(textArtifact());
    preview.show();
    preview.setLocalFile(previewtest::writeFile(m_dir, u"out.txt"_s, "Generated text.\nA lighthouse keeper \xe2\x80\x94 \xc3\xbc.\n"));
    QTRY_COMPARE(preview.state(), ArtifactPreview::State::Loaded);
    QCOMPARE(preview.text(), u"Generated text.\nA lighthouse keeper \u2014 \u00fc.\n"_s);
    QVERIFY(!preview.isTruncated());
}

void tst_PreviewsText::longTextIsCappedWithANote()
{
    TextPreview preview(textArtifact());
    preview.show();
    QByteArray lines;
    while (lines.size() <= TextPreview::kMaxBytes + 5000)
        lines += "A line of generated output text, long enough to add up.\n";
    preview.setLocalFile(previewtest::writeFile(m_dir, u"long.txt"_s, lines));
    QTRY_COMPARE(preview.state(), ArtifactPreview::State::Loaded);
    QVERIFY(preview.isTruncated());
    QCOMPARE(preview.text().size(), TextPreview::kMaxBytes);
    auto *status = preview.findChild<QLabel *>(u"previewStatus"_s);
    QVERIFY(status && status->isVisible());
    QVERIFY(status->text().contains(u"Save as"_s));
}

void tst_PreviewsText::missingFileSaysSo()
{
    TextPreview preview(textArtifact());
    preview.show();
    preview.setLocalFile(m_dir.filePath(u"gone.txt"_s));
    QTRY_COMPARE(preview.state(), ArtifactPreview::State::Failed);
    QCOMPARE(preview.problem(), PreviewProblem::Storage);
    QVERIFY(preview.problemDetail().startsWith(u"The downloaded file could not be read."_s));
}

QTEST_MAIN(tst_PreviewsText)
#include "tst_previews_text.moc"
