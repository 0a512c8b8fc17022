// The Settings dialog's archive section (and the download limit): it shows the current options, validates the file name pattern as it
// is typed (with a live example), keeps itself open with the reason when the folder cannot be used, and
// applies and saves what OK accepts (a new Application on the same settings file reads it back).

#include "artifacts/artifactfetcher.h"
#include "artifacts/diskcache.h"
#include "artifacts/resultarchive.h"
#include "application/application.h"
#include "dialogs/endingssettings.h"
#include "dialogs/settingsdialog.h"
#include "application/jobendings.h"
#include "profiles/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHttpServer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jw;
using namespace Qt::StringLiterals;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Settings saved in `settingsPath`; cache and data folders of this test's own.
    Application::Options options(const QString &settingsPath) const
    {
        Application::Options o;
        o.settingsPath = settingsPath;
        o.cacheDir = m_dir.filePath(u"cache"_s);
        o.dataDir = m_dir.filePath(u"data"_s);
        return o;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheCurrentOptions()
    {
        Application app;
        Application::ArchiveOptions options{m_dir.filePath(u"a"_s), u"{profile}/{id}-{n}.{ext}"_s, ResultSaver::Policy::Expiring};
        QVERIFY(app.setArchiveOptions(options));
        SettingsDialog dialog(&app);
        QCOMPARE(dialog.folderEdit()->text(), QDir::toNativeSeparators(options.folder));
        QCOMPARE(dialog.patternEdit()->text(), options.pattern);
        QCOMPARE(ResultSaver::Policy(dialog.policyBox()->currentData().toInt()), ResultSaver::Policy::Expiring);
        QVERIFY(dialog.exampleText().endsWith(QDir::toNativeSeparators(u"/Theo demo/job_3f9a-1.mp4"_s)));
        QVERIFY(dialog.exampleText().contains(QDir::toNativeSeparators(options.folder)));
        QVERIFY(dialog.findChildren<QFormLayout *>().isEmpty()); // grids only (Qt 6.4 QFormLayout overflow)
    }

    void thePatternIsCheckedAsItIsTyped()
    {
        Application app;
        SettingsDialog dialog(&app);
        dialog.show();
        dialog.patternEdit()->setText(u"../{id}-{n}.{ext}"_s);
        QVERIFY2(dialog.exampleText().contains(u"\"..\""_s), qPrintable(dialog.exampleText()));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.patternEdit()->setText(u"{type}/{id}-{n}.{ext}"_s);
        QVERIFY2(dialog.exampleText().endsWith(QDir::toNativeSeparators(u"/video/job_3f9a-1.mp4"_s)), qPrintable(dialog.exampleText()));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.patternEdit()->setText(u"{id}.{ext}"_s);
        QVERIFY(dialog.exampleText().contains(u"{n}"_s));
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void okAppliesAndSaves()
    {
        const QString settingsPath = m_dir.filePath(u"settings.json"_s);
        const QString folder = m_dir.filePath(u"kept results"_s);
        {
            Application app(options(settingsPath));
            SettingsDialog dialog(&app);
            dialog.show();
            dialog.folderEdit()->setText(QDir::toNativeSeparators(folder));
            dialog.patternEdit()->setText(u"{date}/{id}-{n}.{ext}"_s);
            dialog.policyBox()->setCurrentIndex(dialog.policyBox()->findData(int(ResultSaver::Policy::Expiring)));
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
            QVERIFY(!dialog.isVisible());
            QVERIFY(dialog.problemText().isEmpty());
            const Application::ArchiveOptions applied = app.archiveOptions();
            QCOMPARE(applied.folder, folder);
            QCOMPARE(applied.pattern, u"{date}/{id}-{n}.{ext}"_s);
            QCOMPARE(applied.policy, ResultSaver::Policy::Expiring);
            QCOMPARE(app.resultArchive()->folder(), folder);
            QCOMPARE(app.resultSaver()->policy(), ResultSaver::Policy::Expiring);
            QVERIFY(QFileInfo(folder).isDir());
            QVERIFY(app.settings()->flush());
        }
        Application again(options(settingsPath));
        QCOMPARE(again.archiveOptions(), (Application::ArchiveOptions{folder, u"{date}/{id}-{n}.{ext}"_s, ResultSaver::Policy::Expiring}));
        QCOMPARE(again.resultArchive()->namingTemplate().text(), u"{date}/{id}-{n}.{ext}"_s);
    }

    void runOnFinishAndTraySettingsAreCheckedAndSaved()
    {
        const QString settingsPath = m_dir.filePath(u"endings.json"_s);
        {
            Application app(options(settingsPath));
            SettingsDialog dialog(&app);
            dialog.show();
            EndingsSettings *endings = dialog.endings();
            QVERIFY(endings->findChild<QLabel *>(u"onFinishLegend"_s)->text().contains(u"{result_path}"_s));
            QVERIFY(endings->trayBox()->isChecked());
            QVERIFY(endings->notifyBox()->isChecked());
            endings->commandEdit()->setText(u"notify-send {jobid}"_s);
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
            QVERIFY(dialog.isVisible()); // refused, with the reason
            QVERIFY2(dialog.problemText().contains(u"unknown placeholder {jobid}"_s), qPrintable(dialog.problemText()));
            QCOMPARE(dialog.tabs()->currentWidget(), endings); // the page with the problem is shown
            QCOMPARE(app.endings()->command(), QString());

            endings->commandEdit()->setText(u"notify-send \"{profile}: {id}\" {state}"_s);
            endings->timeoutBox()->setValue(15);
            endings->notifyBox()->setChecked(false);
            endings->closeBox()->setCurrentIndex(endings->closeBox()->findData(int(JobEndings::CloseAction::KeepInTray)));
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
            QVERIFY2(!dialog.isVisible(), qPrintable(dialog.problemText()));
            QVERIFY(app.settings()->flush());
        }
        Application again(options(settingsPath));
        QCOMPARE(again.endings()->command(), u"notify-send \"{profile}: {id}\" {state}"_s);
        QCOMPARE(again.endings()->commandTimeoutSeconds(), 15);
        QCOMPARE(again.endings()->hook()->timeoutMs(), 15000);
        QVERIFY(!again.endings()->notifications());
        QVERIFY(again.endings()->trayIcon());
        QCOMPARE(again.endings()->closeAction(), JobEndings::CloseAction::KeepInTray);
    }

    void anUnusableFolderKeepsTheDialogOpenWithTheReason()
    {
        Application app;
        const Application::ArchiveOptions before = app.archiveOptions();
        QFile file(m_dir.filePath(u"not-a-folder"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        SettingsDialog dialog(&app);
        dialog.show();
        dialog.folderEdit()->setText(file.fileName());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problemText().contains(u"is a file"_s), qPrintable(dialog.problemText()));
        QCOMPARE(app.archiveOptions(), before);

        dialog.folderEdit()->setText(u"relative/folder"_s);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY2(dialog.problemText().contains(u"full path"_s), qPrintable(dialog.problemText()));
        QVERIFY(dialog.isVisible());

        // The download cache is no place for an archive.
        dialog.folderEdit()->setText(app.artifactCache()->directory() + u"/results"_s);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY2(dialog.problemText().contains(u"download cache"_s), qPrintable(dialog.problemText()));
        QCOMPARE(app.archiveOptions(), before);
    }

    // The artifact size cap is "set in Settings": the dialog shows it (200 MB unless changed), OK applies it to
    // the fetcher at once, it is saved with the other settings, and a download over it is refused with the limit
    // named.
    void theDownloadLimitIsShownAppliedAndSaved()
    {
        const QString settingsPath = m_dir.filePath(u"limit.json"_s);
        QHttpServer server;
        server.route(u"/big.bin"_s, [] { return QHttpServerResponse("application/octet-stream", QByteArray(3 * 1024 * 1024, 'x')); });
        const QUrl url(u"http://127.0.0.1:%1/big.bin"_s.arg(server.listen(QHostAddress::LocalHost, 0)));
        {
            Application app(options(settingsPath));
            QCOMPARE(app.artifacts()->maxBytes(), ArtifactFetcher::kDefaultMaxBytes);
            SettingsDialog dialog(&app);
            dialog.show();
            QCOMPARE(dialog.downloadLimitBox()->value(), 200);
            QVERIFY(dialog.downloadLimitBox()->suffix().contains(u"MB"_s));
            dialog.downloadLimitBox()->setValue(2);
            QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
            QVERIFY(!dialog.isVisible());
            QCOMPARE(app.downloadLimitMiB(), 2);
            QCOMPARE(app.artifacts()->maxBytes(), qint64(2) * 1024 * 1024);

            QPointer<FetchHandle> handle = app.artifacts()->fetch(url);
            std::optional<FetchResult> result;
            connect(handle, &FetchHandle::finished, this, [&result](const FetchResult &r) { result = r; });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
            QCOMPARE(result->error, FetchError::TooLarge);
            QVERIFY2(result->message.contains(u"over the 2 MB limit set in Settings"_s), qPrintable(result->message));
            QVERIFY(app.settings()->flush());
        }
        Application again(options(settingsPath));
        QCOMPARE(again.downloadLimitMiB(), 2);
        QCOMPARE(again.artifacts()->maxBytes(), qint64(2) * 1024 * 1024);
        SettingsDialog dialog(&again);
        QCOMPARE(dialog.downloadLimitBox()->value(), 2);
    }

    void anEmptyFolderMeansTheDefault()
    {
        const QString settingsPath = m_dir.filePath(u"default.json"_s);
        Application app(options(settingsPath));
        SettingsDialog dialog(&app);
        dialog.folderEdit()->clear();
        QVERIFY(dialog.apply());
        QVERIFY(app.archiveOptions().folder.isEmpty());
        QCOMPARE(app.resultArchive()->folder(), QDir::cleanPath(app.dataDir() + u"/results"_s));
        QCOMPARE(app.resultArchive()->defaultFolder(), app.resultArchive()->folder());
        QCOMPARE(dialog.folderEdit()->placeholderText(), QDir::toNativeSeparators(app.resultArchive()->folder()));
    }

    void browseOpensAFolderPickerWithoutBlocking()
    {
        Application app;
        SettingsDialog dialog(&app);
        dialog.show();
        dialog.browseFolder(); // returns at once: the picker is not modal-with-its-own-loop
        QVERIFY(dialog.folderDialog());
        QVERIFY(dialog.folderDialog()->isVisible());
        Q_EMIT dialog.folderDialog()->fileSelected(m_dir.filePath(u"picked"_s));
        QCOMPARE(dialog.folderEdit()->text(), QDir::toNativeSeparators(m_dir.filePath(u"picked"_s)));
        dialog.folderDialog()->close();
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
