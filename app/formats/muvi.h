#pragma once

#include "formats/dialect.h"

namespace jw {

// Muvi: GET {base}/v1/jobs/{jobId}. Coarse progress (0/50/100), `output` (the first output's URL) plus
// `outputs[{url, type, thumbnail, posterImage}]`; `error` is {code, message}. Needs the check_status scope.
class MuviDialect final : public Dialect
{
public:
    QString name() const override;
    void read(const QJsonObject &object, JobSnapshot &out) const override;
    QUrl pollUrl(const QUrl &base, const QString &id) const override;
};

} // namespace jw
