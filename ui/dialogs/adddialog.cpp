#include "dialogs/adddialog.h"

#include "model/jobrecord.h"
#include "model/profilelist.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

constexpr int kDebounceMs = 150;

QString dash()
{
    return u"\u2014"_s;
}

QColor problemColour()
{
    return QColor(0xb0, 0x20, 0x20);
}

QString sourceText(IdExtractor::Candidate::Source source)
{
    switch (source) {
    case IdExtractor::Candidate::Source::BareId: return AddDialog::tr("ID");
    case IdExtractor::Candidate::Source::PollUrl: return AddDialog::tr("poll URL");
    case IdExtractor::Candidate::Source::EnqueueJson: return AddDialog::tr("enqueue response");
    }
    return {};
}

} // namespace

AddDialog::AddDialog(JobIntake *intake, ProfileList *profiles, QWidget *parent)
    : QDialog(parent)
    , m_intake(intake)
    , m_profiles(profiles)
{
    setWindowTitle(tr("Add Jobs"));
    auto *layout = new QVBoxLayout(this);

    auto *hint = new QLabel(tr("Paste job IDs, poll URLs or enqueue responses (JSON), in any mix:"), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_text = new QPlainTextEdit(this);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("job_3f9a…\nhttps://api.example.com/v1/jobs/analysis_1700000000_ab12\n{\"id\": \"…\", \"poll_url\": \"…\"}"));
    m_text->setTabChangesFocus(true);
    hint->setBuddy(m_text);
    layout->addWidget(m_text, 2);

    auto *profileRow = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    m_profile = new QComboBox(this);
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileLabel->setBuddy(m_profile);
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profile);
    profileRow->addStretch(1);
    layout->addLayout(profileRow);

    auto *recognised = new QLabel(tr("Recognised:"), this);
    layout->addWidget(recognised);
    m_preview = new QTreeWidget(this);
    m_preview->setColumnCount(ColumnCount);
    m_preview->setHeaderLabels({tr("Job"), tr("Dialect"), tr("Profile"), tr("Note")});
    m_preview->setRootIsDecorated(false);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setAlternatingRowColors(true);
    m_preview->header()->setStretchLastSection(true);
    m_preview->header()->setSectionResizeMode(IdColumn, QHeaderView::Interactive);
    m_preview->header()->resizeSection(IdColumn, fontMetrics().horizontalAdvance(u'x') * 38);
    m_preview->header()->resizeSection(DialectColumn, fontMetrics().horizontalAdvance(u'x') * 10);
    m_preview->header()->resizeSection(ProfileColumn, fontMetrics().horizontalAdvance(u'x') * 18);
    layout->addWidget(m_preview, 3);
    // Every row as tall as the inline profile chooser, so rows with and without one line up evenly.
    m_rowHeight = std::max(m_profile->sizeHint().height(), fontMetrics().height() + 6);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddDialog::reject);
    layout->addWidget(m_buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AddDialog::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_profile, &QComboBox::currentIndexChanged, this, &AddDialog::updatePreview);
    connect(m_profiles, &ProfileList::changed, this, [this] {
        rebuildProfileChooser();
        updatePreview();
    });

    rebuildProfileChooser();
    updatePreview();
    resize(820, 540);
}

void AddDialog::rebuildProfileChooser()
{
    const QString current = profileId();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("Automatic (by URL, then by ID shape)"), QString());
    for (const Profile &p : m_profiles->all())
        m_profile->addItem(p.name, p.id);
    const int index = m_profile->findData(current);
    m_profile->setCurrentIndex(std::max(0, index));
}

void AddDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
    updatePreview();
}

QString AddDialog::text() const
{
    return m_text->toPlainText();
}

void AddDialog::setProfileId(const QString &profileId)
{
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(profileId)));
}

QString AddDialog::profileId() const
{
    return m_profile->currentData().toString();
}

QString AddDialog::messageText() const
{
    return m_message->text();
}

