// ReportView: the simulated provider's research report rendered as untrusted markdown — sources and queries
// shown, citations linked, links opened only after the http(s) check, and no resource (remote image, local
// file, data: URL) ever loaded.

#include "previews/reportdocument.h"
#include "previews/reportview.h"
#include "sim/artifacts.h"
#include "sim/simulatedprovider.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace jw;
using namespace Qt::StringLiterals;

namespace {

Report simReport(const QString &jobId)
{
    const sim::ResearchContent content = sim::researchReport(jobId);
    Report report;
    report.markdown = content.markdown;
    for (const auto &[title, url] : content.sources)
        report.sources.append(Source{title, url});
    report.queries = content.queries;
    report.sourceCount = int(content.sources.size());
    return report;
}

} // namespace

class tst_PreviewsReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rendersReportWithSourceCountAndQueries();
    void citationsLinkToTheirSources();
    void sourcesMissingFromTheMarkdownAreAppended();
    void webLinksOpenAfterTheCheck();
    void dangerousLinksAreRefused_data();
    void dangerousLinksAreRefused();
    void remoteImagesAreNeverRequested();
    void localAndDataImagesAreNotLoaded();
    void localImagePathsAreNotReadBehindTheDocument();
    void rawHtmlIsNotRendered();

private:
    std::unique_ptr<ReportView> m_view;
    QList<QUrl> m_opened;
};

void tst_PreviewsReport::init()
{
    m_opened.clear();
    m_view = std::make_unique<ReportView>();
    m_view->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    m_view->resize(600, 700);
    m_view->show();
}

void tst_PreviewsReport::cleanup()
{
    m_view.reset();
}

void tst_PreviewsReport::rendersReportWithSourceCountAndQueries()
{
    const Report report = simReport(u"job_report1"_s);
    QVERIFY(!m_view->isLoaded());
    m_view->setReport(report);
    QVERIFY(m_view->isLoaded());
    // (Plural forms come from the English translation; the test binary loads none, so check the parts.)
    const QStringList parts = m_view->summaryText().split(u" \u00b7 "_s);
    QCOMPARE(parts.size(), 2);
    QVERIFY2(parts.at(0).startsWith(u"%1 source"_s.arg(report.sources.size())), qPrintable(parts.at(0)));
    QVERIFY2(parts.at(1).startsWith(u"3 search"_s), qPrintable(parts.at(1)));
    const auto *queries = m_view->findChild<QLabel *>(u"reportQueries"_s);
    QVERIFY(queries && queries->isVisible());
    QVERIFY(queries->text().contains(report.queries.at(1)));
    // The markdown is rendered, not shown as source: the heading's "# " is gone, its text is there.
    const QString plain = m_view->document()->toPlainText();
    QVERIFY(plain.startsWith(sim::researchReport(u"job_report1"_s).title));
    QVERIFY(!plain.contains(u"## Summary"_s));
}

void tst_PreviewsReport::citationsLinkToTheirSources()
{
    const Report report = simReport(u"job_report2"_s);
    m_view->setReport(report);
    const QStringList links = m_view->linkTargets();
    // Every source is linked (the markdown's own list), and the "[2]" citations point at source 2 too.
    for (const Source &source : report.sources)
        QVERIFY2(links.contains(source.url), qPrintable(source.url));
    QVERIFY(links.count(report.sources.at(1).url) >= 2);
}

void tst_PreviewsReport::sourcesMissingFromTheMarkdownAreAppended()
{
    Report report;
    report.markdown = u"# Findings\n\nBatteries are getting cheaper [1].\n"_s;
    report.sources = {Source{u"Grid storage survey"_s, u"https://example.org/survey"_s}};
    m_view->setReport(report);
    QVERIFY(m_view->summaryText().startsWith(u"1 source"_s));
    QVERIFY(!m_view->summaryText().contains(u"search"_s)); // no queries: none mentioned
    QVERIFY(m_view->findChild<QLabel *>(u"reportQueries"_s)->isHidden());
    QVERIFY(m_view->document()->toPlainText().contains(u"1. Grid storage survey"_s));
    QCOMPARE(m_view->linkTargets().count(u"https://example.org/survey"_s), 2); // citation + list entry
}

void tst_PreviewsReport::webLinksOpenAfterTheCheck()
{
    m_view->setReport(simReport(u"job_report3"_s));
    QSignalSpy opened(m_view.get(), &ReportView::linkOpened);
    const QUrl url(u"https://example.com/frontend-frameworks/1"_s);
    Q_EMIT m_view->browser()->anchorClicked(url);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(m_opened, QList<QUrl>{url});
    QVERIFY(m_view->messageText().isEmpty());
}

