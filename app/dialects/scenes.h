#pragma once

#include "dialects/dialect.h"

namespace jw {

// The scenes dialect; see shared provider-docs and DESIGN.md §3.
class ScenesDialect final : public Dialect
{
public:
    QString name() const override;
    void read(const QJsonObject &object, JobSnapshot &out) const override;
    QUrl pollUrl(const QUrl &base, const QString &id) const override;
};

} // namespace jw
