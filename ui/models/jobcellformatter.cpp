#include "models/jobcellformatter.h"

#include "model/jobcost.h"

#include "model/statelabels.h"
#include "models/jobtablemodel.h"
#include "thumbnails/thumbnailprovider.h"

#include <QDateTime>
#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

qint64 parseIso(const QString &text)
{
    if (text.isEmpty())
        return -1;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

QString clockTime(qint64 epochMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).time(), u"HH:mm:ss"_s);
}

// The kind shown for a job's type: research/report types get the report icon, others map to artifact kinds.
std::optional<ArtifactKind> kindForType(const QString &type)
{
    const QString t = type.toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t.contains("video"_L1) || t == "story"_L1 || t == "export"_L1 || t == "animation"_L1)
        return ArtifactKind::Video;
    if (t.contains("image"_L1) || t.contains("scene"_L1) || t == "photo"_L1)
        return ArtifactKind::Image;
    if (t.contains("audio"_L1) || t.contains("music"_L1) || t.contains("speech"_L1))
        return ArtifactKind::Audio;
    if (t.contains("document"_L1) || t.contains("pdf"_L1))
        return ArtifactKind::Document;
    if (t.contains("translation"_L1) || t.contains("analysis"_L1) || t.contains("text"_L1) || t.contains("tool"_L1))
        return ArtifactKind::Text;
    return std::nullopt;
}

bool isResearch(const QString &type)
{
    return type.compare("research"_L1, Qt::CaseInsensitive) == 0;
}

QString agoText(qint64 ms)
{
    return ms < 1000 ? JobTableModel::tr("just now") : JobTableModel::tr("%1 ago").arg(JobCellFormatter::formatDuration(ms));
}

qint64 lastAnswerAt(const JobRecord &r)
{
    return r.engine.reportedAtMs >= 0 ? r.engine.reportedAtMs : r.engine.lastPollAtMs;
}
} // namespace

QString JobCellFormatter::kindLabel(ArtifactKind kind, qsizetype count)
{
    const bool one = count == 1;
    const QString n = QString::number(count);
    switch (kind) {
    case ArtifactKind::Video: return one ? JobTableModel::tr("video") : JobTableModel::tr("%1 videos").arg(n);
    case ArtifactKind::Image: return one ? JobTableModel::tr("image") : JobTableModel::tr("%1 images").arg(n);
    case ArtifactKind::Audio: return one ? JobTableModel::tr("audio") : JobTableModel::tr("%1 audio", "number of audio clips").arg(n);
    case ArtifactKind::Document: return one ? JobTableModel::tr("document") : JobTableModel::tr("%1 documents").arg(n);
    case ArtifactKind::Text: return one ? JobTableModel::tr("text") : JobTableModel::tr("%1 text files").arg(n);
    case ArtifactKind::Other: return one ? JobTableModel::tr("file") : JobTableModel::tr("%1 files").arg(n);
    }
    return {};
}

JobCellFormatter::JobCellFormatter(const QHash<QString, qint64> &addedAt)
    : m_addedAt(addedAt)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

QString JobCellFormatter::statusText(StatusKind kind, const QString &rawStatus)
{
    switch (kind) {
    case StatusKind::Pending: return JobTableModel::tr("Waiting for first poll");
    case StatusKind::Queued: return JobTableModel::tr("Queued");
    case StatusKind::Running: return JobTableModel::tr("Running");
    case StatusKind::Retrying: return JobTableModel::tr("Retrying");
    case StatusKind::Completed: return JobTableModel::tr("Completed");
    case StatusKind::Failed: return JobTableModel::tr("Failed");
    case StatusKind::Cancelled: return JobTableModel::tr("Cancelled");
    case StatusKind::Stopped: return JobTableModel::tr("Stopped");
    case StatusKind::TimedOut: return JobTableModel::tr("Timed out locally");
    case StatusKind::Paused: return JobTableModel::tr("Paused");
    case StatusKind::NotFound: return JobTableModel::tr("Not found");
    case StatusKind::Stalled: return JobTableModel::tr("Running, stalled", "progress has not moved for a long while");
    case StatusKind::ConfigError: return JobTableModel::tr("Configuration error");
    case StatusKind::Unknown: return rawStatus.isEmpty() ? JobTableModel::tr("Unknown") : JobTableModel::tr("Unknown (%1)").arg(rawStatus);
    }
    return {};
}

