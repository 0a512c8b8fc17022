#include "model/finishcommand.h"

#include "model/jobrecord.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(FinishCommand) };

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(u"\\{([a-z_]+)\\}"_s);
    return re;
}

QString valueOf(const FinishCommand::Values &v, QStringView name)
{
    if (name == u"id") return v.id;
    if (name == u"state") return v.state;
    if (name == u"profile") return v.profile;
    if (name == u"type") return v.type;
    if (name == u"result_path") return v.resultPath;
    if (name == u"result_url") return v.resultUrl;
    if (name == u"error") return v.error;
    return {};
}
} // namespace

QStringList FinishCommand::placeholders()
{
    return {u"id"_s, u"state"_s, u"profile"_s, u"type"_s, u"result_path"_s, u"result_url"_s, u"error"_s};
}

std::optional<FinishCommand> FinishCommand::parse(const QString &command, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringList argv = QProcess::splitCommand(command);
    if (argv.isEmpty() || argv.constFirst().isEmpty())
        return fail(Tr::tr("the command is empty"));
    const QStringList known = placeholders();
    for (const QString &arg : argv) {
        for (auto it = placeholderPattern().globalMatch(arg); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!known.contains(name)) {
                return fail(Tr::tr("unknown placeholder {%1} in the command; use %2")
                                .arg(name, u'{' + known.join(u"}, {"_s) + u'}'));
            }
        }
    }
    if (placeholderPattern().match(argv.constFirst()).hasMatch())
        return fail(Tr::tr("the program itself cannot be a placeholder; put placeholders in its arguments"));
    FinishCommand result;
    result.m_text = command;
    result.m_argv = argv;
    return result;
}

FinishCommand::Values FinishCommand::valuesFor(const JobRecord &record, const QString &profileName, const QString &resultPath)
{
    Values v;
    v.id = record.jobId;
    if (record.engine.local == LocalState::NotFound || record.engine.local == LocalState::ConfigError)
        v.state = localStateId(record.engine.local);
    else
        v.state = stateName(record.snapshot.state);
    v.profile = profileName;
    v.type = record.snapshot.type;
    v.resultPath = resultPath;
    if (!record.snapshot.artifacts.isEmpty())
        v.resultUrl = record.snapshot.artifacts.constFirst().url;
    if (record.snapshot.state != JobState::Completed)
        v.error = record.snapshot.error ? record.snapshot.error->message : record.engine.lastError;
    return v;
}

bool FinishCommand::uses(const QString &placeholder) const
{
    const QString token = u'{' + placeholder + u'}';
    return std::any_of(m_argv.cbegin(), m_argv.cend(), [&token](const QString &arg) { return arg.contains(token); });
}

QStringList FinishCommand::expand(const Values &values) const
{
    QStringList out;
    out.reserve(m_argv.size());
    for (const QString &arg : m_argv) {
        QString expanded;
        qsizetype from = 0;
        for (auto it = placeholderPattern().globalMatch(arg); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            expanded += QStringView(arg).mid(from, m.capturedStart() - from);
            expanded += valueOf(values, m.capturedView(1));
            from = m.capturedEnd();
        }
        expanded += QStringView(arg).mid(from);
        out << expanded;
    }
    return out;
}

QString FinishRun::summary() const
{
    switch (status) {
    case Status::FailedToStart:
        return Tr::tr("could not start %1: %2").arg(program, errorText);
    case Status::TimedOut:
        return stderrTail.isEmpty() ? Tr::tr("killed after %n s (timeout)", nullptr, timeoutMs / 1000)
                                    : Tr::tr("killed after %n s (timeout): %1", nullptr, timeoutMs / 1000).arg(stderrTail);
    case Status::Crashed:
        return stderrTail.isEmpty() ? Tr::tr("crashed") : Tr::tr("crashed: %1").arg(stderrTail);
    case Status::Exited:
        break;
    }
    return stderrTail.isEmpty() ? Tr::tr("exit status %1").arg(exitCode) : Tr::tr("exit status %1: %2").arg(exitCode).arg(stderrTail);
}

} // namespace jw
