#pragma once
// The filter bar above the job table: the search field, one checkable button per status filter that
// shows its count, and the profile filter. It drives the JobFilterProxy and follows the ProfileList.

#include <QToolBar>

#include <array>

class QAbstractButton;
class QComboBox;
class QLineEdit;

namespace jw {

class JobFilterProxy;
class ProfileList;

class FilterBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)
public:
    FilterBar(JobFilterProxy *proxy, ProfileList *profiles, QWidget *parent = nullptr);

    QAbstractButton *statusButton(int filter) const { return m_buttons.at(size_t(filter)); }
    QComboBox *profileFilter() const { return m_profileFilter; }
    QLineEdit *searchField() const { return m_search; }

    void setStatusFilter(int filter); // int(JobFilterProxy::StatusFilter); out of range is ignored
    void setProfileFilter(const QString &profileId); // unknown ids are ignored
    QString profileFilterId() const;

    // The width the bar needs with the search field wide enough for its placeholder (the window's toolbars
    // share a row only when this fits).
    int preferredWidth() const;

private:
    void rebuildProfiles();
    void updateCounts();

    JobFilterProxy *m_proxy;
    ProfileList *m_profiles;
    QWidget *m_box = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_profileFilter = nullptr;
    std::array<QAbstractButton *, 5> m_buttons{};
};

} // namespace jw
