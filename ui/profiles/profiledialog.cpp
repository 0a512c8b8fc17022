#include "profiles/profiledialog.h"

#include "profiles/profiledialogparts.h"

#include "model/profilelist.h"
#include "model/secretstore.h"
#include "formats/registry.h"
#include "dialogs/endingssettings.h"
#include "dialogs/formgrid.h"
#include "profiles/balancerow.h"
#include "profiles/connectiontest.h"
#include "profiles/keyfield.h"
#include "profiles/mappingeditor.h"
#include "profiles/profilejson.h"
#include "profiles/profilestore.h"
#include "profiles/secretvault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

using namespace profiledialog;

ProfileDialog::ProfileDialog(ProfileStore *store, QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_nam(nam)
    , m_test(new ConnectionTest(nam, this))
{
    setWindowTitle(tr("Profiles"));
    buildUi();
    m_resolver = [this](const Profile &incoming, const Profile &) {
        QMessageBox box(QMessageBox::Question, tr("Import profiles"),
                        tr("A profile named \"%1\" already exists.").arg(incoming.name), QMessageBox::NoButton, this);
        QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
        QPushButton *both = box.addButton(tr("Keep both"), QMessageBox::ActionRole);
        box.addButton(tr("Skip"), QMessageBox::RejectRole);
        box.exec();
        return box.clickedButton() == replace ? ImportChoice::Replace
             : box.clickedButton() == both    ? ImportChoice::KeepBoth
                                              : ImportChoice::Skip;
    };
    connect(m_store->list(), &ProfileList::changed, this, &ProfileDialog::reloadList);
    connect(m_store, &ProfileStore::keySaved, this, &ProfileDialog::onKeySaved);
    connect(m_store->secrets(), &SecretVault::plaintextWarning, this, [this](const QString &text) { setError(m_keyProblem, text); });
    connect(m_test, &ConnectionTest::finished, this, [this](const ConnectionTest::Result &r) {
        m_testButton->setEnabled(true);
        const QString colour = r.success() ? u"#15803d"_s : u"#b91c1c"_s;
        m_testResult->setStyleSheet(u"color: "_s + colour + u";"_s);
        m_testResult->setText((r.success() ? u"\u2714 "_s : u"\u2716 "_s) + r.message);
        m_testResult->setToolTip(r.url);
        Q_EMIT connectionTested(r.success(), r.message);
    });
    reloadList();
    if (!m_store->list()->isEmpty())
        selectProfile(m_store->list()->all().constFirst().id);
    else
        newProfile();
    resize(880, 600);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setBalanceSource(Scheduler *scheduler)
{
    m_balance->setScheduler(scheduler);
}

void ProfileDialog::reloadList()
{
    m_loading = true;
    m_list->clear();
    for (const Profile &p : m_store->list()->all()) {
        auto *item = new QListWidgetItem(swatch(p.tag), p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.baseUrl.toString());
        if (p.id == m_currentId)
            m_list->setCurrentItem(item);
    }
    m_loading = false;
}

void ProfileDialog::selectProfile(const QString &profileId)
{
    const Profile *p = m_store->list()->find(profileId);
    if (!p)
        return;
    m_currentId = profileId;
    loadForm(*p);
    m_balance->setProfileId(profileId);
    reloadList();
    showKeyState(tr("Reading\u2026"));
    // The key's state: ••••last4, never the key itself.
    auto *secrets = m_store->secrets();
    connect(secrets->readKey(profileId), &KeyReply::finished, this, [this, profileId](const QString &key, const QString &error) {
        if (m_currentId != profileId)
            return;
        showKeyState(!key.isEmpty() ? redactKey(key) : error.isEmpty() ? tr("No key saved") : error);
    });
}

void ProfileDialog::newProfile(const QString &dialect)
{
    Profile p = profileForDialect(dialect);
    QString name = p.name;
    for (int n = 2; m_store->list()->byName(name); ++n)
        name = tr("%1 %2", "profile name, number").arg(p.name).arg(n);
    p.name = name;
    m_currentId.clear();
    loadForm(p);
    m_balance->setProfileId(QString());
    m_list->clearSelection();
    showKeyState(tr("No key yet"));
    replaceKey();
    m_name->setFocus();
    m_name->selectAll();
}

void ProfileDialog::duplicateProfile()
{
    Profile p = formProfile();
    QString name = tr("%1 (copy)").arg(p.name);
    for (int n = 2; m_store->list()->byName(name); ++n)
        name = tr("%1 (copy %2)").arg(p.name).arg(n);
    p.name = name;
    m_currentId.clear();
    loadForm(p);
    m_balance->setProfileId(QString());
    m_list->clearSelection();
    showKeyState(tr("No key yet (keys are not copied)"));
    replaceKey();
}

void ProfileDialog::deleteProfile()
{
    if (m_currentId.isEmpty())
        return;
    m_store->remove(m_currentId);
    m_currentId.clear();
    if (!m_store->list()->isEmpty())
        selectProfile(m_store->list()->all().constFirst().id);
    else
        newProfile();
}

void ProfileDialog::loadForm(const Profile &p)
{
    m_loading = true;
    m_name->setText(p.name);
    const int index = m_dialect->findData(p.mappingJson.isEmpty() ? p.dialect : kCustom);
    m_dialect->setCurrentIndex(index < 0 ? 0 : index);
    m_previousDialect = m_dialect->currentData().toString();
    m_mapping->setMappingJson(p.mappingJson);
    m_baseUrl->setText(p.baseUrl.toString());
    m_authScheme->setCurrentIndex(!p.auth                                             ? 0
                                  : p.auth->scheme == AuthForm::Scheme::Bearer   ? 1
                                  : p.auth->scheme == AuthForm::Scheme::Key      ? 2
                                  : p.auth->scheme == AuthForm::Scheme::JwtHs256 ? 4 : 3);
    m_authHeader->setText(p.auth ? p.auth->headerName : QString());
    m_authHeader->setEnabled(m_authScheme->currentIndex() == 3);
    m_adaptive->setChecked(p.poll.adaptive);
    m_interval->setValue(int(p.poll.intervalMs));
    m_rate->setValue(p.poll.ratePerSecond);
    m_burst->setValue(p.poll.burst);
    m_concurrency->setValue(p.poll.concurrency);
    m_maxWait->setValue(int(p.poll.maxWaitMs / 60000));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(p.tag)));
    m_onFinish->setText(p.onFinish);
    m_key->stopEditing();
    m_key->setTwoPart(signsTokens(p));
    m_testResult->clear();
    setError(m_keyProblem, QString());
    m_sessionOnly->hide();
    m_fileStore->hide();
    m_tabs->setTabEnabled(1, m_dialect->currentData().toString() == kCustom);
    m_loading = false;
    validate();
}

