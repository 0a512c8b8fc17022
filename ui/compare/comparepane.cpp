#include "compare/comparepane.h"

#include "artifacts/artifactfetcher.h"
#include "compare/comparecaption.h"
#include "model/jobrecord.h"
#include "previews/imagepreview.h"
#include "previews/mediacontrols.h"
#include "previews/previewfetch.h"
#include "previews/videopreview.h"
#include "previews/zoomimageview.h"
#include "thumbnails/thumbnailer.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
constexpr QSize kPosterBox{960, 540};
} // namespace

ComparePane::ComparePane(const JobRecord &record, const Artifact &artifact, const QList<CaptionLine> &caption,
                         ArtifactFetcher *fetcher, Thumbnailer *thumbnailer, QWidget *parent)
    : QWidget(parent)
    , m_jobKey(record.key)
    , m_fetcher(fetcher)
    , m_thumbnailer(thumbnailer)
{
    setObjectName(u"comparePane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    if (artifact.kind == ArtifactKind::Video) {
        auto *video = new VideoPreview(artifact, this);
        video->controls()->hide(); // one transport for all, in the compare view
        m_preview = video;
    } else {
        auto *image = new ImagePreview(artifact, thumbnailer, this);
        image->view()->setFillsHeight(true);
        // The compare view's bar has Fit and 100% for all images; each pane keeps its zoom and size line.
        for (const QString &name : {u"zoomFit"_s, u"zoomActual"_s}) {
            if (QWidget *button = image->findChild<QWidget *>(name))
                button->hide();
        }
        m_preview = image;
    }
    m_preview->setFileButtonsVisible(false); // the details pane has them; here the results get the room
    layout->addWidget(m_preview, 1);

    m_caption = new QWidget(this);
    m_caption->setObjectName(u"compareCaption"_s);
    auto *form = new QFormLayout(m_caption);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(2);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const CaptionLine &line : caption) {
        auto *label = new QLabel(line.label, m_caption);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(m_caption);
        value->setTextFormat(Qt::PlainText);
        value->setText(line.value);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setMinimumWidth(1);
        form->addRow(label, value);
        m_captionLines << line.label + u": "_s + line.value;
    }
    layout->addWidget(m_caption);

    if (m_fetcher) {
        m_handles.append(fetchIntoPreview(m_fetcher, m_preview, m_jobKey, this));
        const QString poster = artifact.posterUrl.isEmpty() ? artifact.thumbnailUrl : artifact.posterUrl;
        if (artifact.kind == ArtifactKind::Video && !poster.isEmpty())
            fetchPoster(poster);
    }
    connect(m_preview, &ArtifactPreview::fetchRequested, this, [this] { // "Try again"
        if (m_fetcher)
            m_handles.append(fetchIntoPreview(m_fetcher, m_preview, m_jobKey, this));
    });
    connect(m_thumbnailer, &Thumbnailer::decoded, this, &ComparePane::onDecoded);
}

ComparePane::~ComparePane()
{
    for (const QPointer<FetchHandle> &handle : std::as_const(m_handles)) {
        if (handle) {
            handle->disconnect(this);
            handle->abort();
        }
    }
}

VideoPreview *ComparePane::video() const
{
    return qobject_cast<VideoPreview *>(m_preview);
}

ImagePreview *ComparePane::image() const
{
    return qobject_cast<ImagePreview *>(m_preview);
}

QString ComparePane::captionText() const
{
    return m_captionLines.join(u'\n');
}

// A poster that cannot be had is simply not shown; the preview says what matters.
void ComparePane::fetchPoster(const QString &url)
{
    FetchHandle *handle = m_fetcher->fetch(QUrl(url), m_jobKey);
    m_handles.append(handle);
    connect(handle, &FetchHandle::finished, this, [this](const FetchResult &result) {
        if (result.ok())
            m_posterDecode = m_thumbnailer->decode(result.filePath, kPosterBox);
    });
}

void ComparePane::onDecoded(quint64 id, const DecodedImage &result)
{
    if (id == 0 || id != m_posterDecode)
        return;
    m_posterDecode = 0;
    if (VideoPreview *preview = video(); preview && result.ok())
        preview->setPoster(result.image);
}

} // namespace jw
