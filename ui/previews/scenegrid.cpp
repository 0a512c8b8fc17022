#include "previews/scenegrid.h"

#include "previews/zoomimageview.h"
#include "thumbnails/thumbnailer.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

QString shortProblem(const FetchResult &result)
{
    switch (result.error) {
    case FetchError::Expired: return SceneGrid::tr("Link expired");
    case FetchError::TooLarge: return SceneGrid::tr("Too big to preview");
    case FetchError::Refused: return SceneGrid::tr("Link not allowed");
    case FetchError::Http: return SceneGrid::tr("Server error (HTTP %1)").arg(result.httpStatus);
    case FetchError::Storage: return SceneGrid::tr("Could not store the file");
    case FetchError::Aborted: return SceneGrid::tr("Download stopped");
    case FetchError::Network:
    case FetchError::None: break;
    }
    return SceneGrid::tr("Could not download");
}
} // namespace

SceneGrid::SceneGrid(const QList<Artifact> &scenes, Thumbnailer *thumbnailer, QWidget *parent)
    : QWidget(parent)
    , m_thumbnailer(thumbnailer ? thumbnailer : new Thumbnailer(this))
{
    setObjectName(u"sceneGrid"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->setSizeConstraint(QLayout::SetNoConstraint); // see minimumSizeHint

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Scenes"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(title, 1);
    header->addWidget(m_summary);
    layout->addLayout(header);

    // Expired links: one banner for the grid, with the action that fixes it.
    m_banner = new QWidget(this);
    m_banner->setObjectName(u"expiredBanner"_s);
    auto *banner = new QHBoxLayout(m_banner);
    banner->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(m_banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    auto *text = new QLabel(tr("Link expired \u2014 poll again to refresh"), m_banner);
    text->setObjectName(u"expiredText"_s);
    text->setFont(bold);
    auto *pollAgain = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Poll again"), m_banner);
    pollAgain->setObjectName(u"pollAgain"_s);
    pollAgain->setToolTip(tr("Ask the provider for the job again; it answers with fresh download links"));
    connect(pollAgain, &QPushButton::clicked, this, &SceneGrid::refreshRequested);
    banner->addWidget(icon);
    banner->addWidget(text, 1);
    banner->addWidget(pollAgain);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(10);
    layout->addLayout(m_grid);

    for (int i = 0; i < scenes.size(); ++i) {
        Tile tile;
        tile.artifact = scenes.at(i);
        tile.widget = new QWidget(this);
        auto *v = new QVBoxLayout(tile.widget);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(3);
        tile.button = new QToolButton(tile.widget);
        tile.button->setObjectName(u"scene%1"_s.arg(i + 1));
        tile.button->setText(tr("Loading\u2026"));
        tile.button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tile.button->setToolTip(tr("Open scene %1 large").arg(i + 1));
        connect(tile.button, &QToolButton::clicked, this, [this, i] { openScene(i); });
        tile.caption = new QLabel(tile.widget);
        tile.caption->setTextFormat(Qt::PlainText);
        tile.caption->setWordWrap(true);
        tile.caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        tile.caption->setText(tile.artifact.title.isEmpty() ? tr("Scene %1").arg(i + 1) : tile.artifact.title);
        v->addWidget(tile.button);
        v->addWidget(tile.caption);
        v->addStretch(1);
        m_tiles.append(tile);
        m_expired.append(false);
    }
    m_summary->setText(tr("%n scene(s)", nullptr, int(m_tiles.size())));
    connect(m_thumbnailer, &Thumbnailer::decoded, this, &SceneGrid::onDecoded);
    reflow();
}

SceneGrid::~SceneGrid() = default;

QString SceneGrid::tileMessage(int index) const
{
    return m_tiles.at(index).message;
}

int SceneGrid::loadedCount() const
{
    return int(std::count_if(m_tiles.cbegin(), m_tiles.cend(), [](const Tile &t) { return t.state == ArtifactPreview::State::Loaded; }));
}

bool SceneGrid::isExpiredBannerVisible() const
{
    return !m_banner->isHidden();
}

void SceneGrid::setProgress(int index, qint64 received, qint64 total)
{
    if (index < 0 || index >= m_tiles.size())
        return;
    Tile &tile = m_tiles[index];
    if (tile.state != ArtifactPreview::State::Loading)
        setTileState(index, ArtifactPreview::State::Loading);
    if (total > 0)
        tile.button->setText(tr("Loading\u2026 %1%").arg(received * 100 / total));
}

void SceneGrid::setFetchResult(int index, const FetchResult &result)
{
    if (index < 0 || index >= m_tiles.size())
        return;
    m_expired[index] = result.error == FetchError::Expired;
    updateBanner();
    if (!result.ok()) {
        setTileState(index, ArtifactPreview::State::Failed, shortProblem(result));
        m_tiles[index].button->setToolTip(result.message);
        return;
    }
    setLocalFile(index, result.filePath);
}

void SceneGrid::setLocalFile(int index, const QString &path)
{
    if (index < 0 || index >= m_tiles.size())
        return;
    m_expired[index] = false;
    updateBanner();
    setTileState(index, ArtifactPreview::State::Loading);
    m_tiles[index].decodeId = m_thumbnailer->decode(path); // full size: the dialog shows it large
}

void SceneGrid::onDecoded(quint64 id, const DecodedImage &result)
{
    for (int i = 0; i < m_tiles.size(); ++i) {
        Tile &tile = m_tiles[i];
        if (tile.decodeId != id)
            continue;
        tile.decodeId = 0;
        if (!result.ok()) {
            setTileState(i, ArtifactPreview::State::Failed, tr("Corrupt image"));
            tile.button->setToolTip(result.error);
            return;
        }
        tile.image = result.image;
        tile.button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        setTileState(i, ArtifactPreview::State::Loaded);
        applyTileWidth(m_tileWidth); // scales the new thumbnail
        tile.button->setToolTip(tr("Open scene %1 large").arg(i + 1));
        return;
    }
}

void SceneGrid::setTileState(int index, ArtifactPreview::State state, const QString &message)
{
    Tile &tile = m_tiles[index];
    tile.state = state;
    tile.message = message;
    if (state == ArtifactPreview::State::Failed) {
        tile.button->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        tile.button->setIconSize(QSize(24, 24));
        tile.button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        tile.button->setText(message);
    } else if (state == ArtifactPreview::State::Loading) {
        tile.button->setIcon(QIcon());
        tile.button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tile.button->setText(tr("Loading\u2026"));
    }
    Q_EMIT tileStateChanged(index, state);
}

QDialog *SceneGrid::openScene(int index)
{
    if (index < 0 || index >= m_tiles.size())
        return nullptr;
    const Tile &tile = m_tiles.at(index);
    if (tile.state == ArtifactPreview::State::Failed && !m_expired.at(index)) {
        Q_EMIT fetchRequested(index); // a click on a failed tile tries again
        return nullptr;
    }
    if (tile.image.isNull())
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"sceneDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tile.caption->text());
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new ZoomImageView(dialog);
    view->setMaximumViewHeight(10000);
    view->setImage(tile.image);
    layout->addWidget(view, 1);
    auto *caption = new QLabel(tile.caption->text(), dialog);
    caption->setTextFormat(Qt::PlainText);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    const QSize screenish(960, 640);
    dialog->resize(tile.image.size().boundedTo(screenish).expandedTo(QSize(360, 240)) + QSize(40, 90));
    dialog->show();
    return dialog;
}

QSize SceneGrid::minimumSizeHint() const
{
    return {kMinTileWidth, QWidget::minimumSizeHint().height()};
}

void SceneGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void SceneGrid::reflow()
{
    const int spacing = m_grid->horizontalSpacing();
    const int available = qMax(kMinTileWidth, width());
    const int columns = qMax(1, qMin(int(m_tiles.size()), (available + spacing) / (kMinTileWidth + spacing)));
    applyTileWidth(qMin(kMaxTileWidth, (available - spacing * (columns - 1)) / columns));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const Tile &tile : std::as_const(m_tiles))
        m_grid->removeWidget(tile.widget);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i).widget, i / columns, i % columns, Qt::AlignTop | Qt::AlignLeft);
    for (int c = 0; c <= m_tiles.size(); ++c)
        m_grid->setColumnStretch(c, c == columns ? 1 : 0);
}

// Tiles are 16:9 thumbnails `width` wide with the caption under them.
void SceneGrid::applyTileWidth(int width)
{
    if (width <= 0)
        return;
    const bool changed = width != m_tileWidth;
    m_tileWidth = width;
    const QSize box(width - 8, (width - 8) * 9 / 16);
    for (Tile &tile : m_tiles) {
        if (changed) {
            tile.widget->setFixedWidth(width);
            tile.button->setFixedSize(width, box.height() + 8);
        }
        if (tile.state == ArtifactPreview::State::Loaded && !tile.image.isNull()
            && (changed || tile.button->icon().isNull())) {
            const QImage thumb = tile.image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            tile.button->setIcon(QPixmap::fromImage(thumb));
            tile.button->setIconSize(thumb.size());
        }
    }
}

void SceneGrid::updateBanner()
{
    m_banner->setVisible(std::any_of(m_expired.cbegin(), m_expired.cend(), [](bool e) { return e; }));
}

} // namespace jw
