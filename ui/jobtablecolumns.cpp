#include "jobtablecolumns.h"

#include "delegates/actionsdelegate.h"
#include "delegates/progressdelegate.h"
#include "models/jobcellformatter.h"
#include "models/jobtablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QStyleOptionViewItem>
#include <QTableView>

#include <limits>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
// Long IDs elide in the middle: the Job column is as wide as a typical ID, and down to a short one when the
// columns do not fit the view.
const QString kTypicalId = u"analysis_17…817_kxdoqhc"_s;
const QString kShortId = u"job_0…9ab"_s;
// Profile names: the longest of the current ones, but no wider than a long one (longer ones elide).
const QString kTypicalProfile = u"Vidocu demo"_s;
const QString kLongProfile = u"Vidocu production"_s;
} // namespace

JobTableColumns::JobTableColumns(QTableView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    static_assert(std::tuple_size_v<decltype(m_defaults)> == JobTableModel::ColumnCount);
    QHeaderView *h = header();
    h->setSectionsMovable(true);
    h->setHighlightSections(false);
    h->setStretchLastSection(false);
    h->setContextMenuPolicy(Qt::CustomContextMenu);
    h->setMinimumSectionSize(40);
    connect(h, &QHeaderView::customContextMenuRequested, this, &JobTableColumns::showMenu);
    // A width the user (or anyone but this class) sets ends the fitting: from then on the widths are theirs.
    connect(h, &QHeaderView::sectionResized, this, [this] {
        if (!m_adjusting)
            m_autoFit = false;
    });
    m_view->viewport()->installEventFilter(this);
}

QHeaderView *JobTableColumns::header() const
{
    return m_view->horizontalHeader();
}

int JobTableColumns::contentWidth(const QString &text, const QSize &decoration) const
{
    // What QStyledItemDelegate asks the style for: the text is not elided in a cell this wide.
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    option.fontMetrics = m_view->fontMetrics();
    option.features = QStyleOptionViewItem::HasDisplay;
    option.text = text;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    if (decoration.isValid()) {
        option.features |= QStyleOptionViewItem::HasDecoration;
        option.decorationSize = decoration;
        option.decorationPosition = QStyleOptionViewItem::Left;
    }
    return m_view->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), m_view).width();
}

int JobTableColumns::headerWidth(int column) const
{
    // The header's label in the current language, as QHeaderView measures it but without room for the sort
    // arrow: the one sorted column may elide its label rather than every column being wider.
    QHeaderView *h = header();
    QStyleOptionHeader option;
    option.initFrom(h);
    option.state |= QStyle::State_Horizontal;
    option.orientation = Qt::Horizontal;
    option.section = column;
    option.text = m_view->model()->headerData(column, Qt::Horizontal).toString();
    return h->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), h).width();
}

int JobTableColumns::profileWidth(bool shortest) const
{
    if (m_profileNames.isEmpty())
        return contentWidth(kTypicalProfile, {});
    int width = shortest ? std::numeric_limits<int>::max() : 0;
    for (const QString &name : m_profileNames)
        width = shortest ? std::min(width, contentWidth(name, {})) : std::max(width, contentWidth(name, {}));
    return std::min(width, contentWidth(kLongProfile, {}));
}

int JobTableColumns::defaultWidth(int column) const
{
    using Decoration = JobCellFormatter::Sample::Decoration;
    const QSize icon = m_view->iconSize();
    int width = headerWidth(column);
    switch (column) {
    case JobTableModel::Job: return std::max(width, contentWidth(kTypicalId, icon));
    case JobTableModel::Profile: return std::max(width, profileWidth(false));
    case JobTableModel::Progress: return std::max(width, ProgressDelegate::preferredWidth(m_view->fontMetrics()));
    case JobTableModel::Actions: return std::max(width, ActionsDelegate::preferredWidth());
    default: break;
    }
    const QSize thumbnail = m_thumbnailSize.isValid() ? m_thumbnailSize : icon;
    for (const JobCellFormatter::Sample &sample : JobCellFormatter::widestSamples(column)) {
        const QSize decoration = sample.decoration == Decoration::Thumbnail ? thumbnail
            : sample.decoration == Decoration::Icon                     ? icon
                                                                        : QSize();
        width = std::max(width, contentWidth(sample.text, decoration));
    }
    return width;
}

