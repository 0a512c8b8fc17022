#include "details/detailspane.h"

#include "details/archiveinfo.h"
#include "details/inputsbox.h"
#include "net/curlcommand.h"
#include "model/jobcost.h"
#include "model/joblist.h"
#include "model/jobtimeline.h"
#include "model/profilelist.h"
#include "model/secretstore.h"
#include "model/statelabels.h"
#include "engine/scheduler.h"
#include "previews/resultview.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace jw {

namespace {

// Label/value rows in a grid. Not QFormLayout: Qt 6.4's QFormLayout reads and writes past its row buffer in
// setGeometry when word-wrapped (height-for-width) fields change (valgrind: invalid write), which crashed
// this pane now and then.
QLabel *addGridRow(QGridLayout *grid, const QString &title, QWidget *field)
{
    const int row = grid->rowCount();
    auto *label = new QLabel(title, field->parentWidget());
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setBuddy(field);
    grid->addWidget(label, row, 0);
    grid->addWidget(field, row, 1);
    grid->setColumnStretch(1, 1);
    return label;
}

QString dash()
{
    return u"\u2014"_s;
}

QString localTime(const QDateTime &dt)
{
    return QLocale().toString(dt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
}

// A provider timestamp (ISO-8601) in local time; the text as given when it does not parse.
QString providerTime(const QString &iso)
{
    if (iso.isEmpty())
        return dash();
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(iso, Qt::ISODate);
    return dt.isValid() ? localTime(dt) : iso;
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setMinimumWidth(40);
    return label;
}

QString prettyJson(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

} // namespace

DetailsPane::DetailsPane(JobList *jobs, JobTimeline *timeline, ProfileList *profiles, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_timeline(timeline)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *empty = new QLabel(tr("No job selected"), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_stack->addWidget(empty);

    // Never narrower than the previews' controls need (a video's transport row, two buttons side by side);
    // the splitter gives the table the rest.
    setMinimumWidth(fontMetrics().horizontalAdvance(u"0"_s) * 40);

    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    // Identity: ID (selectable) with a copy button, then a form.
    auto *idRow = new QHBoxLayout;
    m_id = new QLabel(content);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont idFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    idFont.setBold(true);
    m_id->setFont(idFont);
    m_id->setWordWrap(true);
    m_id->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_copyId = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Copy"), content);
    m_copyId->setToolTip(tr("Copy the job ID"));
    connect(m_copyId, &QPushButton::clicked, this, &DetailsPane::copyId);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId, 0, Qt::AlignTop);
    layout->addLayout(idRow);

    auto *form = new QGridLayout;
    m_profile = valueLabel(content);
    m_type = valueLabel(content);
    m_state = valueLabel(content);
    m_created = valueLabel(content);
    m_started = valueLabel(content);
    m_updated = valueLabel(content);
    m_completed = valueLabel(content);
    m_timeInState = valueLabel(content);
    addGridRow(form, tr("Profile:"), m_profile);
    addGridRow(form, tr("Type:"), m_type);
    addGridRow(form, tr("Status:"), m_state);
    addGridRow(form, tr("In this state:"), m_timeInState);
    addGridRow(form, tr("Created:"), m_created);
    addGridRow(form, tr("Started:"), m_started);
    addGridRow(form, tr("Updated:"), m_updated);
    addGridRow(form, tr("Completed:"), m_completed);
    m_cost = valueLabel(content);
    m_cost->setToolTip(tr("What the provider reports the job cost: the time its machines worked on it, credits or "
                          "money. An estimate is marked as one."));
    m_costTitle = addGridRow(form, tr("Cost:"), m_cost);
    m_cost->hide(); // shown for jobs whose provider reports a cost
    m_costTitle->hide();
    layout->addLayout(form);

    // The result right under the identity: it is what people wait for.
    auto *resultGroup = new QGroupBox(tr("Result"), content);
    auto *resultLayout = new QVBoxLayout(resultGroup);
    m_resultArea = new QWidget(resultGroup);
    m_resultArea->setObjectName(u"resultArea"_s);
    auto *resultAreaLayout = new QVBoxLayout(m_resultArea);
    resultAreaLayout->setContentsMargins(0, 0, 0, 0);
    m_resultView = new ResultView(nullptr, m_resultArea);
    resultAreaLayout->addWidget(m_resultView);
    // Preview notices ("Saved to …", "Refused to open …") go to the status bar like the copy notices.
    connect(m_resultView, &ResultView::notice, this, &DetailsPane::copied);
    connect(m_resultView, &ResultView::refreshRequested, this, [this](const QString &key) {
        if (m_scheduler)
            m_scheduler->resume(key);
    });
    resultLayout->addWidget(m_resultArea);
    m_archiveInfo = new ArchiveInfo(resultGroup); // where it is archived, when the link expires
    resultLayout->addWidget(m_archiveInfo);
    layout->addWidget(resultGroup);

    // Inputs: what made the job (prompt, model, seed …), when the provider echoes them.
    m_inputsBox = new InputsBox(content);
    connect(m_inputsBox, &InputsBox::copied, this, &DetailsPane::copied);
    layout->addWidget(m_inputsBox);

    // Error: only while there is one.
    auto *errorGroup = new QGroupBox(tr("Error"), content);
    m_errorBox = errorGroup;
    auto *errorGrid = new QGridLayout(errorGroup);
    m_errorCode = valueLabel(errorGroup);
    m_errorCode->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errorMessage = valueLabel(errorGroup);
    m_requestId = valueLabel(errorGroup);
    m_requestId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_engineError = valueLabel(errorGroup);
    m_errorLabels.insert(m_errorCode, addGridRow(errorGrid, tr("Code:"), m_errorCode));
    m_errorLabels.insert(m_errorMessage, addGridRow(errorGrid, tr("Message:"), m_errorMessage));
    m_errorLabels.insert(m_requestId, addGridRow(errorGrid, tr("Request ID:"), m_requestId));
    m_errorLabels.insert(m_engineError, addGridRow(errorGrid, tr("Last poll:"), m_engineError));
    layout->addWidget(errorGroup);

    auto *timelineGroup = new QGroupBox(tr("Timeline"), content);
    auto *timelineLayout = new QVBoxLayout(timelineGroup);
    m_timelineView = new QTreeWidget(timelineGroup);
    m_timelineView->setColumnCount(3);
    m_timelineView->setHeaderLabels({tr("Time"), tr("State"), tr("Detail")});
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->setUniformRowHeights(true);
    m_timelineView->setSelectionMode(QAbstractItemView::NoSelection);
    m_timelineView->setFocusPolicy(Qt::NoFocus);
    m_timelineView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timelineView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timelineView->header()->setStretchLastSection(true);
    m_timelineView->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_timelineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the Detail column elides instead
    m_timelineView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    timelineLayout->addWidget(m_timelineView);
    layout->addWidget(timelineGroup);

    auto *pollGroup = new QGroupBox(tr("Polling"), content);
    auto *pollForm = new QGridLayout(pollGroup);
    m_requests = valueLabel(pollGroup);
    m_httpStatus = valueLabel(pollGroup);
    m_nextPoll = valueLabel(pollGroup);
    m_eta = valueLabel(pollGroup);
    addGridRow(pollForm, tr("Requests:"), m_requests);
    addGridRow(pollForm, tr("Last HTTP status:"), m_httpStatus);
    addGridRow(pollForm, tr("Next poll:"), m_nextPoll);
    addGridRow(pollForm, tr("ETA:"), m_eta);
    layout->addWidget(pollGroup);

    auto *rawGroup = new QGroupBox(tr("Last response"), content);
    auto *rawLayout = new QVBoxLayout(rawGroup);
    m_raw = new QPlainTextEdit(rawGroup);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap); // JSON reads best unwrapped; it scrolls sideways
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_raw->setMinimumHeight(fontMetrics().height() * 10);
    m_raw->setPlaceholderText(tr("No response yet"));
    rawLayout->addWidget(m_raw);
    m_copyCurl = new QPushButton(tr("Copy as curl"), rawGroup);
    m_copyCurl->setToolTip(tr("Copy the status request as a curl command; the API key is redacted"));
    connect(m_copyCurl, &QPushButton::clicked, this, &DetailsPane::copyAsCurl);
    rawLayout->addWidget(m_copyCurl, 0, Qt::AlignLeft);
    layout->addWidget(rawGroup, 1);


    const std::pair<QWidget *, const char *> names[] = {
        {m_id, "jobId"}, {m_copyId, "copyId"}, {m_profile, "profile"}, {m_type, "type"}, {m_state, "status"}, {m_timeInState, "timeInState"},
        {m_created, "created"}, {m_started, "started"}, {m_updated, "updated"}, {m_completed, "completed"}, {m_cost, "cost"},
        {m_errorBox, "errorBox"}, {m_errorCode, "errorCode"}, {m_errorMessage, "errorMessage"},
        {m_requestId, "requestId"}, {m_engineError, "lastPollError"}, {m_timelineView, "timeline"},
        {m_requests, "requests"}, {m_httpStatus, "httpStatus"}, {m_nextPoll, "nextPoll"}, {m_eta, "eta"},
        {m_raw, "rawJson"}, {m_copyCurl, "copyCurl"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1StringView(name));

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &DetailsPane::refreshCountdown);

    connect(m_jobs, &JobList::jobsChanged, this, &DetailsPane::onJobsChanged);
    connect(m_jobs, &JobList::jobsRemoved, this, &DetailsPane::onJobsRemoved);
    connect(m_timeline, &JobTimeline::timelineChanged, this, [this](const QString &key) {
        if (key == m_key)
            refreshTimeline();
    });
    connect(m_profiles, &ProfileList::namesChanged, this, &DetailsPane::refresh); // after every change too
    refresh();
}

DetailsPane::~DetailsPane() = default;

void DetailsPane::setResultServices(ArtifactFetcher *fetcher, Scheduler *scheduler, ResultArchive *archive,
                                    const ResultLifetimes *lifetimes)
{
    m_scheduler = scheduler;
    m_resultView->setFetcher(fetcher);
    m_archiveInfo->setServices(archive, lifetimes);
    refresh();
}

void DetailsPane::setJobKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_pendingCurlProfile.clear();
    m_raw->clear();
    refresh();
    refreshTimeline();
}