QString JobCellFormatter::formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    if (s < 60)
        return JobTableModel::tr("%1s", "duration in seconds").arg(s);
    if (s < 3600)
        return JobTableModel::tr("%1m %2s", "duration: minutes, seconds").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return JobTableModel::tr("%1h %2m", "duration: hours, minutes").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QList<JobCellFormatter::Sample> JobCellFormatter::widestSamples(int column)
{
    using Decoration = Sample::Decoration;
    // Digits are equally wide in UI fonts: two of them stand for any count or part of a duration.
    const qint64 minutes = (59 * 60 + 59) * 1000LL;
    const qint64 hours = (23 * 60 + 59) * 60'000LL;
    const auto plain = [](const QStringList &texts) {
        QList<Sample> samples;
        for (const QString &text : texts)
            samples.append({text, Decoration::None});
        return samples;
    };
    switch (column) {
    case JobTableModel::Status: {
        // Not "Waiting for first poll" (it lasts one poll) nor an unknown server status (the tooltip has both).
        QList<Sample> samples;
        for (int kind = int(StatusKind::Queued); kind < int(StatusKind::Unknown); ++kind)
            samples.append({statusText(StatusKind(kind)), Decoration::Icon});
        // What a queued or cancelled job may say instead (JobTableModel::statusText).
        for (const QString &text : {JobTableModel::tr("Throttled by provider"),
                                    JobTableModel::tr("#%1 in queue", "place in the provider's queue").arg(88),
                                    JobTableModel::tr("Next in queue"),
                                    JobTableModel::tr("Aborted", "the provider gave up on the job before it started")})
            samples.append({text, Decoration::Icon});
        return samples;
    }
    case JobTableModel::Elapsed: return plain({formatDuration(minutes), formatDuration(hours)});
    case JobTableModel::Eta:
        return plain({formatDuration(minutes), formatDuration(hours), JobTableModel::tr("any moment"),
                      QStringLiteral("—")});
    case JobTableModel::LastUpdate:
        return plain({agoText(minutes), agoText(hours), JobTableModel::tr("never"), JobTableModel::tr("just now")});
    case JobTableModel::Polls: return plain({u"888"_s});
    case JobTableModel::Result: {
        // Images and videos show a thumbnail once it loaded; the other kinds keep their icon.
        QList<Sample> samples{{JobTableModel::tr("Report"), Decoration::Icon}};
        for (const ArtifactKind kind : {ArtifactKind::Video, ArtifactKind::Image})
            samples.append({kindLabel(kind, 88), Decoration::Thumbnail});
        for (const ArtifactKind kind :
             {ArtifactKind::Audio, ArtifactKind::Document, ArtifactKind::Text, ArtifactKind::Other})
            samples.append({kindLabel(kind, 88), Decoration::Icon});
        return samples;
    }
    case JobTableModel::Cost:
        return plain({costText(JobCost{88.8, kCostSeconds.toString(), true}, true),
                      costText(JobCost{0.8888, u"USD"_s, true}, true)});
    default: return {};
    }
}

QString JobCellFormatter::searchText(const JobRecord &r) const
{
    QString text = r.jobId + u'\n' + r.profileId + u'\n' + m_profileNames.value(r.profileId) + u'\n' + r.snapshot.type
        + u'\n' + r.engine.lastError;
    if (r.snapshot.error)
        text += u'\n' + r.snapshot.error->code + u'\n' + r.snapshot.error->message;
    return text.toLower();
}

