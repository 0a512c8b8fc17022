#include "sim/simexampleapis.h"

#include "sim/artifacts.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace jw::sim {

using Outcome = SimulatedProvider::Outcome;
using Phase = JobState::Phase;

namespace {

const QString kKling = u"kling"_s;
const QString kMiniMax = u"minimax"_s;
const QString kStability = u"stability"_s;

QJsonObject renderKling(const SimJob &job, const JobState &s, const RenderContext &c)
{
    const QString &id = job.spec.id;
    QJsonObject data{{u"task_id"_s, id}, {u"task_status_msg"_s, QString()},
                     {u"task_info"_s, QJsonObject{{u"external_task_id"_s, QString(u"ext-"_s + id.right(6))}}},
                     {u"created_at"_s, job.createdMs}, {u"updated_at"_s, c.nowMs}};
    QString status = u"submitted"_s;
    if (s.phase == Phase::Running) {
        status = u"processing"_s;
        data.insert(u"task_status_msg"_s, u"Generating"_s); // a note while running, not an error
    } else if (s.phase == Phase::Done) {
        if (s.outcome == Outcome::Completed) {
            status = u"succeed"_s;
            data.insert(u"task_result"_s, QJsonObject{{u"videos"_s, QJsonArray{QJsonObject{
                {u"id"_s, QString(id + u"-v0"_s)}, {u"url"_s, artifactUrl(c, id, u"video.mp4"_s)}, {u"duration"_s, u"5.0"_s}}}}});
        } else {
            status = u"failed"_s;
            data.insert(u"task_status_msg"_s, u"Failure to pass the risk control system"_s);
        }
    }
    data.insert(u"task_status"_s, status);
    return {{u"code"_s, 0}, {u"message"_s, u"SUCCEED"_s}, {u"request_id"_s, randomChars(32, "0123456789abcdef")}, {u"data"_s, data}};
}

QJsonObject renderMiniMax(const SimJob &job, const JobState &s)
{
    QString status = s.started ? u"Processing"_s : u"Queueing"_s;
    QString fileId;
    if (s.phase == Phase::Done) {
        status = s.outcome == Outcome::Completed ? u"Success"_s : u"Fail"_s;
        if (s.outcome == Outcome::Completed)
            fileId = miniMaxFileId(job.spec.id);
    }
    QJsonObject o{{u"task_id"_s, job.spec.id}, {u"status"_s, status}, {u"file_id"_s, fileId},
                  {u"base_resp"_s, QJsonObject{{u"status_code"_s, 0}, {u"status_msg"_s, u"success"_s}}}};
    if (!fileId.isEmpty()) {
        o.insert(u"video_width"_s, 1366);
        o.insert(u"video_height"_s, 768);
    }
    return o;
}

QJsonObject renderStability(const SimJob &job, const JobState &s)
{
    if (s.phase != Phase::Done)
        return {{u"id"_s, job.spec.id}, {u"status"_s, u"in-progress"_s}};
    if (s.outcome != Outcome::Completed)
        return {{u"id"_s, job.spec.id}, {u"name"_s, u"content_moderation"_s},
                {u"errors"_s, QJsonArray{u"Your request was flagged by our content moderation system."_s,
                                         u"You were not charged for this request."_s}}};
    // The finished result carries the output itself and no ID.
    // Real media: an image job's PNG, or the simulator's H.264 clip for image-to-video.
    const bool image = job.spec.type == u"image"_s;
    ArtifactStore media;
    const QByteArray bytes = media.content(job.spec.id, image ? u"image.png"_s : u"video.mp4"_s).value_or(ArtifactContent()).data;
    return {{image ? u"image"_s : u"video"_s, QString::fromLatin1(bytes.toBase64())},
            {u"finish_reason"_s, u"SUCCESS"_s}, {u"seed"_s, qint64(stableHash(job.spec.id) % 4294967294u)}};
}

QByteArray fromBase64Url(const QByteArray &part)
{
    return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding);
}

} // namespace

QStringList exampleApiDialects()
{
    return {kKling, kMiniMax, kStability};
}

bool isExampleApi(const QString &dialect)
{
    return exampleApiDialects().contains(dialect);
}

QString exampleApiJobPath(const QString &dialect, const QString &encodedId)
{
    if (dialect == kKling)
        return u"/v1/videos/text2video/"_s + encodedId;
    if (dialect == kMiniMax)
        return u"/v1/query/video_generation?task_id="_s + encodedId;
    return u"/v2beta/results/"_s + encodedId;
}

