#include "dialogs/saveresultsdialog.h"

#include "artifacts/bulksaver.h"
#include "application/application.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

SaveResultsDialog::SaveResultsDialog(Application *app, QWidget *parent)
    : QDialog(parent)
    , m_saver(new BulkSaver(app->jobs(), app->artifacts(), app->resultArchive(), this))
{
    setWindowTitle(tr("Save All Results"));
    setObjectName(u"saveResultsDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"saveProgress"_s);
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"saveSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_failures = new QTreeWidget(this);
    m_failures->setObjectName(u"saveFailures"_s);
    m_failures->setColumnCount(3);
    m_failures->setHeaderLabels({tr("Job"), tr("Result"), tr("Problem")});
    m_failures->setRootIsDecorated(false);
    m_failures->setWordWrap(true);
    m_failures->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_failures->header()->setStretchLastSection(true);
    m_failures->setColumnWidth(0, fontMetrics().horizontalAdvance(u"0"_s) * 18);
    m_failures->setColumnWidth(1, fontMetrics().horizontalAdvance(u"0"_s) * 22);
    m_failures->hide();
    layout->addWidget(m_failures, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_openFolder = m_buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setEnabled(false);
    connect(m_openFolder, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SaveResultsDialog::reject);
    layout->addWidget(m_buttons);
    resize(fontMetrics().horizontalAdvance(u"0"_s) * 80, sizeHint().height());

    connect(m_saver, &BulkSaver::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 files").arg(done).arg(total));
    });
    connect(m_saver, &BulkSaver::fileFailed, this, [this](const BulkSaver::Failure &failure) {
        auto *item = new QTreeWidgetItem({failure.jobId, failure.what, failure.message});
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, item->text(column));
        m_failures->addTopLevelItem(item);
        m_failures->show();
    });
    connect(m_saver, &BulkSaver::finished, this, [this](const BulkSaver::Summary &s) {
        m_finished = true;
        const QString folder = QDir::toNativeSeparators(s.folder);
        QString text;
        if (s.cancelled)
            text = tr("Cancelled: %1 of %n file(s) saved to %2.", nullptr, s.total).arg(s.saved).arg(folder);
        else if (s.failed == 0)
            text = tr("Saved %n file(s) (%1) to %2.", nullptr, s.saved).arg(QLocale().formattedDataSize(s.bytes), folder);
        else
            text = tr("Saved %1 of %n file(s) to %2; %3 could not be saved (see below).", nullptr, s.total)
                       .arg(s.saved).arg(folder).arg(s.failed);
        if (s.skippedJobs > 0)
            text += u' ' + tr("%n job(s) had no result to save.", nullptr, s.skippedJobs);
        m_summary->setText(text);
        m_openFolder->setEnabled(s.saved > 0);
        m_buttons->setStandardButtons(QDialogButtonBox::Close); // Open Folder stays
        Q_EMIT notice(text);
    });
}

SaveResultsDialog::~SaveResultsDialog() = default;

bool SaveResultsDialog::start(const QStringList &keys, const QString &folder, QString *error)
{
    if (!m_saver->start(keys, folder, error))
        return false;
    m_folder = folder;
    m_title->setText(tr("Saving the results of %n job(s) to %1", nullptr, int(keys.size())).arg(QDir::toNativeSeparators(folder)));
    return true;
}

QString SaveResultsDialog::summaryText() const
{
    return m_summary->text();
}

void SaveResultsDialog::reject()
{
    if (m_saver->isRunning()) {
        m_saver->cancel(); // finished() follows; the dialog stays open with the summary
        return;
    }
    QDialog::reject();
}

} // namespace jw