void DetailsPane::onJobsChanged(const QList<JobChange> &changes)
{
    for (const JobChange &change : changes) {
        if (change.key == m_key) {
            refresh();
            return;
        }
    }
}

void DetailsPane::onJobsRemoved(const QStringList &keys)
{
    if (keys.contains(m_key))
        setJobKey(QString());
}

void DetailsPane::refresh()
{
    const JobRecord *record = m_key.isEmpty() ? nullptr : m_jobs->find(m_key);
    m_stack->setCurrentIndex(record ? 1 : 0);
    if (!record) {
        m_countdown->stop();
        m_resultView->clear();
        m_archiveInfo->clear();
        return;
    }
    showRecord(*record);
    m_resultView->setJob(*record);
    m_archiveInfo->setJob(*record);
    if (record->engine.local == LocalState::Watching)
        m_countdown->start();
    else
        m_countdown->stop();
}

void DetailsPane::showRecord(const JobRecord &record)
{
    const JobSnapshot &s = record.snapshot;
    m_id->setText(record.jobId);
    m_profile->setText(m_profiles->displayName(record.profileId));
    m_type->setText(s.type.isEmpty() ? dash() : s.type);

    QString state = record.hasSnapshot ? serverStateLabel(s) : tr("waiting for the first answer");
    if (record.hasSnapshot && !s.rawStatus.isEmpty() && s.rawStatus.compare(stateName(s.state), Qt::CaseInsensitive) != 0)
        state = tr("%1 (\"%2\")", "state (raw status)").arg(state, s.rawStatus);
    if (record.engine.local != LocalState::Watching && record.engine.local != LocalState::Done)
        state = tr("%1, %2", "server state, local state").arg(state, localStateLabel(record.engine.local));
    if (!record.engine.pauseReason.isEmpty())
        state = tr("%1: %2", "state: pause reason").arg(state, record.engine.pauseReason);
    const int position = record.hasSnapshot && s.state == JobState::Queued ? record.engine.queuePosition : -1;
    if (position >= 0)
        state = tr("%1, %2", "server state, place in the provider's queue").arg(state, queuePositionLabel(position));
    if (s.progress && !isTerminal(s.state))
        state = tr("%1, %2%", "state, progress percent").arg(state).arg(*s.progress, 0, 'f', 0);
    // The provider's step or message, unless it only repeats the state ("Completed").
    // Not the message that only gives the place in the queue (fal's "Queue position 12"), which is shown above.
    QString note = s.message.isEmpty() ? s.step : s.message;
    if (position >= 0 && note.contains(QString::number(position)))
        note.clear();
    if (note.isEmpty() && isAborted(s))
        note = abortedExplanation();
    if (!note.isEmpty() && note.compare(stateName(s.state), Qt::CaseInsensitive) != 0)
        state = tr("%1 \u2014 %2", "state, provider step or message").arg(state, note);
    m_state->setText(state);
    // The server's verdict in colour (the same hues the table uses for failed / completed).
    QPalette pal = palette();
    if (record.hasSnapshot && s.state == JobState::Failed)
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    else if (record.hasSnapshot && s.state == JobState::Completed)
        pal.setColor(QPalette::WindowText, QColor(0x26, 0x80, 0x3a));
    m_state->setPalette(pal);

    // Without the provider's timestamps, the times Jobwatch saw the job start and end, marked as such.
    const QList<TimelineEntry> seen = m_timeline->entries(m_key);
    const auto observed = [&seen](const QString &iso, auto matches) {
        if (!iso.isEmpty())
            return providerTime(iso);
        for (const TimelineEntry &e : seen) {
            if (e.kind == TimelineEntry::Kind::State && matches(e.state))
                return tr("%1 (observed)", "a time Jobwatch saw, not one the provider gave")
                    .arg(localTime(QDateTime::fromMSecsSinceEpoch(e.atMs)));
        }
        return dash();
    };
    m_created->setText(providerTime(s.createdAt));
    m_started->setText(observed(s.startedAt, [](JobState st) { return st == JobState::Running; }));
    m_updated->setText(!s.updatedAt.isEmpty() || record.engine.reportedAtMs < 0
                           ? providerTime(s.updatedAt)
                           : tr("%1 (observed)", "a time Jobwatch saw, not one the provider gave")
                                 .arg(localTime(QDateTime::fromMSecsSinceEpoch(record.engine.reportedAtMs))));
    m_completed->setText(observed(s.completedAt, [](JobState st) { return isTerminal(st); }));
    m_inputsBox->setInputs(labelledInputs(s));
    m_cost->setText(s.cost ? costText(*s.cost) : QString());
    m_cost->setVisible(s.cost.has_value());
    m_costTitle->setVisible(s.cost.has_value());

    const bool hasError = s.error.has_value() || !s.requestId.isEmpty() || !record.engine.lastError.isEmpty()
        || !record.engine.lastRequestId.isEmpty();
    m_errorBox->setVisible(hasError);
    m_errorCode->setText(s.error && !s.error->code.isEmpty() ? s.error->code : dash());
    m_errorMessage->setText(s.error && !s.error->message.isEmpty() ? s.error->message : dash());
    const QString requestId = s.requestId.isEmpty() ? record.engine.lastRequestId : s.requestId;
    m_requestId->setText(requestId.isEmpty() ? dash() : requestId);
    m_engineError->setText(record.engine.lastError.isEmpty() ? dash() : record.engine.lastError);
    // Rows without content are hidden: a failed job shows code and message, a failing poll its own error.
    const auto showRow = [this](QLabel *field, bool visible) {
        m_errorLabels.value(field)->setVisible(visible);
        field->setVisible(visible);
    };
    showRow(m_errorCode, s.error && !s.error->code.isEmpty());
    showRow(m_errorMessage, s.error.has_value());
    showRow(m_requestId, !requestId.isEmpty());
    showRow(m_engineError, !record.engine.lastError.isEmpty());

    m_requests->setText(QLocale().toString(record.engine.requestCount));
    if (record.engine.lastHttpStatus > 0)
        m_httpStatus->setText(QString::number(record.engine.lastHttpStatus));
    else
        m_httpStatus->setText(record.engine.requestCount > 0 && !record.engine.lastError.isEmpty() ? tr("no answer") : dash());
    refreshCountdown();

    const QString raw = record.rawBody.isEmpty() ? QString() : prettyJson(record.rawBody);
    if (raw != m_raw->toPlainText()) {
        m_raw->setPlainText(raw); // only when the body changed, so a selection survives identical polls
    }
    m_copyCurl->setEnabled(m_profiles->find(record.profileId) != nullptr);
}

