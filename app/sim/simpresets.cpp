#include "sim/simpresets.h"

#include "sim/artifacts.h"
#include "sim/simexampleapis.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace jw::sim {

using Outcome = SimulatedProvider::Outcome;
using Phase = JobState::Phase;

namespace {

const QString kReplicate = u"replicate"_s;
const QString kRunway = u"runway"_s;
const QString kLuma = u"luma"_s;
const QString kFal = u"fal"_s;
const QString kOpenAi = u"openai-videos"_s;
const QString kFalModel = u"fal-ai/flux"_s;

QJsonValue iso(qint64 ms, bool withMs = true)
{
    if (ms < 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(withMs ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonValue unixSeconds(qint64 ms)
{
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ms / 1000);
}

// Percent done for a running (or stopped) job, 0..99 while not completed.
int percentOf(const JobState &s)
{
    return qBound(0, int(s.fraction * 100.0), s.phase == Phase::Done && s.outcome == Outcome::Completed ? 100 : 99);
}

// ---- replicate --------------------------------------------------------------------------------------------

// tqdm-style progress lines, one per 10 % reached, as a diffusion model prints them into `logs`.
QString replicateLogs(const QString &id, int percent)
{
    constexpr int kSteps = 50;
    QString logs = u"Using seed: "_s + QString::number(stableHash(id) % 100000) + u"\nPrompt: an astronaut riding a horse\n"_s;
    for (int p = 0; p <= percent; p += 10) {
        const int step = p * kSteps / 100;
        const int bars = p / 10;
        const QString bar = QString(bars, QChar(0x2588)) + QString(10 - bars, u' ');
        logs += u"%1%|%2| %3/%4 [00:%5<00:%6,  7.81it/s]\n"_s.arg(p, 3).arg(bar).arg(step).arg(kSteps)
                    .arg(step / 8, 2, 10, QChar(u'0')).arg((kSteps - step) / 8, 2, 10, QChar(u'0'));
    }
    return logs;
}

QJsonObject renderReplicate(const SimJob &job, const JobState &s, const RenderContext &c)
{
    const QString &id = job.spec.id;
    const QString getUrl = c.root.toString() + presetJobPath(kReplicate, id);
    QJsonObject o{{u"id"_s, id}, {u"model"_s, u"stability-ai/sdxl"_s},
                  {u"version"_s, u"39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b"_s},
                  {u"input"_s, QJsonObject{{u"prompt"_s, u"an astronaut riding a horse"_s},
                                           {u"seed"_s, qint64(stableHash(id) % 100000)}, {u"num_outputs"_s, 2},
                                           {u"aspect_ratio"_s, u"1:1"_s}}},
                  {u"data_removed"_s, false},
                  {u"created_at"_s, iso(job.createdMs)}, {u"output"_s, QJsonValue::Null}, {u"error"_s, QJsonValue::Null},
                  {u"urls"_s, QJsonObject{{u"get"_s, getUrl}, {u"cancel"_s, QString(getUrl + u"/cancel"_s)}}}};
    QString status = u"starting"_s;
    QString logs;
    if (s.started) {
        o.insert(u"started_at"_s, iso(s.startedMs));
        logs = replicateLogs(id, percentOf(s));
    }
    if (s.phase == Phase::Running) {
        status = u"processing"_s;
    } else if (s.phase == Phase::Done) {
        o.insert(u"completed_at"_s, iso(s.endedMs));
        switch (s.outcome) {
        case Outcome::Completed: {
            status = u"succeeded"_s;
            const QString &type = job.spec.type;
            if (type == u"text"_s) {
                o.insert(u"output"_s, u"hello from the simulated model"_s);
            } else if (type == u"video"_s) {
                o.insert(u"output"_s, QJsonObject{{u"video"_s, artifactUrl(c, id, u"video.mp4"_s)},
                                                  {u"audio"_s, artifactUrl(c, id, u"audio.wav"_s)}, {u"duration"_s, 3}});
            } else {
                const int n = qMax(1, job.spec.units > 0 ? job.spec.units : 2);
                QJsonArray images;
                for (int i = 1; i <= n; ++i)
                    images.append(artifactUrl(c, id, u"image_%1.png"_s.arg(i)));
                o.insert(u"output"_s, images);
            }
            o.insert(u"metrics"_s, QJsonObject{{u"predict_time"_s, double(job.spec.runMs) / 1000.0}});
            break;
        }
        case Outcome::Failed:
            status = u"failed"_s;
            logs += u"Traceback (most recent call last):\nRuntimeError: CUDA out of memory"_s;
            o.insert(u"error"_s, u"CUDA out of memory. Tried to allocate 2.00 GiB"_s);
            break;
        case Outcome::Cancelled:
            status = u"canceled"_s;
            break;
        }
    }
    o.insert(u"status"_s, status);
    o.insert(u"logs"_s, logs);
    return o;
}

// ---- runway -----------------------------------------------------------------------------------------------

QJsonObject renderRunway(const SimJob &job, const JobState &s, const RenderContext &c)
{
    const QString &id = job.spec.id;
    QJsonObject o{{u"id"_s, id}, {u"createdAt"_s, iso(job.createdMs)}};
    if (s.phase == Phase::Queued) {
        const bool throttled = job.spec.progressShape == u"throttled"_s && c.nowMs < job.createdMs + job.spec.queueMs / 2;
        o.insert(u"status"_s, throttled ? u"THROTTLED"_s : u"PENDING"_s);
    } else if (s.phase == Phase::Running) {
        o.insert(u"status"_s, u"RUNNING"_s);
        o.insert(u"progress"_s, std::floor(s.fraction * 100.0) / 100.0);
    } else if (s.outcome == Outcome::Completed) {
        const QByteArray jwt = urlSignature(c.signingKey, id, job.terminalAtMs() / 1000);
        o.insert(u"status"_s, u"SUCCEEDED"_s);
        o.insert(u"output"_s, QJsonArray{QString(artifactUrl(c, id, u"video.mp4"_s) + u"?_jwt="_s + QString::fromLatin1(jwt))});
    } else if (s.outcome == Outcome::Failed) {
        o.insert(u"status"_s, u"FAILED"_s);
        o.insert(u"failure"_s, u"Your prompt was flagged by our content moderation system."_s);
        o.insert(u"failureCode"_s, u"SAFETY.INPUT.TEXT"_s);
    } else {
        o.insert(u"status"_s, u"CANCELLED"_s);
        if (s.started)
            o.insert(u"progress"_s, std::floor(s.fraction * 100.0) / 100.0);
    }
    return o;
}

// ---- luma -------------------------------------------------------------------------------------------------

QJsonObject renderLuma(const SimJob &job, const JobState &s, const RenderContext &c)
{
    const QString &id = job.spec.id;
    const bool image = job.spec.type == u"image"_s;
    QJsonObject o{{u"id"_s, id}, {u"generation_type"_s, job.spec.type}, {u"failure_reason"_s, QJsonValue::Null},
                  {u"created_at"_s, iso(job.createdMs)}, {u"model"_s, image ? u"photon-1"_s : u"ray-2"_s},
                  {u"request"_s, QJsonObject{{u"generation_type"_s, job.spec.type}, {u"prompt"_s, u"A tiger walking in snow"_s},
                                             {u"model"_s, image ? u"photon-1"_s : u"ray-2"_s}, {u"aspect_ratio"_s, u"16:9"_s}}}};
    QJsonValue assets = QJsonValue::Null;
    QString state = u"queued"_s;
    if (s.phase == Phase::Running) {
        state = u"dreaming"_s;
        assets = QJsonObject{{u"video"_s, QJsonValue::Null}, {u"image"_s, QJsonValue::Null}, {u"progress_video"_s, QJsonValue::Null}};
    } else if (s.phase == Phase::Done && s.outcome == Outcome::Completed) {
        state = u"completed"_s;
        assets = image ? QJsonObject{{u"image"_s, artifactUrl(c, id, u"image.png"_s)}}
                       : QJsonObject{{u"video"_s, artifactUrl(c, id, u"video.mp4"_s)}, {u"image"_s, artifactUrl(c, id, u"poster.jpg"_s)},
                                     {u"progress_video"_s, QJsonValue::Null}};
    } else if (s.phase == Phase::Done) {
        state = u"failed"_s; // Luma has no cancelled state
        o.insert(u"failure_reason"_s, s.outcome == Outcome::Cancelled ? u"Generation was cancelled"_s
                                                                      : u"400: prompt not allowed because advanced moderation failed"_s);
    }
    o.insert(u"state"_s, state);
    o.insert(u"assets"_s, assets);
    return o;
}

// ---- fal --------------------------------------------------------------------------------------------------

QJsonObject falLog(const QString &message, qint64 atMs)
{
    return {{u"message"_s, message}, {u"level"_s, u"INFO"_s}, {u"source"_s, u"stdout"_s}, {u"timestamp"_s, iso(atMs)}};
}

QJsonObject renderFal(const SimJob &job, const JobState &s, const RenderContext &c)
{
    const QString &id = job.spec.id;
    const QString requestUrl = c.root.toString() + presetBasePath(kFal) + u"/requests/"_s + id;
    QJsonObject o{{u"request_id"_s, id}, {u"response_url"_s, requestUrl}, {u"status_url"_s, QString(requestUrl + u"/status"_s)},
                  {u"cancel_url"_s, QString(requestUrl + u"/cancel"_s)}};
    if (s.phase == Phase::Queued) {
        // One place ahead per 5 s of queue time (at least three) at creation, moving up as the queue time passes:
        // a 65 s queue starts at queue_position 12 and reaches 0 in its last 5 s.
        const qint64 places = std::max<qint64>(3, job.spec.queueMs / 5000);
        const qint64 left = job.createdMs + job.spec.queueMs - c.nowMs;
        const qint64 position = job.spec.queueMs > 0 ? (left * places + job.spec.queueMs - 1) / job.spec.queueMs - 1 : 0;
        o.insert(u"status"_s, u"IN_QUEUE"_s);
        o.insert(u"queue_position"_s, qMax<qint64>(0, position));
        return o;
    }
    QJsonArray logs{falLog(u"Loading model"_s, s.startedMs)};
    const int percent = percentOf(s);
    const qint64 span = qMax<qint64>(1, job.spec.runMs);
    for (int p = 25; p <= percent; p += 25)
        logs.append(falLog(u"Generating: %1%"_s.arg(p), s.startedMs + span * p / 100));
    if (s.phase == Phase::Running) {
        o.insert(u"status"_s, u"IN_PROGRESS"_s);
    } else {
        o.insert(u"status"_s, u"COMPLETED"_s);
        if (s.outcome == Outcome::Completed) {
            logs.append(falLog(u"Done"_s, s.endedMs));
            o.insert(u"metrics"_s, QJsonObject{{u"inference_time"_s, double(job.spec.runMs) / 1000.0}});
        } else if (s.outcome == Outcome::Failed) { // fal reports a failure as COMPLETED with an error
            o.insert(u"error"_s, u"Internal error while generating the image"_s);
            o.insert(u"error_type"_s, u"runner_error"_s);
        } else {
            o.insert(u"error"_s, u"The request was cancelled"_s);
            o.insert(u"error_type"_s, u"request_cancelled"_s);
        }
    }
    o.insert(u"logs"_s, logs);
    return o;
}

// ---- openai videos ----------------------------------------------------------------------------------------

QJsonObject renderOpenAi(const SimJob &job, const JobState &s)
{
    QJsonObject o{{u"id"_s, job.spec.id}, {u"object"_s, u"video"_s}, {u"model"_s, u"sora-2"_s},
                  {u"created_at"_s, unixSeconds(job.createdMs)}, {u"completed_at"_s, QJsonValue::Null},
                  {u"expires_at"_s, QJsonValue::Null}, {u"size"_s, u"1280x720"_s}, {u"seconds"_s, u"4"_s},
                  {u"quality"_s, u"standard"_s}, {u"remixed_from_video_id"_s, QJsonValue::Null}, {u"error"_s, QJsonValue::Null}};
    QString status = u"queued"_s;
    int progress = 0;
    if (s.phase == Phase::Running) {
        status = u"in_progress"_s;
        progress = percentOf(s);
    } else if (s.phase == Phase::Done) {
        o.insert(u"completed_at"_s, unixSeconds(s.endedMs));
        progress = percentOf(s);
        if (s.outcome == Outcome::Completed) {
            status = u"completed"_s;
            o.insert(u"expires_at"_s, unixSeconds(s.endedMs + 24 * 3600 * 1000));
        } else { // no cancelled status in this API
            status = u"failed"_s;
            o.insert(u"error"_s, s.outcome == Outcome::Cancelled
                                     ? QJsonObject{{u"code"_s, u"cancelled"_s}, {u"message"_s, u"The video generation was cancelled."_s}}
                                     : QJsonObject{{u"code"_s, u"moderation_blocked"_s},
                                                   {u"message"_s, u"Your request was blocked by our moderation system."_s}});
        }
    }
    o.insert(u"status"_s, status);
    o.insert(u"progress"_s, progress);
    return o;
}

} // namespace

QStringList presetDialects()
{
    return {kReplicate, kRunway, kLuma, kFal, kOpenAi};
}

bool isPresetDialect(const QString &dialect)
{
    return presetDialects().contains(dialect) || isExampleApi(dialect);
}

QString canonicalDialect(const QString &name)
{
    return name == u"openai"_s ? kOpenAi : name;
}

QString presetBasePath(const QString &dialect)
{
    if (dialect == kFal)
        return u"/fal/"_s + kFalModel;
    if (dialect == kOpenAi)
        return u"/openai"_s;
    return u'/' + dialect;
}

QString presetJobPath(const QString &dialect, const QString &id)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(id));
    QString path = presetBasePath(dialect);
    if (dialect == kReplicate)
        path += u"/v1/predictions/"_s + encoded;
    else if (dialect == kRunway)
        path += u"/v1/tasks/"_s + encoded;
    else if (dialect == kLuma)
        path += u"/dream-machine/v1/generations/"_s + encoded;
    else if (dialect == kFal)
        path += u"/requests/"_s + encoded + u"/status"_s;
    else if (isExampleApi(dialect))
        path += exampleApiJobPath(dialect, encoded);
    else
        path += u"/v1/videos/"_s + encoded;
    return path;
}