void JobTableColumns::applyDefaults()
{
    QHeaderView *h = header();
    const QScopedValueRollback guard(m_adjusting, true);
    for (int c = 0; c < JobTableModel::ColumnCount; ++c)
        h->setSectionHidden(c, false);
    for (int c = 0; c < JobTableModel::ColumnCount; ++c) {
        m_defaults[size_t(c)] = defaultWidth(c);
        h->resizeSection(c, m_defaults[size_t(c)]);
    }
    m_autoFit = true;
    fitToView();
}

void JobTableColumns::fitToView()
{
    if (!m_autoFit || !m_view->isVisible())
        return;
    // Room for a vertical scroll bar, shown or not: rows coming and going do not change the widths.
    const int available = m_view->maximumViewportSize().width() - m_view->verticalScrollBar()->sizeHint().width();
    if (available <= 0)
        return;
    QHeaderView *h = header();
    const QScopedValueRollback guard(m_adjusting, true);
    for (const int c : {int(JobTableModel::Job), int(JobTableModel::Progress), int(JobTableModel::Profile)})
        h->resizeSection(c, m_defaults[size_t(c)]);
    // The ID and the progress bar's text elide (the tooltips and the details pane have them whole): they give
    // way first, in proportion to what they can spare; then the profile names, down to the shortest. The other
    // columns keep their content's width; a horizontal scroll bar covers what still does not fit.
    using Elastic = std::pair<int, int>; // column, minimum width
    const auto giveWay = [this, h](std::initializer_list<Elastic> columns, int excess) {
        int spare = 0;
        for (const auto &[column, minimum] : columns)
            spare += h->isSectionHidden(column) ? 0 : std::max(0, h->sectionSize(column) - minimum);
        const int taken = std::min(excess, spare);
        for (const auto &[column, minimum] : columns) {
            const int own = h->isSectionHidden(column) ? 0 : std::max(0, h->sectionSize(column) - minimum);
            if (taken > 0 && own > 0)
                h->resizeSection(column, h->sectionSize(column) - int((qint64(own) * taken + spare - 1) / spare));
        }
        return excess - taken;
    };
    int excess = h->length() - available;
    if (excess > 0)
        excess = giveWay({{JobTableModel::Job, contentWidth(kShortId, m_view->iconSize())},
                          {JobTableModel::Progress, ProgressDelegate::minimumWidth(m_view->fontMetrics())}},
                         excess);
    // Elided names help only if the columns then fit.
    if (excess > 0 && excess <= h->sectionSize(JobTableModel::Profile) - profileWidth(true))
        giveWay({{JobTableModel::Profile, profileWidth(true)}}, excess);
}

bool JobTableColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Show || event->type() == QEvent::Resize))
        fitToView();
    return QObject::eventFilter(watched, event);
}

void JobTableColumns::setNarrow(bool narrow)
{
    QHeaderView *h = header();
    const QScopedValueRollback guard(m_adjusting, true);
    if (narrow) {
        for (const int c : {int(JobTableModel::Eta), int(JobTableModel::LastUpdate), int(JobTableModel::Polls)}) {
            if (!h->isSectionHidden(c)) {
                h->setSectionHidden(c, true);
                m_autoHidden << c;
            }
        }
    } else {
        for (const int c : std::as_const(m_autoHidden))
            h->setSectionHidden(c, false);
        m_autoHidden.clear();
    }
    fitToView();
}

QByteArray JobTableColumns::saveState() const
{
    QHeaderView *h = header();
    const QScopedValueRollback guard(m_adjusting, true);
    for (const int c : m_autoHidden)
        h->setSectionHidden(c, false);
    const QByteArray state = h->saveState();
    for (const int c : m_autoHidden)
        h->setSectionHidden(c, true);
    return state;
}

bool JobTableColumns::restoreState(const QByteArray &state)
{
    QHeaderView *h = header();
    if (!h->restoreState(state))
        return false;
    m_autoFit = false; // the user's widths stay as they were
    h->setSectionHidden(JobTableModel::Job, false);
    m_view->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
    return true;
}

void JobTableColumns::showMenu(const QPoint &pos)
{
    QHeaderView *h = header();
    QMenu menu(m_view);
    menu.setTitle(tr("Columns"));
    for (int c = 0; c < JobTableModel::ColumnCount; ++c) {
        QAction *action = menu.addAction(m_view->model()->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!h->isSectionHidden(c));
        action->setEnabled(c != JobTableModel::Job); // the ID always shows
        connect(action, &QAction::toggled, h, [h, c](bool on) { h->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this, [this, h] {
        h->reset();
        for (int c = 0; c < JobTableModel::ColumnCount; ++c)
            h->moveSection(h->visualIndex(c), c);
        applyDefaults();
    });
    menu.exec(h->mapToGlobal(pos));
}

} // namespace jw
