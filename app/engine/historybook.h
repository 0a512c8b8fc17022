#pragma once
// The cadence's memory (DESIGN.md §4): one DurationHistory per (profile, job type), kept across profile edits
// and, through a HistoryStore, across restarts. The store is a tiny interface so the history can move into the
// job store; FileHistoryStore keeps it in one small JSON file in the app data folder until then.

#include "engine/durationhistory.h"

#include <QHash>
#include <QString>
#include <QTimer>

#include <memory>

namespace jw {

class HistoryStore
{
public:
    virtual ~HistoryStore() = default;
    // Every history saved so far, by key (see HistoryBook::keyFor). Empty on a first run.
    virtual QHash<QString, DurationHistory> load() = 0;
    // Replaces everything saved. Called on a debounce timer, not once per job.
    virtual void save(const QHash<QString, DurationHistory> &histories) = 0;
};

// One JSON file: {"version":1,"histories":{"<profile>\u001f<type>":{"samples":[...]},...}}, written atomically
// (QSaveFile). A missing file is a first run; an unreadable one is reported by lastError() and starts empty.
class FileHistoryStore final : public HistoryStore
{
public:
    explicit FileHistoryStore(QString path);
    QHash<QString, DurationHistory> load() override;
    void save(const QHash<QString, DurationHistory> &histories) override;
    QString lastError() const { return m_lastError; }
    QString path() const { return m_path; }
    // "<app data folder>/cadence-history.json" under `dataDir`.
    static QString defaultPath(const QString &dataDir);

private:
    QString m_path;
    QString m_lastError;
};

class HistoryBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryBook)
public:
    static constexpr int kSaveDelayMs = 2000;

    explicit HistoryBook(QObject *parent = nullptr);
    ~HistoryBook() override; // saves what is pending

    // Loads what `store` holds (replacing what is in memory) and saves there from now on. Null: memory only.
    void setStore(HistoryStore *store);
    static QString keyFor(const QString &profileId, const QString &jobType);

    // The history for (profile, type); created empty on first use. The reference stays valid.
    DurationHistory &at(const QString &profileId, const QString &jobType);
    const DurationHistory *find(const QString &profileId, const QString &jobType) const;
    // Call after changing a history through at(): saves on a debounce timer.
    void touched();
    void flush();

private:
    QHash<QString, std::shared_ptr<DurationHistory>> m_histories;
    HistoryStore *m_store = nullptr;
    QTimer m_save;
};

} // namespace jw
