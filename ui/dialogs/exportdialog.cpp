#include "dialogs/exportdialog.h"

#include "application/application.h"
#include "dialogs/formgrid.h"
#include "model/joblist.h"
#include "model/jobtimeline.h"
#include "model/profilelist.h"
#include "store/historyfile.h"
#include "store/storethread.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
const QString kLastFolderKey = u"export/lastFolder"_s;
const QString kFormatKey = u"export/format"_s;
} // namespace

ExportDialog::ExportDialog(Application *app, const QStringList &selectedKeys, const QStringList &shownKeys, QWidget *parent)
    : QDialog(parent)
    , m_app(app)
    , m_selectedKeys(selectedKeys)
    , m_shownKeys(shownKeys)
{
    setWindowTitle(tr("Export Jobs"));
    setObjectName(u"exportDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *grid = new FormGrid;
    layout->addLayout(grid);

    m_selected = new QRadioButton(tr("The %n selected job(s)", nullptr, int(selectedKeys.size())), this);
    m_selected->setObjectName(u"exportSelected"_s);
    m_shown = new QRadioButton(tr("All %n job(s) in the table", nullptr, int(shownKeys.size())), this);
    m_shown->setObjectName(u"exportShown"_s);
    m_selected->setEnabled(!selectedKeys.isEmpty());
    (selectedKeys.size() > 1 ? m_selected : m_shown)->setChecked(true);
    grid->addRow(tr("Jobs:"), m_selected);
    grid->addRow(m_shown);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("CSV (spreadsheets)"), u"csv"_s);
    m_format->addItem(tr("JSON (scripts)"), u"json"_s);
    m_format->setCurrentIndex(std::max(0, m_format->findData(QSettings().value(kFormatKey).toString())));
    grid->addRow(tr("&Format:"), m_format);

    m_file = new QLineEdit(this);
    m_file->setObjectName(u"exportFile"_s);
    m_file->setClearButtonEnabled(true);
    m_file->setMinimumWidth(fontMetrics().horizontalAdvance(u"0"_s) * 48);
    QString folder = QSettings().value(kLastFolderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists()) // no Documents folder (a minimal system): the home folder
        folder = QDir::homePath();
    m_file->setText(QDir::toNativeSeparators(QDir(folder).filePath(u"jobwatch-jobs."_s + m_format->currentData().toString())));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"exportBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    grid->addRow(tr("F&ile:"), fileRow)->setBuddy(m_file);

    m_signedUrls = new QCheckBox(tr("&Keep link signatures"), this);
    m_signedUrls->setObjectName(u"exportSignedUrls"_s);
    m_signedUrls->setToolTip(tr("Signed result links grant access to the results: anyone who gets the file can "
                                "download them while the links work. Without this, the signatures are removed."));
    grid->addRow(m_signedUrls);
    auto *note = new QLabel(tr("API keys are never exported."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    grid->addRow(note);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"exportProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(pal);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    exportButton()->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::followFormat);
}

ExportDialog::~ExportDialog() = default;

QPushButton *ExportDialog::exportButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ExportDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ExportDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

// The file name's extension follows the format while it is one of ours.
void ExportDialog::followFormat()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"csv"_s && suffix != u"json"_s)
        return;
    m_file->setText(QDir::toNativeSeparators(path.left(path.size() - suffix.size()) + m_format->currentData().toString()));
}

void ExportDialog::browse()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    const bool csv = m_format->currentData().toString() == u"csv"_s;
    m_fileDialog = new QFileDialog(this, tr("Export To"), QDir::fromNativeSeparators(m_file->text().trimmed()));
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_fileDialog->setFileMode(QFileDialog::AnyFile);
    m_fileDialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    m_fileDialog->setDefaultSuffix(csv ? u"csv"_s : u"json"_s);
    connect(m_fileDialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_file->setText(QDir::toNativeSeparators(path));
    });
    connect(m_fileDialog, &QObject::destroyed, this, [this] { m_fileDialog = nullptr; });
    m_fileDialog->open();
}

void ExportDialog::accept()
{
    if (m_writing)
        return;
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        showProblem(tr("Choose the file to export to."));
        return;
    }
    if (QFileInfo(path).isDir()) {
        showProblem(tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QStringList keys = m_selected->isChecked() ? m_selectedKeys : m_shownKeys;
    if (keys.isEmpty()) {
        showProblem(tr("There are no jobs to export."));
        return;
    }
    QList<StoredJob> jobs;
    jobs.reserve(keys.size());
    for (const QString &key : keys) {
        const JobRecord *record = m_app->jobs()->find(key);
        if (!record)
            continue; // removed meanwhile
        jobs.append(HistoryExport::fromRecord(*record, m_app->profiles()->displayName(record->profileId),
                                              m_app->timeline()->entries(key)));
    }
    const HistoryExport::Format format = *HistoryExport::formatFromName(m_format->currentData().toString());
    HistoryExport::Options options;
    options.signedUrls = m_signedUrls->isChecked();
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    QSettings().setValue(kFormatKey, m_format->currentData().toString());

    m_writing = true;
    showProblem({});
    exportButton()->setEnabled(false);
    m_app->storeThread()->call<HistoryFileResult>([jobs = std::move(jobs), format, options, path](JobStore &store) {
        return HistoryFile::write(store, jobs, format, options, path);
    }, this, [this, path](const HistoryFileResult &result) {
        m_writing = false;
        exportButton()->setEnabled(true);
        if (!result.error.isEmpty()) {
            showProblem(result.error);
            return;
        }
        QString message = tr("Exported %n job(s) to %1", nullptr, result.jobs).arg(QDir::toNativeSeparators(path));
        if (!result.warning.isEmpty())
            message = tr("%1 (%2)", "export summary (warning)").arg(message, result.warning);
        Q_EMIT exported(message);
        QDialog::accept();
    });
}

} // namespace jw
