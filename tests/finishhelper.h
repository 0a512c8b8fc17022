#pragma once
// Shared by the run-on-finish tests (tst_finishcommand, tst_cli_watch_onfinish): the test binary itself is the
// program run when a job ends, so the test can read back exactly which arguments it got. main() hands
// `--helper ...` to run() before anything else.

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <unistd.h>

namespace finishhelper {

// The command line that runs this binary as the helper: `"<binary>" --helper ARGS...` (quoted for splitCommand).
inline QString helper(const QString &args)
{
    return QStringLiteral("\"%1\" --helper %2").arg(QCoreApplication::applicationFilePath(), args);
}

// What `write-args FILE` wrote: the arguments after FILE, exactly.
inline QStringList readArgs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("<no file>")};
    QStringList args = QString::fromUtf8(f.readAll()).split(QChar(0));
    args.removeLast(); // after the last NUL
    return args;
}

// `<test> --helper write-args FILE ARGS...` writes ARGS, each followed by a NUL, to FILE;
// `--helper fail N` writes 200 lines to stderr and exits N; `--helper hang` waits until it is killed.
inline int run(int argc, char **argv)
{
    const char *mode = argv[2];
    if (std::strcmp(mode, "write-args") == 0 && argc >= 4) {
        FILE *f = std::fopen(argv[3], "wb");
        if (!f)
            return 90;
        for (int i = 4; i < argc; ++i)
            std::fwrite(argv[i], 1, std::strlen(argv[i]) + 1, f);
        std::fclose(f);
        return 0;
    }
    if (std::strcmp(mode, "fail") == 0 && argc >= 4) {
        for (int i = 1; i < 200; ++i)
            std::fprintf(stderr, "line %d of a long log\n", i);
        std::fprintf(stderr, "line 199\nupload refused: quota exceeded\n");
        return std::atoi(argv[3]);
    }
    if (std::strcmp(mode, "hang") == 0) {
        std::fprintf(stderr, "waiting forever\n");
        std::fflush(stderr);
        for (;;)
            ::pause(); // the helper process (not the test) blocks until it is killed
    }
    return 91;
}

} // namespace finishhelper
