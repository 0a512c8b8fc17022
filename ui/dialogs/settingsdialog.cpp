#include "dialogs/settingsdialog.h"

#include "artifacts/namingtemplate.h"
#include "artifacts/resultarchive.h"
#include "application/application.h"
#include "application/jobendings.h"
#include "dialogs/endingssettings.h"
#include "dialogs/formgrid.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(Application *app, QWidget *parent)
    : QDialog(parent)
    , m_app(app)
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);
    auto *layout = new QVBoxLayout(this);
    // Two pages: the results archive, downloads and the history; tray, notifications and the run-on-finish program.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    auto *resultsPage = new QWidget(m_tabs);
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    layout->addWidget(m_tabs);

    auto *archive = new QGroupBox(tr("Results archive"), this);
    archive->setObjectName(u"archiveGroup"_s);
    auto *archiveLayout = new QVBoxLayout(archive);
    auto *intro = noteLabel(archive);
    intro->setText(tr("Completed jobs' results are downloaded at once and kept in this folder. The download cache "
                      "makes room by deleting old files; the archive never does, and provider links that expire "
                      "are archived first."));
    archiveLayout->addWidget(intro);
    auto *grid = new FormGrid;
    archiveLayout->addLayout(grid); // before the rows: their labels need the group as parent widget

    m_policy = new QComboBox(archive);
    m_policy->setObjectName(u"archivePolicy"_s);
    m_policy->addItem(tr("Every result of a completed job"), int(ResultSaver::Policy::All));
    m_policy->addItem(tr("Only results whose links expire"), int(ResultSaver::Policy::Expiring));
    m_policy->addItem(tr("Nothing (results stay in the download cache only)"), int(ResultSaver::Policy::Off));
    grid->addRow(tr("&Keep:"), m_policy);

    m_folder = new QLineEdit(archive);
    m_folder->setObjectName(u"archiveFolder"_s);
    m_folder->setPlaceholderText(QDir::toNativeSeparators(m_app->resultArchive()->defaultFolder()));
    m_folder->setClearButtonEnabled(true);
    m_folder->setMinimumWidth(fontMetrics().horizontalAdvance(u"0"_s) * 52); // a typical home path shows whole
    auto *browse = new QPushButton(tr("&Browse…"), archive);
    browse->setObjectName(u"browseFolder"_s);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseFolder);
    auto *open = new QPushButton(tr("&Open"), archive);
    open->setObjectName(u"openFolder"_s);
    open->setToolTip(tr("Show the archive folder in the file manager"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString folder = m_folder->text().trimmed().isEmpty() ? m_app->resultArchive()->defaultFolder() : m_folder->text().trimmed();
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(open);
    QLabel *folderLabel = grid->addRow(tr("&Folder:"), folderRow);
    folderLabel->setBuddy(m_folder);

    m_pattern = new QLineEdit(archive);
    m_pattern->setObjectName(u"archivePattern"_s);
    m_pattern->setPlaceholderText(NamingTemplate::defaultText());
    grid->addRow(tr("File &names:"), m_pattern);
    auto *placeholders = noteLabel(archive);
    placeholders->setObjectName(u"patternHelp"_s);
    placeholders->setForegroundRole(QPalette::PlaceholderText);
    placeholders->setText(tr("Placeholders: %1. {id}, {n} and {ext} are required; \"/\" makes a subfolder.")
                              .arg(u'{' + NamingTemplate::placeholders().join(u"}, {"_s) + u'}'));
    grid->addRow(placeholders);
    m_example = noteLabel(archive);
    m_example->setObjectName(u"patternExample"_s);
    grid->addRow(m_example);
    resultsLayout->addWidget(archive);

    auto *downloads = new QGroupBox(tr("Downloads"), this);
    downloads->setObjectName(u"downloadsGroup"_s);
    auto *downloadsLayout = new QVBoxLayout(downloads);
    auto *downloadsGrid = new FormGrid;
    downloadsLayout->addLayout(downloadsGrid);
    m_downloadLimit = new QSpinBox(downloads);
    m_downloadLimit->setObjectName(u"downloadLimit"_s);
    m_downloadLimit->setRange(1, Application::kMaxDownloadLimitMiB);
    m_downloadLimit->setSuffix(tr(" MB", "after a number: the download limit in megabytes"));
    m_downloadLimit->setValue(m_app->downloadLimitMiB());
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_downloadLimit);
    limitRow->addStretch(1);
    downloadsGrid->addRow(tr("Download &limit:"), limitRow)->setBuddy(m_downloadLimit);
    auto *limitNote = noteLabel(downloads);
    limitNote->setForegroundRole(QPalette::PlaceholderText);
    limitNote->setText(tr("A result larger than this is not downloaded, so it is neither previewed nor archived; it can "
                          "still be opened externally."));
    downloadsGrid->addRow(limitNote);
    resultsLayout->addWidget(downloads);

    auto *history = new QGroupBox(tr("Job history"), this);
    history->setObjectName(u"historyGroup"_s);
    auto *historyLayout = new QVBoxLayout(history);
    auto *historyGrid = new FormGrid;
    historyLayout->addLayout(historyGrid);
    m_retention = new QSpinBox(history);
    m_retention->setObjectName(u"retentionDays"_s);
    m_retention->setRange(0, 3650);
    m_retention->setSpecialValueText(tr("Never (keep every job)"));
    m_retention->setSuffix(tr(" days", "after a number: remove jobs idle for more than N days"));
    m_retention->setValue(m_app->retentionDays());
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retention);
    retentionRow->addStretch(1); // a number, not a line of text
    historyGrid->addRow(tr("&Remove jobs idle for more than:"), retentionRow)->setBuddy(m_retention);
    auto *retentionNote = noteLabel(history);
    retentionNote->setForegroundRole(QPalette::PlaceholderText);
    retentionNote->setText(tr("Applied each time Jobwatch starts. Jobs that are being watched are kept, and so are "
                              "the results in the archive folder."));
    historyGrid->addRow(retentionNote);
    resultsLayout->addWidget(history);
    resultsLayout->addStretch(1);
    m_tabs->addTab(resultsPage, tr("Results and history"));
    m_endings = new EndingsSettings(m_app->endings(), m_tabs);
    m_tabs->addTab(m_endings, tr("When jobs end"));

    m_problem = noteLabel(this);
    m_problem->setObjectName(u"settingsProblem"_s);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(pal);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(m_buttons);

    const Application::ArchiveOptions options = m_app->archiveOptions();
    m_policy->setCurrentIndex(m_policy->findData(int(options.policy)));
    m_folder->setText(QDir::toNativeSeparators(options.folder));
    m_pattern->setText(options.pattern);
    connect(m_pattern, &QLineEdit::textChanged, this, &SettingsDialog::updateExample);
    connect(m_folder, &QLineEdit::textChanged, this, &SettingsDialog::updateExample);
    updateExample();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::exampleText() const
{
    return m_example->text();
}

