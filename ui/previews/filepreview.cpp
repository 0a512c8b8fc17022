#include "previews/filepreview.h"

#include "widgets/flowlayout.h"

#include <QFileInfo>
#include <QLabel>
#include <QMimeDatabase>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

QString describeFormat(const Artifact &artifact)
{
    const QMimeDatabase db;
    QMimeType mime;
    if (!artifact.mimeType.isEmpty())
        mime = db.mimeTypeForName(artifact.mimeType);
    if (!mime.isValid() || mime.isDefault())
        mime = db.mimeTypeForFile(QUrl(artifact.url).path(), QMimeDatabase::MatchExtension);
    if (mime.isValid() && !mime.isDefault())
        return mime.comment();
    const QString suffix = QFileInfo(QUrl(artifact.url).path()).suffix().toUpper();
    return suffix.isEmpty() ? ArtifactPreview::tr("Unknown format") : ArtifactPreview::tr("%1 file").arg(suffix);
}

} // namespace

FilePreview::FilePreview(const Artifact &artifact, QWidget *parent)
    : ArtifactPreview(artifact, parent)
{
    auto *info = new QVBoxLayout;
    info->setSpacing(4);
    QString format = describeFormat(artifact);
    if (artifact.sizeBytes)
        format = tr("%1 \u00b7 %2", "format · size").arg(format, formatSize(*artifact.sizeBytes));
    m_format = new QLabel(format, contentPage());
    m_format->setObjectName(u"fileFormat"_s);
    m_format->setTextFormat(Qt::PlainText);
    info->addWidget(m_format);

    m_link = new QLabel(contentPage());
    m_link->setObjectName(u"fileLink"_s);
    m_link->setTextFormat(Qt::RichText);
    const QString shown = fontMetrics().elidedText(artifact.url, Qt::ElideMiddle, 200);
    m_link->setText(u"<a href=\"open\">%1</a>"_s.arg(shown.toHtmlEscaped()));
    m_link->setToolTip(artifact.url);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // The href is a fixed token: the click goes through openExternally(), which checks the real URL.
    connect(m_link, &QLabel::linkActivated, this, &ArtifactPreview::openExternally);
    info->addWidget(m_link);

    m_progress = new QProgressBar(contentPage());
    m_progress->setObjectName(u"fileProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    info->addWidget(m_progress);

    info->addLayout(buttonRow({makeSaveButton(contentPage()), makeOpenButton(contentPage())}, true));
    contentLayout()->addLayout(info);
    markLoaded(); // the description is the preview; the file comes on demand
}

FilePreview::~FilePreview() = default;

QString FilePreview::formatText() const
{
    return m_format->text();
}

void FilePreview::setProgress(qint64 received, qint64 total)
{
    m_progress->setVisible(true);
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), received * 1000 / total, qint64(1000))));
        m_progress->setFormat(tr("%1 of %2").arg(formatSize(received), formatSize(total)));
    } else {
        m_progress->setRange(0, 0);
    }
}

void FilePreview::loadFile(const QString &path)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_progress->setFormat(tr("Downloaded (%1)").arg(formatSize(QFileInfo(path).size())));
    m_progress->setVisible(true);
    markLoaded();
}

} // namespace jw
