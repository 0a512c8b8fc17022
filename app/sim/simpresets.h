#pragma once
// The presets' APIs in the simulated provider (and, through sim/simexampleapis.h, those of the example
// mappings: kling, minimax, stability) (DESIGN.md §6 "and the presets' APIs"): Replicate predictions,
// Runway tasks, Luma generations, fal queue status and OpenAI videos, each under its own path prefix and with
// bodies shaped like the real ones (tests/data/presets/<preset>/*.json) and its own progress style:
//
//   replicate      {root}/replicate/v1/predictions/{id}         starting -> processing (tqdm bars in `logs`)
//                                                                -> succeeded | failed | canceled
//   runway         {root}/runway/v1/tasks/{id}                  PENDING (THROTTLED with progress "throttled")
//                  needs X-Runway-Version                        -> RUNNING (progress 0..1) -> SUCCEEDED | FAILED
//                                                                | CANCELLED
//   luma           {root}/luma/dream-machine/v1/generations/{id} queued -> dreaming (no progress) -> completed
//                                                                | failed
//   fal            {root}/fal/<model>/requests/{id}/status       IN_QUEUE (queue_position) -> IN_PROGRESS (logs
//                  auth "Authorization: Key <token>"             "Generating: N%") -> COMPLETED (with `error` and
//                  {root}/fal/<model>/requests/{id}: the result  `error_type` when it failed)
//   openai-videos  {root}/openai/v1/videos/{id}                 queued -> in_progress (progress 0..100)
//                  {root}/openai/v1/videos/{id}/content[?variant=thumbnail]: the real mp4 (or its poster)
//                                                                -> completed | failed
// The base URL a profile uses is presetBasePath() under the root (fal's includes the model: /fal/fal-ai/flux).
// APIs without a cancelled status report a cancelled job as failed (fal: COMPLETED with an error).

#include "sim/simjob.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace jw::sim {

// The preset names the simulator serves (the registry's names): replicate runway luma fal openai-videos.
QStringList presetDialects();
// A preset's API or an example mapping's (kling, minimax, stability): both are served through these routes.
bool isPresetDialect(const QString &dialect);
// "openai" -> "openai-videos"; any other name unchanged.
QString canonicalDialect(const QString &name);

QString presetBasePath(const QString &dialect);                 // "/replicate", "/fal/fal-ai/flux", ...
QString presetJobPath(const QString &dialect, const QString &id); // the poll URL's path (and query)
QString presetDefaultType(const QString &dialect);
bool isKnownPresetType(const QString &dialect, const QString &type);
QString generatePresetId(const QString &dialect);

QJsonObject renderPreset(const SimJob &job, const RenderContext &context);
QJsonObject presetErrorBody(const QString &dialect, ErrorKind kind, int retryAfterSeconds);

// A request to one of the presets' routes, from the URL path's segments.
struct PresetRoute {
    enum class Kind { Poll, FalResult, OpenAiContent, MiniMaxFile /* id: the file_id */, Balance /* no id */,
                      List /* the account's jobs */ };
    QString dialect;
    QString id;
    Kind kind = Kind::Poll;
};
std::optional<PresetRoute> matchPresetRoute(const QStringList &segments, const QUrlQuery &query);

// fal's result document at response_url once the request completed successfully.
QJsonObject falResult(const SimJob &job, const RenderContext &context);

} // namespace jw::sim
