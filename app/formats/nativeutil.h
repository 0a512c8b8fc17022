#pragma once
// Small readers shared by the four native dialects (theo, vidocu, scenes, muvi).

#include "model/job.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <optional>

namespace jw::native {

// {base}{path}{id}: the base URL's own path is kept (a trailing slash is dropped), `path` is appended
// (e.g. "/api/v1/jobs/") and the id is percent-encoded, so "a/b" stays one path segment ("a%2Fb").
QUrl jobUrl(const QUrl &base, QLatin1StringView path, const QString &id);

// Fills rawStatus (exactly as received) and state from the string field `key`.
void readStatus(const QJsonObject &object, const QString &key, JobSnapshot &out);

// A job's error field: a non-empty string (code stays null) or an object {code, message}.
// null, empty strings, empty objects and other types read as no error.
std::optional<JobError> readJobError(const QJsonValue &value);

} // namespace jw::native