void DetailsPane::refreshCountdown()
{
    const JobRecord *record = m_key.isEmpty() ? nullptr : m_jobs->find(m_key);
    if (!record)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString inState = timeInStateLabel(*record, now);
    m_timeInState->setText(inState.isEmpty() ? dash() : inState);
    const EngineState &e = record->engine;
    if (e.inFlight) {
        m_nextPoll->setText(tr("now (request in flight)"));
    } else if (e.local != LocalState::Watching || e.nextPollAtMs < 0) {
        m_nextPoll->setText(e.local == LocalState::Watching ? dash() : tr("none (%1)").arg(localStateLabel(e.local)));
    } else {
        const int seconds = int(std::max<qint64>(0, (e.nextPollAtMs - now + 999) / 1000));
        m_nextPoll->setText(tr("in %n s", nullptr, seconds));
    }
    if (e.etaMs < 0 || e.local != LocalState::Watching) {
        m_eta->setText(dash());
    } else {
        const int seconds = int(std::max<qint64>(0, (e.etaMs - now + 999) / 1000));
        m_eta->setText(tr("in %n s (%1)", nullptr, seconds)
                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.etaMs).time(), u"HH:mm:ss"_s)));
    }
}

void DetailsPane::refreshTimeline()
{
    m_timelineView->clear();
    if (m_key.isEmpty())
        return;
    const QList<TimelineEntry> entries = m_timeline->entries(m_key);
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (const TimelineEntry &entry : entries) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.atMs);
        auto *item = new QTreeWidgetItem({QLocale().toString(at.time(), u"HH:mm:ss"_s), entry.label, entry.detail});
        item->setToolTip(0, localTime(at));
        item->setToolTip(2, entry.detail);
        items.append(item);
    }
    m_timelineView->addTopLevelItems(items);
    // As tall as its rows (3 to 8), so a short history leaves no empty box and a long one scrolls.
    const int rowHeight = items.isEmpty() ? fontMetrics().height() + 4 : m_timelineView->sizeHintForRow(0);
    const int rows = std::clamp(int(items.size()), 3, 8);
    m_timelineView->setFixedHeight(m_timelineView->header()->sizeHint().height() + rows * rowHeight
                                   + 2 * m_timelineView->frameWidth() + 2);
    if (!items.isEmpty())
        m_timelineView->scrollToItem(items.constLast());
}

