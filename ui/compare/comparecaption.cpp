#include "compare/comparecaption.h"

#include "model/jobinputs.h"
#include "model/jobrecord.h"
#include "models/jobcellformatter.h"

#include <QCoreApplication>
#include <QDateTime>

namespace jw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(jw::CompareView)
};

qint64 parseIso(const QString &text)
{
    if (text.isEmpty())
        return -1;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : -1;
}

} // namespace

qint64 jobRunMs(const JobRecord &record)
{
    const JobSnapshot &s = record.snapshot;
    const qint64 end = parseIso(s.completedAt);
    qint64 start = parseIso(s.startedAt);
    if (start < 0)
        start = parseIso(s.createdAt);
    if (end < 0 || start < 0 || end < start)
        return -1;
    return end - start;
}

QList<CaptionLine> compareCaption(const JobRecord &record, const QString &profileName)
{
    const JobSnapshot &s = record.snapshot;
    QList<CaptionLine> lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines.append({label, value.trimmed()});
    };
    add(Tr::tr("Job"), record.jobId);
    add(Tr::tr("Profile"), profileName);
    const qint64 runMs = jobRunMs(record);
    add(Tr::tr("Duration"), runMs >= 0 ? JobCellFormatter::formatDuration(runMs) : Tr::tr("unknown"));
    add(Tr::tr("Type"), s.type);
    // The inputs that made the result, as the details pane labels them; a long prompt is cut so the results
    // keep the room. Without inputs, the result's title (some providers give the prompt there) and the
    // provider's last message stand in.
    const QList<LabelledInput> inputs = labelledInputs(s);
    for (const LabelledInput &input : inputs) {
        const QString value = input.value.trimmed();
        add(input.label, value.size() > kMaxCaptionValue ? value.left(kMaxCaptionValue - 1) + QChar(0x2026) : value);
    }
    if (inputs.isEmpty()) {
        for (const Artifact &a : s.artifacts) {
            if (a.kind == ArtifactKind::Video || a.kind == ArtifactKind::Image) {
                add(Tr::tr("Title"), a.title);
                break;
            }
        }
    }
    add(Tr::tr("Message"), s.message);
    return lines;
}

} // namespace jw
