#include "previews/textpreview.h"

#include "widgets/flowlayout.h"

#include <QFile>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStringDecoder>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

struct TextRead {
    bool ok = false;
    bool truncated = false;
    QString text;
};

TextRead readCapped(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(maxBytes + 1);
    TextRead out;
    out.ok = true;
    out.truncated = bytes.size() > maxBytes;
    QStringDecoder decoder(QStringDecoder::Utf8);
    out.text = decoder(out.truncated ? bytes.left(maxBytes) : bytes);
    return out;
}

} // namespace

TextPreview::TextPreview(const Artifact &artifact, QWidget *parent)
    : ArtifactPreview(artifact, parent)
{
    m_text = new QPlainTextEdit(contentPage());
    m_text->setObjectName(u"text"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumHeight(fontMetrics().height() * 6);
    m_text->setMaximumHeight(fontMetrics().height() * 18);
    contentLayout()->addWidget(m_text);
    contentLayout()->addLayout(buttonRow({makeSaveButton(contentPage()), makeOpenButton(contentPage())}));
}

TextPreview::~TextPreview() = default;

QString TextPreview::text() const
{
    return m_text->toPlainText();
}

void TextPreview::loadFile(const QString &path)
{
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<TextRead>(this);
    connect(watcher, &QFutureWatcher<TextRead>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const TextRead read = watcher->result();
        if (!read.ok) {
            fail(PreviewProblem::Storage, tr("The downloaded file could not be read."));
            return;
        }
        m_truncated = read.truncated;
        m_text->setPlainText(read.text);
        if (read.truncated)
            showStatus(tr("Showing the first %1; Save as\u2026 keeps the whole file.").arg(formatSize(kMaxBytes)));
        markLoaded();
    });
    watcher->setFuture(QtConcurrent::run(readCapped, path, kMaxBytes));
}

} // namespace jw
