#pragma once
// The text document behind the research report. Report markdown is untrusted (DESIGN.md §5): this
// document never loads a resource — no remote images, no local files, no data: URLs (QTextDocument's own
// loadResource would read local files and decode data: URLs). Every refused URL is recorded for tests.
// An image is answered with a blank placeholder, never with nothing: given nothing, Qt's image handler reads the
// image's name as a local file path itself (so `![x](/home/me/photo.png)` would show that file).

#include <QList>
#include <QTextDocument>
#include <QUrl>

namespace jw {

class ReportDocument final : public QTextDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDocument)
public:
    explicit ReportDocument(QObject *parent = nullptr);

    static constexpr int kPlaceholderSize = 16; // every image shows as a placeholder of at most this many pixels

    QList<QUrl> refusedResources() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QList<QUrl> m_refused;
};

} // namespace jw