qint64 JobCellFormatter::elapsedMs(const JobRecord &r) const
{
    qint64 start = parseIso(r.snapshot.createdAt);
    if (start < 0)
        start = parseIso(r.snapshot.startedAt);
    if (start < 0)
        start = m_addedAt.value(r.key, -1);
    if (start < 0)
        return -1;
    qint64 end = now();
    if (r.engine.local == LocalState::Done) {
        end = parseIso(r.snapshot.completedAt);
        if (end < 0)
            end = parseIso(r.snapshot.updatedAt);
        if (end < 0)
            end = r.engine.reportedAtMs;
    } else if (r.engine.local != LocalState::Watching && r.engine.local != LocalState::Paused) {
        end = r.engine.lastPollAtMs >= 0 ? r.engine.lastPollAtMs : r.engine.reportedAtMs;
    }
    return end >= start ? end - start : 0;
}

QVariant JobCellFormatter::display(const JobRecord &r, int column) const
{
    switch (column) {
    case JobTableModel::Job: return r.jobId;
    case JobTableModel::Profile: return profileName(r.profileId);
    case JobTableModel::Status: return JobTableModel::statusText(r);
    case JobTableModel::Progress: {
        if (r.snapshot.progress)
            return JobTableModel::tr("%1%", "progress percent").arg(QLocale().toString(*r.snapshot.progress, 'f', 0));
        return QString();
    }
    case JobTableModel::Elapsed: return formatDuration(elapsedMs(r));
    case JobTableModel::Eta: {
        if (r.engine.local != LocalState::Watching || r.engine.etaMs < 0)
            return QStringLiteral("—");
        const qint64 left = r.engine.etaMs - now();
        return left <= 0 ? JobTableModel::tr("any moment") : formatDuration(left);
    }
    case JobTableModel::LastUpdate: {
        const qint64 at = lastAnswerAt(r);
        if (at < 0)
            return JobTableModel::tr("never");
        return agoText(std::max<qint64>(0, now() - at));
    }
    case JobTableModel::Polls: return r.engine.requestCount;
    case JobTableModel::Result: {
        if (r.snapshot.report && r.snapshot.artifacts.isEmpty())
            return JobTableModel::tr("Report");
        if (r.snapshot.artifacts.isEmpty())
            return QString();
        return kindLabel(r.snapshot.artifacts.first().kind, r.snapshot.artifacts.size());
    }
    case JobTableModel::Cost: return r.snapshot.cost ? costText(*r.snapshot.cost, true) : QString();
    default: return {};
    }
}

QVariant JobCellFormatter::sortValue(const JobRecord &r, int column) const
{
    switch (column) {
    case JobTableModel::Job: return r.jobId;
    case JobTableModel::Profile: return profileName(r.profileId);
    case JobTableModel::Status: return int(JobTableModel::statusKind(r));
    case JobTableModel::Progress: return r.snapshot.progress ? *r.snapshot.progress : -1.0;
    case JobTableModel::Elapsed: return elapsedMs(r);
    case JobTableModel::Eta:
        return r.engine.local == LocalState::Watching && r.engine.etaMs >= 0 ? r.engine.etaMs : std::numeric_limits<qint64>::max();
    case JobTableModel::LastUpdate: return lastAnswerAt(r);
    case JobTableModel::Polls: return qint64(r.engine.requestCount);
    case JobTableModel::Result: return qint64(r.snapshot.artifacts.size()) + (r.snapshot.report ? 1 : 0);
    case JobTableModel::Cost: return r.snapshot.cost ? r.snapshot.cost->amount : -1.0; // the units are not converted
    case JobTableModel::Actions: return JobTableModel::availableActions(r);
    default: return {};
    }
}

