#pragma once
// A declarative custom mapping (DESIGN.md §3, format in docs/mapping.md): describes any JSON job API.

#include "formats/dialect.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace jw {

namespace mapping { struct Spec; }

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
    QList<QPair<QByteArray, QByteArray>> extraHeaders() const override;
    void deriveArtifacts(const QUrl &base, JobSnapshot &out) const override;
    std::optional<int> resultLifetimeSeconds() const override;

    // Descriptive parts of the mapping, for profiles and the UI.
    QString title() const;
    QString notes() const;
    QUrl defaultBaseUrl() const;   // may be empty
    QString idPattern() const;     // a regular expression for the provider's job IDs, or empty
    Recommended recommended() const;

    ~MappingDialect() override;

private:
    MappingDialect();
    QUrl effectiveBase(const QUrl &base) const;

    std::unique_ptr<mapping::Spec> m_spec;
};

} // namespace jw
