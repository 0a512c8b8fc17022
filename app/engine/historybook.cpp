#include "engine/historybook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Engine) };
constexpr int kFormatVersion = 1;
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;
}

FileHistoryStore::FileHistoryStore(QString path)
    : m_path(std::move(path))
{
}

QString FileHistoryStore::defaultPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"cadence-history.json"_s);
}

QHash<QString, DurationHistory> FileHistoryStore::load()
{
    m_lastError.clear();
    QHash<QString, DurationHistory> out;
    QFile file(m_path);
    if (!file.exists())
        return out;
    if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
        m_lastError = Tr::tr("cannot read the cadence history %1: %2").arg(m_path, file.errorString());
        return out;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || root.value(u"version"_s).toInt() != kFormatVersion) {
        m_lastError = Tr::tr("the cadence history %1 is unreadable; starting afresh").arg(m_path);
        return out;
    }
    const QJsonObject histories = root.value(u"histories"_s).toObject();
    for (auto it = histories.begin(); it != histories.end(); ++it)
        out.insert(it.key(), DurationHistory::fromJson(it.value().toObject()));
    return out;
}

void FileHistoryStore::save(const QHash<QString, DurationHistory> &histories)
{
    QJsonObject all;
    for (auto it = histories.cbegin(); it != histories.cend(); ++it)
        all.insert(it.key(), it.value().toJson());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = Tr::tr("cannot write the cadence history %1: %2").arg(m_path, file.errorString());
        return;
    }
    file.write(QJsonDocument(QJsonObject{{u"version"_s, kFormatVersion}, {u"histories"_s, all}}).toJson(QJsonDocument::Compact));
    if (!file.commit())
        m_lastError = Tr::tr("cannot write the cadence history %1: %2").arg(m_path, file.errorString());
    else
        m_lastError.clear();
}

HistoryBook::HistoryBook(QObject *parent)
    : QObject(parent)
{
    m_save.setSingleShot(true);
    m_save.setInterval(kSaveDelayMs);
    connect(&m_save, &QTimer::timeout, this, &HistoryBook::flush);
}

HistoryBook::~HistoryBook()
{
    if (m_save.isActive())
        flush();
}

void HistoryBook::setStore(HistoryStore *store)
{
    if (m_save.isActive())
        flush();
    m_store = store;
    if (!m_store)
        return;
    const QHash<QString, DurationHistory> loaded = m_store->load();
    for (auto it = loaded.cbegin(); it != loaded.cend(); ++it) {
        auto &slot = m_histories[it.key()];
        if (slot)
            *slot = it.value(); // keep references handed out valid
        else
            slot = std::make_shared<DurationHistory>(it.value());
    }
}

QString HistoryBook::keyFor(const QString &profileId, const QString &jobType)
{
    return profileId + QChar(0x1f) + jobType;
}

DurationHistory &HistoryBook::at(const QString &profileId, const QString &jobType)
{
    auto &slot = m_histories[keyFor(profileId, jobType)];
    if (!slot)
        slot = std::make_shared<DurationHistory>();
    return *slot;
}

const DurationHistory *HistoryBook::find(const QString &profileId, const QString &jobType) const
{
    const auto it = m_histories.constFind(keyFor(profileId, jobType));
    return it == m_histories.cend() ? nullptr : it->get();
}

void HistoryBook::touched()
{
    if (m_store && !m_save.isActive())
        m_save.start();
}

void HistoryBook::flush()
{
    m_save.stop();
    if (!m_store)
        return;
    QHash<QString, DurationHistory> all;
    all.reserve(m_histories.size());
    for (auto it = m_histories.cbegin(); it != m_histories.cend(); ++it) {
        if (it.value()->size() > 0)
            all.insert(it.key(), *it.value());
    }
    m_store->save(all);
}

} // namespace jw
