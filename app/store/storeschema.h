#pragma once
// The store's schema and its migrations, tracked with PRAGMA user_version. Each version is one step from the
// one before; a database is brought up step by step, all steps in one transaction, so a failed or interrupted
// migration leaves the old version intact. Steps are never edited once released: a change is a new step.
//
//   1  jobs, timeline (capped per job), artifacts, durations (per profile and job type)
//   2  jobs_fts: a full-text index (FTS5, trigram tokenizer: substrings of 3+ characters, case-insensitive)
//      over ID, profile, type, status message, error, result titles and prompt; filled from the jobs present
//   3  durations.failed and durations.rounds: how each job ended, and whether the provider rounds percentages
//   4  jobs_fts also covers the job's inputs (prompt, model, seed … from the snapshot): made anew and refilled

#include <QString>

class QSqlDatabase;

namespace jw::storeschema {

constexpr int kLatestVersion = 4;

// PRAGMA user_version; -1 and *error when it cannot be read.
int version(const QSqlDatabase &db, QString *error);
// Brings `db` to version `target` (1..kLatestVersion) in one BEGIN IMMEDIATE transaction. A database at or above
// `target` is left alone. False and a reason on failure (nothing changed then).
bool migrate(const QSqlDatabase &db, int target, QString *error);

} // namespace jw::storeschema
