#pragma once

#include "formats/dialect.h"

namespace jw {

// Vidocu: GET {base}/v1/jobs/{id}. Progress is an object {step, message, percentage?}; every http(s) URL
// under `result` becomes an artifact; `error` is a string.
class VidocuDialect final : public Dialect
{
public:
    QString name() const override;
    void read(const QJsonObject &object, JobSnapshot &out) const override;
    QUrl pollUrl(const QUrl &base, const QString &id) const override;
};

} // namespace jw
