#include "sim/simjob.h"

#include "sim/artifacts.h"
#include "sim/simpresets.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace jw::sim {

using Outcome = SimulatedProvider::Outcome;
using Phase = JobState::Phase;

QString randomChars(int length, const char *alphabet)
{
    const auto n = quint32(qstrlen(alphabet));
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(n)]);
    return out;
}

namespace {

QJsonValue iso(qint64 ms, bool withMs = false)
{
    if (ms < 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(withMs ? Qt::ISODateWithMs : Qt::ISODate);
}

QString artifactPath(const QString &jobId, const QString &file)
{
    return u"/artifacts/"_s + QString::fromLatin1(QUrl::toPercentEncoding(jobId)) + u'/' + file;
}

} // namespace

QString artifactUrl(const RenderContext &c, const QString &jobId, const QString &file)
{
    return c.root.toString() + artifactPath(jobId, file);
}

namespace {

qint64 artifactSize(const RenderContext &c, const QString &jobId, const QString &file)
{
    if (!c.store)
        return 0;
    const auto content = c.store->content(jobId, file);
    return content ? content->data.size() : 0;
}

template <std::size_t N>
QString pick(const std::array<const char *, N> &options, quint32 h)
{
    return QString::fromUtf8(options[h % N]);
}

// ---- theo -------------------------------------------------------------------------------------------------

QJsonObject theoResult(const SimJob &job, const RenderContext &c)
{
    const QString &id = job.spec.id;
    const QString &type = job.spec.type;
    if (type == u"research"_s) {
        const ResearchContent r = researchReport(id);
        QJsonArray sources;
        for (const auto &[title, url] : r.sources)
            sources.append(QJsonObject{{u"title"_s, title}, {u"url"_s, url}});
        return {{u"report"_s, r.markdown}, {u"sources"_s, sources}, {u"queries"_s, QJsonArray::fromStringList(r.queries)},
                {u"sourceCount"_s, int(r.sources.size())}};
    }
    if (type == u"image"_s)
        return {{u"imageUrl"_s, artifactUrl(c, id, u"image.png"_s)}, {u"model"_s, u"Theo Studio"_s}, {u"engine"_s, u"theo-studio"_s}};
    if (type == u"document"_s)
        return {{u"title"_s, u"Report"_s}, {u"format"_s, u"pdf"_s}, {u"downloadUrl"_s, artifactUrl(c, id, u"document.pdf"_s)},
                {u"sizeBytes"_s, artifactSize(c, id, u"document.pdf"_s)}};
    return {{u"videoUrl"_s, artifactUrl(c, id, u"video.mp4"_s)}, {u"model"_s, u"Theo Motion"_s}, {u"engine"_s, u"theo-motion"_s},
            {u"durationMs"_s, 3000}};
}

QJsonObject renderTheo(const SimJob &job, const JobState &s, const RenderContext &c)
{
    static const std::array<const char *, 3> errors = {
        "Generation failed: the model could not complete the request.",
        "Upstream timeout while generating the result. Please retry.",
        "Content policy violation: the prompt was rejected."};
    QString status = u"queued"_s;
    int progress = 0;
    QJsonValue result = QJsonValue::Null;
    QJsonValue error = QJsonValue::Null;
    if (s.phase == Phase::Running) {
        status = u"active"_s;
        progress = qMin(99, int(s.fraction * 100));
    } else if (s.phase == Phase::Done) {
        if (s.outcome == Outcome::Completed) {
            status = u"completed"_s;
            progress = 100;
            result = theoResult(job, c);
        } else {
            status = u"failed"_s; // Theo has no cancelled state
            progress = int(s.fraction * 100);
            error = s.outcome == Outcome::Cancelled ? u"Job was cancelled."_s
                    : job.spec.errorMessage.isEmpty()  ? pick(errors, stableHash(job.spec.id))
                                                       : job.spec.errorMessage;
        }
    }
    return {{u"id"_s, job.spec.id}, {u"type"_s, job.spec.type}, {u"status"_s, status}, {u"progress"_s, progress},
            {u"result"_s, result}, {u"error"_s, error}, {u"created_at"_s, iso(job.createdMs)},
            {u"completed_at"_s, s.phase == Phase::Done ? iso(s.endedMs) : QJsonValue(QJsonValue::Null)}};
}

// ---- vidocu -----------------------------------------------------------------------------------------------

struct Step {
    const char *step;
    const char *message;
};

QList<Step> vidocuSteps(const QString &type)
{
    if (type == u"export"_s)
        return {{"preparing", "Preparing timeline..."}, {"rendering", "Rendering video..."}, {"encoding", "Encoding MP4..."},
                {"uploading", "Uploading export..."}};
    if (type == u"translation"_s)
        return {{"transcribing", "Transcribing source audio..."}, {"translating", "Translating script..."},
                {"voicing", "Generating voiceover..."}, {"muxing", "Merging audio and video..."}};
    if (type == u"tool"_s)
        return {{"loading", "Loading input..."}, {"processing", "Running tool..."}, {"saving", "Saving output..."}};
    return {{"uploading", "Uploading video..."}, {"transcribing", "Creating video script..."},
            {"analyzing", "Analyzing scenes..."}, {"writing", "Writing documentation..."}};
}

QJsonObject vidocuProgress(const SimJob &job, double fraction)
{
    const QList<Step> steps = vidocuSteps(job.spec.type);
    const auto index = qMin(steps.size() - 1, qsizetype(fraction * double(steps.size())));
    QJsonObject p{{u"step"_s, QString::fromLatin1(steps.at(index).step)}, {u"message"_s, QString::fromLatin1(steps.at(index).message)}};
    const QString &shape = job.spec.progressShape;
    if (shape == u"percent"_s || (shape != u"steps"_s && index > 0))
        p.insert(u"percentage"_s, qMin(99, int(fraction * 100)));
    return p;
}

QJsonObject vidocuResult(const SimJob &job, const RenderContext &c)
{
    const QString &id = job.spec.id;
    const QString &type = job.spec.type;
    if (type == u"export"_s)
        return {{u"videoUrl"_s, artifactUrl(c, id, u"video.mp4"_s)}, {u"thumbnailUrl"_s, artifactUrl(c, id, u"thumb.png"_s)},
                {u"format"_s, u"mp4"_s}, {u"durationSeconds"_s, 3}};
    if (type == u"translation"_s)
        return {{u"videoUrl"_s, artifactUrl(c, id, u"video.mp4"_s)}, {u"audioUrl"_s, artifactUrl(c, id, u"audio.wav"_s)},
                {u"subtitlesUrl"_s, artifactUrl(c, id, u"subtitles.vtt"_s)}, {u"language"_s, u"de"_s}};
    if (type == u"tool"_s)
        return {{u"downloadUrl"_s, artifactUrl(c, id, u"document.pdf"_s)}, {u"imageUrl"_s, artifactUrl(c, id, u"image.png"_s)}};
    return {{u"documentUrl"_s, artifactUrl(c, id, u"document.pdf"_s)}, {u"transcriptUrl"_s, artifactUrl(c, id, u"transcript.txt"_s)},
            {u"thumbnailUrl"_s, artifactUrl(c, id, u"thumb.png"_s)},
            {u"summary"_s, u"A three-second product walkthrough with two scenes and narration."_s}};
}

QJsonObject renderVidocu(const SimJob &job, const JobState &s, const RenderContext &c)
{
    static const std::array<const char *, 3> errors = {"Transcription failed: the audio track could not be decoded",
                                                        "Video file is corrupted or in an unsupported format",
                                                        "Processing timed out after 3 attempts"};
    QString status = u"pending"_s;
    QJsonValue progress = QJsonValue::Null;
    QJsonValue result = QJsonValue::Null;
    QJsonValue error = QJsonValue::Null;
    qint64 updated = job.createdMs;
    if (s.phase == Phase::Running) {
        status = u"processing"_s;
        progress = vidocuProgress(job, s.fraction);
        updated = c.nowMs;
    } else if (s.phase == Phase::Done) {
        updated = s.endedMs;
        if (s.outcome == Outcome::Completed) {
            status = u"completed"_s;
            progress = QJsonObject{{u"step"_s, u"done"_s}, {u"message"_s, u"Completed"_s}, {u"percentage"_s, 100}};
            result = vidocuResult(job, c);
        } else {
            status = u"failed"_s; // Vidocu has no cancelled state
            if (s.started)
                progress = vidocuProgress(job, s.fraction);
            error = s.outcome == Outcome::Cancelled ? u"Job was cancelled"_s : pick(errors, stableHash(job.spec.id));
        }
    }
    return {{u"jobId"_s, job.spec.id}, {u"type"_s, job.spec.type}, {u"status"_s, status}, {u"progress"_s, progress},
            {u"result"_s, result}, {u"error"_s, error}, {u"createdAt"_s, iso(job.createdMs, true)},
            {u"updatedAt"_s, iso(updated, true)}};
}

// ---- scenes -----------------------------------------------------------------------------------------------

QJsonObject renderScenes(const SimJob &job, const JobState &s, const RenderContext &c)
{
    static const std::array<const char *, 6> texts = {
        "A lighthouse at dusk, waves breaking on the rocks.", "The keeper climbs the spiral stairs with a lantern.",
        "A bottle glints in the surf below.", "Inside the bottle: a letter sealed with red wax.",
        "The keeper reads the letter by lamplight.", "Dawn breaks; a ship appears on the horizon."};
    static const std::array<std::pair<const char *, const char *>, 2> errors = {{
        {"content_rejected", "The story prompt was rejected by the content filter."},
        {"insufficient_credits", "Not enough credits to generate all scenes."}}};
    const int total = job.spec.units > 0 ? job.spec.units : 6;
    const QString &id = job.spec.id;
    QJsonObject o{{u"job_id"_s, id}, {u"created_at"_s, iso(job.createdMs)}, {u"scenes_total"_s, total}};
    QString status = u"pending"_s;
    int done = 0;
    if (s.phase == Phase::Running) {
        status = u"processing"_s;
        done = qMin(total - 1, int(s.fraction * total));
    } else if (s.phase == Phase::Done) {
        o.insert(u"completed_at"_s, iso(s.endedMs));
        if (s.outcome == Outcome::Completed) {
            status = u"completed"_s;
            done = total;
            const qint64 expires = (c.nowMs + c.signedUrlTtlMs + 999) / 1000;
            QJsonArray scenes;
            for (int i = 1; i <= total; ++i) {
                const QString path = artifactPath(id, u"scene_%1.png"_s.arg(i));
                const QString url = c.root.toString() + path + u"?expires="_s + QString::number(expires) + u"&sig="_s
                                    + QString::fromLatin1(urlSignature(c.signingKey, path, expires));
                scenes.append(QJsonObject{{u"scene_number"_s, i}, {u"text"_s, QString::fromUtf8(texts[std::size_t(i - 1) % texts.size()])},
                                          {u"image_url"_s, url}});
            }
            o.insert(u"result"_s, QJsonObject{{u"title"_s, u"The Letter in the Bottle"_s}, {u"scenes"_s, scenes}});
        } else {
            status = u"failed"_s; // no cancelled state in this API
            done = int(s.fraction * total);
            const auto &e = errors[stableHash(id) % errors.size()];
            o.insert(u"error"_s, s.outcome == Outcome::Cancelled
                                     ? QJsonObject{{u"code"_s, u"cancelled"_s}, {u"message"_s, u"The job was cancelled."_s}}
                                     : QJsonObject{{u"code"_s, QString::fromLatin1(e.first)}, {u"message"_s, QString::fromLatin1(e.second)}});
        }
    }
    if (s.started)
        o.insert(u"started_at"_s, iso(s.startedMs));
    o.insert(u"status"_s, status);
    o.insert(u"scenes_completed"_s, done);
    return o;
}

// ---- muvi -------------------------------------------------------------------------------------------------

QJsonArray muviOutputs(const SimJob &job, const RenderContext &c)
{
    const QString &id = job.spec.id;
    const QString &type = job.spec.type;
    auto item = [&](const QString &file, const QString &kind, const QJsonValue &thumb, const QJsonValue &poster) {
        return QJsonObject{{u"url"_s, artifactUrl(c, id, file)}, {u"type"_s, kind}, {u"thumbnail"_s, thumb}, {u"posterImage"_s, poster}};
    };
    const QJsonValue null = QJsonValue::Null;
    if (type == u"image"_s) {
        QJsonArray out;
        const int n = qMax(1, job.spec.units);
        for (int i = 0; i < n; ++i)
            out.append(item(u"image_%1.png"_s.arg(i + 1), u"image"_s, artifactUrl(c, id, u"thumb.png"_s), null));
        return out;
    }
    if (type == u"audio"_s)
        return {item(u"audio.wav"_s, u"audio"_s, null, artifactUrl(c, id, u"image.png"_s))};
    if (type == u"text"_s)
        return {item(u"output.txt"_s, u"text"_s, null, null)};
    return {item(u"video.mp4"_s, u"video"_s, artifactUrl(c, id, u"thumb.png"_s), artifactUrl(c, id, u"poster.jpg"_s))};
}

QJsonObject renderMuvi(const SimJob &job, const JobState &s, const RenderContext &c)
{
    QString status = u"pending"_s;
    int progress = 0;
    QJsonValue output = QJsonValue::Null;
    QJsonValue outputs = QJsonValue::Null;
    QJsonValue error = QJsonValue::Null;
    if (s.phase == Phase::Running) {
        status = u"processing"_s;
        progress = 50;
    } else if (s.phase == Phase::Done) {
        switch (s.outcome) {
        case Outcome::Completed: {
            status = u"completed"_s;
            progress = 100;
            const QJsonArray items = muviOutputs(job, c);
            outputs = items;
            output = items.first().toObject().value(u"url"_s);
            break;
        }
        case Outcome::Failed:
            status = u"failed"_s;
            error = QJsonObject{{u"code"_s, u"GENERATION_FAILED"_s},
                                {u"message"_s, u"The model failed to generate the requested output. Credits have been refunded."_s}};
            break;
        case Outcome::Cancelled:
            status = u"cancelled"_s;
            progress = s.started ? 50 : 0;
            break;
        }
    }
    return {{u"jobId"_s, job.spec.id}, {u"status"_s, status}, {u"progress"_s, progress}, {u"output"_s, output},
            {u"outputs"_s, outputs}, {u"error"_s, error}, {u"createdAt"_s, iso(job.createdMs)},
            {u"completedAt"_s, s.phase == Phase::Done ? iso(s.endedMs) : QJsonValue(QJsonValue::Null)}};
}

} // namespace

double stopPoint(const SimJob &job)
{
    return 0.25 + double(stableHash(job.spec.id) % 50) / 100.0;
}

qint64 SimJob::naturalEndMs() const
{
    // A job that fails or is cancelled stops part-way: it progresses at its normal speed until then.
    if (spec.outcome == SimulatedProvider::Outcome::Completed)
        return runStartMs() + spec.runMs;
    return runStartMs() + qint64(double(spec.runMs) * stopPoint(*this));
}

namespace {
// The reported share of the work for a share of the running time, by the job's progress shape.
double shaped(const SimJob &job, double f)
{
    const QString &shape = job.spec.progressShape;
    if (shape == u"stepped"_s)
        return std::floor(f * 5.0) / 5.0; // 0, 20, 40, 60, 80 %
    if (shape == u"coarse"_s)
        return f > 0 ? 0.5 : 0.0;
    if (shape == u"none"_s)
        return 0.0;
    if (shape == u"jumpy"_s) {
        // Four equal stretches of time that do very different shares of the work (stable per job).
        const quint32 h = stableHash(job.spec.id);
        std::array<double, 4> weights{};
        double total = 0;
        for (int i = 0; i < 4; ++i) {
            weights[size_t(i)] = 0.15 + double((h >> (i * 8)) & 0xff) / 255.0 * 1.7;
            total += weights[size_t(i)];
        }
        const int segment = qMin(3, int(f * 4.0));
        double done = 0;
        for (int i = 0; i < segment; ++i)
            done += weights[size_t(i)];
        done += weights[size_t(segment)] * (f * 4.0 - segment);
        return qBound(0.0, done / total, 1.0);
    }
    return f;
}
} // namespace

JobState stateAt(const SimJob &job, qint64 nowMs)
{
    JobState s;
    const qint64 end = job.terminalAtMs();
    const qint64 runStart = job.runStartMs();
    const Outcome outcome = job.forced.value_or(job.spec.outcome);
    auto fractionAt = [&](qint64 t) {
        if (job.spec.runMs <= 0)
            return job.spec.outcome == Outcome::Completed ? 1.0 : stopPoint(job);
        return shaped(job, qBound(0.0, double(t - runStart) / double(job.spec.runMs), 1.0));
    };
    s.started = qMin(nowMs, end) >= runStart;
    s.startedMs = s.started ? runStart : -1;
    if (nowMs >= end) {
        s.phase = Phase::Done;
        s.outcome = outcome;
        s.endedMs = end;
        s.started = end >= runStart;
        s.startedMs = s.started ? runStart : -1;
        s.fraction = outcome == Outcome::Completed ? 1.0 : fractionAt(end);
    } else if (nowMs >= runStart) {
        s.phase = Phase::Running;
        s.fraction = fractionAt(nowMs);
    }
    return s;
}

QString defaultType(const QString &dialect)
{
    if (isPresetDialect(dialect))
        return presetDefaultType(dialect);
    if (dialect == u"vidocu"_s)
        return u"analysis"_s;
    if (dialect == u"scenes"_s)
        return u"story"_s;
    return u"video"_s;
}

bool isKnownType(const QString &dialect, const QString &type)
{
    if (isPresetDialect(dialect))
        return isKnownPresetType(dialect, type);
    if (dialect == u"theo"_s)
        return QStringList{u"video"_s, u"image"_s, u"research"_s, u"document"_s}.contains(type);
    if (dialect == u"vidocu"_s)
        return QStringList{u"analysis"_s, u"export"_s, u"translation"_s, u"tool"_s}.contains(type);
    if (dialect == u"scenes"_s)
        return type == u"story"_s;
    if (dialect == u"muvi"_s)
        return QStringList{u"video"_s, u"image"_s, u"audio"_s, u"text"_s}.contains(type);
    return false;
}

QString generateId(const QString &dialect, const QString &type, qint64 nowMs)
{
    if (isPresetDialect(dialect))
        return generatePresetId(dialect);
    if (dialect == u"vidocu"_s)
        return type + u'_' + QString::number(nowMs) + u'_' + randomChars(7, "abcdefghijklmnopqrstuvwxyz0123456789");
    if (dialect == u"scenes"_s)
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (dialect == u"muvi"_s)
        return u"job_"_s + randomChars(12, "0123456789abcdef");
    return u"job_"_s + randomChars(10, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
}

QJsonObject renderJob(const SimJob &job, const RenderContext &context)
{
    const JobState s = stateAt(job, context.nowMs);
    const QString &d = job.spec.dialect;
    if (isPresetDialect(d))
        return renderPreset(job, context);
    if (d == u"vidocu"_s)
        return renderVidocu(job, s, context);
    if (d == u"scenes"_s)
        return renderScenes(job, s, context);
    if (d == u"muvi"_s)
        return renderMuvi(job, s, context);
    return renderTheo(job, s, context);
}

QByteArray urlSignature(const QByteArray &key, const QString &path, qint64 expiresSec)
{
    const QByteArray message = path.toUtf8() + '|' + QByteArray::number(expiresSec);
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex().left(32);
}

int statusFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Unauthorized: return 401;
    case ErrorKind::Forbidden: return 403;
    case ErrorKind::NotFound: return 404;
    case ErrorKind::BadRequest: return 400;
    case ErrorKind::Unprocessable: return 422;
    case ErrorKind::RateLimited: return 429;
    case ErrorKind::ServerError: return 500;
    case ErrorKind::Unavailable:
    case ErrorKind::QueueUnavailable: return 503;
    }
    return 500;
}

