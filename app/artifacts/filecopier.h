#pragma once
// Copies result files off the GUI thread (a 200 MB video would stall the window otherwise): each copy streams
// into a temporary file beside the target (QSaveFile) and is renamed onto it only when complete, so a crash,
// a full disk or a cancelled copy never leaves a half-written file under the final name. Its own small
// thread pool; the destructor waits for copies in progress. One copied() per copy() call, always later (never
// inside copy()), in the order the copies finish.

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace jw {

class FileCopier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileCopier)
public:
    enum class Existing {
        Replace,  // the archive: a file under the target name is replaced (atomically)
        KeepBoth, // a chosen folder: an identical file is kept as it is; a different one gets "name (2).ext"
    };
    struct Outcome {
        quint64 id = 0;
        QString source;
        QString path;      // the file written (or found identical); empty on error
        QString error;     // one line, translated; empty on success
        bool unchanged = false; // KeepBoth found an identical file: nothing was written
        bool cancelled = false; // cancelPending() (or the cancel flag) stopped it; error says "Cancelled"
        qint64 bytes = 0;
        bool ok() const { return error.isEmpty(); }
    };

    explicit FileCopier(QObject *parent = nullptr);
    ~FileCopier() override;

    // Starts copying `source` to `target` (folders are created). Returns the copy's id.
    quint64 copy(const QString &source, const QString &target, Existing existing);
    // Copies not started yet finish with an error ("cancelled"); running ones complete. For bulk saves.
    void cancelPending();
    int pending() const { return m_pending; }

    // The copy itself, synchronous (the worker; tests).
    static Outcome copyNow(const QString &source, const QString &target, Existing existing, const std::atomic<bool> *cancel = nullptr);

Q_SIGNALS:
    void copied(const jw::FileCopier::Outcome &outcome);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<quint64>> m_cancelBelow; // copies with an id below this are cancelled
    quint64 m_nextId = 1;
    int m_pending = 0;
};

} // namespace jw

Q_DECLARE_METATYPE(jw::FileCopier::Outcome)
