#include "store/storethread.h"

#include <ctime>

namespace jw {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

class StoreThread::Worker final : public QObject
{
public:
    std::unique_ptr<JobStore> store;
};

StoreThread::StoreThread(Factory factory, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>())
{
    m_thread.setObjectName(QStringLiteral("jobwatch-store"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(worker, [worker, factory = std::move(factory)] { worker->store = factory(); }, Qt::QueuedConnection);
}

StoreThread::~StoreThread()
{
    // After everything posted so far: close the store on its own thread, then stop the thread.
    Worker *worker = m_worker.get();
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(worker, [worker, thread] {
        worker->store.reset();
        thread->quit();
    }, Qt::QueuedConnection);
    m_thread.wait();
}

void StoreThread::post(std::function<void(JobStore &)> task)
{
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(worker, [this, worker, task = std::move(task)] {
        const qint64 start = threadCpuNs();
        task(*worker->store);
        m_busyNs.fetchAndAddRelaxed(threadCpuNs() - start);
    }, Qt::QueuedConnection);
}

} // namespace jw
