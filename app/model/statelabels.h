#pragma once
// Translated names of the server and local job states, for people (the details pane, the timeline). The
// untranslated stateName()/localStateName() stay the machine words of JSON output and logs.

#include "model/jobrecord.h"
#include "model/job.h"

#include <QString>

namespace jw {

QString stateLabel(JobState state);           // "running" → "läuft"
QString localStateLabel(LocalState state);    // "stopped" → "gestoppt"

} // namespace jw