QJsonObject errorBody(const QString &dialect, ErrorKind kind, int retryAfterSeconds)
{
    struct Text {
        const char *theo, *vidocu, *scenes, *muvi, *message;
    };
    if (isPresetDialect(dialect))
        return presetErrorBody(dialect, kind, retryAfterSeconds);
    const bool muvi = dialect == u"muvi"_s;
    Text t{};
    switch (kind) {
    case ErrorKind::Unauthorized:
        t = {"unauthorized", "authentication_error", "unauthorized", "UNAUTHORIZED", "Invalid or missing API key"};
        break;
    case ErrorKind::Forbidden:
        t = {"forbidden", "permission_error", "forbidden", "INSUFFICIENT_SCOPE",
             muvi ? "API key is missing the required scope: check_status" : "This API key may not read jobs"};
        break;
    case ErrorKind::NotFound:
        t = {"not_found", "not_found", "not_found", "JOB_NOT_FOUND", "Job not found or belongs to a different workspace"};
        break;
    case ErrorKind::RateLimited:
        t = {"rate_limited", "rate_limit_error", "rate_limited", "RATE_LIMITED", "Too many requests, slow down"};
        break;
    case ErrorKind::ServerError:
        t = {"internal_error", "internal_error", "internal_error", "INTERNAL_ERROR", "An unexpected error occurred"};
        break;
    case ErrorKind::Unavailable:
        t = {"service_unavailable", "service_unavailable", "service_unavailable", "SERVICE_UNAVAILABLE",
             "The service is temporarily unavailable"};
        break;
    case ErrorKind::BadRequest:
        t = {"invalid_request", "invalid_request_error", "invalid_request", "INVALID_REQUEST",
             "The prompt is longer than 2000 characters"};
        break;
    case ErrorKind::Unprocessable:
        t = {"unprocessable", "validation_error", "unprocessable_entity", "VALIDATION_FAILED",
             "The input image could not be decoded"};
        break;
    case ErrorKind::QueueUnavailable:
        t = {"queue_unavailable", "service_unavailable", "service_unavailable", "SERVICE_UNAVAILABLE",
             "The job queue is temporarily unavailable, retry shortly"};
        break;
    }
    const QString message = QString::fromLatin1(t.message);
    if (dialect == u"vidocu"_s)
        return {{u"error"_s, QJsonObject{{u"code"_s, QString::fromLatin1(t.vidocu)}, {u"message"_s, message}}}};
    if (muvi)
        return {{u"error"_s, QJsonObject{{u"code"_s, QString::fromLatin1(t.muvi)}, {u"message"_s, message}}}};
    if (dialect == u"scenes"_s) {
        const bool throttled = kind == ErrorKind::RateLimited || kind == ErrorKind::Unavailable;
        return {{u"details"_s, throttled ? QJsonValue(QJsonObject{{u"retry_after"_s, retryAfterSeconds}}) : QJsonValue(QJsonValue::Null)},
                {u"error"_s, QString::fromLatin1(t.scenes)}, {u"message"_s, message},
                {u"request_id"_s, QString(u"req_"_s + randomChars(16, "0123456789abcdef"))}};
    }
    return {{u"error"_s, QString::fromLatin1(t.theo)}, {u"message"_s, message}};
}

QJsonObject echoAuthorization(QJsonObject body, const QString &authorization)
{
    const QString quote = u" (request authorization: "_s + authorization + u')';
    body.insert(u"debug"_s, QString(u"request authorization: "_s + authorization));
    if (const QJsonValue error = body.value(u"error"_s); error.isString()) {
        body.insert(u"error"_s, QString(error.toString() + quote));
    } else if (error.isObject()) {
        QJsonObject e = error.toObject();
        e.insert(u"message"_s, QString(e.value(u"message"_s).toString() + quote));
        body.insert(u"error"_s, e);
    }
    if (const QJsonValue message = body.value(u"message"_s); message.isString())
        body.insert(u"message"_s, QString(message.toString() + quote));
    return body;
}

} // namespace jw::sim
