#pragma once

#include "dialects/dialect.h"

namespace jw {

// The theo dialect; see shared provider-docs and DESIGN.md §3.
class TheoDialect final : public Dialect
{
public:
    QString name() const override;
    void read(const QJsonObject &object, JobSnapshot &out) const override;
    QUrl pollUrl(const QUrl &base, const QString &id) const override;
};

} // namespace jw
