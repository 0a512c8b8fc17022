#pragma once
// Runs a JobStore on its own thread, with its own database connection, so that reading and writing the store
// never blocks the GUI thread. Tasks run one after another in the order they were posted; a result comes back
// to the posting thread through its event loop (never a nested one). The store is created on the thread (the
// factory opens the file there) and closed there when this object is destroyed, after every task posted
// before that has run: pending writes are not lost on a normal exit.

#include "store/jobstore.h"

#include <QAtomicInteger>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace jw {

// CPU time the calling thread has used so far, in nanoseconds (the store's busy figures).
qint64 threadCpuNs();

class StoreThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreThread)
public:
    using Factory = std::function<std::unique_ptr<JobStore>()>;

    explicit StoreThread(Factory factory, QObject *parent = nullptr);
    ~StoreThread() override;

    // Runs `task` on the store thread.
    void post(std::function<void(JobStore &)> task);

    // Runs `task` on the store thread, then `done(result)` on this object's thread, unless `context` is gone by then.
    template <typename Result>
    void call(std::function<Result(JobStore &)> task, QObject *context, std::function<void(const Result &)> done)
    {
        QPointer<QObject> guard(context);
        post([this, task = std::move(task), guard, done = std::move(done)](JobStore &store) {
            Result result = task(store);
            QMetaObject::invokeMethod(this, [guard, done, result = std::move(result)] {
                if (guard)
                    done(result);
            }, Qt::QueuedConnection);
        });
    }

    // CPU time the store thread has spent in tasks (benchmarks: the store's write cost).
    qint64 busyNs() const { return m_busyNs.loadRelaxed(); }

private:
    class Worker;
    QThread m_thread;
    std::unique_ptr<Worker> m_worker;
    QAtomicInteger<qint64> m_busyNs = 0;
};

} // namespace jw
