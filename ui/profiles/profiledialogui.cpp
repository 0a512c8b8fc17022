// ProfileDialog's widgets: the profile list with its buttons, the form (name, dialect, base URL, auth, key,
// cadence, budget, max wait, colour tag, run-on-finish, Test connection, balance), the Custom mapping tab and
// the buttons, and their connections; and the helpers profiledialogparts.h declares.

#include "profiles/profiledialog.h"

#include "profiles/profiledialogparts.h"

#include "model/secretstore.h"
#include "formats/registry.h"
#include "dialogs/endingssettings.h"
#include "dialogs/formgrid.h"
#include "profiles/balancerow.h"
#include "profiles/keyfield.h"
#include "profiles/mappingeditor.h"
#include "profiles/profilestore.h"
#include "profiles/secretvault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

namespace profiledialog {

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    if (!colour.isEmpty()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(colour));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(1, 1, 10, 10);
    }
    return QIcon(pixmap);
}

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(QString::fromLatin1(kErrorStyle));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace profiledialog

using namespace profiledialog;

void ProfileDialog::buildUi()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setMinimumWidth(190);
    auto *newButton = new QPushButton(tr("New"), this);
    auto *dupButton = new QPushButton(tr("Duplicate"), this);
    auto *delButton = new QPushButton(tr("Delete"), this);
    auto *importButton = new QPushButton(tr("Import\u2026"), this);
    auto *exportButton = new QPushButton(tr("Export\u2026"), this);
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(newButton, 0, 0);
    listButtons->addWidget(dupButton, 0, 1);
    listButtons->addWidget(delButton, 0, 2);
    listButtons->addWidget(importButton, 1, 0, 1, 2);
    listButtons->addWidget(exportButton, 1, 2);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *form = new QWidget(this);
    auto *fl = new FormGrid(form);
    m_name = new QLineEdit(form);
    m_name->setObjectName(u"nameEdit"_s);
    m_nameError = errorLabel(u"nameError"_s, form);
    m_dialect = new QComboBox(form);
    m_dialect->setObjectName(u"dialectCombo"_s);
    for (const QString &d : nativeDialectNames())
        m_dialect->addItem(d, d);
    m_dialect->insertSeparator(m_dialect->count());
    for (const QString &p : presetNames())
        m_dialect->addItem(tr("%1 (preset)").arg(p), p);
    m_dialect->insertSeparator(m_dialect->count());
    m_dialect->addItem(tr("Custom mapping\u2026"), kCustom);
    m_dialectError = errorLabel(u"dialectError"_s, form);
    m_baseUrl = new QLineEdit(form);
    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_baseUrl->setPlaceholderText(u"https://api.example.com"_s);
    m_baseUrlError = errorLabel(u"baseUrlError"_s, form);
    m_authScheme = new QComboBox(form);
    m_authScheme->setObjectName(u"authCombo"_s);
    m_authScheme->addItem(tr("As the dialect says"));
    m_authScheme->addItem(u"Authorization: Bearer KEY"_s);
    m_authScheme->addItem(u"Authorization: Key KEY"_s);
    m_authScheme->addItem(tr("Custom header"));
    m_authScheme->addItem(tr("Signed token (JWT HS256) from an access key and a secret key"));
    m_authHeader = new QLineEdit(form);
    m_authHeader->setPlaceholderText(u"x-api-key"_s);
    auto *authRow = new QHBoxLayout;
    authRow->addWidget(m_authScheme, 1);
    authRow->addWidget(m_authHeader, 1);

    m_adaptive = new QCheckBox(tr("Adaptive"), form);
    m_interval = new QSpinBox(form);
    m_interval->setRange(1000, 3600000);
    m_interval->setSingleStep(500);
    m_interval->setSuffix(tr(" ms"));
    m_rate = new QDoubleSpinBox(form);
    m_rate->setRange(0.1, 1000);
    m_rate->setSuffix(tr(" req/s"));
    m_rate->setToolTip(tr("The most requests per second to this API. A 429 or 503 answer lowers the rate at once; it climbs "
                          "back to this while polls wait and the server accepts them."));
    m_burst = new QSpinBox(form);
    m_burst->setRange(1, 10000);
    m_burst->setPrefix(tr("burst "));
    m_concurrency = new QSpinBox(form);
    m_concurrency->setRange(1, 64);
    m_concurrency->setPrefix(tr("at most "));
    m_concurrency->setSuffix(tr(" at once"));
    m_maxWait = new QSpinBox(form);
    m_maxWait->setRange(1, 60 * 24 * 30);
    m_maxWait->setSuffix(tr(" min"));
    auto *cadenceRow = new QHBoxLayout;
    cadenceRow->addWidget(m_interval, 1);
    cadenceRow->addWidget(m_adaptive);
    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_rate, 1);
    budgetRow->addWidget(m_burst, 1);
    budgetRow->addWidget(m_concurrency, 1);
    m_tag = new QComboBox(form);
    m_tag->addItem(tr("None"), QString());
    const QList<QPair<QString, QString>> colours{{tr("Blue"), u"#2563eb"_s}, {tr("Green"), u"#16a34a"_s},
                                                 {tr("Orange"), u"#ea580c"_s}, {tr("Red"), u"#dc2626"_s},
                                                 {tr("Purple"), u"#9333ea"_s}, {tr("Grey"), u"#6b7280"_s}};
    for (const auto &[label, colour] : colours)
        m_tag->addItem(swatch(colour), label, colour);

    m_onFinish = new QLineEdit(form);
    m_onFinish->setObjectName(u"profileOnFinish"_s);
    m_onFinish->setPlaceholderText(tr("Empty: the program from Settings, if any"));
    m_onFinish->setToolTip(EndingsSettings::placeholderLegend());
    m_onFinishError = errorLabel(u"onFinishProblem"_s, form);
    m_key = new KeyField(form);
    m_keyProblem = errorLabel(u"keyProblem"_s, form);
    m_sessionOnly = new QPushButton(tr("Use for this session only"), form);
    m_sessionOnly->setObjectName(u"sessionOnlyButton"_s);
    m_fileStore = new QPushButton(tr("Store in a plaintext file (0600)"), form);
    m_fileStore->setObjectName(u"fileStoreButton"_s);
    m_sessionOnly->hide();
    m_fileStore->hide();
    auto *fallbackRow = new QHBoxLayout;
    fallbackRow->addWidget(m_sessionOnly);
    fallbackRow->addWidget(m_fileStore);
    fallbackRow->addStretch();

    m_testJob = new QLineEdit(form);
    m_testJob->setObjectName(u"testJobEdit"_s);
    m_testJob->setPlaceholderText(tr("Job ID (optional; empty sends a probe)"));
    m_testButton = new QPushButton(tr("Test connection"), form);
    m_testButton->setObjectName(u"testButton"_s);
    m_testResult = new QLabel(form);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testJob, 1);
    testRow->addWidget(m_testButton);

    fl->addRow(tr("&Name:"), m_name);
    fl->addRow(m_nameError);
    fl->addRow(tr("&Dialect:"), m_dialect);
    fl->addRow(m_dialectError);
    fl->addRow(tr("&Base URL:"), m_baseUrl);
    fl->addRow(m_baseUrlError);
    fl->addRow(tr("Auth header:"), authRow)->setBuddy(m_authScheme);
    fl->addRow(tr("API key:"), m_key)->setBuddy(m_key);
    fl->addRow(m_keyProblem);
    fl->addRow(fallbackRow);
    fl->addRow(tr("Cadence:"), cadenceRow)->setBuddy(m_interval);
    fl->addRow(tr("Budget:"), budgetRow)->setBuddy(m_rate);
    fl->addRow(tr("Max wait:"), m_maxWait);
    fl->addRow(tr("Colour tag:"), m_tag);
    fl->addRow(tr("Run when a job ends:"), m_onFinish);
    fl->addRow(m_onFinishError);
    fl->addRow(tr("Test:"), testRow)->setBuddy(m_testJob);
    fl->addRow(m_testResult);
    m_balance = new BalanceRow(form);
    m_balance->setObjectName(u"balanceRow"_s);
    m_balance->setLabel(fl->addRow(tr("Balance:"), m_balance));
    m_balance->setProfileId(QString()); // hides the label until there is something to show

    m_mapping = new MappingEditor(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(form, tr("Profile"));
    m_tabs->addTab(m_mapping, tr("Custom mapping"));

    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);

    auto *right = new QVBoxLayout;
    right->addWidget(m_tabs, 1);
    right->addWidget(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 0);
    layout->addLayout(right, 1);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::saveProfile);
    connect(newButton, &QPushButton::clicked, this, [this] { newProfile(); });
    connect(dupButton, &QPushButton::clicked, this, &ProfileDialog::duplicateProfile);
    connect(delButton, &QPushButton::clicked, this, &ProfileDialog::deleteProfile);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import profiles"), QString(), tr("JSON (*.json)"));
        if (!path.isEmpty())
            QMessageBox::information(this, tr("Import profiles"), importFile(path).summary());
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export profiles (without keys)"), u"jobwatch-profiles.json"_s, tr("JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportFile(path, &error))
            QMessageBox::warning(this, tr("Export profiles"), error);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading && row >= 0)
            selectProfile(m_list->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &ProfileDialog::onDialectChanged);
    connect(m_authScheme, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_authHeader->setEnabled(i == 3);
        validate();
    });
    for (QLineEdit *edit : {m_name, m_baseUrl, m_onFinish})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_mapping, &MappingEditor::mappingChanged, this, &ProfileDialog::validate);
    connect(m_key, &KeyField::edited, this, [this] { setError(m_keyProblem, QString()); });
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] {
        m_store->secrets()->setSessionKey(m_currentId, m_pendingKey);
        showKeyState(tr("%1 (this session only)").arg(redactKey(m_pendingKey)));
        setError(m_keyProblem, QString());
        m_sessionOnly->hide();
        m_fileStore->hide();
    });
    connect(m_fileStore, &QPushButton::clicked, this, [this] {
        m_store->setFileStoreOptIn(true);
        m_sessionOnly->hide();
        m_fileStore->hide();
        m_store->setKey(m_currentId, m_pendingKey);
    });
}

} // namespace jw