void tst_PreviewsReport::dangerousLinksAreRefused_data()
{
    QTest::addColumn<QString>("markdownLink");
    QTest::addColumn<QString>("expected");
    QTest::newRow("file") << u"file:///etc/passwd"_s << u"\"file:\""_s;
    QTest::newRow("javascript") << u"javascript:alert(document.cookie)"_s << u"\"javascript:\""_s;
    QTest::newRow("data") << u"data:text/html,<b>hi</b>"_s << u"\"data:\""_s;
    QTest::newRow("relative file") << u"../secrets.txt"_s << u"only web links"_s;
}

void tst_PreviewsReport::dangerousLinksAreRefused()
{
    QFETCH(QString, markdownLink);
    QFETCH(QString, expected);
    Report report;
    report.markdown = u"Click [here](%1) for more.\n"_s.arg(markdownLink);
    m_view->setReport(report);
    const QStringList links = m_view->linkTargets();
    QCOMPARE(links.size(), 1); // the markdown link is rendered as a link…
    QSignalSpy refused(m_view.get(), &ReportView::linkRefused);
    Q_EMIT m_view->browser()->anchorClicked(QUrl(links.constFirst())); // …but a click does not open it
    QCOMPARE(refused.size(), 1);
    QVERIFY(m_opened.isEmpty());
    QVERIFY2(m_view->messageText().contains(expected), qPrintable(m_view->messageText()));
    QVERIFY(m_view->findChild<QLabel *>(u"reportMessage"_s)->isVisible());
}

void tst_PreviewsReport::remoteImagesAreNeverRequested()
{
    SimulatedProvider sim;
    QVERIFY2(sim.listen(0), qPrintable(sim.errorString()));
    const QString image = sim.rootUrl().toString() + u"/artifacts/job_img/image.png"_s;
    Report report;
    report.markdown = u"# Chart\n\n![chart](%1)\n\nAn inline <img src=\"%1\"> tag too.\n"_s.arg(image);
    m_view->setReport(report);
    m_view->browser()->viewport()->repaint(); // layout and paint: where images would be asked for
    QApplication::processEvents();
    QVERIFY(m_view->document()->refusedResources().contains(QUrl(image))); // asked for, and refused
    // The refusal is synchronous (loadResource returned nothing); the server has seen no request at all.
    QApplication::processEvents();
    QVERIFY(sim.requests().isEmpty());
}

void tst_PreviewsReport::localAndDataImagesAreNotLoaded()
{
    Report report;
    report.markdown = u"![a](file:///etc/hostname) ![b](data:image/png;base64,iVBORw0KGgo=) ![c](relative.png)\n"_s;
    m_view->setReport(report);
    m_view->browser()->viewport()->repaint();
    const QList<QUrl> refused = m_view->document()->refusedResources();
    QVERIFY(refused.contains(QUrl(u"file:///etc/hostname"_s)));
    QVERIFY(refused.contains(QUrl(u"relative.png"_s)));
    QCOMPARE(refused.size(), 3);
}

// Found by fuzzing (fuzz_report): a refused image used to reach Qt's image handler as nothing, and the handler
// then read the image's name as a local file path itself, so a report could show any image file of the user's.
void tst_PreviewsReport::localImagePathsAreNotReadBehindTheDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"private.png"_s);
    QImage secret(40, 300, QImage::Format_RGB32);
    secret.fill(Qt::red);
    QVERIFY(secret.save(path));
    Report report;
    report.markdown = u"![a](%1) ![b](file://%1)\n"_s.arg(path);
    m_view->setReport(report);
    m_view->browser()->viewport()->repaint();
    QVERIFY(m_view->document()->refusedResources().contains(QUrl(path)));
    int images = 0;
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().isImageFormat())
                continue;
            ++images;
            const QSizeF shown = m_view->document()->documentLayout()->handlerForObject(QTextFormat::ImageObject)
                                     ->intrinsicSize(m_view->document(), it.fragment().position(), it.fragment().charFormat());
            QVERIFY2(shown.height() <= ReportDocument::kPlaceholderSize, qPrintable(u"%1 px high"_s.arg(shown.height())));
        }
    }
    QCOMPARE(images, 2);
}

void tst_PreviewsReport::rawHtmlIsNotRendered()
{
    Report report;
    report.markdown = u"Before <a href=\"javascript:alert(1)\">html link</a> after.\n\n<script>alert(1)</script>\n"_s;
    m_view->setReport(report);
    QVERIFY(m_view->linkTargets().isEmpty()); // raw HTML is text, not a link
}

QTEST_MAIN(tst_PreviewsReport)
#include "tst_previews_report.moc"
