#include "previews/artifactpreview.h"

#include "models/jobcellformatter.h"
#include "previews/linkpolicy.h"
#include "widgets/fittedimage.h"
#include "widgets/flowlayout.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

QString fileNameOf(const Artifact &artifact)
{
    const QString name = QUrl(artifact.url).fileName();
    return name.isEmpty() ? JobCellFormatter::kindLabel(artifact.kind) : name;
}

QString headlineFor(PreviewProblem problem, const Artifact &artifact)
{
    switch (problem) {
    case PreviewProblem::None: return {};
    case PreviewProblem::Network: return ArtifactPreview::tr("Could not download the result");
    case PreviewProblem::TooLarge: return ArtifactPreview::tr("Too big to preview");
    case PreviewProblem::Expired: return ArtifactPreview::tr("Link expired \u2014 poll again to refresh");
    case PreviewProblem::Refused: return ArtifactPreview::tr("This link is not allowed");
    case PreviewProblem::Http: return ArtifactPreview::tr("The server refused the download");
    case PreviewProblem::Storage: return ArtifactPreview::tr("Could not store the download");
    case PreviewProblem::Aborted: return ArtifactPreview::tr("Download stopped");
    case PreviewProblem::Unsupported:
        return artifact.kind == ArtifactKind::Audio ? ArtifactPreview::tr("This audio format cannot be played here")
                                                    : ArtifactPreview::tr("This video format cannot be played here");
    case PreviewProblem::Corrupt:
        return artifact.kind == ArtifactKind::Image ? ArtifactPreview::tr("The image could not be decoded")
                                                    : ArtifactPreview::tr("The file could not be read");
    }
    return {};
}

// What to do, appended to the specific message.
QString adviceFor(PreviewProblem problem)
{
    switch (problem) {
    case PreviewProblem::Network:
    case PreviewProblem::Http:
    case PreviewProblem::Aborted: return ArtifactPreview::tr("Check the connection, then try again.");
    case PreviewProblem::TooLarge: return ArtifactPreview::tr("Open it externally, or raise the download limit in Settings.");
    case PreviewProblem::Expired: return ArtifactPreview::tr("Signed download links are valid for a limited time. Polling the job again fetches fresh ones.");
    case PreviewProblem::Refused: return ArtifactPreview::tr("Only web links (http, https) are downloaded.");
    case PreviewProblem::Storage: return ArtifactPreview::tr("Free some disk space or check the cache folder's permissions, then try again.");
    case PreviewProblem::Unsupported: return ArtifactPreview::tr("Open it externally in a player that supports it.");
    case PreviewProblem::Corrupt: return ArtifactPreview::tr("The file may be damaged or incomplete. Try downloading it again.");
    case PreviewProblem::None: break;
    }
    return {};
}

PreviewProblem problemFor(FetchError error)
{
    switch (error) {
    case FetchError::None: return PreviewProblem::None;
    case FetchError::Network: return PreviewProblem::Network;
    case FetchError::TooLarge: return PreviewProblem::TooLarge;
    case FetchError::Expired: return PreviewProblem::Expired;
    case FetchError::Refused: return PreviewProblem::Refused;
    case FetchError::Http: return PreviewProblem::Http;
    case FetchError::Aborted: return PreviewProblem::Aborted;
    case FetchError::Storage: return PreviewProblem::Storage;
    }
    return PreviewProblem::Network;
}

} // namespace

QString previewStateName(ArtifactPreview::State state)
{
    switch (state) {
    case ArtifactPreview::State::Idle: return u"idle"_s;
    case ArtifactPreview::State::Loading: return u"loading"_s;
    case ArtifactPreview::State::Loaded: return u"loaded"_s;
    case ArtifactPreview::State::Failed: return u"failed"_s;
    }
    return {};
}

