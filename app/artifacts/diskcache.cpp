#include "artifacts/diskcache.h"

#include "net/signedurl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Artifacts) };

constexpr auto kTmpDir = "tmp";

bool isKeyFileName(const QString &name)
{
    // "<40 hex>" or "<40 hex>.<suffix>"
    const qsizetype dot = name.indexOf(u'.');
    const QStringView stem = dot < 0 ? QStringView(name) : QStringView(name).left(dot);
    if (stem.size() != 40)
        return false;
    return std::all_of(stem.begin(), stem.end(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

QString suffixOf(const QUrl &url)
{
    const QString suffix = QFileInfo(url.path()).suffix().toLower();
    if (suffix.isEmpty() || suffix.size() > 8)
        return {};
    if (!std::all_of(suffix.begin(), suffix.end(), [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; }))
        return {};
    return suffix;
}
} // namespace

DiskCache::DiskCache(const QString &directory, qint64 maxBytes)
    : m_dir(directory)
    , m_maxBytes(maxBytes)
{
    m_dir = QDir::cleanPath(QDir(m_dir).absolutePath());
    scan();
}

void DiskCache::setMaxBytes(qint64 bytes)
{
    m_maxBytes = bytes;
    evict({});
}

void DiskCache::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime DiskCache::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool DiskCache::isVolatileParameter(const QString &name)
{
    return signedurl::isSigningParameter(name);
}

bool DiskCache::isSignedUrl(const QUrl &url)
{
    return signedurl::isSigned(url);
}

QUrl DiskCache::normalizedUrl(const QUrl &url)
{
    return signedurl::withoutSignature(url);
}

QString DiskCache::key(const QUrl &url)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(normalizedUrl(url).toEncoded(), QCryptographicHash::Sha1).toHex());
}

void DiskCache::scan()
{
    m_entries.clear();
    m_total = 0;
    const QDir dir(m_dir);
    if (!dir.exists())
        return;
    const auto files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : files) {
        if (!isKeyFileName(info.fileName()))
            continue;
        const QString k = info.fileName().left(40);
        Entry entry{info.absoluteFilePath(), info.size(), info.lastModified().toUTC()};
        if (const auto it = m_entries.constFind(k); it != m_entries.cend()) { // two suffixes: keep the newer
            if (it->usedAt >= entry.usedAt) {
                QFile::remove(entry.path);
                continue;
            }
            m_total -= it->size;
            QFile::remove(it->path);
        }
        m_total += entry.size;
        m_entries.insert(k, entry);
    }
    // Leftovers of interrupted downloads.
    QDir tmp(m_dir + u'/' + QLatin1StringView(kTmpDir));
    if (tmp.exists()) {
        const auto parts = tmp.entryList(QDir::Files);
        for (const QString &part : parts)
            tmp.remove(part);
    }
    evict({});
}

QString DiskCache::lookup(const QUrl &url)
{
    const QString k = key(url);
    const auto it = m_entries.find(k);
    if (it == m_entries.end())
        return {};
    if (!QFileInfo::exists(it->path)) { // removed behind our back
        m_total -= it->size;
        m_entries.remove(k);
        return {};
    }
    it->usedAt = now();
    QFile file(it->path);
    if (file.open(QIODevice::ReadWrite)) // setFileTime needs an open file
        file.setFileTime(it->usedAt, QFileDevice::FileModificationTime);
    return it->path;
}

bool DiskCache::contains(const QUrl &url) const
{
    const auto it = m_entries.constFind(key(url));
    return it != m_entries.cend() && QFileInfo::exists(it->path);
}

QString DiskCache::temporaryPath(const QUrl &url) const
{
    return m_dir + u'/' + QLatin1StringView(kTmpDir) + u'/' + key(url) + u'-'
        + QUuid::createUuid().toString(QUuid::Id128) + u".part"_s;
}

QString DiskCache::insert(const QUrl &url, const QString &temporaryFile, QString *error)
{
    const QString k = key(url);
    const QString suffix = suffixOf(url);
    const QString path = m_dir + u'/' + k + (suffix.isEmpty() ? QString() : u'.' + suffix);
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = Tr::tr("Could not create the cache folder %1").arg(QDir::toNativeSeparators(m_dir));
        return {};
    }
    if (const auto it = m_entries.constFind(k); it != m_entries.cend()) {
        m_total -= it->size;
        if (it->path != path)
            QFile::remove(it->path);
        m_entries.erase(it);
    }
    // rename(2) replaces a file already there in one step, so a copy that opens the entry (the results archive,
    // on a pool thread) never finds it missing while the same URL is stored again (QFile::rename would need
    // the old file removed first).
    if (std::rename(QFile::encodeName(temporaryFile).constData(), QFile::encodeName(path).constData()) != 0) {
        if (error)
            *error = Tr::tr("Could not move the download into the cache folder %1").arg(QDir::toNativeSeparators(m_dir));
        QFile::remove(temporaryFile);
        return {};
    }
    const QDateTime used = now();
    {
        QFile file(path);
        if (file.open(QIODevice::ReadWrite))
            file.setFileTime(used, QFileDevice::FileModificationTime);
    }
    const qint64 size = QFileInfo(path).size();
    m_entries.insert(k, Entry{path, size, used});
    m_total += size;
    evict(k);
    return path;
}

bool DiskCache::remove(const QUrl &url)
{
    const auto it = m_entries.constFind(key(url));
    if (it == m_entries.cend())
        return false;
    m_total -= it->size;
    QFile::remove(it->path);
    m_entries.erase(it);
    return true;
}

void DiskCache::clear()
{
    for (const Entry &entry : std::as_const(m_entries))
        QFile::remove(entry.path);
    m_entries.clear();
    m_total = 0;
}

void DiskCache::pin(const QUrl &url)
{
    ++m_pins[key(url)];
}

void DiskCache::unpin(const QUrl &url)
{
    const QString k = key(url);
    const auto it = m_pins.find(k);
    if (it == m_pins.end())
        return;
    if (--*it <= 0) {
        m_pins.remove(k);
        evict({}); // what the pin held over the cap goes now
    }
}

void DiskCache::evict(const QString &keep)
{
    if (m_total <= m_maxBytes)
        return;
    QList<QPair<QDateTime, QString>> order;
    order.reserve(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key() != keep && !m_pins.contains(it.key()))
            order.append({it->usedAt, it.key()});
    }
    std::sort(order.begin(), order.end());
    for (const auto &[usedAt, k] : order) {
        if (m_total <= m_maxBytes)
            break;
        const Entry entry = m_entries.take(k);
        m_total -= entry.size;
        QFile::remove(entry.path);
    }
}

} // namespace jw
