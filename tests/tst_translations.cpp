// The translations are complete and in use: every .ts under translations/ (English, German, French, and any
// added later) has no unfinished, obsolete or vanished message, every plural message has all its forms, and
// every translation keeps the placeholders of its source; the .ts files hold exactly the messages lupdate
// finds in the sources today (so a new tr() string nobody translated fails here); and --lang picks the
// language of jobwatch-cli and jobwatch over the system locale.

#include "clitesthelpers.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString kSourceDir = QStringLiteral(JOBWATCH_TEST_DATA_DIR "/../..");

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // of <translation>: "", "unfinished", "obsolete" or "vanished"
    QString translation;
    QStringList forms;
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}, {}};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (!message.numerus)
                message.translation = xml.readElementText();
            else
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression pattern(u"%L?[1-9]|%n"_s);
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// Plural forms per language (Qt's rules): the languages Jobwatch ships.
int pluralForms(const QString &language)
{
    const QString code = language.section(u'_', 0, 0);
    if (code == u"en"_s || code == u"de"_s || code == u"fr"_s)
        return 2;
    return -1;
}

QStringList problemsIn(const TsFile &ts)
{
    QStringList problems;
    const int forms = pluralForms(ts.language);
    if (forms < 0)
        problems << u"language \"%1\" has no plural rule in this test; add it to pluralForms()"_s.arg(ts.language);
    for (const Message &m : ts.messages) {
        const QString where = m.context + u" | "_s + m.source.left(70);
        if (!m.type.isEmpty()) {
            problems << m.type + u": "_s + where;
            continue;
        }
        const QStringList wanted = placeholders(m.source);
        if (!m.numerus) {
            if (m.translation.isEmpty())
                problems << u"empty: "_s + where;
            else if (placeholders(m.translation) != wanted)
                problems << u"placeholders %1 instead of %2: %3"_s.arg(placeholders(m.translation).join(u' '), wanted.join(u' '), where);
            continue;
        }
        if (m.forms.size() != forms)
            problems << u"%1 plural forms instead of %2: %3"_s.arg(m.forms.size()).arg(forms).arg(where);
        for (qsizetype i = 0; i < m.forms.size(); ++i) {
            QStringList want = wanted;
            if (i == 0 && !m.forms.at(i).contains(u"%n"_s))
                want.removeAll(u"%n"_s); // "La tâche sélectionnée": the singular may spell the one out
            if (m.forms.at(i).isEmpty())
                problems << u"empty plural form %1: %2"_s.arg(i).arg(where);
            else if (placeholders(m.forms.at(i)) != want)
                problems << u"plural form %1 has placeholders %2 instead of %3: %4"_s.arg(i).arg(placeholders(m.forms.at(i)).join(u' '), want.join(u' '), where);
        }
    }
    return problems;
}

QString shown(const QStringList &problems)
{
    return u"%1 problem(s):\n"_s.arg(problems.size()) + problems.mid(0, 25).join(u'\n');
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `program` to its end with LANG/LC_ALL set to `systemLocale` (LANGUAGE unset).
Run runIn(const QString &program, const QStringList &args, const QString &systemLocale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, systemLocale);
    env.insert(u"LC_ALL"_s, systemLocale);
    env.remove(u"LANGUAGE"_s);
    if (program == u"cli"_s) {
        const clitest::Run r = clitest::run(args, env);
        return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("JOBWATCH_GUI"), args);
    if (!process.waitForStarted(30000))
        return {};
    [&] { QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000); }();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(kSourceDir + u"/translations"_s);
        const QStringList files = dir.entryList({u"jobwatch_*.ts"_s}, QDir::Files, QDir::Name);
        for (const QString &required : {u"jobwatch_de.ts"_s, u"jobwatch_en.ts"_s, u"jobwatch_fr.ts"_s})
            QVERIFY2(files.contains(required), qPrintable(required + u" is missing in "_s + dir.absolutePath()));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.absoluteFilePath(file);
    }

    void complete()
    {
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.messages.size() > 900, qPrintable(u"only %1 messages"_s.arg(ts.messages.size())));
        const QStringList problems = problemsIn(ts);
        QVERIFY2(problems.isEmpty(), qPrintable(shown(problems)));
    }

    // The checker itself: a file with each kind of fault is caught.
    void faultsAreFound()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"jobwatch_fr.ts"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="fr"><context><name>C</name>
