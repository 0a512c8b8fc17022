#pragma once
// Reads an account's job list (the dialect's list endpoint: Replicate's GET /v1/predictions, OpenAI's
// GET /v1/videos, Luma's GET /generations, a mapping's "list") one page at a time, following the provider's
// cursor. Each request is a Poller's: the profile's key only on its own origin, redirects by hand, a body cap,
// a transfer timeout. Each one spends a token of the profile's budget: the scheduler's, when it polls this
// profile (setScheduler), else a bucket of the profile's own rate and burst. 429/503 wait for Retry-After.
// A next page that was already read (a cursor loop) or that is on another origin ends the list with an error.

#include "model/job.h"
#include "model/profile.h"
#include "engine/tokenbucket.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace jw {

class Dialect;
class Poller;
class Scheduler;
class SecretStore;
struct PollResult;

class AccountLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountLister)
public:
    enum class Failure {
        Config,    // the profile's dialect has no list, or its URL is refused
        Auth,      // 401/403
        NotFound,  // 404: no list at that URL (a wrong base URL)
        BadAnswer, // not JSON, not a list page in the dialect's shape, a next page on another origin
        Loop,      // the next cursor leads to a page already read
        Network,   // no answer, a timeout, a server error after the retries
    };
    Q_ENUM(Failure)

    AccountLister(QNetworkAccessManager *nam, SecretStore *secrets, const Profile &profile, QObject *parent = nullptr);
    ~AccountLister() override;

    // True when the profile's dialect (or mapping) has a list endpoint.
    static bool canList(const Profile &profile);

    // Share the budget of a scheduler that polls this profile (not owned; must outlive the lister).
    void setScheduler(Scheduler *scheduler);

    // Reads the next page (the first one at first): pageReady() or failed() follows. Nothing while a page is
    // being read or after the last one.
    void fetchMore();
    void abort();
    bool hasMore() const { return !m_failed && (!m_started || !m_next.isEmpty()); }
    bool isBusy() const { return m_busy; }
    int pagesRead() const { return m_pages; }
    int requestsSent() const { return m_sent; }
    const Profile &profile() const { return m_profile; }

Q_SIGNALS:
    // One page of jobs, in the provider's order; `more`: another page can be read.
    void pageReady(const QList<jw::JobSnapshot> &jobs, bool more);
    // The list cannot go on (one line, key redacted); the pages read so far stand.
    void failed(jw::AccountLister::Failure kind, const QString &message);

private:
    void onKey(const QString &key, const QString &error);
    void sendWhenBudgetAllows();
    void onAnswer(const PollResult &result);
    void fail(Failure kind, const QString &message);
    QString scrub(const QString &text) const;

    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    Profile m_profile;
    std::unique_ptr<Dialect> m_dialect;
    QPointer<Scheduler> m_scheduler;
    TokenBucket m_bucket;
    QElapsedTimer m_clock;
    QTimer m_wait;
    Poller *m_request = nullptr;
    QString m_key;
    bool m_keyKnown = false;
    bool m_started = false;
    bool m_busy = false;
    bool m_failed = false;
    QUrl m_next;
    QSet<QUrl> m_seen;
    int m_pages = 0;
    int m_sent = 0;
    int m_retries = 0; // 429/503/5xx/network answers in a row for this page
};

} // namespace jw
