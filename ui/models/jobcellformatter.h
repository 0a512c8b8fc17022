#pragma once
// How the job table shows one job in one column: the formatted text (DisplayRole), the raw value the
// proxy sorts on (SortRole), the tooltip and the icon or thumbnail. JobTableModel owns one and asks it per
// cell; the texts keep the jw::JobTableModel translation context. widestSamples() names the longest texts a
// column is expected to show in the current language, so the view sizes its columns from font metrics.

#include "model/jobrecord.h"
#include "models/jobicons.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace jw {

class ThumbnailProvider;

class JobCellFormatter final
{
public:
    using Clock = std::function<qint64()>; // epoch ms

    // `addedAt` (job key → epoch ms when the row appeared) is the owner's and must outlive the formatter; it is
    // the start of Elapsed for jobs whose server gives no creation time.
    explicit JobCellFormatter(const QHash<QString, qint64> &addedAt);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }
    void setProfileNames(const QHash<QString, QString> &names) { m_profileNames = names; }
    QString profileName(const QString &profileId) const { return m_profileNames.value(profileId, profileId); }
    QString searchText(const JobRecord &r) const;
    void setThumbnailProvider(ThumbnailProvider *provider) { m_thumbnails = provider; }

    QVariant display(const JobRecord &r, int column) const;
    QVariant sortValue(const JobRecord &r, int column) const;
    QVariant toolTip(const JobRecord &r, int column) const;
    QVariant decoration(const JobRecord &r, int column) const;

    static QString statusText(StatusKind kind, const QString &rawStatus = {});
    static QString formatDuration(qint64 ms); // "42s", "3m 05s", "2h 07m"
    static QString kindLabel(ArtifactKind kind, qsizetype count = 1); // "video", "3 videos", translated

    // A text a column shows, and what is drawn beside it.
    struct Sample {
        enum class Decoration { None, Icon, Thumbnail };
        QString text;
        Decoration decoration = Decoration::None;
    };
    // The widest texts the column is expected to show in the current language: durations at their widest, the
    // lasting statuses, every result kind (images and videos beside a thumbnail). Empty for the columns whose
    // width does not follow their text (Job, Profile, Progress, Actions).
    static QList<Sample> widestSamples(int column);

private:
    qint64 elapsedMs(const JobRecord &r) const;

    const QHash<QString, qint64> &m_addedAt;
    QHash<QString, QString> m_profileNames;
    Clock m_clock;
    JobIcons m_icons;
    ThumbnailProvider *m_thumbnails = nullptr;
};

} // namespace jw
