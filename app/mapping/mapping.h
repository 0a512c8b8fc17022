#pragma once
// A declarative custom mapping (DESIGN.md §3, format in docs/mapping.md): describes any JSON job API.

#include "dialects/dialect.h"

#include <QByteArray>

#include <memory>

namespace jw {

class MappingDialect final : public Dialect
{
public:
    // Parses and validates a mapping document; nullptr and a one-line, specific reason on error.
    static std::unique_ptr<MappingDialect> fromJson(const QByteArray &json, QString *error);

    QString name() const override;
    void read(const QJsonObject &object, JobSnapshot &out) const override;
    ApiError readError(const QJsonObject &object) const override;
    QUrl pollUrl(const QUrl &base, const QString &id) const override;
    AuthForm auth() const override;

    ~MappingDialect() override;

private:
    MappingDialect();
    struct Spec;
    std::unique_ptr<Spec> m_spec;
};

} // namespace jw