ArtifactPreview::ArtifactPreview(const Artifact &artifact, QWidget *parent)
    : QWidget(parent)
    , m_artifact(artifact)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_title = new QLabel(this);
    m_title->setObjectName(u"previewTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setText(artifact.title.isEmpty() ? fileNameOf(artifact) : artifact.title);
    m_title->setToolTip(artifact.url);
    m_meta = new QLabel(this);
    m_meta->setObjectName(u"previewMeta"_s);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    // Title, then "video · MP4 · 47.6 KB" in a quieter line under it.
    auto *header = new QVBoxLayout;
    header->setSpacing(1);
    header->addWidget(m_title);
    header->addWidget(m_meta);
    layout->addLayout(header);
    updateHeader(artifact.sizeBytes.value_or(-1), artifact.mimeType);

    // One page at a time. Not a QStackedWidget: its height-for-width is the tallest page's, which left a
    // video-sized gap under a short failure message.
    m_pages = new QWidget(this);
    auto *pages = new QVBoxLayout(m_pages);
    pages->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages, 1);

    // Loading: a line of text and the progress.
    m_loadingPage = new QWidget(m_pages);
    auto *loading = new QVBoxLayout(m_loadingPage);
    loading->setContentsMargins(0, 8, 0, 8);
    m_loadingText = new QLabel(tr("Not downloaded yet"), m_loadingPage);
    m_loadingText->setObjectName(u"previewLoadingText"_s);
    m_progress = new QProgressBar(m_loadingPage);
    m_progress->setObjectName(u"previewProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    loading->addWidget(m_loadingText);
    loading->addWidget(m_progress);
    loading->addStretch(1);
    pages->addWidget(m_loadingPage);

    m_contentPage = new QWidget(m_pages);
    m_contentLayout = new QVBoxLayout(m_contentPage);
    m_contentLayout->setContentsMargins(0, 0, 0, 0);
    m_contentLayout->setSpacing(6);
    pages->addWidget(m_contentPage);

    // Failure: an icon, a bold headline, the specific detail and what to do, and the buttons that help.
    m_failurePage = new QWidget(m_pages);
    m_failurePage->setObjectName(u"previewFailure"_s);
    auto *failure = new QVBoxLayout(m_failurePage);
    failure->setContentsMargins(0, 8, 0, 8);
    failure->setSpacing(8);
    m_failureImage = new FittedImage(m_failurePage);
    m_failureImage->setObjectName(u"previewFailureImage"_s);
    m_failureImage->setVisible(false);
    failure->addWidget(m_failureImage);
    auto *headRow = new QHBoxLayout;
    headRow->setSpacing(8);
    auto *icon = new QLabel(m_failurePage);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_headline = new QLabel(m_failurePage);
    m_headline->setObjectName(u"previewHeadline"_s);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->setFont(titleFont);
    headRow->addWidget(icon, 0, Qt::AlignTop);
    headRow->addWidget(m_headline, 1);
    failure->addLayout(headRow);
    m_detail = new QLabel(m_failurePage);
    m_detail->setObjectName(u"previewDetail"_s);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    failure->addWidget(m_detail);
    m_pollAgain = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Poll again"), m_failurePage);
    m_pollAgain->setObjectName(u"pollAgain"_s);
    m_pollAgain->setToolTip(tr("Ask the provider for the job again; it answers with fresh download links"));
    connect(m_pollAgain, &QPushButton::clicked, this, [this] {
        m_loadingText->setText(tr("Polling the job for fresh links\u2026"));
        setState(State::Loading);
        Q_EMIT refreshRequested();
    });
    m_retry = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Try again"), m_failurePage);
    m_retry->setObjectName(u"tryAgain"_s);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        setState(State::Loading);
        Q_EMIT fetchRequested();
    });
    m_failOpen = makeOpenButton(m_failurePage);
    m_failSave = makeSaveButton(m_failurePage);
    // fail() shows the ones that help; hidden, they do not widen the pane.
    for (QPushButton *button : {m_pollAgain, m_retry, m_failOpen, m_failSave})
        button->setVisible(false);
    failure->addLayout(buttonRow({m_pollAgain, m_retry, m_failOpen, m_failSave}, true));
    failure->addStretch(1);
    pages->addWidget(m_failurePage);

    m_status = new QLabel(this);
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setVisible(false);
    layout->addWidget(m_status);
    setState(State::Idle);
}

ArtifactPreview::~ArtifactPreview() = default;