QString generateExampleApiId(const QString &dialect)
{
    if (dialect == kKling)
        return u"77"_s + randomChars(16, "0123456789");
    if (dialect == kMiniMax)
        return u"1"_s + randomChars(14, "0123456789");
    return randomChars(64, "0123456789abcdef");
}

QJsonObject renderExampleApi(const SimJob &job, const JobState &state, const RenderContext &context)
{
    if (job.spec.dialect == kKling)
        return renderKling(job, state, context);
    if (job.spec.dialect == kMiniMax)
        return renderMiniMax(job, state);
    return renderStability(job, state);
}

QJsonObject exampleApiErrorBody(const QString &dialect, ErrorKind kind)
{
    struct Text {
        int kling;
        int minimax;
        const char *stability;
        const char *message;
    };
    Text t{5000, 1000, "internal_error", "An unexpected error occurred"};
    switch (kind) {
    case ErrorKind::Unauthorized: t = {1000, 1004, "unauthorized", "Authentication failed: the token is missing, invalid or expired"}; break;
    case ErrorKind::Forbidden: t = {1103, 1004, "forbidden", "This account may not use this resource"}; break;
    case ErrorKind::NotFound: t = {1203, 2013, "not_found", "The task does not exist"}; break;
    case ErrorKind::RateLimited: t = {1302, 1002, "rate_limit_exceeded", "Too many requests, slow down"}; break;
    case ErrorKind::ServerError: break;
    case ErrorKind::Unavailable:
    case ErrorKind::QueueUnavailable: t = {5001, 1000, "service_unavailable", "The service is temporarily unavailable"}; break;
    case ErrorKind::BadRequest: t = {1201, 2013, "bad_request", "The prompt is longer than 2000 characters"}; break;
    case ErrorKind::Unprocessable: t = {1301, 1026, "invalid_input", "The input image could not be decoded"}; break;
    }
    const QString message = QString::fromLatin1(t.message);
    if (dialect == kKling)
        return {{u"code"_s, t.kling}, {u"message"_s, message}, {u"request_id"_s, randomChars(32, "0123456789abcdef")}};
    if (dialect == kMiniMax)
        return {{u"base_resp"_s, QJsonObject{{u"status_code"_s, t.minimax}, {u"status_msg"_s, message}}}};
    return {{u"id"_s, randomChars(32, "0123456789abcdef")}, {u"name"_s, QString::fromLatin1(t.stability)},
            {u"errors"_s, QJsonArray{message}}};
}

QString miniMaxFileId(const QString &jobId)
{
    return QString::number(200000000000000ULL + stableHash(jobId) % 99999999999999ULL);
}

QJsonObject miniMaxFileRecord(const SimJob &job, const RenderContext &context)
{
    return {{u"file"_s, QJsonObject{{u"file_id"_s, miniMaxFileId(job.spec.id).toLongLong()}, {u"bytes"_s, 0},
                                    {u"created_at"_s, job.createdMs / 1000}, {u"filename"_s, u"output_aigc.mp4"_s},
                                    {u"purpose"_s, u"video_generation"_s},
                                    {u"download_url"_s, artifactUrl(context, job.spec.id, u"video.mp4"_s)}}},
            {u"base_resp"_s, QJsonObject{{u"status_code"_s, 0}, {u"status_msg"_s, u"success"_s}}}};
}

bool klingTokenAccepted(const QByteArray &authorization, const QString &token, qint64 nowSecs)
{
    if (token.isEmpty())
        return true;
    const qsizetype colon = token.indexOf(u':');
    if (!authorization.startsWith("Bearer ") || colon <= 0)
        return false;
    const QList<QByteArray> parts = authorization.mid(7).split('.');
    if (parts.size() != 3)
        return false;
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts.at(0))).object();
    const QJsonObject claims = QJsonDocument::fromJson(fromBase64Url(parts.at(1))).object();
    const QByteArray expected = QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), token.mid(colon + 1).toUtf8(),
                                                                 QCryptographicHash::Sha256);
    return header.value(u"alg"_s).toString() == u"HS256"_s && fromBase64Url(parts.at(2)) == expected
        && claims.value(u"iss"_s).toString() == token.left(colon) && claims.value(u"exp"_s).toInteger() > nowSecs
        && claims.value(u"nbf"_s).toInteger() <= nowSecs;
}

} // namespace jw::sim