<message><source>a %1</source><translation type="unfinished"></translation></message>
<message><source>b</source><translation type="vanished">b</translation></message>
<message><source>c</source><translation type="obsolete">c</translation></message>
<message numerus="yes"><source>%n job(s)</source><translation><numerusform>%n tâche</numerusform></translation></message>
<message><source>e %1: %2</source><translation>e %1</translation></message>
<message><source>f</source><translation>f</translation></message>
</context></TS>)");
        file.close();
        const TsFile ts = readTs(file.fileName());
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.messages.size(), 6);
        const QStringList problems = problemsIn(ts);
        QCOMPARE(problems.size(), 5);
        QVERIFY(problems.at(0).startsWith(u"unfinished: C | a %1"_s));
        QVERIFY(problems.at(1).startsWith(u"vanished: "_s));
        QVERIFY(problems.at(2).startsWith(u"obsolete: "_s));
        QVERIFY(problems.at(3).startsWith(u"1 plural forms instead of 2"_s));
        QVERIFY(problems.at(4).startsWith(u"placeholders %1 instead of %1 %2"_s));
    }

    // lupdate over app/ and ui/ finds exactly the messages the .ts files hold: a new tr() string fails here
    // until `cmake --build build --target update_translations` ran and it was translated.
    void upToDate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(u"fresh.ts"_s);
        QProcess lupdate;
        lupdate.setWorkingDirectory(kSourceDir);
        lupdate.start(QStringLiteral(JOBWATCH_LUPDATE), {u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"app"_s,
                                                         u"ui"_s, u"-ts"_s, fresh});
        QVERIFY2(lupdate.waitForStarted(), qPrintable(lupdate.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(lupdate.state(), QProcess::NotRunning, 60000);
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const auto keys = [](const TsFile &ts) {
            QSet<QString> set;
            for (const Message &m : ts.messages)
                set.insert(m.context + u" | "_s + m.source + (m.numerus ? u" (plural)"_s : QString()));
            return set;
        };
        const TsFile scanned = readTs(fresh);
        QVERIFY2(scanned.error.isEmpty(), qPrintable(scanned.error));
        const QSet<QString> inSources = keys(scanned);
        QVERIFY(inSources.size() > 900);
        const QDir translations(kSourceDir + u"/translations"_s);
        for (const QString &name : translations.entryList({u"jobwatch_*.ts"_s}, QDir::Files)) {
            const QSet<QString> inTs = keys(readTs(translations.absoluteFilePath(name)));
            QStringList missing = (inSources - inTs).values();
            QStringList stale = (inTs - inSources).values();
            missing.sort();
            stale.sort();
            QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                     qPrintable(name + u": run update_translations and translate; not in the .ts:\n  "_s + missing.mid(0, 20).join(u"\n  "_s)
                                + u"\nno longer in the sources:\n  "_s + stale.mid(0, 20).join(u"\n  "_s)));
        }
    }

    void langOverridesSystemLocale_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QStringList>("lang");
        QTest::addColumn<QString>("expected");
        const QString unknownFr = u"commande «\u00a0nope\u00a0» inconnue"_s;
        QTest::newRow("system fr") << u"fr_FR.UTF-8"_s << QStringList{} << unknownFr;
        QTest::newRow("--lang fr over de") << u"de_DE.UTF-8"_s << QStringList{u"--lang"_s, u"fr"_s} << unknownFr;
        QTest::newRow("--lang=fr_CA over C") << u"C"_s << QStringList{u"--lang=fr_CA"_s} << unknownFr;
        QTest::newRow("--lang de over fr") << u"fr_FR.UTF-8"_s << QStringList{u"--lang"_s, u"de"_s} << u"unbekannter Befehl „nope“"_s;
        QTest::newRow("--lang en over fr") << u"fr_FR.UTF-8"_s << QStringList{u"--lang"_s, u"en"_s} << u"unknown command \"nope\""_s;
    }

    void langOverridesSystemLocale()
    {
        QFETCH(QString, system);
        QFETCH(QStringList, lang);
        QFETCH(QString, expected);
        const Run run = runIn(u"cli"_s, lang + QStringList{u"nope"_s}, system);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    }

    void cliHelpInFrench()
    {
        // --lang after the sub-command works too, and the sub-command's help is French with its name in it.
        const Run run = runIn(u"cli"_s, {u"watch"_s, u"--lang"_s, u"fr"_s, u"--help"_s}, u"C"_s);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"Utilisation\u00a0: jobwatch-cli watch [options]"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Surveille des tâches jusqu’à ce qu’elles soient toutes dans un état final."_s), qPrintable(run.out));
        // The option column's width decides where the line wraps: compare with runs of spaces folded.
        QVERIFY2(run.out.simplified().contains(u"Affiche l’aide sur les options de la ligne de commande."_s), qPrintable(run.out));

        const Run usage = runIn(u"cli"_s, {u"--lang"_s, u"fr"_s, u"--help"_s}, u"C"_s);
        QCOMPARE(usage.exitCode, 0);
        QVERIFY2(usage.out.contains(u"--lang code   Utiliser cette langue au lieu de celle du système\u00a0: de, en, fr."_s), qPrintable(usage.out));
    }

    void unknownLanguage_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cli xx") << u"cli"_s << QStringList{u"--lang"_s, u"xx"_s, u"watch"_s} << u"C"_s
                                << u"jobwatch-cli: no translation for the language \"xx\"; available: de, en, fr"_s;
        QTest::newRow("cli es, in French") << u"cli"_s << QStringList{u"--lang=es"_s} << u"fr_FR.UTF-8"_s
                                           << u"aucune traduction pour la langue «\u00a0es\u00a0»\u00a0; disponibles\u00a0: de, en, fr"_s;
        QTest::newRow("cli no code") << u"cli"_s << QStringList{u"--lang"_s} << u"C"_s
                                     << u"--lang needs a language code; available: de, en, fr"_s;
        QTest::newRow("gui xx") << u"gui"_s << QStringList{u"--lang"_s, u"xx"_s} << u"C"_s
                                << u"jobwatch: no translation for the language \"xx\"; available: de, en, fr"_s;
    }

    void unknownLanguage()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        const Run run = runIn(program, args, system);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void guiHelpInFrench()
    {
        const Run run = runIn(u"gui"_s, {u"--lang"_s, u"fr"_s, u"--help"_s}, u"de_DE.UTF-8"_s);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Surveille des tâches asynchrones d’IA générative."_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"--lang <code>"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Ouvrir la boîte de dialogue Paramètres."_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