QString ArtifactPreview::problemHeadline() const
{
    return m_problem == PreviewProblem::None ? QString() : m_headline->text();
}

QString ArtifactPreview::problemDetail() const
{
    return m_problem == PreviewProblem::None ? QString() : m_detail->text();
}

void ArtifactPreview::setState(State state)
{
    m_state = state;
    QWidget *current = m_loadingPage;
    if (state == State::Loaded)
        current = m_contentPage;
    else if (state == State::Failed)
        current = m_failurePage;
    for (QWidget *page : {m_loadingPage, m_contentPage, m_failurePage}) {
        if (page != current)
            page->setVisible(false);
    }
    current->setVisible(true);
    if (state == State::Loading) {
        if (m_loadingText->text() == tr("Not downloaded yet"))
            m_loadingText->setText(tr("Downloading\u2026"));
        m_progress->setVisible(true);
        m_progress->setRange(0, 0); // busy until the first progress report
    }
    Q_EMIT stateChanged(state);
}

void ArtifactPreview::setProgress(qint64 received, qint64 total)
{
    if (m_state != State::Loading && m_pendingSave.isEmpty())
        setState(State::Loading);
    m_progress->setVisible(true);
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), received * 1000 / total, qint64(1000))));
        m_progress->setFormat(tr("%1 of %2").arg(formatSize(received), formatSize(total)));
        m_loadingText->setText(tr("Downloading\u2026"));
    } else {
        m_progress->setRange(0, 0);
        m_loadingText->setText(tr("Downloading\u2026 %1").arg(formatSize(received)));
    }
}

void ArtifactPreview::setFetchResult(const FetchResult &result)
{
    if (!result.ok()) {
        QString detail = result.message;
        if (result.error == FetchError::Http && result.httpStatus > 0 && !detail.contains(QString::number(result.httpStatus)))
            detail = tr("HTTP %1. %2").arg(result.httpStatus).arg(detail);
        else if (result.error == FetchError::Expired) // the headline says it already; say what the server did
            detail = result.httpStatus > 0 ? tr("The server answered HTTP %1 for this download after the job had completed.").arg(result.httpStatus)
                                           : QString();
        m_pendingSave.clear();
        fail(problemFor(result.error), detail);
        return;
    }
    updateHeader(result.sizeBytes, result.mimeType);
    setLocalFile(result.filePath);
}

void ArtifactPreview::setLocalFile(const QString &path)
{
    m_file = path;
    m_problem = PreviewProblem::None;
    if (m_artifact.sizeBytes.value_or(-1) < 0)
        updateHeader(QFileInfo(path).size(), m_artifact.mimeType);
    if (!m_pendingSave.isEmpty()) {
        const QString target = std::exchange(m_pendingSave, QString());
        saveTo(target);
    }
    if (m_state != State::Loading)
        setState(State::Loading);
    m_loadingText->setText(tr("Opening\u2026"));
    m_progress->setVisible(false);
    loadFile(path);
}

void ArtifactPreview::markLoaded()
{
    m_problem = PreviewProblem::None;
    setState(State::Loaded);
}

void ArtifactPreview::fail(PreviewProblem problem, const QString &detail)
{
    m_problem = problem;
    m_headline->setText(headlineFor(problem, m_artifact));
    const QString advice = adviceFor(problem);
    QString specific = detail.trimmed();
    if (!specific.isEmpty() && !specific.endsWith(u'.') && !specific.endsWith(u'!') && !specific.endsWith(u'?'))
        specific += u'.'; // backend messages often come without a full stop
    m_detail->setText(specific.isEmpty() ? advice : (advice.isEmpty() ? specific : specific + u' ' + advice));
    const bool haveFile = !m_file.isEmpty() && QFileInfo::exists(m_file);
    m_pollAgain->setVisible(problem == PreviewProblem::Expired);
    m_retry->setVisible(problem == PreviewProblem::Network || problem == PreviewProblem::Http
                        || problem == PreviewProblem::Storage || problem == PreviewProblem::Aborted
                        || problem == PreviewProblem::Corrupt);
    m_failOpen->setVisible(problem == PreviewProblem::TooLarge || problem == PreviewProblem::Unsupported
                           || problem == PreviewProblem::Http);
    m_failSave->setVisible(haveFile && (problem == PreviewProblem::Unsupported || problem == PreviewProblem::Corrupt));
    if (m_failureImage->image().isNull())
        m_failureImage->setVisible(false);
    setState(State::Failed);
}

