#include "jobtablecolumns.h"

#include "delegates/actionsdelegate.h"
#include "delegates/progressdelegate.h"
#include "models/jobcellformatter.h"
#include "models/jobtablemodel.h"

#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QVarLengthArray>

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
// Our header state: this marker, whether the widths are still fitted to the view, the columns that stay, and
// QHeaderView's state (which starts with a different marker: states saved before are read as before).
constexpr quint32 kStateMarker = 0x4a574331; // "JWC1": of the 10 columns before Cost
constexpr quint32 kStateMarker2 = 0x4a574332; // "JWC2": followed by the number of columns it was saved with
constexpr int kColumnsOfJwc1 = 10;
static_assert(JobTableModel::Cost == kColumnsOfJwc1, "new columns go at the end: saved header states keep their meaning");
// The columns that step aside when there is no room for them, the first to go first.
constexpr std::array kStepAside = {int(JobTableModel::Polls), int(JobTableModel::LastUpdate), int(JobTableModel::Eta)};
// Optional columns: hidden until the user shows them with the Columns menu.
constexpr std::array kHiddenByDefault = {int(JobTableModel::Cost)};
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
    // A width the user (or anyone but this class) sets ends the fitting: from then on the widths are theirs,
    // and that column stays. Hiding or showing a column (a size from or to 0) is no width.
    connect(h, &QHeaderView::sectionResized, this, [this](int column, int oldSize, int newSize) {
        if (m_adjusting || oldSize == 0 || newSize == 0)
            return;
        m_autoFit = false;
        if (!m_pinned.contains(column))
            m_pinned << column;
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

void JobTableColumns::setProfileNames(const QStringList &names)
{
    m_profileNames = names;
    m_defaults[size_t(JobTableModel::Profile)] = defaultWidth(JobTableModel::Profile);
    if (m_autoFit)
        fitToView();
}

void JobTableColumns::applyDefaults()
{
    QHeaderView *h = header();
    {
        const QScopedValueRollback guard(m_adjusting, true);
        for (int c = 0; c < JobTableModel::ColumnCount; ++c)
            h->setSectionHidden(c, false);
        for (int c = 0; c < JobTableModel::ColumnCount; ++c) {
            m_defaults[size_t(c)] = defaultWidth(c);
            h->resizeSection(c, m_defaults[size_t(c)]);
        }
        for (const int c : kHiddenByDefault)
            h->setSectionHidden(c, true);
        // Cost comes last in the model (a header state saved before it keeps its meaning) but shows before
        // the Actions column.
        if (h->visualIndex(JobTableModel::Cost) > h->visualIndex(JobTableModel::Actions))
            h->moveSection(h->visualIndex(JobTableModel::Cost), h->visualIndex(JobTableModel::Actions));
    }
    m_autoHidden.clear();
    m_pinned.clear();
    m_autoFit = true;
    fitToView();
}

int JobTableColumns::giveWayWidth(int column) const
{
    switch (column) {
    case JobTableModel::Job: return contentWidth(kShortId, m_view->iconSize());
    case JobTableModel::Progress: return ProgressDelegate::minimumWidth(m_view->fontMetrics());
    case JobTableModel::Profile: return profileWidth(true);
    default: return std::numeric_limits<int>::max();
    }
}

int JobTableColumns::leastWidth(int column) const
{
    const int width = header()->sectionSize(column);
    return m_autoFit ? std::min(width, giveWayWidth(column)) : width;
}

void JobTableColumns::stepAside(int available)
{
    QHeaderView *h = header();
    const auto hide = [this, h](int column) {
        m_autoHidden.insert(column, h->sectionSize(column));
        h->setSectionHidden(column, true);
    };
    const auto canGo = [this, h](int column) { return !h->isSectionHidden(column) && !m_pinned.contains(column); };
    // Columns shown again by anyone but this class (restoreState, the Columns menu) are no longer aside.
    m_autoHidden.removeIf([h](QMap<int, int>::iterator it) { return !h->isSectionHidden(it.key()); });
    if (m_narrow) {
        for (const int c : kStepAside) {
            if (canGo(c))
                hide(c);
        }
        return;
    }
    if (available < 0)
        return;
    int need = 0; // the shown columns, those that give way at their narrowest
    for (int c = 0; c < JobTableModel::ColumnCount; ++c)
        need += h->isSectionHidden(c) ? 0 : leastWidth(c);
    bool hid = false;
    for (const int c : kStepAside) {
        if (need <= available)
            break;
        if (canGo(c)) {
            need -= leastWidth(c);
            hide(c);
            hid = true;
        }
    }
    if (hid)
        return;
    // Back in reverse order, each when it fits with room to spare: a few pixels more or less (a splitter
    // dragged to and fro) do not make a column come and go.
    const int slack = 4 * m_view->fontMetrics().averageCharWidth();
    for (auto c = kStepAside.rbegin(); c != kStepAside.rend(); ++c) {
        const auto aside = m_autoHidden.constFind(*c);
        if (aside == m_autoHidden.cend())
            continue; // shown, or hidden by the user
        if (need + *aside + slack > available)
            return;
        need += *aside;
        h->setSectionHidden(*c, false);
        m_autoHidden.erase(aside);
    }
}

void JobTableColumns::fitToView()
{
    if (m_adjusting)
        return;
    // Room for a vertical scroll bar, shown or not: rows coming and going do not change the widths.
    const int available = m_view->isVisible()
        ? m_view->maximumViewportSize().width() - m_view->verticalScrollBar()->sizeHint().width()
        : -1;
    QHeaderView *h = header();
    const QScopedValueRollback guard(m_adjusting, true);
    if (m_autoFit) {
        for (const int c : {int(JobTableModel::Job), int(JobTableModel::Progress), int(JobTableModel::Profile)})
            h->resizeSection(c, m_defaults[size_t(c)]);
    }
    stepAside(available);
    if (!m_autoFit || available <= 0)
        return;
    // The ID and the progress bar's text elide (the tooltips and the details pane have them whole): they give
    // way first, in proportion to what they can spare; then the profile names, down to the shortest. The other
    // columns keep their content's width; a horizontal scroll bar covers what still does not fit.
    const auto giveWay = [this, h](std::initializer_list<int> columns, int excess) {
        QVarLengthArray<std::pair<int, int>, 2> owns; // column, what it can spare
        int spare = 0;
        for (const int column : columns) {
            owns.append({column, h->isSectionHidden(column) ? 0 : h->sectionSize(column) - leastWidth(column)});
            spare += owns.back().second;
        }
        const int taken = std::min(excess, spare);
        for (const auto &[column, own] : owns) {
            if (taken > 0 && own > 0)
                h->resizeSection(column, h->sectionSize(column) - int((qint64(own) * taken + spare - 1) / spare));
        }
        return excess - taken;
    };
    int excess = h->length() - available;
    if (excess > 0)
        excess = giveWay({JobTableModel::Job, JobTableModel::Progress}, excess);
    // Elided names help only if the columns then fit.
    if (excess > 0 && excess <= h->sectionSize(JobTableModel::Profile) - leastWidth(JobTableModel::Profile))
        giveWay({JobTableModel::Profile}, excess);
}

bool JobTableColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Show || event->type() == QEvent::Resize))
        fitToView();
    return QObject::eventFilter(watched, event);
}

