#include "thumbnails/thumbnailer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QImageWriter>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Thumbnails) };

QMutex &observerMutex()
{
    static QMutex mutex;
    return mutex;
}
std::function<void(QThread *)> &observer()
{
    static std::function<void(QThread *)> hook;
    return hook;
}

QImage readScaled(const QString &path, const QSize &box, QSize *original, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (original)
        *original = size;
    if (box.isValid() && size.isValid() && (size.width() > box.width() || size.height() > box.height()))
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = reader.error() == QImageReader::FileNotFoundError
                ? Tr::tr("The image file %1 is missing").arg(QDir::toNativeSeparators(path))
                : Thumbnailer::corruptImageMessage();
        return {};
    }
    // Readers that cannot scale while decoding: scale afterwards.
    if (box.isValid() && (image.width() > box.width() || image.height() > box.height()))
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}
} // namespace

Thumbnailer::Thumbnailer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<jw::DecodedImage>();
    m_pool.setMaxThreadCount(2);
}

Thumbnailer::~Thumbnailer()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString Thumbnailer::corruptImageMessage()
{
    return Tr::tr("The image could not be decoded (corrupt or unsupported)");
}

void Thumbnailer::setDecodeThreadObserver(std::function<void(QThread *)> hook)
{
    const QMutexLocker lock(&observerMutex());
    observer() = std::move(hook);
}

DecodedImage Thumbnailer::decodeFile(const QString &path, const QSize &box, const QString &thumbnailFile)
{
    // Decoding a large image on the GUI thread would freeze the window: this runs on a worker only.
    Q_ASSERT(!qApp || QThread::currentThread() != qApp->thread());
    {
        const QMutexLocker lock(&observerMutex());
        if (observer())
            observer()(QThread::currentThread());
    }
    DecodedImage result;
    if (!thumbnailFile.isEmpty() && QFileInfo::exists(thumbnailFile)) {
        result.image = readScaled(thumbnailFile, box, nullptr, nullptr);
        if (!result.image.isNull()) {
            result.originalSize = QImageReader(path).size();
            return result;
        }
    }
    result.image = readScaled(path, box, &result.originalSize, &result.error);
    if (!result.image.isNull() && !thumbnailFile.isEmpty()) {
        QDir().mkpath(QFileInfo(thumbnailFile).absolutePath());
        QSaveFile out(thumbnailFile);
        if (out.open(QIODevice::WriteOnly)) {
            QImageWriter writer(&out, "png");
            if (writer.write(result.image))
                out.commit();
            else
                out.cancelWriting();
        }
    }
    return result;
}

quint64 Thumbnailer::decode(const QString &path, const QSize &box, const QString &thumbnailFile)
{
    const quint64 id = m_nextId++;
    ++m_pending;
    auto *watcher = new QFutureWatcher<DecodedImage>(this);
    connect(watcher, &QFutureWatcher<DecodedImage>::finished, this, [this, watcher, id] {
        --m_pending;
        const DecodedImage result = watcher->future().isValid() && watcher->future().resultCount() > 0
            ? watcher->result()
            : DecodedImage{{}, {}, corruptImageMessage()};
        watcher->deleteLater();
        Q_EMIT decoded(id, result);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, box, thumbnailFile] { return decodeFile(path, box, thumbnailFile); }));
    return id;
}

} // namespace jw