QString SettingsDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QPushButton *SettingsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SettingsDialog::updateExample()
{
    QString error;
    const QString text = m_pattern->text().trimmed().isEmpty() ? NamingTemplate::defaultText() : m_pattern->text();
    const std::optional<NamingTemplate> naming = NamingTemplate::parse(text, &error);
    QPalette pal = palette();
    if (!naming) {
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        m_example->setPalette(pal);
        m_example->setText(error);
        okButton()->setEnabled(false);
        return;
    }
    m_example->setPalette(pal);
    NamingTemplate::Values sample;
    sample.profile = tr("Theo demo", "sample profile name in the file name example");
    sample.id = u"job_3f9a"_s;
    sample.type = u"video"_s;
    sample.kind = u"video"_s;
    sample.ext = u"mp4"_s;
    sample.completedAt = QDateTime::currentDateTime();
    const QString folder = m_folder->text().trimmed().isEmpty() ? m_app->resultArchive()->defaultFolder() : m_folder->text().trimmed();
    m_example->setText(tr("Example: %1").arg(QDir::toNativeSeparators(QDir::cleanPath(folder + u'/' + naming->expand(sample)))));
    okButton()->setEnabled(true);
}

void SettingsDialog::browseFolder()
{
    if (m_folderDialog) {
        m_folderDialog->raise();
        return;
    }
    m_folderDialog = new QFileDialog(this, tr("Archive folder"));
    m_folderDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_folderDialog->setFileMode(QFileDialog::Directory);
    m_folderDialog->setOption(QFileDialog::ShowDirsOnly);
    m_folderDialog->setDirectory(m_folder->text().trimmed().isEmpty() ? m_app->resultArchive()->defaultFolder() : m_folder->text().trimmed());
    connect(m_folderDialog, &QFileDialog::fileSelected, this, [this](const QString &dir) {
        m_folder->setText(QDir::toNativeSeparators(dir));
    });
    m_folderDialog->open();
}

bool SettingsDialog::apply()
{
    Application::ArchiveOptions options;
    options.policy = ResultSaver::Policy(m_policy->currentData().toInt());
    options.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    options.pattern = m_pattern->text().trimmed().isEmpty() ? NamingTemplate::defaultText() : m_pattern->text();
    QString error;
    QWidget *page = m_endings; // the page the problem is on
    const bool ok = m_endings->apply(&error) && (page = m_tabs->widget(0), m_app->setArchiveOptions(options, &error));
    if (!ok) {
        m_tabs->setCurrentWidget(page);
        m_problem->setText(error);
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_app->setRetentionDays(m_retention->value());
    m_app->setDownloadLimitMiB(m_downloadLimit->value());
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace jw
