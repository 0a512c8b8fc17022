#pragma once

#include "formats/dialect.h"

namespace jw {

// The scenes (story) API: GET {base}/v1/jobs/{uuid}. Progress counts scenes (scenes_completed of
// scenes_total); result.scenes[].image_url are signed image URLs that expire; HTTP errors carry request_id.
class ScenesDialect final : public Dialect
{
public:
    QString name() const override;
    void read(const QJsonObject &object, JobSnapshot &out) const override;
    QUrl pollUrl(const QUrl &base, const QString &id) const override;
};

} // namespace jw
