// libFuzzer entry point for the research report's markdown: any bytes as a report, read the way the report view
// reads it (GitHub dialect, no HTML) into a ReportDocument, laid out on the offscreen platform (no display). Besides
// the sanitizers, it checks that the document refuses every resource it is asked for (every image the layout
// wanted was refused, and shows as the placeholder: nothing was loaded) and that the link policy gives every link in the report a verdict, with
// only http(s) links with a host and no user info allowed.

#include "previews/linkpolicy.h"
#include "previews/reportdocument.h"

#include "fuzzcheck.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextFragment>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "fuzz_report";
    static char *argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    jw::ReportDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                   | QTextDocument::MarkdownNoHTML));
    document.setTextWidth(480);
    FUZZ_CHECK(document.size().width() > 0); // lays the document out: images ask for their resources here
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat()) {
                const QString name = format.toImageFormat().name();
                // Qt asks for ":/x" as "qrc:/x".
                const QUrl asked(name.startsWith(u":/"_s) ? u"qrc"_s + name : name);
                FUZZ_CHECK(name.isEmpty() || document.refusedResources().contains(asked));
                // Nothing was loaded behind the document's back either: every image is the placeholder.
                const QSizeF shown = document.documentLayout()->handlerForObject(QTextFormat::ImageObject)
                                         ->intrinsicSize(&document, it.fragment().position(), format);
                FUZZ_CHECK(shown.width() <= jw::ReportDocument::kPlaceholderSize
                           && shown.height() <= jw::ReportDocument::kPlaceholderSize);
            }
            if (format.isAnchor()) {
                const jw::LinkVerdict verdict = jw::checkExternalLink(QUrl(format.anchorHref()));
                FUZZ_CHECK(verdict.allowed == verdict.reason.isEmpty());
                if (verdict.allowed) {
                    const QUrl url(format.anchorHref());
                    FUZZ_CHECK((url.scheme().toLower() == u"http"_s || url.scheme().toLower() == u"https"_s)
                          && !url.host().isEmpty() && url.userInfo().isEmpty());
                }
            }
        }
    }
    (void)document.toMarkdown();
    return 0;
}
