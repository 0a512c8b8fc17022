#include "previews/reportview.h"

#include "previews/linkpolicy.h"
#include "previews/reportdocument.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

ReportView::ReportView(QWidget *parent)
    : QWidget(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *header = new QVBoxLayout;
    header->setSpacing(1);
    m_title = new QLabel(tr("Research report"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reportSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_title);
    header->addWidget(m_summary);
    layout->addLayout(header);

    m_queries = new QLabel(this);
    m_queries->setObjectName(u"reportQueries"_s);
    m_queries->setTextFormat(Qt::PlainText);
    m_queries->setWordWrap(true);
    m_queries->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_queries);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"reportBrowser"_s);
    m_document = new ReportDocument(m_browser);
    m_browser->setDocument(m_document);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setMinimumHeight(260);
    m_document->setDocumentMargin(10);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ReportView::openLink);
    // Hovering a link shows its real target (the text of a markdown link can say anything).
    connect(m_browser, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) { m_browser->setToolTip(url.isEmpty() ? QString() : url.toDisplayString()); });
    layout->addWidget(m_browser, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"reportMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    QPalette warn = m_message->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_message->setPalette(warn);
    m_message->setVisible(false);
    layout->addWidget(m_message);
}

ReportView::~ReportView() = default;

void ReportView::setReport(const Report &report)
{
    if (m_loaded && report == m_report)
        return;
    m_report = report;
    const int sources = report.sourceCount.value_or(int(report.sources.size()));
    const int queries = int(report.queries.size());
    QStringList summary;
    summary << tr("%n source(s)", nullptr, sources);
    if (queries > 0)
        summary << tr("%n search(es)", nullptr, queries);
    m_summary->setText(summary.join(u" \u00b7 "_s));
    if (queries > 0) {
        QStringList quoted;
        for (const QString &q : report.queries)
            quoted << tr("\u201c%1\u201d", "a search query in quotation marks").arg(q.simplified());
        m_queries->setText(tr("Searched for: %1").arg(quoted.join(u", "_s)));
    }
    m_queries->setVisible(queries > 0);

    m_message->clear();
    m_message->setVisible(false);
    m_document->setMarkdown(report.markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                             | QTextDocument::MarkdownNoHTML));
    linkCitations();
    appendMissingSources();
    // Start reading at the top (editing the document may have scrolled the view).
    m_browser->moveCursor(QTextCursor::Start);
    m_browser->ensureCursorVisible();
    m_loaded = true;
}

QString ReportView::summaryText() const
{
    return m_summary->text();
}

QString ReportView::messageText() const
{
    return m_message->text();
}

QStringList ReportView::linkTargets() const
{
    QStringList out;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                out << format.anchorHref();
        }
    }
    return out;
}

// "[2]" in the text becomes a link to source 2 (when there is one and the text is not a link already).
void ReportView::linkCitations()
{
    if (m_report.sources.isEmpty())
        return;
    static const QRegularExpression citation(u"\\[(\\d{1,3})\\]"_s);
    QTextCursor cursor(m_document);
    QTextCharFormat link;
    link.setAnchor(true);
    link.setForeground(palette().link());
    while (true) {
        cursor = m_document->find(citation, cursor);
        if (cursor.isNull())
            break;
        const QRegularExpressionMatch match = citation.match(cursor.selectedText());
        const int n = match.captured(1).toInt();
        if (n < 1 || n > m_report.sources.size() || cursor.charFormat().isAnchor())
            continue;
        const Source &source = m_report.sources.at(n - 1);
        link.setAnchorHref(source.url);
        link.setToolTip(source.title.isEmpty() ? source.url : source.title + u'\n' + source.url);
        cursor.mergeCharFormat(link);
    }
}

// Sources the markdown does not link itself get a section at the end, numbered as the citations count them.
void ReportView::appendMissingSources()
{
    QList<int> missing;
    for (int i = 0; i < m_report.sources.size(); ++i) {
        if (!m_report.sources.at(i).url.isEmpty() && !m_report.markdown.contains(m_report.sources.at(i).url))
            missing.append(i);
    }
    if (missing.isEmpty())
        return;
    QTextCursor cursor(m_document);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat heading;
    heading.setHeadingLevel(2);
    heading.setTopMargin(12);
    heading.setBottomMargin(6);
    QTextCharFormat headingChars;
    headingChars.setFontWeight(QFont::Bold);
    headingChars.setFontPointSize(font().pointSizeF() * 1.3);
    cursor.insertBlock(heading, headingChars);
    cursor.insertText(tr("Sources"));
    QTextBlockFormat item;
    item.setIndent(1);
    item.setBottomMargin(2);
    for (const int i : missing) {
        const Source &source = m_report.sources.at(i);
        cursor.insertBlock(item, QTextCharFormat());
        cursor.insertText(u"%1. "_s.arg(i + 1), QTextCharFormat());
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(source.url);
        link.setForeground(palette().link());
        link.setFontUnderline(true);
        cursor.insertText(source.title.isEmpty() ? source.url : source.title, link);
        QTextCharFormat host;
        host.setForeground(palette().placeholderText());
        cursor.insertText(u"  "_s + QUrl(source.url).host(), host);
    }
}

void ReportView::openLink(const QUrl &url)
{
    // In-document anchors (a table of contents) scroll, nothing leaves the app.
    if (url.isRelative() && url.path().isEmpty() && !url.fragment().isEmpty()) {
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    const LinkVerdict verdict = checkExternalLink(url);
    if (!verdict.allowed) {
        m_message->setText(verdict.reason);
        m_message->setVisible(true);
        Q_EMIT linkRefused(url, verdict.reason);
        Q_EMIT notice(verdict.reason);
        return;
    }
    m_message->clear();
    m_message->setVisible(false);
    if (m_opener(url))
        Q_EMIT linkOpened(url);
}

} // namespace jw
