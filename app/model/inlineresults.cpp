#include "model/inlineresults.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace jw {

bool isInlineUrl(const QString &url)
{
    constexpr qsizetype n = sizeof(kInlineScheme) - 1;
    return url.size() > n && url.at(n) == u':' && url.startsWith(QLatin1StringView(kInlineScheme, n));
}

QString inlineUrl(const QByteArray &bytes, const QString &ext)
{
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex();
    return QLatin1StringView(kInlineScheme) + u':' + QString::fromLatin1(hash) + u'.' + (ext.isEmpty() ? u"bin"_s : ext);
}

void InlineResults::put(const InlineResult &result)
{
    if (const auto it = m_byUrl.constFind(result.url); it != m_byUrl.constEnd()) {
        m_held -= it->bytes.size();
        m_order.removeOne(result.url);
    }
    m_byUrl.insert(result.url, result);
    m_order.append(result.url);
    m_held += result.bytes.size();
    while (m_held > kMaxHeldBytes && m_order.size() > 1)
        m_held -= m_byUrl.take(m_order.takeFirst()).bytes.size();
}

InlineResult InlineResults::take(const QString &url)
{
    const auto it = m_byUrl.constFind(url);
    if (it == m_byUrl.constEnd())
        return {};
    InlineResult r = m_byUrl.take(url);
    m_order.removeOne(url);
    m_held -= r.bytes.size();
    return r;
}

} // namespace jw
