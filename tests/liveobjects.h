#pragma once
// Counts the QObjects alive in this process, and the timers registered for those that live on the main
// thread, for "memory returns to its baseline" checks (the fault soak). QtCore calls the hooks in qtHookData
// (qhooks_p.h, the table GammaRay and other tools use; its layout is versioned) from every QObject's
// constructor and destructor, on whatever thread. Only objects made after install() are counted, so a count
// taken before and after a workload compares like with like. Replies, pollers, sockets, single-shot timer
// objects and the simulator's connections are all QObjects; a timer that fires later is a registered timer.

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QObject>
#include <QThread>

#include <mutex>
#include <unordered_set>

extern quintptr Q_CORE_EXPORT qtHookData[]; // QtCore exports it (qhooks_p.h)

namespace liveobjects {

// qhooks_p.h: QHooks::HookIndex
enum HookIndex { HookDataVersion = 0, HookDataSize = 1, QtVersion = 2, AddQObject = 3, RemoveQObject = 4 };
using ObjectCallback = void (*)(QObject *);

struct State {
    std::mutex mutex;
    std::unordered_set<QObject *> live;
    ObjectCallback previousAdd = nullptr;
    ObjectCallback previousRemove = nullptr;
    bool installed = false;
};

inline State &state()
{
    static State s;
    return s;
}

inline void onAdd(QObject *object)
{
    State &s = state();
    {
        const std::lock_guard lock(s.mutex);
        s.live.insert(object);
    }
    if (s.previousAdd)
        s.previousAdd(object);
}

inline void onRemove(QObject *object)
{
    State &s = state();
    {
        const std::lock_guard lock(s.mutex);
        s.live.erase(object);
    }
    if (s.previousRemove)
        s.previousRemove(object);
}

// Installs the hooks once; false (and nothing installed) when this QtCore's hook table is not the known one.
inline bool install()
{
    State &s = state();
    if (s.installed)
        return true;
    if (qtHookData[HookDataVersion] < 1 || qtHookData[HookDataSize] <= RemoveQObject || qtHookData[QtVersion] != QT_VERSION)
        return false;
    s.previousAdd = reinterpret_cast<ObjectCallback>(qtHookData[AddQObject]);
    s.previousRemove = reinterpret_cast<ObjectCallback>(qtHookData[RemoveQObject]);
    qtHookData[AddQObject] = reinterpret_cast<quintptr>(&onAdd);
    qtHookData[RemoveQObject] = reinterpret_cast<quintptr>(&onRemove);
    s.installed = true;
    return true;
}

struct Count {
    int objects = 0; // QObjects made since install() and still alive, on any thread
    int timers = 0;  // timers registered for those of them on the main thread
};

// Call on the main thread.
inline Count count()
{
    State &s = state();
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    QThread *main = QCoreApplication::instance() ? QCoreApplication::instance()->thread() : QThread::currentThread();
    Count c;
    const std::lock_guard lock(s.mutex);
    c.objects = int(s.live.size());
    for (QObject *object : s.live) {
        if (dispatcher && object->thread() == main)
            c.timers += int(dispatcher->registeredTimers(object).size());
    }
    return c;
}

} // namespace liveobjects
