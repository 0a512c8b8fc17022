#include "details/archiveinfo.h"

#include "artifacts/linkexpiry.h"
#include "artifacts/resultarchive.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
constexpr int kTickMs = 30 * 1000;

QLabel *line(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long paths wrap, never widen the pane
    return label;
}
} // namespace

ArchiveInfo::ArchiveInfo(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"archiveInfo"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_expiryLabel = line(this, "linkExpiry");
    layout->addWidget(m_expiryLabel);
    auto *row = new QHBoxLayout;
    m_archiveLabel = line(this, "archivePath");
    m_openFolder = new QPushButton(tr("Open Folder"), this);
    m_openFolder->setObjectName(u"openArchiveFolder"_s);
    m_openFolder->setToolTip(tr("Show the archived files in the file manager"));
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        if (!m_folder.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
    });
    row->addWidget(m_archiveLabel, 1);
    row->addWidget(m_openFolder, 0, Qt::AlignTop);
    layout->addLayout(row);

    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &ArchiveInfo::refresh);
    clear();
}

ArchiveInfo::~ArchiveInfo() = default;

void ArchiveInfo::setServices(ResultArchive *archive, const ResultLifetimes *lifetimes)
{
    if (m_archive)
        m_archive->disconnect(this);
    m_archive = archive;
    m_lifetimes = lifetimes;
    if (m_archive) {
        connect(m_archive, &ResultArchive::archived, this, [this](const QString &key) {
            m_failures.remove(key);
            if (key == m_key)
                refresh();
        });
        connect(m_archive, &ResultArchive::failed, this, [this](const QString &key, int, const QString &message) {
            m_failures.insert(key, message);
            if (key == m_key)
                refresh();
        });
    }
    refresh();
}

QString ArchiveInfo::archiveText() const
{
    return m_archiveLabel->isHidden() ? QString() : m_archiveLabel->text();
}

QString ArchiveInfo::expiryText() const
{
    return m_expiryLabel->isHidden() ? QString() : m_expiryLabel->text();
}

void ArchiveInfo::clear()
{
    m_key.clear();
    m_record = {};
    m_folder.clear();
    m_tick->stop();
    m_archiveLabel->hide();
    m_expiryLabel->hide();
    m_openFolder->hide();
    hide();
}

void ArchiveInfo::setJob(const JobRecord &record)
{
    m_key = record.key;
    m_record = record;
    refresh();
}

void ArchiveInfo::refresh()
{
    if (m_key.isEmpty()) {
        clear();
        return;
    }
    const JobRecord &record = m_record;
    const JobSnapshot &s = record.snapshot;
    const bool completed = record.hasSnapshot && s.state == JobState::Completed && !s.artifacts.isEmpty();

    // Archive: the files, or that they are being copied, or why they were not.
    const QList<ResultArchive::Entry> entries = m_archive ? m_archive->entries(m_key) : QList<ResultArchive::Entry>();
    bool storing = false;
    for (int n = 1; m_archive && n <= s.artifacts.size(); ++n)
        storing = storing || m_archive->isStoring(m_key, int(n));
    m_folder.clear();
    QString archiveText;
    if (!entries.isEmpty()) {
        m_folder = QFileInfo(entries.constFirst().path).absolutePath();
        archiveText = entries.size() == 1
            ? tr("Saved to %1").arg(QDir::toNativeSeparators(entries.constFirst().path))
            : tr("%n result(s) saved in %1", nullptr, int(entries.size())).arg(QDir::toNativeSeparators(m_folder));
        QStringList all;
        for (const ResultArchive::Entry &entry : entries)
            all << QDir::toNativeSeparators(entry.path);
        m_archiveLabel->setToolTip(all.join(u'\n'));
    } else if (storing) {
        archiveText = tr("Saving to the archive…");
    } else if (const QString failure = m_failures.value(m_key); !failure.isEmpty()) {
        archiveText = failure;
    }
    m_archiveLabel->setText(archiveText);
    m_archiveLabel->setVisible(completed && !archiveText.isEmpty());
    m_openFolder->setVisible(completed && !m_folder.isEmpty());

    // Expiry: the soonest link among the results.
    std::optional<LinkExpiry> soonest;
    for (const Artifact &artifact : s.artifacts) {
        const LinkExpiry expiry = m_lifetimes ? m_lifetimes->expiryOf(record, artifact.url) : expiryFromUrl(QUrl(artifact.url));
        if (expiry.isKnown() && (!soonest || expiry.at < soonest->at))
            soonest = expiry;
    }
    QString expiryText;
    if (completed && soonest) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        expiryText = expiryHint(*soonest, now);
        if (!entries.isEmpty())
            expiryText = tr("%1 \u2014 the archived copy stays", "link expiry hint, then that the archive keeps the file").arg(expiryText);
        else if (soonest->at > now)
            expiryText = tr("%1: save it before then", "link expiry hint").arg(expiryText);
    }
    m_expiryLabel->setText(expiryText);
    m_expiryLabel->setVisible(!expiryText.isEmpty());
    if (soonest && completed)
        m_tick->start();
    else
        m_tick->stop();
    setVisible(m_archiveLabel->isVisibleTo(this) || m_expiryLabel->isVisibleTo(this));
}

} // namespace jw
