// The simulated provider's routes for the presets' APIs (see sim/simpresets.h): status polls go through the same
// poll() as the native dialects (auth, request counters, faults); fal's response_url and OpenAI's /content are
// served here.

#include "sim/simulatedprovider_p.h"

#include "sim/simexampleapis.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace jw {

SimulatedProvider::Private::Action SimulatedProvider::Private::presetRequest(const sim::PresetRoute &route,
                                                                             const QHttpServerRequest &request, Request &record)
{
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    if (request.method() != QHttpServerRequest::Method::Get && !head)
        return json(405, sim::errorBody(route.dialect, sim::ErrorKind::NotFound, retryAfterSeconds));
    if (route.kind == sim::PresetRoute::Kind::Balance) {
        Action a = balanceRequest(route.dialect, request);
        a.headOnly = head;
        return a;
    }
    if (route.kind == sim::PresetRoute::Kind::Poll) {
        Action a = poll(route.dialect, route.id, request, record);
        a.headOnly = head;
        // Stability answers 202 while the generation runs, 200 with the result.
        if (route.dialect == u"stability"_s && a.reply.status == 200 && a.reply.body.contains("\"in-progress\""))
            a.reply.status = 202;
        return a;
    }
    if (route.kind == sim::PresetRoute::Kind::List) {
        Action a = list(route.dialect, request);
        a.headOnly = head;
        return a;
    }
    // The result documents need the key as much as the status does.
    if (const auto failure = authFailure(request, route.dialect))
        return json(sim::statusFor(*failure), sim::errorBody(route.dialect, *failure, retryAfterSeconds));
    if (route.kind == sim::PresetRoute::Kind::MiniMaxFile) {
        const qint64 now = this->now();
        for (const sim::SimJob &job : std::as_const(jobs)) {
            const sim::JobState state = sim::stateAt(job, now);
            if (job.spec.dialect == route.dialect && sim::miniMaxFileId(job.spec.id) == route.id
                && state.phase == sim::JobState::Phase::Done && state.outcome == Outcome::Completed) {
                Action a = json(200, sim::miniMaxFileRecord(job, renderContext(now)));
                a.headOnly = head;
                return a;
            }
        }
        return json(404, sim::errorBody(route.dialect, sim::ErrorKind::NotFound, retryAfterSeconds));
    }
    const auto it = jobs.constFind(route.id);
    if (it == jobs.cend() || it->spec.dialect != route.dialect)
        return json(404, sim::errorBody(route.dialect, sim::ErrorKind::NotFound, retryAfterSeconds));
    const qint64 now = this->now();
    const sim::JobState state = sim::stateAt(*it, now);
    const bool done = state.phase == sim::JobState::Phase::Done;
    const bool completed = done && state.outcome == Outcome::Completed;

    if (route.kind == sim::PresetRoute::Kind::FalResult) {
        if (!done)
            return json(400, {{u"detail"_s, u"Request is still in progress"_s}});
        if (!completed)
            return json(422, {{u"detail"_s, u"Internal error while generating the image"_s}});
        Action a = json(200, sim::falResult(*it, renderContext(now)));
        a.headOnly = head;
        return a;
    }
    // OpenAI: GET /v1/videos/{id}/content[?variant=thumbnail] once the video is completed.
    if (!completed) {
        QJsonObject body = sim::errorBody(route.dialect, sim::ErrorKind::NotFound, retryAfterSeconds);
        QJsonObject error = body.value(u"error"_s).toObject();
        error.insert(u"message"_s, u"Video is not ready yet; its status must be completed."_s);
        body.insert(u"error"_s, error);
        return json(404, body);
    }
    const QString variant = request.query().queryItemValue(u"variant"_s);
    if (!variant.isEmpty() && variant != u"video"_s && variant != u"thumbnail"_s)
        return json(400, sim::errorBody(route.dialect, sim::ErrorKind::NotFound, retryAfterSeconds));
    Action a = artifact(route.id, variant == u"thumbnail"_s ? u"poster.jpg"_s : u"video.mp4"_s, request);
    a.headOnly = head;
    return a;
}

} // namespace jw
