// jobwatch-cli profiles list|add|remove|test and watch --profile, through the real binary and the real
// keychain (run inside tests/with-keyring.sh), against the simulated provider on loopback. After every
// command the settings file is scanned: the key is never in it, and never on stdout/stderr in full.

#include "clitesthelpers.h"

#include "sim/simulatedprovider.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jw;

namespace {
const QString kKey = u"sk-cli-keychain-0123456789abcdef"_s;
const QString kScopeless = u"sk-cli-scopeless-fedcba9876543210"_s;

using clitest::Run;
} // namespace

class tst_CliProfilesKeychain final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatedProvider m_sim;

    QString settingsPath() const { return m_dir.filePath(u"config/settings.json"_s); }
    Run cli(const QStringList &args, const QByteArray &stdinData = {}, const QString &envKey = kKey)
    {
        const QProcessEnvironment env = clitest::keyEnvironment(envKey, {{u"JOBWATCH_SETTINGS"_s, settingsPath()}});
        Run r = clitest::run(args, env, stdinData, 10000);
        // Every command: no key in full, anywhere we can see.
        for (const QString &key : {kKey, kScopeless}) {
            if (r.out.contains(key.toUtf8()) || r.err.contains(key.toUtf8()))
                r.exitCode = 100;
            QFile settings(settingsPath());
            if (settings.open(QIODevice::ReadOnly) && settings.readAll().contains(key.toUtf8()))
                r.exitCode = 101;
        }
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("JOBWATCH_CLI"));
        QVERIFY(m_sim.listen(0));
        m_sim.setToken(kKey);
        m_sim.addScopelessToken(kScopeless);
    }

    void addListTestWatchRemove()
    {
        const QString base = m_sim.baseUrl(u"theo"_s).toString();
        Run r = cli({u"profiles"_s, u"add"_s, u"--name"_s, u"Sim Theo"_s, u"--dialect"_s, u"theo"_s, u"--base-url"_s, base,
                     u"--key-env"_s, u"JW_TEST_KEY"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(QString(u"\u2022\u2022\u2022\u2022"_s + kKey.right(4)).toUtf8()));

        r = cli({u"profiles"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Sim Theo"));
        QVERIFY(r.out.contains(QString(u"\u2022\u2022\u2022\u2022"_s + kKey.right(4)).toUtf8()));

        r = cli({u"profiles"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value("dialect"_L1).toString(), u"theo"_s);

        // Test connection: a real job (ok), and the probe (key accepted, job unknown).
        SimulatedProvider::JobSpec spec;
        spec.queueMs = 0;
        spec.runMs = 300;
        const QString job = m_sim.createJob(spec);
        r = cli({u"profiles"_s, u"test"_s, u"Sim Theo"_s, u"--job"_s, job});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.out.startsWith("ok: "));
        r = cli({u"profiles"_s, u"test"_s, u"sim theo"_s});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.out.startsWith("not-found: "));

        // watch --profile reads the key from the keychain.
        r = cli({u"watch"_s, u"--profile"_s, u"Sim Theo"_s, u"--json"_s, job});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("\"final\""));

        r = cli({u"profiles"_s, u"remove"_s, u"Sim Theo"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({u"profiles"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        r = cli({u"watch"_s, u"--profile"_s, u"Sim Theo"_s, job});
        QCOMPARE(r.exitCode, 2);
    }

    void keyFromStandardInput()
    {
        Run r = cli({u"profiles"_s, u"add"_s, u"--name"_s, u"Stdin"_s, u"--dialect"_s, u"vidocu"_s, u"--base-url"_s,
                     m_sim.baseUrl(u"vidocu"_s).toString()},
                    kKey.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({u"profiles"_s, u"test"_s, u"Stdin"_s});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(cli({u"profiles"_s, u"remove"_s, u"Stdin"_s}).exitCode == 0);
    }

    void testReportsEachOutcome_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("closedPort");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("outcome");
        QTest::newRow("unauthorised") << u"theo"_s << u"sk-wrong-key-000000000000"_s << false << 4 << QByteArray("unauthorised: ");
        QTest::newRow("muvi missing scope") << u"muvi"_s << kScopeless << false << 4 << QByteArray("missing-scope: ");
        QTest::newRow("unreachable") << u"theo"_s << kKey << true << 1 << QByteArray("unreachable: ");
    }
    void testReportsEachOutcome()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, key);
        QFETCH(bool, closedPort);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, outcome);
        QString base = m_sim.baseUrl(dialect).toString();
        if (closedPort) {
            SimulatedProvider other;
            QVERIFY(other.listen(0));
            base = other.baseUrl(dialect).toString(); // closed once `other` goes away
        }
        Run r = cli({u"profiles"_s, u"add"_s, u"--name"_s, u"Case"_s, u"--dialect"_s, dialect, u"--base-url"_s, base,
                     u"--key-env"_s, u"JW_TEST_KEY"_s}, {}, key);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({u"profiles"_s, u"test"_s, u"Case"_s});
        QVERIFY2(r.out.startsWith(outcome), r.out.constData());
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(cli({u"profiles"_s, u"remove"_s, u"Case"_s}).exitCode, 0);
    }

    // profiles balance: Runway's credits read with the saved key; a failing balance endpoint exits 1 with the
    // reason; an API without a balance exits 2.
    void balanceIsReadOrSaysWhy()
    {
        Run r = cli({u"profiles"_s, u"add"_s, u"--name"_s, u"Sim Runway"_s, u"--dialect"_s, u"runway"_s, u"--base-url"_s,
                     m_sim.baseUrl(u"runway"_s).toString(), u"--key-env"_s, u"JW_TEST_KEY"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_sim.setBalance(u"runway"_s, 4321);
        r = cli({u"profiles"_s, u"balance"_s, u"Sim Runway"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("amount"_L1).toDouble(), 4321.0);
        QCOMPARE(o.value("unit"_L1).toString(), u"credits"_s);
        QCOMPARE(o.value("profile"_L1).toString(), u"Sim Runway"_s);
        r = cli({u"profiles"_s, u"balance"_s, u"sim runway"_s});
        QVERIFY2(r.exitCode == 0 && r.out.startsWith("Sim Runway: 4") && r.out.contains("321 credit"), r.out.constData());

        m_sim.setBalanceFault(u"runway"_s, SimulatedProvider::Fault::NotFound404);
        r = cli({u"profiles"_s, u"balance"_s, u"Sim Runway"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("profile \"Sim Runway\": the balance could not be read: HTTP 404 from /runway/v1/organization"),
                 r.err.constData());
        m_sim.setBalanceFault(u"runway"_s, SimulatedProvider::Fault::InvalidJson);
        r = cli({u"profiles"_s, u"balance"_s, u"Sim Runway"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QJsonDocument::fromJson(r.out).object().value("error"_L1).toString().startsWith(
                     u"the answer from /runway/v1/organization is not valid JSON"_s), r.out.constData());
        m_sim.setBalanceFault(u"runway"_s, SimulatedProvider::Fault::None);
        r = cli({u"profiles"_s, u"balance"_s, u"Sim Runway"_s, u"--key-env"_s, u"JW_TEST_KEY"_s}, {}, u"sk-wrong-key-000000000000"_s);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("HTTP 401 from /runway/v1/organization: the API key was not accepted"), r.err.constData());
        QCOMPARE(cli({u"profiles"_s, u"remove"_s, u"Sim Runway"_s}).exitCode, 0);

        r = cli({u"profiles"_s, u"add"_s, u"--name"_s, u"Sim Theo B"_s, u"--dialect"_s, u"theo"_s, u"--base-url"_s,
                 m_sim.baseUrl(u"theo"_s).toString(), u"--key-env"_s, u"JW_TEST_KEY"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({u"profiles"_s, u"balance"_s, u"Sim Theo B"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("reports no balance"), r.err.constData());
        QCOMPARE(cli({u"profiles"_s, u"remove"_s, u"Sim Theo B"_s}).exitCode, 0);
    }

    // A mapping of the simulated Theo API under `name`, with a recommended interval; its path.
    QString writeMapping(const QString &name, int intervalMs)
    {
        const QString path = m_dir.filePath(name + u".json"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        const QJsonObject mapping{{u"name"_s, name}, {u"pollUrl"_s, u"{base}/api/v1/jobs/{id}"_s}, {u"id"_s, u"id"_s},
                                  {u"status"_s, u"status"_s}, {u"recommended"_s, QJsonObject{{u"intervalMs"_s, intervalMs}}}};
        f.write(QJsonDocument(mapping).toJson());
        return path;
    }

    void mappingProfileIsAddedUpdatedAndWatched()
    {
        const QString base = m_sim.baseUrl(u"theo"_s).toString();
        Run r = cli({u"profiles"_s, u"add"_s, u"--name"_s, u"Mapped"_s, u"--mapping"_s, writeMapping(u"first"_s, 4000),
                     u"--base-url"_s, base, u"--key-env"_s, u"JW_TEST_KEY"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({u"profiles"_s, u"list"_s, u"--json"_s});
        QJsonObject saved = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(saved.value(u"mapping"_s).toObject().value(u"name"_s).toString(), u"first"_s);
        // The mapping's recommended interval is the profile's.
        QCOMPARE(saved.value(u"poll"_s).toObject().value(u"intervalMs"_s).toInteger(), 4000);

        // update: the new mapping replaces the old; the name, key, base URL and poll settings stay.
        r = cli({u"profiles"_s, u"update"_s, u"mapped"_s, u"--mapping"_s, writeMapping(u"second"_s, 9000)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("updated profile \"Mapped\""));
        r = cli({u"profiles"_s, u"list"_s, u"--json"_s});
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 1);
        saved = all.at(0).toObject();
        QCOMPARE(saved.value(u"mapping"_s).toObject().value(u"name"_s).toString(), u"second"_s);
        QCOMPARE(saved.value(u"baseUrl"_s).toString(), base);
        QCOMPARE(saved.value(u"poll"_s).toObject().value(u"intervalMs"_s).toInteger(), 4000);
        QCOMPARE(saved.value(u"key"_s).toString(), QString(u"\u2022\u2022\u2022\u2022"_s + kKey.right(4)));

        SimulatedProvider::JobSpec spec;
        spec.queueMs = 0;
        spec.runMs = 300;
        r = cli({u"watch"_s, u"--profile"_s, u"Mapped"_s, u"--json"_s, m_sim.createJob(spec)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("\"state\":\"completed\""));

        // A bad mapping is refused with the file's name and the problem, and the profile is unchanged.
        QFile bad(m_dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"name": "bad", "pollUrl": "{base}/jobs", "id": "id", "status": "status"})");
        bad.close();
        r = cli({u"profiles"_s, u"update"_s, u"Mapped"_s, u"--mapping"_s, bad.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("\"pollUrl\" must contain {id}"), r.err.constData());
        r = cli({u"profiles"_s, u"update"_s, u"Nobody"_s, u"--interval"_s, u"2000"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(cli({u"profiles"_s, u"remove"_s, u"Mapped"_s}).exitCode, 0);
    }

    void badInputIsAUsageError()
    {
        // No key anywhere: refused (keys never come from argv).
        Run r = cli({u"profiles"_s, u"add"_s, u"--name"_s, u"X"_s, u"--dialect"_s, u"theo"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"profiles"_s, u"add"_s, u"--name"_s, u"X"_s, u"--dialect"_s, u"theo"_s, u"--base-url"_s,
                 u"http://example.com"_s, u"--key-env"_s, u"JW_TEST_KEY"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("http://"), r.err.constData());
        r = cli({u"profiles"_s, u"add"_s, u"--name"_s, u"X"_s, u"--dialect"_s, u"nope"_s, u"--key-env"_s, u"JW_TEST_KEY"_s});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliProfilesKeychain)
#include "tst_cli_profiles_keychain.moc"
