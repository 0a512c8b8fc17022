#pragma once
// The window's search box over the job store: the full-text index (FTS5) finds jobs by ID, profile, type, status
// message, error, result titles, prompt and inputs. Queries run on the StoreThread, never on the calling thread; typing
// is debounced, and only the answer for the text that is current when it arrives is passed on (older answers
// are dropped). refresh() asks again for the same text (after a write, so jobs changed since match too).

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace jw {

class StoreThread;

class HistorySearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySearch)
public:
    explicit HistorySearch(StoreThread *store, QObject *parent = nullptr);

    // Starts a query for `text` after the debounce (empty: none; cleared() at once).
    void setText(const QString &text);
    QString text() const { return m_text; }
    void refresh();                  // the same text again, debounced; nothing when the text is empty
    bool isRunning() const { return m_running || m_debounce.isActive(); }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

Q_SIGNALS:
    void matched(const QString &text, const QSet<QString> &keys); // the jobs in the store that match `text`
    void failed(const QString &text, const QString &error);      // the store could not answer
    void cleared();                                               // the text became empty

private:
    void run();

    StoreThread *m_store;
    QString m_text;
    QTimer m_debounce;
    bool m_running = false;
    bool m_again = false;            // the text changed (or a refresh came) while a query ran
};

} // namespace jw
