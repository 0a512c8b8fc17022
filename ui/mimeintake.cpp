#include "mimeintake.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(MimeIntake) };
}

bool mimeHasJobText(const QMimeData *mime)
{
    return mime && (mime->hasText() || mime->hasUrls());
}

MimeText textFromMime(const QMimeData *mime, qint64 maxFileBytes)
{
    MimeText out;
    if (!mime)
        return out;
    QStringList parts;
    bool tookUrls = false;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        for (const QUrl &url : urls) {
            if (url.isLocalFile()) {
                const QString path = url.toLocalFile();
                const QString name = QFileInfo(path).fileName();
                QFile file(path);
                if (QFileInfo(path).size() > maxFileBytes) {
                    out.problems << Tr::tr("%1 is larger than %2 MiB; it was not read").arg(name).arg(maxFileBytes / (1024 * 1024));
                    continue;
                }
                if (!file.open(QIODevice::ReadOnly)) {
                    out.problems << Tr::tr("%1 could not be read: %2").arg(name, file.errorString());
                    continue;
                }
                parts << QString::fromUtf8(file.read(maxFileBytes));
                tookUrls = true;
            } else if (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) {
                parts << url.toString();
                tookUrls = true;
            }
        }
    }
    // The text too, unless it only repeats the URL list (file managers and browsers put both).
    if (mime->hasText()) {
        const QString text = mime->text();
        bool onlyUrls = tookUrls;
        if (onlyUrls) {
            QStringList known;
            for (const QUrl &url : mime->urls())
                known << url.toString() << url.toLocalFile();
            const auto tokens = QStringView(text).split(QChar(u'\n'), Qt::SkipEmptyParts);
            for (const QStringView token : tokens) {
                if (!known.contains(token.trimmed().toString()))
                    onlyUrls = false;
            }
        }
        if (!onlyUrls)
            parts << text;
    }
    out.text = parts.join(u'\n');
    return out;
}

} // namespace jw