void ArtifactPreview::setFileButtonsVisible(bool visible)
{
    const QList<QPushButton *> buttons = m_contentPage->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly);
    for (QPushButton *button : buttons)
        button->setVisible(visible);
}

void ArtifactPreview::setFailureImage(const QImage &image)
{
    m_failureImage->setImage(image);
    m_failureImage->setVisible(!image.isNull());
}

QPushButton *ArtifactPreview::makeSaveButton(QWidget *parent)
{
    auto *button = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save as\u2026"), parent);
    button->setObjectName(u"saveAs"_s);
    button->setToolTip(tr("Save the result to a file"));
    connect(button, &QPushButton::clicked, this, &ArtifactPreview::saveAs);
    return button;
}

QPushButton *ArtifactPreview::makeOpenButton(QWidget *parent)
{
    auto *button = new QPushButton(style()->standardIcon(QStyle::SP_DirLinkIcon), tr("Open externally"), parent);
    button->setObjectName(u"openExternally"_s);
    button->setToolTip(tr("Open in the desktop's default application"));
    connect(button, &QPushButton::clicked, this, &ArtifactPreview::openExternally);
    return button;
}

FlowLayout *ArtifactPreview::buttonRow(const QList<QWidget *> &buttons, bool left)
{
    auto *row = new FlowLayout;
    row->setRightAligned(!left);
    for (QWidget *button : buttons)
        row->addWidget(button);
    return row;
}

void ArtifactPreview::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT notice(text);
}

QString ArtifactPreview::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void ArtifactPreview::updateHeader(qint64 sizeBytes, const QString &mime)
{
    QStringList parts{JobCellFormatter::kindLabel(m_artifact.kind)};
    QString format = QFileInfo(QUrl(m_artifact.url).path()).suffix().toUpper();
    if (format.isEmpty() && !mime.isEmpty())
        format = mime;
    if (!format.isEmpty())
        parts << format;
    if (sizeBytes >= 0)
        parts << formatSize(sizeBytes);
    m_meta->setText(parts.join(u" \u00b7 "_s));
}

bool ArtifactPreview::saveTo(const QString &path)
{
    if (m_file.isEmpty() || !QFileInfo::exists(m_file)) {
        showStatus(tr("Nothing to save yet: the file is not downloaded."));
        return false;
    }
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_file).canonicalFilePath())
        return true;
    if (QFileInfo::exists(path))
        QFile::remove(path); // the dialog already asked about overwriting
    if (!QFile::copy(m_file, path)) {
        showStatus(tr("Could not save to %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    showStatus(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ArtifactPreview::saveAs()
{
    auto *dialog = new QFileDialog(this, tr("Save result"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    dialog->selectFile(fileNameOf(m_artifact));
    connect(dialog, &QFileDialog::fileSelected, this, &ArtifactPreview::requestSave);
    dialog->open();
}

void ArtifactPreview::requestSave(const QString &path)
{
    if (path.isEmpty())
        return;
    if (!m_file.isEmpty() && QFileInfo::exists(m_file)) {
        saveTo(path);
        return;
    }
    // Download first; setLocalFile saves when the file arrives.
    m_pendingSave = path;
    showStatus(tr("Downloading before saving\u2026"));
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    Q_EMIT fetchRequested();
}

void ArtifactPreview::openExternally()
{
    if (!m_file.isEmpty()) {
        const LinkVerdict local = checkLocalFile(m_file);
        if (local.allowed) {
            m_opener(QUrl::fromLocalFile(m_file));
            return;
        }
    }
    const QUrl url(m_artifact.url);
    const LinkVerdict verdict = checkExternalLink(url);
    if (!verdict.allowed) {
        showStatus(verdict.reason);
        return;
    }
    if (!m_opener(url))
        showStatus(tr("No application could open the link."));
}

} // namespace jw
