#pragma once
// The APIs of the example mappings (docs/examples) in the simulated provider, served like the presets' APIs
// (sim/simpresets.h) under their own path prefixes, with bodies shaped like the real ones:
//
//   kling      {root}/kling/v1/videos/text2video/{task_id}        submitted -> processing -> succeed | failed
//              auth: "Authorization: Bearer <JWT>", HS256-signed with the secret key of the token
//              "ACCESS_KEY:SECRET_KEY" (iss = access key, exp in the future, nbf not in the future)
//   minimax    {root}/minimax/v1/query/video_generation?task_id=  Queueing -> Processing -> Success (file_id) | Fail
//              {root}/minimax/v1/files/retrieve?file_id=          the file record: file.download_url (the video)
//   stability  {root}/stability/v2beta/results/{id}               202 {id, status: in-progress} -> 200 {video:
//                                                                 base64, finish_reason} | {id, name, errors[]}
// Jobs cancelled on these APIs report as failed: none of them has a cancelled state.

#include "sim/simjob.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace jw::sim {

QStringList exampleApiDialects(); // kling minimax stability
bool isExampleApi(const QString &dialect);
QString exampleApiJobPath(const QString &dialect, const QString &encodedId); // after the base path
QString generateExampleApiId(const QString &dialect);
QJsonObject renderExampleApi(const SimJob &job, const JobState &state, const RenderContext &context);
QJsonObject exampleApiErrorBody(const QString &dialect, ErrorKind kind);
// MiniMax's answer to /v1/files/retrieve for a finished job's file_id.
QJsonObject miniMaxFileRecord(const SimJob &job, const RenderContext &context);
QString miniMaxFileId(const QString &jobId);

// Kling: whether `authorization` ("Bearer <JWT>") carries a token signed for `token` ("ACCESS:SECRET") and valid
// at `nowSecs`. An empty `token` accepts anything, like the other APIs' check.
bool klingTokenAccepted(const QByteArray &authorization, const QString &token, qint64 nowSecs);

} // namespace jw::sim