void ProfileDialog::onDialectChanged()
{
    const QString dialect = m_dialect->currentData().toString();
    m_tabs->setTabEnabled(1, dialect == kCustom);
    if (m_loading)
        return;
    if (dialect == kCustom) {
        m_tabs->setCurrentIndex(1);
    } else {
        // Prefill the real base URL and the recommended settings, unless the user typed their own URL.
        const QUrl previousDefault = defaultBaseUrl(m_previousDialect);
        const Profile preset = profileForDialect(dialect);
        if (m_baseUrl->text().isEmpty() || QUrl(m_baseUrl->text()) == previousDefault)
            m_baseUrl->setText(preset.baseUrl.toString());
        m_interval->setValue(int(preset.poll.intervalMs));
        m_rate->setValue(preset.poll.ratePerSecond);
        m_burst->setValue(preset.poll.burst);
        m_concurrency->setValue(preset.poll.concurrency);
    }
    m_previousDialect = dialect;
    validate();
}

Profile ProfileDialog::formProfile() const
{
    Profile p;
    if (const Profile *existing = m_store->list()->find(m_currentId))
        p = *existing;
    p.id = m_currentId;
    p.name = m_name->text().trimmed();
    const QString dialect = m_dialect->currentData().toString();
    if (dialect == kCustom) {
        p.dialect.clear();
        p.mappingJson = m_mapping->mappingJson();
    } else {
        p.dialect = dialect;
        p.mappingJson.clear();
    }
    p.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    switch (m_authScheme->currentIndex()) {
    case 1: p.auth = AuthForm{AuthForm::Scheme::Bearer, {}}; break;
    case 2: p.auth = AuthForm{AuthForm::Scheme::Key, {}}; break;
    case 3: p.auth = AuthForm{AuthForm::Scheme::Header, m_authHeader->text().trimmed()}; break;
    case 4: p.auth = AuthForm{AuthForm::Scheme::JwtHs256, {}}; break;
    default: p.auth.reset(); break;
    }
    p.poll.adaptive = m_adaptive->isChecked();
    p.poll.intervalMs = m_interval->value();
    p.poll.ratePerSecond = m_rate->value();
    p.poll.burst = m_burst->value();
    p.poll.concurrency = m_concurrency->value();
    p.poll.maxWaitMs = qint64(m_maxWait->value()) * 60000;
    p.tag = m_tag->currentData().toString();
    p.onFinish = m_onFinish->text().trimmed();
    return p;
}

