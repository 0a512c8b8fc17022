#include "engine/historybook.h"

namespace jw {

HistoryBook::HistoryBook(QObject *parent)
    : QObject(parent)
{
}

QString HistoryBook::keyFor(const QString &profileId, const QString &jobType)
{
    return profileId + QChar(0x1f) + jobType;
}

DurationHistory &HistoryBook::slot(const QString &key)
{
    auto &entry = m_histories[key];
    if (!entry)
        entry = std::make_shared<DurationHistory>();
    return *entry;
}

const DurationHistory &HistoryBook::at(const QString &profileId, const QString &jobType)
{
    return slot(keyFor(profileId, jobType));
}

const DurationHistory *HistoryBook::find(const QString &profileId, const QString &jobType) const
{
    const auto it = m_histories.constFind(keyFor(profileId, jobType));
    return it == m_histories.cend() ? nullptr : it->get();
}

void HistoryBook::record(const QString &profileId, const QString &jobType, qint64 durationMs, bool showedProgress,
                         DurationHistory::End end)
{
    if (durationMs < 0)
        return;
    DurationHistory &history = slot(keyFor(profileId, jobType));
    history.add(durationMs, showedProgress, end);
    Q_EMIT recorded({profileId, jobType, durationMs, showedProgress, end == DurationHistory::End::Failed,
                     history.progressMayRound()});
}

void HistoryBook::noteRounding(const QString &profileId, const QString &jobType)
{
    slot(keyFor(profileId, jobType)).noteRounding();
}

void HistoryBook::restore(const QList<LearnedDuration> &samples)
{
    QHash<QString, DurationHistory> earlier;
    for (const LearnedDuration &s : samples) {
        DurationHistory &h = earlier[keyFor(s.profileId, s.jobType)];
        h.add(s.durationMs, s.showedProgress, s.failed ? DurationHistory::End::Failed : DurationHistory::End::Completed);
        if (s.progressMayRound)
            h.noteRounding();
    }
    for (auto it = earlier.begin(); it != earlier.end(); ++it) {
        DurationHistory &now = slot(it.key()); // references handed out stay valid
        it.value().append(now);
        now = it.value();
    }
}

} // namespace jw
