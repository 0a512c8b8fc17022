#pragma once
// Feeds a preview from the ArtifactFetcher: the download's progress and its result (a cache hit answers at
// once, without a request). Shared by the details pane's ResultView and the compare view, so a result already
// downloaded for one is not downloaded again for the other.

#include <QString>

class QObject;

namespace jw {

class ArtifactFetcher;
class ArtifactPreview;
class FetchHandle;

// Starts fetching `preview`'s artifact for the job `jobKey`; the preview may be deleted before the answer
// comes. `context` owns the connections. The handle is the fetcher's (keep a QPointer to abort it).
FetchHandle *fetchIntoPreview(ArtifactFetcher *fetcher, ArtifactPreview *preview, const QString &jobKey, QObject *context);

} // namespace jw
