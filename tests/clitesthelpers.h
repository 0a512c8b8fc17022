#pragma once
// Shared by the tests that run the real jobwatch-cli binary (JOBWATCH_CLI) as a child process (tst_cli_watch,
// tst_cli_watch_input, tst_cli_history, tst_cli_profiles_keychain): run it to its end while this test's event
// loop keeps turning, and point `watch` at an in-test SimulatedProvider.

#include "sim/simulatedprovider.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTest>

#include <memory>
#include <optional>

namespace clitest {

// What a finished jobwatch-cli printed, and its exit code (-1 when it did not start or did not exit normally).
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The variable `watch --key-env` names in engineArgs().
inline const QString kKeyVariable = QStringLiteral("JW_TEST_KEY");

// This process's environment with the API key in kKeyVariable, and `extra` on top.
inline QProcessEnvironment keyEnvironment(const QString &key, const QHash<QString, QString> &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(kKeyVariable, key);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

// Starts jobwatch-cli with `args` in `env`; the caller waits for it.
inline void start(QProcess &process, const QStringList &args, const QProcessEnvironment &env)
{
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("JOBWATCH_CLI"), args);
}

// Runs `program` with `args` in `env` to its end. With `input`, writes it to the child's standard input and
// closes that; without, the child's standard input stays open. `startMs`: how long it may take to start.
inline Run runProgram(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                      const std::optional<QByteArray> &input = std::nullopt, int startMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted(startMs))
        return {};
    if (input) {
        process.write(*input);
        process.closeWriteChannel();
    }
    // QTRY keeps the event loop (and so an in-test simulated provider) running while the child works.
    [&] { QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000); }();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// runProgram() for jobwatch-cli (JOBWATCH_CLI).
inline Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               const std::optional<QByteArray> &input = std::nullopt, int startMs = 30000)
{
    return runProgram(qEnvironmentVariable("JOBWATCH_CLI"), args, env, input, startMs);
}

// `watch` options that poll `dialect` on `sim` with the key from kKeyVariable.
inline QStringList engineArgs(const jw::SimulatedProvider &sim, const QString &dialect)
{
    return {QStringLiteral("--dialect"), dialect, QStringLiteral("--base-url"), sim.baseUrl(dialect).toString(),
            QStringLiteral("--key-env"), kKeyVariable};
}

// Checks that jobwatch-cli is there and starts `sim` on a free loopback port, accepting only `key`.
// Returns why that failed, or an empty string.
inline QString startWatchFixture(std::unique_ptr<jw::SimulatedProvider> &sim, const QString &key)
{
    if (!QFile::exists(qEnvironmentVariable("JOBWATCH_CLI")))
        return QStringLiteral("no jobwatch-cli at JOBWATCH_CLI=\"%1\"").arg(qEnvironmentVariable("JOBWATCH_CLI"));
    sim = std::make_unique<jw::SimulatedProvider>();
    if (!sim->listen())
        return sim->errorString();
    sim->setToken(key);
    return {};
}

} // namespace clitest
