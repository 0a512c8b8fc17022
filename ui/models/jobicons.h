#pragma once
// Small icons painted with QPainter (no image files, no theme lookups): job status, result kind and the row
// actions. One instance per owner (model, delegate); nothing global.

#include "model/job.h"

#include <QColor>
#include <QHash>
#include <QIcon>

namespace jw {

enum class StatusKind { Pending, Queued, Running, Retrying, Completed, Failed, Cancelled, Stopped, TimedOut, Paused, NotFound, Stalled, ConfigError, Unknown };
enum class RowAction { Stop = 0x1, Resume = 0x2, Retry = 0x4, Remove = 0x8 };

class JobIcons final
{
public:
    JobIcons() = default;

    QIcon status(StatusKind kind) const;
    QIcon kind(ArtifactKind kind) const;
    QIcon report() const;           // research results (markdown report)
    QIcon action(RowAction action) const;
    QIcon add() const;              // "Add jobs"
    QIcon menu() const;             // the toolbar's "More" menu (three lines)
    QIcon save() const;             // "Save all results" (an arrow into a tray)

    static QColor statusColor(StatusKind kind);

private:
    mutable QHash<int, QIcon> m_cache;
};

} // namespace jw
