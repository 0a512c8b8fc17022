// The profile dialog offscreen: validation messages next to the fields, Test connection against the
// simulated provider (OK, 401, 403 scope, unreachable port), the key shown only as ••••last4, and the
// custom mapping's live preview. Keys go to the opt-in file store in a temp dir (no keychain needed here).

#include "profiletesthelpers.h"

#include "profiles/mappingeditor.h"
#include "profiles/profiledialog.h"
#include "profiles/filesecretstore.h"
#include "profiles/profilejson.h"
#include "profiles/secretvault.h"
#include "sim/simulatedprovider.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jw;

namespace {
const QString kKey = u"sk-dialog-test-11223344aabb"_s;
const QString kScopeless = u"sk-dialog-scopeless-5566ccdd"_s;
}

class tst_ProfileDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatedProvider m_sim;
    QNetworkAccessManager m_nam;
    ProfileRig m_profiles;
    std::unique_ptr<ProfileDialog> m_dialog;

    template<typename T> T *child(const QString &name) { return m_dialog->findChild<T *>(name); }
    void setDialect(const QString &name)
    {
        auto *combo = child<QComboBox>(u"dialectCombo"_s);
        combo->setCurrentIndex(combo->findData(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listen(0));
        m_sim.setToken(kKey);
        m_sim.addScopelessToken(kScopeless);
    }
    void init()
    {
        m_profiles.start(m_dir);
        m_profiles.store->setFileStoreOptIn(true);
        m_dialog = std::make_unique<ProfileDialog>(m_profiles.store.get(), &m_nam);
        m_dialog->show();
    }
    void cleanup()
    {
        m_dialog.reset();
        m_profiles.stop();
    }

    void validationMessagesShowNextToFields_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << u""_s << u"https://api.vidocu.ai"_s << u"nameError"_s << u"Enter a name"_s;
        QTest::newRow("duplicate name") << u"existing"_s << u"https://api.vidocu.ai"_s << u"nameError"_s << u"already named"_s;
        QTest::newRow("bad url") << u"X"_s << u"ht!tp:/nope"_s << u"baseUrlError"_s << u"Not a valid"_s;
        QTest::newRow("http off loopback") << u"X"_s << u"http://api.vidocu.ai"_s << u"baseUrlError"_s << u"only allowed for localhost"_s;
    }
    void validationMessagesShowNextToFields()
    {
        QFETCH(QString, name);
        QFETCH(QString, baseUrl);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Profile existing = profileForDialect(u"theo"_s);
        existing.name = u"Existing"_s;
        QVERIFY(m_profiles.store->save(existing));
        m_dialog->newProfile(u"vidocu"_s);
        child<QLineEdit>(u"nameEdit"_s)->setText(name);
        child<QLineEdit>(u"baseUrlEdit"_s)->setText(baseUrl);
        auto *label = child<QLabel>(field);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(message), qPrintable(label->text()));
        QVERIFY(!m_dialog->saveProfile());
        QCOMPARE(m_profiles.list->size(), 1);
        // Fixing the field clears the message.
        child<QLineEdit>(u"nameEdit"_s)->setText(u"Fine"_s);
        child<QLineEdit>(u"baseUrlEdit"_s)->setText(u"https://api.vidocu.ai"_s);
        QVERIFY(!label->isVisible());
    }

    void runOnFinishCommandIsCheckedAndSaved()
    {
        m_dialog->newProfile(u"vidocu"_s);
        child<QLineEdit>(u"nameEdit"_s)->setText(u"With a program"_s);
        child<QLineEdit>(u"baseUrlEdit"_s)->setText(u"https://api.vidocu.ai"_s);
        child<QLineEdit>(u"profileOnFinish"_s)->setText(u"notify-send {jobid}"_s);
        auto *problem = child<QLabel>(u"onFinishProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"unknown placeholder {jobid}"_s), qPrintable(problem->text()));
        QVERIFY(!m_dialog->saveProfile());
        QCOMPARE(m_profiles.list->size(), 0);
        child<QLineEdit>(u"profileOnFinish"_s)->setText(u"notify-send \"{profile}\" {id}"_s);
        QVERIFY(!problem->isVisible());
        QVERIFY(m_dialog->saveProfile());
        QCOMPARE(m_profiles.list->byName(u"With a program"_s)->onFinish, u"notify-send \"{profile}\" {id}"_s);
        QVERIFY(m_profiles.settings->flush());
        QFile file(m_profiles.settings->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"onFinish\": \"notify-send \\\"{profile}\\\" {id}\""));
    }

    void fieldMessagesSitUnderTheirFieldsAtAnyWidth()
    {
        Profile existing = profileForDialect(u"theo"_s);
        existing.name = u"Existing"_s;
        QVERIFY(m_profiles.store->save(existing));
        m_dialog->newProfile(u"vidocu"_s);
        auto *name = child<QLineEdit>(u"nameEdit"_s);
        auto *baseUrl = child<QLineEdit>(u"baseUrlEdit"_s);
        auto *nameError = child<QLabel>(u"nameError"_s);
        auto *baseUrlError = child<QLabel>(u"baseUrlError"_s);
        // Word-wrapped messages shown, re-wrapped and hidden again while the dialog changes width (the case
        // where Qt 6.4's QFormLayout wrote past its row buffer).
        for (const int width : {900, 520, 1200, 640}) {
            name->setText(u"existing"_s);
            baseUrl->setText(u"http://api.vidocu.ai/a/rather/long/path/so/the/message/has/to/wrap"_s);
            m_dialog->resize(width, 600);
            QCoreApplication::processEvents();
            QVERIFY(nameError->isVisible());
            QVERIFY(baseUrlError->isVisible());
            for (const auto &[field, message] : {std::pair<QWidget *, QLabel *>{name, nameError}, {baseUrl, baseUrlError}}) {
                QCOMPARE(message->geometry().left(), field->geometry().left());
                QVERIFY(message->geometry().top() >= field->geometry().bottom());
                QVERIFY(message->geometry().height() >= message->heightForWidth(message->width()));
            }
            QVERIFY(baseUrlError->geometry().top() < child<QComboBox>(u"authCombo"_s)->geometry().top());
            name->setText(u"Fine"_s);
            baseUrl->setText(u"https://api.vidocu.ai"_s);
            QCoreApplication::processEvents();
            QVERIFY(!nameError->isVisible());
            QVERIFY(!baseUrlError->isVisible());
        }
        QVERIFY(m_dialog->findChildren<QFormLayout *>().isEmpty());
    }

    void presetsPrefillBaseUrlAndSettings()
    {
        m_dialog->newProfile(u"theo"_s);
        setDialect(u"fal"_s);
        const Profile p = m_dialog->formProfile();
        QCOMPARE(p.baseUrl, QUrl(u"https://queue.fal.run"_s));
        QCOMPARE(p.poll.intervalMs, 1000);
    }

    void testConnectionReportsOutcome_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("closedPort");
        QTest::addColumn<bool>("success");
        QTest::addColumn<QString>("text");
        QTest::newRow("ok (probe accepted)") << u"theo"_s << kKey << false << true << u"key was accepted"_s;
        QTest::newRow("401") << u"vidocu"_s << u"sk-not-the-right-one-000"_s << false << false << u"unauthorised"_s;
        QTest::newRow("403 scope") << u"muvi"_s << kScopeless << false << false << u"scope"_s;
        QTest::newRow("unreachable") << u"theo"_s << kKey << true << false << u"cannot reach"_s;
    }
    void testConnectionReportsOutcome()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, key);
        QFETCH(bool, closedPort);
        QFETCH(bool, success);
        QFETCH(QString, text);
        QUrl base = m_sim.baseUrl(dialect);
        if (closedPort) {
            SimulatedProvider other;
            QVERIFY(other.listen(0));
            base = other.baseUrl(dialect);
        }
        m_dialog->newProfile(dialect);
        child<QLineEdit>(u"baseUrlEdit"_s)->setText(base.toString());
        child<QLineEdit>(u"keyEdit"_s)->setText(key);
        QVERIFY(m_dialog->saveProfile());
        QSignalSpy saved(m_profiles.store.get(), &ProfileStore::keySaved);
        QVERIFY(saved.wait(5000));
        auto *state = child<QLabel>(u"keyState"_s);
        QCOMPARE(state->text(), redactKey(key)); // ••••last4 only
        QSignalSpy tested(m_dialog.get(), &ProfileDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.at(0).at(0).toBool(), success);
        const QString shown = child<QLabel>(u"testResult"_s)->text();
        QVERIFY2(shown.contains(text), qPrintable(shown));
        QVERIFY(!shown.contains(key));
        QVERIFY(!m_profiles.settings->flush() || !QFile(m_profiles.settings->filePath()).exists()
                || [&] { QFile f(m_profiles.settings->filePath()); return f.open(QIODevice::ReadOnly) && !f.readAll().contains(key.toUtf8()); }());
    }

    void aSignedTokenProfileTakesAnAccessKeyAndASecretKey()
    {
        m_dialog->newProfile(u"theo"_s);
        child<QLineEdit>(u"nameEdit"_s)->setText(u"Signed"_s);
        child<QLineEdit>(u"baseUrlEdit"_s)->setText(m_sim.baseUrl(u"theo"_s).toString());
        auto *secret = child<QLineEdit>(u"secretKeyEdit"_s);
        QVERIFY(child<QLineEdit>(u"keyEdit"_s)->isVisible());
        QVERIFY(!secret->isVisible()); // a plain key: one field
        child<QComboBox>(u"authCombo"_s)->setCurrentIndex(4); // signed token (jwt-hs256)
        QVERIFY(secret->isVisible());
        QCOMPARE(child<QLineEdit>(u"keyEdit"_s)->placeholderText(), u"Access key"_s);
        child<QLineEdit>(u"keyEdit"_s)->setText(u"ak-dialog-1"_s);
        QVERIFY(!m_dialog->saveProfile()); // one part alone is not a key
        QVERIFY2(child<QLabel>(u"keyProblem"_s)->text().contains(u"Enter the secret key too"_s),
                 qPrintable(child<QLabel>(u"keyProblem"_s)->text()));
        secret->setText(u"sk-dialog-secret-2"_s);
        QSignalSpy saved(m_profiles.store.get(), &ProfileStore::keySaved);
        QVERIFY(m_dialog->saveProfile());
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.at(0).at(1).toString(), QString());
        QVERIFY(!child<QLabel>(u"keyState"_s)->text().contains(u"ak-dialog-1"_s));
        // Two entries in the key store, and the pair as the signer reads it.
        const Profile *p = m_profiles.list->byName(u"Signed"_s);
        QVERIFY(p && p->auth && p->auth->scheme == AuthForm::Scheme::JwtHs256);
        FileSecretStore file(m_profiles.store->secrets()->keyFilePath());
        const auto read = [&](const QString &entry) {
            QSignalSpy ready(&file, &SecretStore::keyReady);
            file.requestKey(entry);
            return ready.wait(5000) ? ready.at(0).at(1).toString() : u"<timeout>"_s;
        };
        QCOMPARE(read(p->id), u"ak-dialog-1"_s);
        QCOMPARE(read(SecretVault::secretEntry(p->id)), u"sk-dialog-secret-2"_s);
    }

    void testConnectionPollsAGivenJob()
    {
        SimulatedProvider::JobSpec spec;
        spec.dialect = u"scenes"_s;
        const QString job = m_sim.createJob(spec);
        m_dialog->newProfile(u"scenes"_s);
        child<QLineEdit>(u"baseUrlEdit"_s)->setText(m_sim.baseUrl(u"scenes"_s).toString());
        child<QLineEdit>(u"keyEdit"_s)->setText(kKey);
        child<QLineEdit>(u"testJobEdit"_s)->setText(job);
        QSignalSpy tested(m_dialog.get(), &ProfileDialog::connectionTested);
        m_dialog->testConnection(); // before saving: uses the typed key
        QVERIFY(tested.wait(10000));
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
        QVERIFY(child<QLabel>(u"testResult"_s)->text().contains(job));
    }

    void mappingPreviewUpdatesLive()
    {
        m_dialog->newProfile(u"theo"_s);
        setDialect(u"__custom__"_s);
        MappingEditor *editor = m_dialog->mappingEditor();
        editor->setSample(uR"({"task": {"ref": "t-42", "phase": "rendering", "pct": 0.25}})"_s);
        editor->setMappingJson(R"({"formatVersion": 1, "name": "tasks", "pollUrl": "{base}/tasks/{id}", "id": "task.ref", "status": "task.phase"})");
        const auto value = [editor](const QString &field) {
            for (const auto &[f, v] : editor->previewFields()) {
                if (f == field)
                    return v;
            }
            return QString();
        };
        QCOMPARE(value(u"id"_s), u"t-42"_s);
        QCOMPARE(value(u"rawStatus"_s), u"rendering"_s);
        QCOMPARE(value(u"state"_s), u"unknown"_s);
        QCOMPARE(value(u"progress"_s), u"\u2014"_s);
        // Edit the mapping: a synonym and a progress path; the preview follows at once.
        editor->setMappingJson(R"({"formatVersion": 1, "name": "tasks", "pollUrl": "{base}/tasks/{id}", "id": "task.ref", "status": "task.phase",
            "statusSynonyms": {"rendering": "running"}, "progress": {"form": "fraction", "path": "task.pct"}})");
        QCOMPARE(value(u"state"_s), u"running"_s);
        QCOMPARE(value(u"progress"_s), u"25"_s);
        // A broken mapping says why, instead of a stale preview.
        editor->setMappingJson("{\"formatVersion\": 1, \"id\": ");
        QVERIFY(editor->previewFields().isEmpty());
        QVERIFY(editor->previewError().startsWith(u"Mapping"_s));
    }
};

QTEST_MAIN(tst_ProfileDialog)
#include "tst_profiledialog.moc"
