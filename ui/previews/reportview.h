#pragma once
// Research report: the markdown rendered in a QTextBrowser (GitHub dialect, raw HTML off), the
// numbered citations "[n]" linked to their sources, the sources the markdown does not list itself, the search
// queries and the source count. The markdown is untrusted: the document loads no resource at all (see
// ReportDocument) and links open only after checkExternalLink — file:, javascript:, data: and the like are
// refused with a message. In-document anchors (#section) scroll.

#include "model/job.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTextBrowser;
class QUrl;

namespace jw {

class ReportDocument;

class ReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportView)
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit ReportView(QWidget *parent = nullptr);
    ~ReportView() override;

    void setReport(const Report &report);
    const Report &report() const { return m_report; }
    bool isLoaded() const { return m_loaded; }

    // Seam for the desktop: defaults to QDesktopServices::openUrl.
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    QTextBrowser *browser() const { return m_browser; }
    ReportDocument *document() const { return m_document; }
    QString summaryText() const;  // "8 sources · 3 searches"
    QString messageText() const;  // the last refusal, or empty
    // The source links in the rendered document, in order (tests).
    QStringList linkTargets() const;

public Q_SLOTS:
    // What a click does: checked, then opened or refused with a message.
    void openLink(const QUrl &url);

Q_SIGNALS:
    void linkOpened(const QUrl &url);
    void linkRefused(const QUrl &url, const QString &reason);
    void notice(const QString &text);

private:
    void linkCitations();
    void appendMissingSources();

    Report m_report;
    bool m_loaded = false;
    UrlOpener m_opener;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_queries = nullptr;
    QTextBrowser *m_browser = nullptr;
    ReportDocument *m_document = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace jw