void JobTableColumns::setNarrow(bool narrow)
{
    m_narrow = narrow;
    fitToView();
}

void JobTableColumns::setColumnShown(int column, bool shown)
{
    if (column == JobTableModel::Job)
        return; // the ID always shows
    m_autoHidden.remove(column);
    m_pinned.removeAll(column);
    if (shown)
        m_pinned << column;
    {
        const QScopedValueRollback guard(m_adjusting, true);
        header()->setSectionHidden(column, !shown);
    }
    fitToView();
}

QByteArray JobTableColumns::saveState() const
{
    QHeaderView *h = header();
    const QScopedValueRollback guard(m_adjusting, true);
    QList<int> aside;
    for (auto it = m_autoHidden.cbegin(); it != m_autoHidden.cend(); ++it) {
        if (h->isSectionHidden(it.key()))
            aside << it.key();
    }
    for (const int c : std::as_const(aside))
        h->setSectionHidden(c, false);
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kStateMarker2 << qint32(JobTableModel::ColumnCount) << m_autoFit << m_pinned << h->saveState();
    for (const int c : std::as_const(aside))
        h->setSectionHidden(c, true);
    return state;
}

bool JobTableColumns::restoreState(const QByteArray &state)
{
    QHeaderView *h = header();
    QByteArray headerState = state;
    bool fitted = false; // a state without our marker: its widths are the user's
    QList<int> pinned;
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 marker = 0;
    qint32 savedColumns = kColumnsOfJwc1; // a plain QHeaderView state is from before Cost too
    in >> marker;
    if (marker == kStateMarker2)
        in >> savedColumns;
    if (marker == kStateMarker || marker == kStateMarker2) {
        in >> fitted >> pinned >> headerState;
        if (in.status() != QDataStream::Ok)
            return false;
    }
    {
        const QScopedValueRollback guard(m_adjusting, true);
        if (!h->restoreState(headerState))
            return false;
        h->setSectionHidden(JobTableModel::Job, false);
        // Optional columns added since the state was saved start hidden, as on a first start.
        for (const int c : kHiddenByDefault) {
            if (c >= savedColumns)
                h->setSectionHidden(c, true);
        }
        // Widths that were fitted are measured anew (the font or the language may have changed).
        for (int c = 0; fitted && c < JobTableModel::ColumnCount; ++c)
            h->resizeSection(c, m_defaults[size_t(c)]);
    }
    // What is hidden now is the user's choice; what steps aside is decided anew.
    m_autoHidden.clear();
    m_pinned.clear();
    for (const int c : std::as_const(pinned)) {
        if (c >= 0 && c < JobTableModel::ColumnCount && !m_pinned.contains(c))
            m_pinned << c;
    }
    m_autoFit = fitted;
    m_view->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
    fitToView();
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
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
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