QString DetailsPane::curlCommand(const QString &redactedKey) const
{
    const JobRecord *record = m_key.isEmpty() ? nullptr : m_jobs->find(m_key);
    const Profile *profile = record ? m_profiles->find(record->profileId) : nullptr;
    if (!record || !profile)
        return {};
    return jw::curlCommand(*profile, *record, redactedKey);
}

void DetailsPane::copyId()
{
    const JobRecord *record = m_key.isEmpty() ? nullptr : m_jobs->find(m_key);
    if (!record)
        return;
    QApplication::clipboard()->setText(record->jobId);
    Q_EMIT copied(tr("Copied the job ID"));
}

void DetailsPane::copyAsCurl()
{
    const JobRecord *record = m_key.isEmpty() ? nullptr : m_jobs->find(m_key);
    if (!record || !m_profiles->find(record->profileId))
        return;
    // The key is only needed for its last four characters; the store answers asynchronously.
    m_pendingCurlProfile = record->profileId;
    const QString profileId = record->profileId;
    connect(m_secrets->readKey(profileId), &KeyReply::finished, this,
            [this, profileId](const QString &key, const QString &error) { onKeyReady(profileId, key, error); });
}

void DetailsPane::onKeyReady(const QString &profileId, const QString &key, const QString &error)
{
    if (m_pendingCurlProfile.isEmpty() || profileId != m_pendingCurlProfile)
        return;
    m_pendingCurlProfile.clear();
    const QString redacted = key.isEmpty() || !error.isEmpty() ? QString() : redactKey(key);
    const QString command = curlCommand(redacted);
    if (command.isEmpty())
        return;
    QApplication::clipboard()->setText(command);
    Q_EMIT copied(redacted.isEmpty() ? tr("Copied the curl command") : tr("Copied the curl command (key redacted)"));
}

} // namespace jw
