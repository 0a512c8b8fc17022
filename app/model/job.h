#pragma once
// The normalized job snapshot (DESIGN.md §2). Every dialect and mapping produces this one value type.

#include "model/jobcost.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace jw {

enum class JobState { Queued, Running, Completed, Failed, Cancelled, Unknown };
enum class ArtifactKind { Video, Image, Audio, Document, Text, Other };

QString stateName(JobState state);            // "queued", "running", ...
std::optional<JobState> stateFromName(const QString &name);
bool isTerminal(JobState state);               // completed, failed, cancelled
QString kindName(ArtifactKind kind);          // "video", "image", ...
std::optional<ArtifactKind> kindFromName(const QString &name);

struct Artifact {
    ArtifactKind kind = ArtifactKind::Other;
    QString url;
    QString thumbnailUrl;   // null QString = JSON null
    QString posterUrl;
    QString mimeType;
    std::optional<qint64> sizeBytes;
    QString title;
    friend bool operator==(const Artifact &, const Artifact &) = default;
};

struct Source {
    QString title;
    QString url;
    friend bool operator==(const Source &, const Source &) = default;
};

struct Report {
    QString markdown;
    QList<Source> sources;
    QStringList queries;
    std::optional<int> sourceCount;
    friend bool operator==(const Report &, const Report &) = default;
};

struct JobError {
    QString code;      // null QString when the provider only gives a string
    QString message;
    friend bool operator==(const JobError &, const JobError &) = default;
};

// One input the job was made with, as the provider echoes it ("prompt" → "a red fox"). See jobinputs.h.
struct JobInput {
    QString name;
    QString value;
    friend bool operator==(const JobInput &, const JobInput &) = default;
};

// A null QString stands for JSON null throughout.
struct JobSnapshot {
    QString id;
    QString type;
    JobState state = JobState::Unknown;
    QString rawStatus;
    std::optional<double> progress;
    QString step;
    QString message;
    std::optional<qint64> done;
    std::optional<qint64> total;
    std::optional<JobError> error;
    QList<Artifact> artifacts;
    std::optional<Report> report;
    QString createdAt;
    QString startedAt;
    QString updatedAt;
    QString completedAt;
    QString requestId;
    QList<JobInput> inputs; // in display order; empty when the provider echoes none
    std::optional<JobCost> cost; // what the job cost (compute time, credits, money) when the provider says
    friend bool operator==(const JobSnapshot &, const JobSnapshot &) = default;
};

// The snapshot as the JSON object of DESIGN.md §2, with every field present (null where absent).
QJsonObject toJson(const JobSnapshot &snapshot);
// The inverse, used by the store and tests. Fields that are missing or wrongly typed read as absent.
JobSnapshot snapshotFromJson(const QJsonObject &object);

} // namespace jw

Q_DECLARE_METATYPE(jw::JobSnapshot)