void ProfileDialog::validate()
{
    if (m_loading)
        return;
    const ProfileProblems problems = validateProfile(formProfile(), m_store->list()->all());
    setError(m_nameError, problems.name);
    setError(m_dialectError, problems.dialect);
    setError(m_baseUrlError, problems.baseUrl);
    setError(m_onFinishError, problems.onFinish);
    m_key->setTwoPart(signsTokens(formProfile()));
}

bool ProfileDialog::signsTokens(const Profile &p)
{
    if (p.auth)
        return p.auth->scheme == AuthForm::Scheme::JwtHs256;
    const std::unique_ptr<Dialect> dialect = dialectFor(p);
    return dialect && dialect->auth().scheme == AuthForm::Scheme::JwtHs256;
}

bool ProfileDialog::saveProfile()
{
    validate();
    Profile p = formProfile();
    if (!validateProfile(p, m_store->list()->all()).isEmpty())
        return false;
    QString error;
    const QString key = m_key->typedKey(&error);
    if (!error.isEmpty()) {
        setError(m_keyProblem, error);
        return false;
    }
    if (!m_store->save(p, key, &error)) {
        setError(m_nameError, error);
        return false;
    }
    m_currentId = p.id;
    reloadList();
    if (!key.isEmpty()) {
        m_pendingKey = key;
        showKeyState(tr("Saving\u2026"));
        m_key->stopEditing();
    }
    return true;
}

void ProfileDialog::onKeySaved(const QString &profileId, const QString &error, bool unavailable)
{
    if (profileId != m_currentId)
        return;
    if (error.isEmpty()) {
        showKeyState(redactKey(m_pendingKey));
        if (m_store->fileStoreOptIn())
            setError(m_keyProblem, tr("Warning: this key is stored unencrypted in %1.").arg(m_store->secrets()->keyFilePath()));
        return;
    }
    showKeyState(tr("Not saved"));
    setError(m_keyProblem, unavailable ? tr("%1. Use the key for this session only, or store it in a plaintext file readable only by you.").arg(error)
                                       : error);
    m_sessionOnly->setVisible(unavailable);
    m_fileStore->setVisible(unavailable);
}

void ProfileDialog::showKeyState(const QString &text)
{
    m_key->showState(text);
}

void ProfileDialog::replaceKey()
{
    m_tabs->setCurrentIndex(0);
    m_key->startReplace();
}

void ProfileDialog::focusBudget()
{
    m_tabs->setCurrentIndex(0);
    m_rate->setFocus();
    m_rate->selectAll();
}

void ProfileDialog::testConnection()
{
    const Profile p = formProfile();
    const ProfileProblems problems = validateProfile(p, m_store->list()->all());
    if (!problems.baseUrl.isEmpty() || !problems.dialect.isEmpty()) {
        validate();
        m_testResult->setStyleSheet(QString::fromLatin1(kErrorStyle));
        m_testResult->setText(tr("Fix the fields above first."));
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing\u2026"));
    const QString typed = m_key->typedKey();
    if (!typed.isEmpty() || m_currentId.isEmpty()) {
        m_test->start(p, typed, m_testJob->text());
        return;
    }
    auto *secrets = m_store->secrets();
    const QString job = m_testJob->text();
    connect(secrets->readKey(m_currentId), &KeyReply::finished, this,
            [this, p, job](const QString &key, const QString &) { m_test->start(p, key, job); });
}

ImportReport ProfileDialog::importFile(const QString &path)
{
    QFile file(path);
    ImportReport report;
    if (!file.open(QIODevice::ReadOnly)) {
        report.messages.append(tr("cannot read %1").arg(path));
        return report;
    }
    const ParsedImport parsed = parseProfileImport(file.read(kMaxImportBytes + 1));
    if (!parsed.error.isEmpty()) {
        report.messages.append(parsed.error);
        return report;
    }
    return importProfiles(parsed, *m_store, m_resolver);
}

bool ProfileDialog::exportFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportProfiles(m_store->list()->all())) < 0 || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace jw
