#include "dialogs/importdialog.h"

#include "application/application.h"
#include "dialogs/formgrid.h"
#include "engine/accountlister.h"
#include "model/joblist.h"
#include "model/profilelist.h"
#include "model/statelabels.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

constexpr int kJobRole = Qt::UserRole + 1; // the row's index in m_jobs

QDateTime createdOf(const JobSnapshot &job)
{
    QDateTime at = QDateTime::fromString(job.createdAt, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(job.createdAt, Qt::ISODate);
    return at;
}

// Created more than `hours` ago (false without a creation time).
bool olderThan(const QDateTime &created, int hours)
{
    return created.isValid() && created.secsTo(QDateTime::currentDateTimeUtc()) > qint64(hours) * 3600;
}

} // namespace

ImportDialog::ImportDialog(Application *app, QWidget *parent)
    : QDialog(parent)
    , m_app(app)
{
    setWindowTitle(tr("Import running jobs"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The account's recent jobs, newest first, as the provider lists them. Tick the ones to watch."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new FormGrid;
    m_profile = new QComboBox(this);
    for (const Profile &p : m_app->profiles()->all())
        if (AccountLister::canList(p))
            m_profile->addItem(p.name, p.id);
    form->addRow(tr("&Profile:"), m_profile);
    m_state = new QComboBox(this);
    m_state->addItem(tr("Queued or running"), int(StateFilter::Active));
    m_state->addItem(tr("Any state"), int(StateFilter::All));
    m_state->addItem(tr("Completed"), int(StateFilter::Completed));
    m_state->addItem(tr("Failed or cancelled"), int(StateFilter::FailedOrCancelled));
    form->addRow(tr("&State:"), m_state);
    m_age = new QComboBox(this);
    m_age->addItem(tr("Last hour"), 1);
    m_age->addItem(tr("Last 24 hours"), 24);
    m_age->addItem(tr("Last 7 days"), 24 * 7);
    m_age->addItem(tr("Any age"), 0);
    m_age->setCurrentIndex(1);
    form->addRow(tr("&Created:"), m_age);
    layout->addLayout(form);

    m_list = new QTreeWidget(this);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Job ID"), tr("State"), tr("Created"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    for (const int column : {IdColumn, StateColumn, CreatedColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    auto *row = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_message, 1);
    m_more = new QPushButton(tr("Load &more"), this);
    m_more->setToolTip(tr("Read the next page of the list (one request from the profile's budget)"));
    row->addWidget(m_more, 0, Qt::AlignTop);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_watch = buttons->button(QDialogButtonBox::Ok);
    m_watch->setText(tr("&Watch selected"));
    layout->addWidget(buttons);
    resize(720, 520);

    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ImportDialog::startListing);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ImportDialog::applyFilters);
    connect(m_age, &QComboBox::currentIndexChanged, this, &ImportDialog::applyFilters);
    connect(m_age, &QComboBox::currentIndexChanged, this, &ImportDialog::pageOnWithinAge);
    connect(m_more, &QPushButton::clicked, this, [this] {
        if (m_lister)
            m_lister->fetchMore();
        updateState();
    });
    connect(m_list, &QTreeWidget::itemChanged, this, &ImportDialog::updateState);
    startListing();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setProfileId(const QString &profileId)
{
    const int at = m_profile->findData(profileId);
    if (at >= 0)
        m_profile->setCurrentIndex(at);
}

QString ImportDialog::profileId() const
{
    return m_profile->currentData().toString();
}

void ImportDialog::setStateFilter(StateFilter filter)
{
    m_state->setCurrentIndex(m_state->findData(int(filter)));
}

void ImportDialog::setMaxAgeHours(int hours)
{
    const int at = m_age->findData(hours);
    if (at >= 0)
        m_age->setCurrentIndex(at);
}

QString ImportDialog::messageText() const
{
    return m_message->text();
}

int ImportDialog::pagesRead() const
{
    return m_lister ? m_lister->pagesRead() : 0;
}

bool ImportDialog::isLoading() const
{
    return m_lister && m_lister->isBusy();
}

void ImportDialog::startListing()
{
    m_lister.reset();
    m_jobs.clear();
    m_list->clear();
    m_error.clear();
    m_hasMore = false;
    const Profile *profile = m_app->profiles()->find(profileId());
    if (profile) {
        m_lister = std::make_unique<AccountLister>(m_app->network(), m_app->secrets(), *profile);
        m_lister->setScheduler(m_app->scheduler());
        connect(m_lister.get(), &AccountLister::pageReady, this, &ImportDialog::onPage);
        connect(m_lister.get(), &AccountLister::failed, this, [this](AccountLister::Failure, const QString &message) {
            m_error = message;
            m_hasMore = false;
            updateState();
        });
        m_lister->fetchMore();
    }
    updateState();
}

void ImportDialog::onPage(const QList<JobSnapshot> &jobs, bool more)
{
    m_hasMore = more;
    const QSignalBlocker blocker(m_list);
    const QString profile = profileId();
    const QLocale locale;
    for (const JobSnapshot &job : jobs) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(IdColumn, kJobRole, int(m_jobs.size()));
        item->setText(IdColumn, job.id);
        item->setText(StateColumn, stateLabel(job.state));
        const QDateTime created = createdOf(job);
        item->setText(CreatedColumn, created.isValid() ? locale.toString(created.toLocalTime(), QLocale::ShortFormat) : QString());
        if (m_app->jobs()->contains(jobKey(profile, job.id))) {
            item->setText(NoteColumn, tr("already watched"));
            item->setCheckState(IdColumn, Qt::Checked);
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(IdColumn, isTerminal(job.state) ? Qt::Unchecked : Qt::Checked);
        }
        m_jobs.append(job);
    }
    applyFilters();
    pageOnWithinAge();
}

