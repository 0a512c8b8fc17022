#pragma once
// Image decoding off the GUI thread. QImageReader with a scaled size, so a huge image costs only
// what its thumbnail costs; runs on the Thumbnailer's own QThreadPool (QtConcurrent::run), results come back
// on the Thumbnailer's thread through decoded(). The decoder asserts that it is not on the GUI thread.
// Used by the table's ThumbnailProvider and by the image/scene previews (an invalid box = full size).

#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QSize>
#include <QString>
#include <QThreadPool>

#include <functional>

class QThread;

namespace jw {

struct DecodedImage {
    QImage image;        // null on error
    QSize originalSize;  // the file's own size when the reader knows it
    QString error;       // one translated line, e.g. "The image could not be decoded (corrupt or unsupported)"
    bool ok() const { return !image.isNull(); }
};

class Thumbnailer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Thumbnailer)
public:
    explicit Thumbnailer(QObject *parent = nullptr);
    ~Thumbnailer() override; // waits for running decodes (they are short); their results are dropped

    // Decodes `path` on a worker thread, scaled down (never up) to fit `box` keeping the aspect ratio; an
    // invalid box decodes at full size. When `thumbnailFile` is given, a PNG there is used instead of `path`
    // if it exists, and is written after a successful decode (the on-disk thumbnail cache). Returns an id
    // that decoded() repeats.
    quint64 decode(const QString &path, const QSize &box = {}, const QString &thumbnailFile = {});
    int pending() const { return m_pending; }

    // The worker function (blocking; never call it on the GUI thread).
    static DecodedImage decodeFile(const QString &path, const QSize &box, const QString &thumbnailFile = {});
    // Test hook: called on the decoding thread with that thread, before every decode (nullptr to remove).
    static void setDecodeThreadObserver(std::function<void(QThread *)> observer);
    // "The image could not be decoded (corrupt or unsupported)"
    static QString corruptImageMessage();

Q_SIGNALS:
    void decoded(quint64 id, const jw::DecodedImage &result);

private:
    QThreadPool m_pool;
    quint64 m_nextId = 1;
    int m_pending = 0;
};

} // namespace jw

Q_DECLARE_METATYPE(jw::DecodedImage)
