#pragma once
// Line bookkeeping for IdExtractor: which non-blank input lines yielded no job, and why (so that nothing the
// user gave is dropped silently), and the line number of any offset. Pure functions; Qt Core only.

#include "intake/idextractor.h"

#include <QList>
#include <QStringView>

namespace jw::inputlines {

// A half-open range [begin, end) of input offsets.
struct Range {
    qsizetype begin = 0;
    qsizetype end = 0;
};

// The start offset of every line (the first is 0); a line ends at '\n'.
QList<qsizetype> lineStarts(QStringView text);
// The 1-based line holding `position` (0 for a negative position).
int lineOf(const QList<qsizetype> &starts, qsizetype position);

// Fills result->unrecognised and result->unrecognisedLines (non-blank lines with neither a job nor a
// rejection: the rejections name their lines themselves), and the line of every candidate and rejection.
// `jobs`: the input ranges that gave a candidate (a bare ID, a poll URL, a whole JSON document), duplicates
// included. `wholeRejects`: JSON documents that gave no job; their lines after the first are not listed again.
// Ranges in each list must not overlap.
void account(QStringView text, QList<Range> jobs, QList<Range> wholeRejects, IdExtractor::Result *result);

} // namespace jw::inputlines