void ImportDialog::pageOnWithinAge()
{
    const int hours = m_age->currentData().toInt();
    if (!m_lister || !m_hasMore || isLoading() || !m_error.isEmpty() || hours <= 0 || pagesRead() >= kAutoPages)
        return;
    bool dated = false;
    for (const JobSnapshot &job : std::as_const(m_jobs)) {
        const QDateTime created = createdOf(job);
        if (olderThan(created, hours))
            return; // the list has reached the cut-off: older pages hold nothing the filter shows
        dated = dated || created.isValid();
    }
    if (!dated)
        return; // an API without creation times: nothing says where the cut-off is
    m_lister->fetchMore();
    updateState();
}

bool ImportDialog::passes(const JobSnapshot &job) const
{
    switch (StateFilter(m_state->currentData().toInt())) {
    case StateFilter::Active:
        if (isTerminal(job.state))
            return false;
        break;
    case StateFilter::Completed:
        if (job.state != JobState::Completed)
            return false;
        break;
    case StateFilter::FailedOrCancelled:
        if (job.state != JobState::Failed && job.state != JobState::Cancelled)
            return false;
        break;
    case StateFilter::All:
        break;
    }
    const int hours = m_age->currentData().toInt();
    return hours <= 0 || !olderThan(createdOf(job), hours);
}

void ImportDialog::applyFilters()
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(!passes(m_jobs.at(item->data(IdColumn, kJobRole).toInt())));
    }
    updateState();
}

QStringList ImportDialog::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (!item->isHidden() && (item->flags() & Qt::ItemIsEnabled) && item->checkState(IdColumn) == Qt::Checked)
            ids.append(item->text(IdColumn));
    }
    return ids;
}

void ImportDialog::setChecked(const QString &id, bool checked)
{
    const QList<QTreeWidgetItem *> found = m_list->findItems(id, Qt::MatchExactly, IdColumn);
    for (QTreeWidgetItem *item : found)
        if (item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(IdColumn, checked ? Qt::Checked : Qt::Unchecked);
}

void ImportDialog::updateState()
{
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        shown += m_list->topLevelItem(i)->isHidden() ? 0 : 1;
    const int picked = int(checkedIds().size());
    QString text;
    if (m_profile->count() == 0) {
        text = tr("No profile can list its jobs. Profiles for Replicate, OpenAI videos and Luma can, and custom mappings with "
                  "a \"list\" section (see the mapping documentation).");
    } else if (isLoading()) {
        text = tr("Reading page %1 of the list…").arg(pagesRead() + 1);
    } else {
        text = tr("%n job(s) read", nullptr, int(m_jobs.size())) + u" · "_s + tr("%n shown", nullptr, shown) + u" · "_s
            + tr("%n page(s)", nullptr, pagesRead());
        if (m_hasMore)
            text += u" · "_s + tr("the account has more");
    }
    if (!m_error.isEmpty())
        text = tr("The list could not be read: %1").arg(m_error);
    m_message->setText(text);
    m_more->setEnabled(m_hasMore && !isLoading());
    m_watch->setEnabled(picked > 0);
    m_watch->setText(picked > 0 ? tr("&Watch %n job(s)", nullptr, picked) : tr("&Watch selected"));
}

void ImportDialog::accept()
{
    const QStringList ids = checkedIds();
    if (ids.isEmpty())
        return;
    m_result = m_app->intake()->add(ids, profileId());
    Q_EMIT jobsAdded(m_result);
    QDialog::accept();
}

} // namespace jw