QString AddDialog::rowProfileChoice(int row) const
{
    const QComboBox *chooser = m_rowChoosers.value(row);
    return chooser ? chooser->currentData().toString() : QString();
}

void AddDialog::updatePreview()
{
    m_debounce->stop();
    const QString text = m_text->toPlainText();
    ++m_generation;
    if (text == m_extractedText && !m_reading) { // only the profile changed: plan again, no need to read again
        showPlan(m_intake->planExtracted(m_extracted, profileId()));
        return;
    }
    m_extractedText.clear();
    if (const QString tooLong = JobIntake::textTooLong(text.size()); !tooLong.isEmpty()) {
        m_reading = false;
        showPlan(m_intake->plan(QStringView(text), profileId())); // a plan that says why nothing is added
        return;
    }
    if (text.size() <= JobIntake::kBackgroundTextLength) {
        m_reading = false;
        m_extracted = IdExtractor::extract(QStringView(text));
        m_extractedText = text;
        showPlan(m_intake->planExtracted(m_extracted, profileId()));
        return;
    }
    // A large text is read on a pool thread; the dialog stays responsive and Add waits for the preview.
    m_reading = true;
    m_message->setText(tr("Reading %1 MB of text\u2026").arg(QString::number(double(text.size()) / (1024 * 1024), 'f', 1)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *watcher = new QFutureWatcher<IdExtractor::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, text, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // edited meanwhile: a newer read is on its way
        m_reading = false;
        m_extracted = watcher->result();
        m_extractedText = text;
        showPlan(m_intake->planExtracted(m_extracted, profileId()));
    });
    watcher->setFuture(JobIntake::extractInBackground(text));
}

void AddDialog::showPlan(IntakePlan plan)
{
    // Keep what the user chose for ambiguous rows across rebuilds.
    QHash<QString, QString> chosen;
    for (int row = 0; row < m_rowChoosers.size(); ++row) {
        if (m_rowChoosers.at(row) && row < m_plan.jobs.size() && !rowProfileChoice(row).isEmpty())
            chosen.insert(m_plan.jobs.at(row).candidate.id, rowProfileChoice(row));
    }

    m_plan = std::move(plan);
    m_preview->clear();
    m_rowChoosers.clear();

    const qsizetype shownJobs = std::min<qsizetype>(m_plan.jobs.size(), kMaxPreviewJobs);
    for (qsizetype index = 0; index < shownJobs; ++index) {
        const PlannedJob &job = m_plan.jobs.at(index);
        auto *item = new QTreeWidgetItem(m_preview);
        item->setText(IdColumn, job.candidate.id);
        item->setToolTip(IdColumn, job.candidate.pollUrl.isEmpty() ? job.candidate.snippet : job.candidate.pollUrl.toString());
        // The dialect that will read it: the chosen profile's; otherwise what the ID's shape allows.
        const Profile *target = m_profiles->find(job.profileId);
        QString dialect = target ? (target->mappingJson.isEmpty() ? target->dialect : tr("custom")) : QString();
        if (dialect.isEmpty())
            dialect = job.candidate.dialects.isEmpty() ? tr("unknown") : job.candidate.dialects.join(tr(" or "));
        item->setText(DialectColumn, dialect);
        item->setToolTip(DialectColumn, job.candidate.dialects.join(u", "_s));
        QComboBox *chooser = nullptr;
        switch (job.status) {
        case PlannedJob::Status::Ready:
            item->setText(ProfileColumn, m_profiles->displayName(job.profileId));
            item->setText(NoteColumn, tr("new, from %1").arg(sourceText(job.candidate.source)));
            break;
        case PlannedJob::Status::AlreadyWatched:
            item->setText(ProfileColumn, m_profiles->displayName(job.profileId));
            item->setText(NoteColumn, tr("already watched; ignored"));
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            break;
        case PlannedJob::Status::Ambiguous: {
            item->setText(NoteColumn, tr("fits several profiles: choose one"));
            chooser = new QComboBox(m_preview);
            chooser->addItem(tr("Choose\u2026"), QString());
            for (const QString &id : job.choices)
                chooser->addItem(m_profiles->displayName(id), id);
            chooser->setCurrentIndex(std::max(0, chooser->findData(chosen.value(job.candidate.id))));
            connect(chooser, &QComboBox::currentIndexChanged, this, &AddDialog::updateButtons);
            m_preview->setItemWidget(item, ProfileColumn, chooser);
            break;
        }
        case PlannedJob::Status::NoProfile:
            item->setText(ProfileColumn, dash());
            item->setText(NoteColumn, job.problem);
            item->setForeground(NoteColumn, problemColour());
            break;
        }
        item->setToolTip(NoteColumn, item->text(NoteColumn));
        item->setSizeHint(NoteColumn, QSize(0, m_rowHeight));
        m_rowChoosers.append(chooser);
    }
    if (m_plan.jobs.size() > shownJobs) {
        auto *more = new QTreeWidgetItem(m_preview);
        more->setText(IdColumn, tr("\u2026 and %n more job(s)", nullptr, int(m_plan.jobs.size() - shownJobs)));
        more->setSizeHint(NoteColumn, QSize(0, m_rowHeight));
    }
    for (const IdExtractor::Rejected &rejected : std::as_const(m_plan.rejected))
        addProblemRow(rejected.text, rejected.reason);
    // Lines that gave no job: named by line number, so nothing the user typed vanishes without a word.
    for (const IdExtractor::Unrecognised &line : std::as_const(m_plan.unrecognised))
        addProblemRow(tr("line %1: %2").arg(line.line).arg(line.text), line.reason);
    m_preview->resizeColumnToContents(DialectColumn);
    updateButtons();
}