QVariant JobCellFormatter::toolTip(const JobRecord &r, int column) const
{
    switch (column) {
    case JobTableModel::Job:
        return r.snapshot.type.isEmpty() ? r.jobId : JobTableModel::tr("%1\nType: %2").arg(r.jobId, r.snapshot.type);
    case JobTableModel::Status: {
        QStringList lines{JobTableModel::statusText(r)};
        if (const QString inState = timeInStateLabel(r, now()); !inState.isEmpty())
            lines << inState;
        if (!r.snapshot.rawStatus.isEmpty())
            lines << JobTableModel::tr("Server status: %1").arg(r.snapshot.rawStatus);
        if (isAborted(r.snapshot))
            lines << abortedExplanation();
        if (!r.engine.pauseReason.isEmpty())
            lines << r.engine.pauseReason;
        if (r.snapshot.error)
            lines << (r.snapshot.error->code.isEmpty() ? r.snapshot.error->message
                                                       : JobTableModel::tr("%1: %2").arg(r.snapshot.error->code, r.snapshot.error->message));
        if (!r.engine.lastError.isEmpty())
            lines << r.engine.lastError;
        if (r.engine.lastHttpStatus > 0)
            lines << JobTableModel::tr("Last HTTP status: %1").arg(r.engine.lastHttpStatus);
        return lines.join(u'\n');
    }
    case JobTableModel::Progress: {
        QStringList parts;
        if (!r.snapshot.step.isEmpty())
            parts << r.snapshot.step;
        if (!r.snapshot.message.isEmpty())
            parts << r.snapshot.message;
        if (r.snapshot.done && r.snapshot.total)
            parts << JobTableModel::tr("%1 of %2").arg(*r.snapshot.done).arg(*r.snapshot.total);
        return parts.isEmpty() ? QVariant() : QVariant(parts.join(u'\n'));
    }
    case JobTableModel::Eta:
        return r.engine.local == LocalState::Watching && r.engine.etaMs >= 0
            ? JobTableModel::tr("Predicted end at %1").arg(clockTime(r.engine.etaMs))
            : QVariant();
    case JobTableModel::LastUpdate: {
        const qint64 at = lastAnswerAt(r);
        return at >= 0 ? JobTableModel::tr("Last answer at %1").arg(clockTime(at)) : QVariant();
    }
    case JobTableModel::Polls: {
        QStringList lines{JobTableModel::tr("%n request(s) sent", nullptr, r.engine.requestCount)};
        if (r.engine.lastHttpStatus > 0)
            lines << JobTableModel::tr("Last HTTP status: %1").arg(r.engine.lastHttpStatus);
        if (r.engine.inFlight)
            lines << JobTableModel::tr("A request is in flight");
        else if (r.engine.nextPollAtMs >= 0)
            lines << JobTableModel::tr("Next poll at %1").arg(clockTime(r.engine.nextPollAtMs));
        return lines.join(u'\n');
    }
    case JobTableModel::Result:
        if (!r.snapshot.artifacts.isEmpty())
            return r.snapshot.artifacts.first().url;
        return {};
    case JobTableModel::Cost: return r.snapshot.cost ? QVariant(costText(*r.snapshot.cost)) : QVariant();
    default: return {};
    }
}

QVariant JobCellFormatter::decoration(const JobRecord &r, int column) const
{
    switch (column) {
    case JobTableModel::Job:
        if (isResearch(r.snapshot.type))
            return m_icons.report();
        // Every row gets an icon so the IDs line up; a neutral one while the type is unknown.
        return m_icons.kind(kindForType(r.snapshot.type).value_or(ArtifactKind::Other));
    case JobTableModel::Status: return m_icons.status(JobTableModel::statusKind(r));
    case JobTableModel::Result:
        if (m_thumbnails) {
            if (const QPixmap thumbnail = m_thumbnails->thumbnail(r.key); !thumbnail.isNull())
                return thumbnail;
        }
        if (!r.snapshot.artifacts.isEmpty())
            return m_icons.kind(r.snapshot.artifacts.first().kind);
        if (r.snapshot.report)
            return m_icons.report();
        return {};
    default: return {};
    }
}

} // namespace jw
