// Single instance between real processes: the jobwatch binary (JOBWATCH_GUI) runs as a first window with the
// demo on its own data folder; a second `jobwatch ID…` or `jobwatch jobwatch:…` hands its jobs over and exits 0,
// and the first window watches them (seen through its job store, with jobwatch-cli history). A socket left by a
// killed window is taken over; --new-instance and another data folder open windows of their own.

#include "application/instancechannel.h"
#include "clitesthelpers.h"

#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kTheo = u"Theo demo"_s;

bool canConnect(const QString &name)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    return socket.waitForConnected(200);
}
} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_first;
    QProcessEnvironment m_env;

    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    QString socketName() const { return jw::InstanceChannel::socketName(dataDir()); }

    // The first window: the demo (its "Theo demo" profile) on this test's data folder, listening.
    void startFirst()
    {
        m_first = std::make_unique<QProcess>();
        m_first->setProcessEnvironment(m_env);
        m_first->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_first->start(qEnvironmentVariable("JOBWATCH_GUI"), {u"--demo"_s, u"--no-restore"_s, u"--data-dir"_s, dataDir()});
        QVERIFY2(m_first->waitForStarted(30000), qPrintable(m_first->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(canConnect(socketName()), 30000);
    }

    // A later start of jobwatch, run to its end.
    clitest::Run runGui(const QStringList &args) { return clitest::runProgram(qEnvironmentVariable("JOBWATCH_GUI"), args, m_env); }

    // The first window watches `id` once its job store has it.
    bool stored(const QString &id)
    {
        const clitest::Run run = clitest::run({u"history"_s, u"search"_s, id, u"--data-dir"_s, dataDir()}, m_env);
        return run.exitCode == 0 && run.out.contains(id.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("JOBWATCH_GUI")), "JOBWATCH_GUI names no jobwatch binary");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(m_dir->filePath(u"run"_s)));
        QFile(m_dir->filePath(u"run"_s)).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"XDG_RUNTIME_DIR"_s, m_dir->filePath(u"run"_s));
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
        qputenv("XDG_RUNTIME_DIR", m_dir->filePath(u"run"_s).toUtf8()); // socketName() reads it here too
    }

    void cleanup()
    {
        if (m_first && m_first->state() != QProcess::NotRunning) {
            m_first->kill();
            m_first->waitForFinished(10000);
        }
        m_first.reset();
        m_dir.reset();
    }

    void socketIsPerDataFolder()
    {
        QVERIFY(socketName().startsWith(m_dir->filePath(u"run"_s) + u"/jobwatch-"_s));
        QCOMPARE(jw::InstanceChannel::socketName(dataDir() + u"/"_s), socketName());
        QVERIFY(jw::InstanceChannel::socketName(m_dir->filePath(u"other"_s)) != socketName());
    }

    void secondStartHandsItsIdsToTheRunningWindow()
    {
        startFirst();
        const clitest::Run second = runGui({u"--data-dir"_s, dataDir(), u"--profile"_s, kTheo, u"job_handedover1"_s});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(stored(u"job_handedover1"_s), 20000);
        QCOMPARE(m_first->state(), QProcess::Running);
    }

    void jobwatchLinkIsHandedOver()
    {
        startFirst();
        const clitest::Run second = runGui({u"--data-dir"_s, dataDir(), u"jobwatch:watch?profile=Theo%20demo&id=job_fromlink1"_s});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(stored(u"job_fromlink1"_s), 20000);
    }

    void runningWindowRefusesAnUnknownProfile()
    {
        startFirst();
        const clitest::Run second = runGui({u"--data-dir"_s, dataDir(), u"--profile"_s, u"No such profile"_s, u"job_x1"_s});
        QCOMPARE(second.exitCode, 2);
        QVERIFY2(second.err.contains("no profile named \"No such profile\""), second.err.constData());
        QCOMPARE(m_first->state(), QProcess::Running);
    }

    void badLinkIsRefusedWithAReason()
    {
        startFirst();
        const clitest::Run second = runGui({u"--data-dir"_s, dataDir(), u"jobwatch:watch?profile=Theo%20demo"_s});
        QCOMPARE(second.exitCode, 2);
        QVERIFY2(second.err.contains("names no job (add id=ID)"), second.err.constData());
    }

    void staleSocketOfAKilledWindowIsTakenOver()
    {
        startFirst();
        m_first->kill(); // like a crash: the socket file stays behind
        QVERIFY(m_first->waitForFinished(10000));
        QVERIFY(QFile::exists(socketName()));
        QVERIFY(!canConnect(socketName()));

        // The next start finds nobody listening: it becomes the window (it does not exit), on the same socket.
        startFirst();
        const clitest::Run third = runGui({u"--data-dir"_s, dataDir(), u"--profile"_s, kTheo, u"job_afterstale1"_s});
        QVERIFY2(third.exitCode == 0, third.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(stored(u"job_afterstale1"_s), 20000);
    }

    void newInstanceOptsOut()
    {
        startFirst();
        // Handed over, the running demo window knows the profile; --new-instance resolves it itself, and has none.
        const clitest::Run own = runGui({u"--new-instance"_s, u"--data-dir"_s, dataDir(), u"--profile"_s, kTheo, u"job_own1"_s});
        QCOMPARE(own.exitCode, 2);
        QVERIFY2(own.err.contains("no profile named \"Theo demo\""), own.err.constData());
        const clitest::Run quits = runGui({u"--new-instance"_s, u"--no-restore"_s, u"--data-dir"_s, dataDir(), u"--quit-after"_s, u"0.2"_s});
        QVERIFY2(quits.exitCode == 0, quits.err.constData());
        // The first window still owns the socket.
        const clitest::Run handed = runGui({u"--data-dir"_s, dataDir(), u"--profile"_s, kTheo, u"job_stillfirst1"_s});
        QVERIFY2(handed.exitCode == 0, handed.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(stored(u"job_stillfirst1"_s), 20000);
    }

    void anotherDataFolderOpensItsOwnWindow()
    {
        startFirst();
        const clitest::Run other = runGui({u"--data-dir"_s, m_dir->filePath(u"other"_s), u"--profile"_s, kTheo, u"job_o1"_s});
        QCOMPARE(other.exitCode, 2); // not handed over: its own start knows no "Theo demo"
        QVERIFY2(other.err.contains("no profile named"), other.err.constData());
    }

    void helpAndVersionNeedNoDisplay()
    {
        QProcessEnvironment env = m_env;
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        env.insert(u"LANGUAGE"_s, u"de"_s);
        env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("JOBWATCH_GUI"), {u"--version"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray("jobwatch " JOBWATCH_VERSION));

        process.start(qEnvironmentVariable("JOBWATCH_GUI"), {u"--help"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(help.contains(u"--new-instance"_s) && help.contains(u"--quit-after"_s), qPrintable(help));
        QVERIFY2(help.contains(u"Asynchrone Jobs generativer KI beobachten."_s), qPrintable(help)); // translated
        // Without --help, the window needs a display: the platform plugin refuses.
        process.start(qEnvironmentVariable("JOBWATCH_GUI"), {u"--new-instance"_s});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
