#pragma once

#include "formats/dialect.h"

namespace jw {

// Theo (hitheo.ai): GET {base}/api/v1/jobs/{id}. `result` is typed by the job `type` (video, image,
// research, document); an unknown type reads whichever typed fields are present. `error` is a string.
class TheoDialect final : public Dialect
{
public:
    QString name() const override;
    void read(const QJsonObject &object, JobSnapshot &out) const override;
    ApiError readError(const QJsonObject &object) const override;
    QUrl pollUrl(const QUrl &base, const QString &id) const override;
};

} // namespace jw