void AddDialog::addProblemRow(const QString &text, const QString &reason)
{
    auto *item = new QTreeWidgetItem(m_preview);
    item->setText(IdColumn, text);
    item->setToolTip(IdColumn, text);
    item->setText(DialectColumn, dash());
    item->setText(ProfileColumn, dash());
    item->setText(NoteColumn, reason);
    item->setToolTip(NoteColumn, reason);
    item->setForeground(NoteColumn, problemColour());
    item->setSizeHint(NoteColumn, QSize(0, m_rowHeight));
}

void AddDialog::updateButtons()
{
    int addable = m_plan.count(PlannedJob::Status::Ready);
    int unresolved = 0;
    for (int row = 0; row < m_plan.jobs.size(); ++row) {
        if (m_plan.jobs.at(row).status != PlannedJob::Status::Ambiguous)
            continue;
        if (rowProfileChoice(row).isEmpty())
            ++unresolved;
        else
            ++addable;
    }
    QString message = JobIntake::previewSummary(m_plan);
    if (unresolved > 0)
        message = tr("%1. Choose a profile for %n job(s) in the list, or pick one profile above.", nullptr, unresolved).arg(message);
    m_message->setText(message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(addable > 0 && unresolved == 0);
}

void AddDialog::accept()
{
    if (m_debounce->isActive()) // typed and confirmed at once: preview what is there now
        updatePreview();
    if (m_reading)
        return; // a large text is still being read; Add is enabled once its preview shows
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return; // the message already says why; nothing is added
    IntakePlan plan = m_plan;
    for (int row = 0; row < plan.jobs.size(); ++row) {
        PlannedJob &job = plan.jobs[row];
        if (job.status != PlannedJob::Status::Ambiguous)
            continue;
        job.status = PlannedJob::Status::Ready;
        job.profileId = rowProfileChoice(row);
        job.key = jobKey(job.profileId, job.candidate.id);
    }
    m_result = m_intake->addPlan(plan);
    Q_EMIT jobsAdded(m_result);
    QDialog::accept();
}

} // namespace jw
