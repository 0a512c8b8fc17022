#pragma once
// A declarative custom mapping (DESIGN.md §3, format in docs/mapping.md): describes any JSON job API.

#include "formats/dialect.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace jw {

namespace mapping { struct Spec; struct Explanation; }

class MappingDialect final : public Dialect
{
public:
    // Polling hints shipped with a mapping (absent = use the application's defaults).
    struct Recommended {
        std::optional<int> intervalMs;
        std::optional<double> ratePerSecond;
        std::optional<int> burst;
        std::optional<int> concurrency;
    };

    // Parses and validates a mapping document; nullptr and a one-line, specific reason on error.
    static std::unique_ptr<MappingDialect> fromJson(const QByteArray &json, QString *error);

    QString name() const override;
    void read(const QJsonObject &object, JobSnapshot &out) const override;
    ApiError readError(const QJsonObject &object) const override;
    // `base` empty or invalid: the mapping's default base URL. Invalid QUrl when no http(s) URL results.
    QUrl pollUrl(const QUrl &base, const QString &id) const override;
    AuthForm auth() const override;
    bool idMayBeMissing() const override;
    QList<QPair<QByteArray, QByteArray>> extraHeaders() const override;
    using Dialect::deriveArtifacts;
    void deriveArtifacts(const QUrl &base, const QJsonObject &body, JobSnapshot &out) const override;
    std::optional<int> resultLifetimeSeconds() const override;
    QUrl resolveUrl(const QUrl &base, const QJsonObject &body, const JobSnapshot &snapshot) const override;
    QString readResolved(const QJsonObject &answer, JobSnapshot &out) const override;
    QUrl balanceUrl(const QUrl &base) const override;
    std::optional<Balance> readBalance(const QJsonObject &answer, QString *problem) const override;
    QList<InlineResult> inlineResults(const QJsonObject &body, const JobSnapshot &snapshot, QStringList *problems) const override;
    QUrl listUrl(const QUrl &base) const override;                                   // mappinglist.cpp
    ListPage readListPage(const QJsonObject &body, const QUrl &pageUrl) const override; // mappinglist.cpp

    // Descriptive parts of the mapping, for profiles and the UI.
    QString title() const;
    QString notes() const;
    QUrl defaultBaseUrl() const;   // may be empty
    QString idPattern() const;     // a regular expression for the provider's job IDs, or empty
    Recommended recommended() const;

    // For `inspect --explain`: one line per mapped field (the path tried, what it matched), the rule that
    // decided the state, and what each artifact rule found.
    QStringList explain(const QJsonObject &object) const;
    // A one-line warning when the status path matched nothing in `object` (with a "did you mean" where a
    // key close to it is there), or null.
    QString statusWarning(const QJsonObject &object) const;
    QString answerWarning(const QJsonObject &body) const override { return statusWarning(body); }

    ~MappingDialect() override;

private:
    MappingDialect();
    QUrl effectiveBase(const QUrl &base) const;
    QHash<QString, QString> varsOf(const QJsonObject &body) const;
    void readExplained(const QJsonObject &object, JobSnapshot &out, mapping::Explanation *ex) const;
    // Sets out.rawStatus and out.state; returns the rule that decided, as a sentence.
    QString decideState(const QJsonObject &object, JobSnapshot &out, mapping::Explanation *ex) const;

    std::unique_ptr<mapping::Spec> m_spec;
};

} // namespace jw
