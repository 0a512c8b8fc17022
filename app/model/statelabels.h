#pragma once
// Translated names of the server and local job states, for people (the details pane, the timeline). The
// untranslated stateName()/localStateName() stay the machine words of JSON output and logs.

#include "model/jobrecord.h"
#include "model/job.h"

#include <QString>

namespace jw {

QString stateLabel(JobState state);           // "running" → "läuft"
QString localStateLabel(LocalState state);    // "stopped" → "gestoppt"

// Why a job waits or how it ended, beyond the normalized state (docs/desktop.md, "Status words").
// Runway's THROTTLED: queued (still waiting, polled on), but held back by the provider's own limits.
bool isThrottled(const JobSnapshot &snapshot);
// Replicate's "aborted": the job's deadline passed before it started. Normalized to cancelled (terminal,
// counted with the cancelled jobs), but named apart from a cancellation.
bool isAborted(const JobSnapshot &snapshot);
// The server state for people, with the reasons above: "throttled by provider", "aborted", else stateLabel().
QString serverStateLabel(const JobSnapshot &snapshot);
// The detail shown for "aborted": why the provider gave up on the job.
QString abortedExplanation();
// A place in the provider's queue (fal's queue_position: the requests ahead): "#12 in queue", "next in queue".
QString queuePositionLabel(int position);
// A span for people, to the second under an hour: "45 s", "2 min 10 s", "3 h 05 min".
QString durationLabel(qint64 ms);
// How long the job has been in its current server state, as of `nowMs`: "Queued for 2 min 10 s",
// "Throttled by provider for 40 s", "Running for 5 min 00 s". Empty when unknown, when the job is finished
// or when it is not being watched.
QString timeInStateLabel(const JobRecord &record, qint64 nowMs);

} // namespace jw
