#pragma once
// What `jobwatch-cli watch` is asked to watch: its job arguments and the text of standard input (-), read
// into watch targets. Nothing is dropped silently: every argument or input line that yields no job, and every
// token that looks like a job but cannot be used, becomes one message naming it (stdin by line number) with
// the reason. watch prints them on stderr and goes on with the rest; with --strict any of them is exit 2.
//
// A line (or argument) that is one plain token is a job ID as given: the user named the dialect, so the ID's
// shape need not be guessed. Anything else (poll URLs, enqueue JSON, free text, log lines) goes through the
// ID extractor; a JSON document may span lines.

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace jw::cli {

struct WatchTarget {
    QString jobId;
    QUrl pollUrl; // empty: the dialect's poll URL for jobId under --base-url
};

class WatchInput final
{
public:
    static constexpr qint64 kMaxStdinBytes = 16 * 1024 * 1024;

    void addArgument(const QString &argument);
    void addStdin(const QString &text);

    const QList<WatchTarget> &targets() const { return m_targets; }
    // One line each, translated: `standard input, line 3: "hello world": <reason>`.
    const QStringList &dropped() const { return m_dropped; }
    int droppedCount() const { return m_droppedCount; } // exact, also beyond the listed ones

private:
    void addTarget(const QString &jobId, const QUrl &pollUrl);

    QList<WatchTarget> m_targets;
    QStringList m_dropped;
    int m_droppedCount = 0;
};

} // namespace jw::cli
