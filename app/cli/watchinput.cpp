#include "cli/watchinput.h"

#include "intake/idextractor.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace jw::cli {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

constexpr qsizetype kShownLength = 80;

bool isPlainToken(QStringView text)
{
    static const QRegularExpression plainId(u"^[A-Za-z0-9][A-Za-z0-9._:~-]{0,199}$"_s);
    return plainId.match(text).hasMatch();
}

QString shown(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= kShownLength ? simple : simple.left(kShownLength - 1) + QChar(0x2026);
}

} // namespace

void WatchInput::addTarget(const QString &jobId, const QUrl &pollUrl)
{
    m_targets.append({jobId, pollUrl});
}

void WatchInput::addArgument(const QString &argument)
{
    if (isPlainToken(QStringView(argument).trimmed())) {
        addTarget(argument.trimmed(), QUrl());
        return;
    }
    const IdExtractor::Result found = IdExtractor::extract(QStringView(argument));
    for (const IdExtractor::Candidate &c : found.candidates)
        addTarget(c.id, c.pollUrl);
    for (const IdExtractor::Rejected &r : found.rejected) {
        ++m_droppedCount;
        m_dropped.append(Tr::tr("\"%1\": %2").arg(shown(r.text), r.reason));
    }
    if (found.candidates.isEmpty() && found.rejected.isEmpty() && !found.inputEmpty) {
        ++m_droppedCount;
        m_dropped.append(Tr::tr("\"%1\" is neither a job ID nor an http(s) poll URL (%2)")
                             .arg(shown(argument), IdExtractor::summary(found)));
    }
}

void WatchInput::addStdin(const QString &text)
{
    // Lines that are one plain token are IDs as given; the rest goes to the extractor with those lines blanked,
    // so that its line numbers stay the input's.
    std::multimap<int, WatchTarget> byLine;
    QString rest;
    rest.reserve(text.size());
    int number = 0;
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        ++number;
        if (number > 1)
            rest += u'\n';
        const QStringView trimmed = line.trimmed();
        if (isPlainToken(trimmed))
            byLine.insert({number, WatchTarget{trimmed.toString(), QUrl()}});
        else
            rest += line;
    }
    const IdExtractor::Result found = IdExtractor::extract(QStringView(rest));
    for (const IdExtractor::Candidate &c : found.candidates)
        byLine.insert({c.line, WatchTarget{c.id, c.pollUrl}});
    for (const auto &[line, target] : byLine)
        addTarget(target.jobId, target.pollUrl);

    // What was dropped, in line order: rejected tokens (with their reason) and lines without a job. The first
    // IdExtractor::kMaxListedLines are named; the rest are counted.
    std::multimap<int, QString> messages;
    for (const IdExtractor::Rejected &r : found.rejected)
        messages.insert({r.line, Tr::tr("standard input, line %1: \"%2\": %3").arg(r.line).arg(shown(r.text), r.reason)});
    for (const IdExtractor::Unrecognised &u : found.unrecognised)
        messages.insert({u.line, Tr::tr("standard input, line %1: \"%2\": %3").arg(u.line).arg(shown(u.text), u.reason)});
    const int total = int(found.rejected.size()) + found.unrecognisedLines;
    int listed = 0;
    for (const auto &[line, message] : messages) {
        if (listed == IdExtractor::kMaxListedLines)
            break;
        m_dropped.append(message);
        ++listed;
    }
    m_droppedCount += total;
    if (const int unlisted = total - listed; unlisted > 0)
        m_dropped.append(Tr::tr("standard input: %n more line(s) without a job not listed", nullptr, unlisted));
}

} // namespace jw::cli
