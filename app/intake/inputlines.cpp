#include "intake/inputlines.h"

#include "intake/jobshape.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw::inputlines {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(IdExtractor) };

// The line as shown back to the user: trimmed, and URLs without their user info and query (where keys
// sometimes hide), at most kSnippetLength characters.
QString displayText(QStringView line)
{
    line = line.trimmed();
    if (!line.contains(u"://"))
        return jobshape::clip(line);
    QString out;
    for (const QStringView token : line.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (!out.isEmpty())
            out += u' ';
        out += token.contains(u"://") ? jobshape::redactedUrlText(token) : token.toString();
        if (out.size() > jobshape::kSnippetLength)
            break;
    }
    return jobshape::clip(out);
}

// Lines without a letter or digit (blank lines, "{", "],", "---", "```") cannot name a job and are not listed.
bool isBlank(QStringView line)
{
    return std::none_of(line.begin(), line.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

void sortByBegin(QList<Range> &ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.begin < b.begin; });
}

} // namespace

QList<qsizetype> lineStarts(QStringView text)
{
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n')
            starts.append(i + 1);
    }
    return starts;
}

int lineOf(const QList<qsizetype> &starts, qsizetype position)
{
    if (position < 0)
        return 0;
    return int(std::upper_bound(starts.begin(), starts.end(), position) - starts.begin());
}

void account(QStringView text, QList<Range> jobs, QList<Range> wholeRejects, IdExtractor::Result *result)
{
    const QList<qsizetype> starts = lineStarts(text);
    for (IdExtractor::Candidate &c : result->candidates)
        c.line = lineOf(starts, c.position);
    for (IdExtractor::Rejected &r : result->rejected)
        r.line = lineOf(starts, r.position);

    // Rejections by position (they come in scan order, which is almost sorted already).
    QList<const IdExtractor::Rejected *> rejected;
    rejected.reserve(result->rejected.size());
    for (const IdExtractor::Rejected &r : std::as_const(result->rejected))
        rejected.append(&r);
    std::stable_sort(rejected.begin(), rejected.end(),
                     [](const IdExtractor::Rejected *a, const IdExtractor::Rejected *b) { return a->position < b->position; });
    sortByBegin(jobs);
    sortByBegin(wholeRejects);

    qsizetype job = 0;
    qsizetype whole = 0;
    qsizetype reject = 0;
    for (qsizetype n = 0; n < starts.size(); ++n) {
        const qsizetype begin = starts.at(n);
        const qsizetype end = n + 1 < starts.size() ? starts.at(n + 1) - 1 : text.size(); // without the '\n'
        while (job < jobs.size() && jobs.at(job).end <= begin)
            ++job;
        while (whole < wholeRejects.size() && wholeRejects.at(whole).end <= begin)
            ++whole;
        bool rejectedHere = false;
        while (reject < rejected.size() && rejected.at(reject)->position < end) {
            rejectedHere = rejectedHere || rejected.at(reject)->position >= begin;
            ++reject;
        }
        if (rejectedHere)
            continue; // named by its rejection, with the reason
        const QStringView line = text.sliced(begin, end - begin);
        if (isBlank(line))
            continue;
        if (job < jobs.size() && jobs.at(job).begin < end)
            continue; // this line gave a job
        if (whole < wholeRejects.size() && wholeRejects.at(whole).begin < begin)
            continue; // inside a JSON document without a job that began above: named by its rejection
        ++result->unrecognisedLines;
        if (result->unrecognised.size() >= IdExtractor::kMaxListedLines)
            continue;
        IdExtractor::Unrecognised u;
        u.line = int(n + 1);
        u.text = displayText(line);
        u.reason = Tr::tr("no job ID, poll URL or enqueue response found");
        result->unrecognised.append(std::move(u));
    }
}

} // namespace jw::inputlines
