#include "filterbar.h"

#include "model/profilelist.h"
#include "models/jobfilterproxy.h"
#include "models/jobtally.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
using Filter = JobFilterProxy::StatusFilter;
constexpr int kSearchMinWidth = 120;
constexpr int kSearchMaxWidth = 320;
} // namespace

FilterBar::FilterBar(JobFilterProxy *proxy, ProfileList *profiles, QWidget *parent)
    : QToolBar(tr("Filter"), parent)
    , m_proxy(proxy)
    , m_profiles(profiles)
{
    static_assert(std::tuple_size_v<decltype(m_buttons)> == JobFilterProxy::kFilterCount);
    setObjectName(u"filterToolBar"_s);
    setMovable(false);
    m_box = new QWidget(this);
    auto *layout = new QHBoxLayout(m_box);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);
    m_search = new QLineEdit(m_box);
    m_search->setPlaceholderText(tr("Search ID, profile, type, error"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Finds jobs by ID, profile, type, status message, error, result titles and prompt, "
                            "in the job history too; every word must match"));
    m_search->setMinimumWidth(kSearchMinWidth);
    m_search->setMaximumWidth(kSearchMaxWidth);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &JobFilterProxy::setSearchText);
    layout->addWidget(m_search, 1);
    for (int i = 0; i < JobFilterProxy::kFilterCount; ++i) {
        auto *button = new QToolButton(m_box);
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setAutoRaise(true);
        button->setChecked(i == 0);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::toggled, this, [this, i](bool on) {
            if (on)
                m_proxy->setStatusFilter(Filter(i));
        });
        if (i > 0) // what each category holds (cancelled jobs count as failed, everywhere)
            button->setToolTip(JobTally::categoryHelp(StatusCategory(i - 1)));
        m_buttons[size_t(i)] = button;
        layout->addWidget(button);
    }
    m_profileFilter = new QComboBox(m_box);
    m_profileFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileFilter->setToolTip(tr("Show the jobs of one profile"));
    connect(m_profileFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setProfileFilter(m_profileFilter->currentData().toString()); });
    layout->addWidget(m_profileFilter);
    addWidget(m_box);

    connect(m_profiles, &ProfileList::namesChanged, this, &FilterBar::rebuildProfiles);
    rebuildProfiles();
    connect(m_proxy, &JobFilterProxy::countsChanged, this, &FilterBar::updateCounts);
    updateCounts();
}

void FilterBar::rebuildProfiles()
{
    const QString current = m_profileFilter->currentData().toString();
    const QSignalBlocker block(m_profileFilter);
    m_profileFilter->clear();
    m_profileFilter->addItem(tr("All profiles"), QString());
    // The configured profiles and the ones that are gone but still have jobs in the history, by name.
    const QHash<QString, QString> names = m_profiles->names();
    QList<QPair<QString, QString>> byName;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        byName.append({it.value(), it.key()});
    std::sort(byName.begin(), byName.end(), [](const auto &a, const auto &b) {
        return a.first.compare(b.first, Qt::CaseInsensitive) < 0;
    });
    for (const auto &[name, id] : std::as_const(byName))
        m_profileFilter->addItem(name, id);
    const int index = m_profileFilter->findData(current);
    m_profileFilter->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setProfileFilter(m_profileFilter->currentData().toString());
    m_box->layout()->invalidate(); // preferredWidth() follows the widest name even before the bar shows
}

void FilterBar::updateCounts()
{
    const JobFilterProxy::Counts counts = m_proxy->counts();
    for (int i = 0; i < JobFilterProxy::kFilterCount; ++i) {
        m_buttons[size_t(i)]->setText(tr("%1 (%2)", "status filter button: name (count)")
                                          .arg(JobFilterProxy::filterName(Filter(i)))
                                          .arg(counts[size_t(i)]));
    }
    m_box->layout()->invalidate(); // preferredWidth() follows the counts even before the bar shows
}

void FilterBar::setStatusFilter(int filter)
{
    if (filter >= 0 && filter < JobFilterProxy::kFilterCount)
        m_buttons[size_t(filter)]->setChecked(true);
}

void FilterBar::setProfileFilter(const QString &profileId)
{
    if (const int index = m_profileFilter->findData(profileId); index > 0)
        m_profileFilter->setCurrentIndex(index);
}

QString FilterBar::profileFilterId() const
{
    return m_profileFilter->currentData().toString();
}

int FilterBar::preferredWidth() const
{
    // The placeholder, the clear button and the frame; QLineEdit's own hint is a fixed number of characters.
    const int search = std::clamp(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40,
                                  kSearchMinWidth, kSearchMaxWidth);
    const int searchHint = std::clamp(m_search->sizeHint().width(), kSearchMinWidth, kSearchMaxWidth);
    const QMargins margins = layout()->contentsMargins(); // the toolbar's frame and item margins
    return m_box->sizeHint().width() - searchHint + search + margins.left() + margins.right();
}

} // namespace jw
