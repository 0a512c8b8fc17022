#pragma once
// A dialect reads one provider's job JSON into the normalized snapshot (DESIGN.md §3).
// Implementations: the four native dialects in app/dialects/, and MappingDialect (app/mapping/) for any
// other API described declaratively. All are pure: no I/O, no state beyond their configuration.

#include "model/authform.h"
#include "model/balance.h"
#include "model/inlineresults.h"
#include "model/job.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace jw {

// An HTTP error body in the provider's style ({error:{code,message}}, {error,message,request_id}, ...).
struct ApiError {
    QString code;      // machine-readable code, or null
    QString message;   // human message, or null
    QString requestId; // for support tickets, or null
    bool isEmpty() const { return code.isNull() && message.isNull() && requestId.isNull(); }
    QString text() const { return message.isEmpty() ? code : message; } // what to show: the message, else the code
};

// One page of an account's job list (a mapping's "list" section, docs/mapping.md): the jobs on it, read like
// status answers, and where the next page is.
struct ListPage {
    QList<JobSnapshot> jobs;
    QUrl next;         // the next page's URL; empty at the end of the list
    int skipped = 0;   // entries without a job ID
    QString error;     // one line when the answer is not a list page in the mapping's shape
};

class Dialect
{
public:
    virtual ~Dialect() = default;

    // Stable name used in profiles, the CLI (--dialect) and settings: "theo", "replicate", ...
    virtual QString name() const = 0;
    // Reads raw fields into `out`; normalization (finalizeSnapshot) is applied by parseJob afterwards.
    // Must tolerate any JSON object: missing, null or wrongly typed fields read as absent.
    virtual void read(const QJsonObject &object, JobSnapshot &out) const = 0;
    // Reads an HTTP error body; the default understands the common shapes
    // {error:"..."}, {error:{code,message}}, {error,message,details,request_id}, {detail:"..."}.
    virtual ApiError readError(const QJsonObject &object) const;
    // The URL to poll for job `id` under `base` (e.g. https://api.example.com). `id` is percent-encoded.
    virtual QUrl pollUrl(const QUrl &base, const QString &id) const = 0;
    virtual AuthForm auth() const { return {}; }
    // True when some answers carry no job ID (Stability's finished result): the ID asked for stands in.
    virtual bool idMayBeMissing() const { return false; }
    // Extra static request headers the API requires (e.g. Runway's "X-Runway-Version").
    virtual QList<QPair<QByteArray, QByteArray>> extraHeaders() const { return {}; }
    // Artifact URLs that are not in the body but derived from the job (e.g. OpenAI's
    // {base}/v1/videos/{id}/content once completed, or MiniMax's file_id in the body). Called after read() with
    // the same body; may append to out.artifacts.
    virtual void deriveArtifacts(const QUrl &base, const QJsonObject &body, JobSnapshot &out) const
    {
        Q_UNUSED(base);
        Q_UNUSED(body);
        Q_UNUSED(out);
    }
    // A second request some APIs need before a completed job's result can be fetched (MiniMax: the body names
    // a file_id, whose download URL another endpoint gives). Called for a completed snapshot with its body;
    // an invalid QUrl when none is needed. The engine makes it like a poll: same key and origin rules, same budget.
    virtual QUrl resolveUrl(const QUrl &base, const QJsonObject &body, const JobSnapshot &snapshot) const
    {
        Q_UNUSED(base);
        Q_UNUSED(body);
        Q_UNUSED(snapshot);
        return {};
    }
    // Reads the answer to resolveUrl() into out.artifacts; a one-line reason when it holds no usable URL.
    virtual QString readResolved(const QJsonObject &answer, JobSnapshot &out) const
    {
        Q_UNUSED(answer);
        Q_UNUSED(out);
        return {};
    }
    // The account's balance, where the API reports one (Runway's /v1/organization, Luma's /credits): the URL to
    // GET under `base`, or an invalid QUrl when there is none. The engine asks it at most once a minute, like a
    // poll: same key and origin rules, same budget.
    virtual QUrl balanceUrl(const QUrl &base) const
    {
        Q_UNUSED(base);
        return {};
    }
    // Reads the answer to balanceUrl(); nothing and a one-line reason (*problem) when it holds no amount.
    virtual std::optional<Balance> readBalance(const QJsonObject &answer, QString *problem) const
    {
        Q_UNUSED(answer);
        Q_UNUSED(problem);
        return std::nullopt;
    }
    // Results carried inside the answer (base64), decoded; the snapshot lists each as an artifact with the same
    // "jobwatch-inline:" URL (model/inlineresults.h). `problems` gets one line per value that could not be decoded.
    virtual QList<InlineResult> inlineResults(const QJsonObject &body, const JobSnapshot &snapshot, QStringList *problems) const
    {
        Q_UNUSED(body);
        Q_UNUSED(snapshot);
        Q_UNUSED(problems);
        return {};
    }
    // A one-line warning about an answer that parsed but that the dialect could not fully read (a mapping's
    // status path that matched nothing), for the job's row; null when there is none.
    virtual QString answerWarning(const QJsonObject &body) const
    {
        Q_UNUSED(body);
        return {};
    }
    // The same for a snapshot alone: templates that need a value of the body give nothing.
    void deriveArtifacts(const QUrl &base, JobSnapshot &out) const { deriveArtifacts(base, QJsonObject(), out); }
    // How long the provider keeps a completed job's result links, as its documentation says (Replicate: 1 h);
    // nothing when it does not say. The artifact archive shows "Link expires in about …" from it.
    virtual std::optional<int> resultLifetimeSeconds() const { return std::nullopt; }
    // The account's job list (Replicate's GET /v1/predictions, ...): the first page's URL under `base`, or an
    // invalid QUrl when this dialect cannot list.
    virtual QUrl listUrl(const QUrl &base) const
    {
        Q_UNUSED(base);
        return {};
    }
    // Reads one page of that list; `pageUrl` is the URL it came from (the next page's URL is built on it).
    virtual ListPage readListPage(const QJsonObject &body, const QUrl &pageUrl) const
    {
        Q_UNUSED(body);
        Q_UNUSED(pageUrl);
        return {};
    }
};

// Reads the common error-body shapes; shared by Dialect::readError implementations.
ApiError readCommonError(const QJsonObject &object);

} // namespace jw
