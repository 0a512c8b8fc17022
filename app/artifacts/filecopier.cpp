#include "artifacts/filecopier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Artifacts) };

constexpr qint64 kChunk = 1024 * 1024;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Same size and the same bytes.
bool sameContent(const QString &a, const QString &b)
{
    QFile fa(a);
    QFile fb(b);
    if (fa.size() != fb.size() || !fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly))
        return false;
    while (!fa.atEnd()) {
        if (fa.read(kChunk) != fb.read(kChunk))
            return false;
    }
    return true;
}

// "name.ext", "name (2).ext", "name (3).ext", ... : the first that does not exist.
QString freeName(const QString &target)
{
    const QFileInfo info(target);
    const QString dir = info.absolutePath();
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    for (int i = 2;; ++i) {
        const QString candidate = dir + u'/' + base + u" ("_s + QString::number(i) + u')' + suffix;
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}
} // namespace

FileCopier::FileCopier(QObject *parent)
    : QObject(parent)
    , m_cancelBelow(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<jw::FileCopier::Outcome>();
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(u"FileCopier"_s);
}

FileCopier::~FileCopier()
{
    cancelPending();
    m_pool.waitForDone();
}

quint64 FileCopier::copy(const QString &source, const QString &target, Existing existing)
{
    const quint64 id = m_nextId++;
    ++m_pending;
    m_pool.start([this, id, source, target, existing, cancelBelow = m_cancelBelow] {
        Outcome outcome;
        if (id < cancelBelow->load()) {
            outcome.source = source;
            outcome.error = Tr::tr("Cancelled");
            outcome.cancelled = true;
        } else {
            outcome = copyNow(source, target, existing);
        }
        outcome.id = id;
        // Delivered on this object's thread; dropped with the object if it is gone by then (the destructor
        // waits for the pool, so `this` is valid here).
        QMetaObject::invokeMethod(this, [this, outcome] {
            --m_pending;
            Q_EMIT copied(outcome);
        }, Qt::QueuedConnection);
    });
    return id;
}

void FileCopier::cancelPending()
{
    m_cancelBelow->store(m_nextId);
}

FileCopier::Outcome FileCopier::copyNow(const QString &source, const QString &target, Existing existing,
                                        const std::atomic<bool> *cancel)
{
    Outcome outcome;
    outcome.source = source;
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        outcome.error = Tr::tr("Could not read %1: %2").arg(native(source), in.errorString());
        return outcome;
    }
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir)) {
        outcome.error = Tr::tr("Could not create the folder %1").arg(native(dir));
        return outcome;
    }
    QString path = target;
    if (existing == Existing::KeepBoth && QFileInfo::exists(target)) {
        if (sameContent(source, target)) {
            outcome.path = target;
            outcome.unchanged = true;
            outcome.bytes = in.size();
            return outcome;
        }
        path = freeName(target);
    }
    QSaveFile out(path);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly)) {
        outcome.error = Tr::tr("Could not write %1: %2").arg(native(path), out.errorString());
        return outcome;
    }
    while (!in.atEnd()) {
        if (cancel && cancel->load()) {
            out.cancelWriting();
            outcome.error = Tr::tr("Cancelled");
            outcome.cancelled = true;
            return outcome;
        }
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            outcome.error = Tr::tr("Could not read %1: %2").arg(native(source), in.errorString());
            out.cancelWriting();
            return outcome;
        }
        if (out.write(chunk) != chunk.size()) {
            outcome.error = Tr::tr("Could not write %1: %2").arg(native(path), out.errorString());
            out.cancelWriting();
            return outcome;
        }
        outcome.bytes += chunk.size();
    }
    if (!out.commit()) {
        outcome.error = Tr::tr("Could not write %1: %2").arg(native(path), out.errorString());
        return outcome;
    }
    outcome.path = path;
    return outcome;
}

} // namespace jw
