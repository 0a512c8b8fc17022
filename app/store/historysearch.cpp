#include "store/historysearch.h"

#include "store/storethread.h"

#include <utility>

namespace jw {

namespace {
struct SearchResult {
    QString text;
    QSet<QString> keys;
    QString error;
};
} // namespace

HistorySearch::HistorySearch(StoreThread *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &HistorySearch::run);
}

void HistorySearch::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    if (m_text.isEmpty()) {
        m_debounce.stop();
        Q_EMIT cleared();
        return;
    }
    m_debounce.start();
}

void HistorySearch::refresh()
{
    if (!m_text.isEmpty() && !m_debounce.isActive())
        m_debounce.start();
}

void HistorySearch::run()
{
    if (m_text.isEmpty())
        return;
    if (m_running) { // one query at a time: the newest text runs when this one is back
        m_again = true;
        return;
    }
    m_running = true;
    m_store->call<SearchResult>([text = m_text](JobStore &store) {
        SearchResult result;
        result.text = text;
        if (const StoreStatus status = store.status(); status.mode == StoreStatus::Mode::Unavailable) {
            result.error = status.message.isEmpty() ? tr("the job history is not available") : status.message;
            return result;
        }
        const QStringList keys = store.search(text, -1, &result.error);
        result.keys = QSet<QString>(keys.cbegin(), keys.cend());
        return result;
    }, this, [this](const SearchResult &result) {
        m_running = false;
        if (result.text == m_text) { // else the text changed meanwhile (emptied, or a query for it is pending)
            if (!result.error.isEmpty())
                Q_EMIT failed(result.text, result.error);
            else
                Q_EMIT matched(result.text, result.keys);
        }
        if (std::exchange(m_again, false) && !m_debounce.isActive())
            run();
    });
}

} // namespace jw
