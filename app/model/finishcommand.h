#pragma once
// The program run when a job ends (like qBittorrent's "run external program on torrent finished"), without a
// shell. The command line is split into a program and its arguments once, when it is set up
// (QProcess::splitCommand: spaces separate, double quotes group, a quote inside quotes is tripled); each
// placeholder is then replaced inside the one argument it stands in, so whatever a job's error text or ID holds
// (quotes, ";", "$(…)", spaces) reaches the program as part of that argument and is never interpreted.
//
// Placeholders: {id} {state} {profile} {type} {result_path} {result_url} {error}. An unknown {word} is refused
// at setup with the list of known ones; other braces are kept as they are.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jw {

struct JobRecord;

class FinishCommand
{
public:
    struct Values {
        QString id;
        QString state;      // completed, failed, cancelled, not_found, config_error
        QString profile;    // the profile's name
        QString type;       // the provider's job type, may be empty
        QString resultPath; // the first result in the results archive; empty when none was archived
        QString resultUrl;  // the first result's URL; empty when the job has none
        QString error;      // the provider's error message (or the engine's), empty for a completed job
    };
    static QStringList placeholders(); // "id", "state", ... (without braces)

    // Splits `command` into argv; nullopt and a one-line reason when it is empty or names an unknown placeholder.
    static std::optional<FinishCommand> parse(const QString &command, QString *error = nullptr);

    // The values a job gives: its state word, first result URL and error text.
    static Values valuesFor(const JobRecord &record, const QString &profileName, const QString &resultPath);

    QString text() const { return m_text; }
    QStringList argv() const { return m_argv; }
    bool uses(const QString &placeholder) const; // "result_path": does any argument hold {result_path}?
    // argv with every placeholder replaced in place (values are not scanned again).
    QStringList expand(const Values &values) const;

private:
    QString m_text;
    QStringList m_argv;
};

// How a run ended, for the job's timeline and the CLI's stderr.
struct FinishRun {
    enum class Status { Exited, Crashed, TimedOut, FailedToStart };
    Status status = Status::Exited;
    int exitCode = -1;
    int timeoutMs = 0;
    QString program;
    QString errorText;  // FailedToStart: QProcess's reason
    QString stderrTail; // the last lines of its stderr (at most kStderrTail characters), trimmed
    static constexpr int kStderrTail = 400;
    // "exit status 0", "exit status 3: <stderr tail>", "killed after 30 s (timeout)", "could not start …: …"
    QString summary() const;
};

} // namespace jw
