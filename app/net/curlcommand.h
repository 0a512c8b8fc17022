#pragma once
// "Copy as curl": the status request the engine sends for a job, as a shell command.
// The key is never an input here: the caller passes what to show instead (redactKey(key), or empty for no
// auth header), so a real key cannot end up in the text.

#include <QString>

namespace jw {

struct JobRecord;
struct Profile;

// `curl -sS -H 'Accept: application/json' -H 'Authorization: Bearer ••••c0de' 'https://…/jobs/ID'`.
// The auth header is included only when the poll URL is on the profile's origin (as the engine does). Empty
// when the profile's dialect or mapping is unusable.
QString curlCommand(const Profile &profile, const JobRecord &record, const QString &redactedKey);

// Single-quotes `text` for a POSIX shell.
QString shellQuote(const QString &text);

} // namespace jw