QString presetDefaultType(const QString &dialect)
{
    return dialect == kReplicate || dialect == kFal ? u"image"_s : u"video"_s;
}

bool isKnownPresetType(const QString &dialect, const QString &type)
{
    if (dialect == kReplicate)
        return QStringList{u"image"_s, u"text"_s, u"video"_s}.contains(type);
    if (dialect == kLuma)
        return type == u"video"_s || type == u"image"_s;
    if (dialect == kFal)
        return type == u"image"_s;
    if (dialect == u"stability"_s)
        return type == u"video"_s || type == u"image"_s;
    return isPresetDialect(dialect) && type == u"video"_s;
}

QString generatePresetId(const QString &dialect)
{
    if (dialect == kReplicate)
        return randomChars(26, "abcdefghijklmnopqrstuvwxyz0123456789");
    if (dialect == kOpenAi)
        return u"video_"_s + randomChars(48, "0123456789abcdef");
    if (isExampleApi(dialect))
        return generateExampleApiId(dialect);
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject renderPreset(const SimJob &job, const RenderContext &context)
{
    const JobState s = stateAt(job, context.nowMs);
    const QString &d = job.spec.dialect;
    if (d == kReplicate)
        return renderReplicate(job, s, context);
    if (d == kRunway)
        return renderRunway(job, s, context);
    if (d == kLuma)
        return renderLuma(job, s, context);
    if (d == kFal)
        return renderFal(job, s, context);
    if (isExampleApi(d))
        return renderExampleApi(job, s, context);
    return renderOpenAi(job, s);
}

QJsonObject presetErrorBody(const QString &dialect, ErrorKind kind, int retryAfterSeconds)
{
    if (isExampleApi(dialect))
        return exampleApiErrorBody(dialect, kind);
    QString title, message, code;
    switch (kind) {
    case ErrorKind::Unauthorized:
        title = u"Unauthenticated"_s;
        message = u"You did not pass a valid authentication token"_s;
        code = u"invalid_api_key"_s;
        break;
    case ErrorKind::Forbidden:
        title = u"Forbidden"_s;
        message = u"This API key may not read this resource"_s;
        code = u"insufficient_permissions"_s;
        break;
    case ErrorKind::NotFound:
        title = u"Not found"_s;
        message = u"The requested resource was not found"_s;
        code = u"not_found"_s;
        break;
    case ErrorKind::RateLimited:
        title = u"Request was throttled"_s;
        message = u"Request was throttled. Expected available in %n second(s)."_s;
        message.replace(u"%n"_s, QString::number(retryAfterSeconds));
        code = u"rate_limit_exceeded"_s;
        break;
    case ErrorKind::ServerError:
        title = u"Internal server error"_s;
        message = u"An unexpected error occurred"_s;
        code = u"server_error"_s;
        break;
    case ErrorKind::BadRequest:
        title = u"Invalid input"_s;
        message = u"The prompt is longer than 2000 characters"_s;
        code = u"invalid_request"_s;
        break;
    case ErrorKind::Unprocessable:
        title = u"Unprocessable input"_s;
        message = u"The input image could not be decoded"_s;
        code = u"unprocessable_entity"_s;
        break;
    case ErrorKind::Unavailable:
    case ErrorKind::QueueUnavailable:
        title = u"Service unavailable"_s;
        message = u"The service is temporarily unavailable"_s;
        code = u"service_unavailable"_s;
        break;
    }
    if (dialect == kReplicate)
        return {{u"title"_s, title}, {u"detail"_s, message}, {u"status"_s, statusFor(kind)}};
    if (dialect == kOpenAi)
        return {{u"error"_s, QJsonObject{{u"message"_s, message}, {u"type"_s, u"invalid_request_error"_s},
                                         {u"param"_s, QJsonValue::Null}, {u"code"_s, code}}}};
    if (dialect == kRunway)
        return {{u"error"_s, message}};
    return {{u"detail"_s, message}}; // luma, fal
}

std::optional<PresetRoute> matchPresetRoute(const QStringList &seg, const QUrlQuery &query)
{
    const qsizetype n = seg.size();
    auto is = [&](std::initializer_list<const char16_t *> prefix) {
        if (n != qsizetype(prefix.size()) + 1)
            return false;
        qsizetype i = 0;
        for (const char16_t *part : prefix) {
            if (seg.at(i++) != QStringView(part))
                return false;
        }
        return true;
    };
    if (is({u"runway", u"v1"}) && seg.last() == u"organization"_s)
        return PresetRoute{kRunway, QString(), PresetRoute::Kind::Balance};
    if (is({u"luma", u"dream-machine", u"v1"}) && seg.last() == u"credits"_s)
        return PresetRoute{kLuma, QString(), PresetRoute::Kind::Balance};
    if (is({u"replicate", u"v1", u"predictions"}))
        return PresetRoute{kReplicate, seg.last(), PresetRoute::Kind::Poll};
    // The account lists: the poll URL's collection without an ID.
    const auto list = [&seg](const QString &dialect, const QStringList &path) {
        return seg == path ? std::optional(PresetRoute{dialect, QString(), PresetRoute::Kind::List}) : std::nullopt;
    };
    for (const auto &candidate : {list(kReplicate, {u"replicate"_s, u"v1"_s, u"predictions"_s}),
                                  list(kOpenAi, {u"openai"_s, u"v1"_s, u"videos"_s}),
                                  list(kLuma, {u"luma"_s, u"dream-machine"_s, u"v1"_s, u"generations"_s})})
        if (candidate)
            return candidate;
    if (is({u"kling", u"v1", u"videos", u"text2video"}))
        return PresetRoute{u"kling"_s, seg.last(), PresetRoute::Kind::Poll};
    if (is({u"stability", u"v2beta", u"results"}))
        return PresetRoute{u"stability"_s, seg.last(), PresetRoute::Kind::Poll};
    // MiniMax names the task and the file in the query.
    if (is({u"minimax", u"v1", u"query"}) && seg.last() == u"video_generation"_s)
        return PresetRoute{u"minimax"_s, query.queryItemValue(u"task_id"_s, QUrl::FullyDecoded), PresetRoute::Kind::Poll};
    if (is({u"minimax", u"v1", u"files"}) && seg.last() == u"retrieve"_s)
        return PresetRoute{u"minimax"_s, query.queryItemValue(u"file_id"_s, QUrl::FullyDecoded), PresetRoute::Kind::MiniMaxFile};
    if (is({u"runway", u"v1", u"tasks"}))
        return PresetRoute{kRunway, seg.last(), PresetRoute::Kind::Poll};
    if (is({u"luma", u"dream-machine", u"v1", u"generations"}))
        return PresetRoute{kLuma, seg.last(), PresetRoute::Kind::Poll};
    if (is({u"openai", u"v1", u"videos"}))
        return PresetRoute{kOpenAi, seg.last(), PresetRoute::Kind::Poll};
    if (n == 5 && seg.at(0) == u"openai"_s && seg.at(1) == u"v1"_s && seg.at(2) == u"videos"_s && seg.at(4) == u"content"_s)
        return PresetRoute{kOpenAi, seg.at(3), PresetRoute::Kind::OpenAiContent};
    if (n >= 3 && seg.first() == u"fal"_s) { // fal/<model...>/requests/{id}[/status]
        const bool status = seg.last() == u"status"_s;
        const qsizetype idAt = status ? n - 2 : n - 1;
        if (idAt >= 2 && seg.at(idAt - 1) == u"requests"_s)
            return PresetRoute{kFal, seg.at(idAt), status ? PresetRoute::Kind::Poll : PresetRoute::Kind::FalResult};
    }
    return std::nullopt;
}

QJsonObject falResult(const SimJob &job, const RenderContext &c)
{
    const QString &id = job.spec.id;
    const int n = qMax(1, job.spec.units);
    QJsonArray images;
    for (int i = 1; i <= n; ++i)
        images.append(QJsonObject{{u"url"_s, artifactUrl(c, id, u"image_%1.png"_s.arg(i))}, {u"width"_s, 512}, {u"height"_s, 512},
                                  {u"content_type"_s, u"image/png"_s}});
    return {{u"images"_s, images}, {u"seed"_s, qint64(stableHash(id) % 100000)}, {u"has_nsfw_concepts"_s, QJsonArray{false}},
            {u"prompt"_s, u"a red fox in the snow"_s}, {u"timings"_s, QJsonObject{{u"inference"_s, double(job.spec.runMs) / 1000.0}}}};
}

} // namespace jw::sim
