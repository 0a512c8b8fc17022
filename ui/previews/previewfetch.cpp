#include "previews/previewfetch.h"

#include "artifacts/artifactfetcher.h"
#include "previews/artifactpreview.h"

#include <QPointer>

namespace jw {

FetchHandle *fetchIntoPreview(ArtifactFetcher *fetcher, ArtifactPreview *preview, const QString &jobKey, QObject *context)
{
    FetchHandle *handle = fetcher->fetch(QUrl(preview->artifact().url), jobKey);
    const QPointer<ArtifactPreview> target(preview);
    QObject::connect(handle, &FetchHandle::progress, context, [target](qint64 received, qint64 total) {
        if (target)
            target->setProgress(received, total);
    });
    QObject::connect(handle, &FetchHandle::finished, context, [target](const FetchResult &result) {
        if (target)
            target->setFetchResult(result);
    });
    return handle;
}

} // namespace jw
