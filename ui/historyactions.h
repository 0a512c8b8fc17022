#pragma once
// The window's actions on the job history: the search box's full-text search over the job store (HistorySearch
// on the store thread; its matches go to the JobFilterProxy, which meanwhile matches plain substrings), "Export…"
// (ExportDialog), "Copy IDs" and "Remove older than…" (RemoveOlderDialog). Notices go out through notice() for the
// status bar. Keeps the main window small.

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QLineEdit;
class QMenu;
class QWidget;

namespace jw {

class Application;
class ExportDialog;
class HistorySearch;
class JobFilterProxy;
class RemoveOlderDialog;

class HistoryActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryActions)
public:
    using KeySource = std::function<QStringList()>;
    HistoryActions(Application *app, QWidget *window, JobFilterProxy *proxy, KeySource shownKeys, KeySource selectedKeys);
    ~HistoryActions() override;

    // Follows `field`: each text goes to the proxy at once (substrings) and to the store's full-text search.
    void attachSearchField(QLineEdit *field);
    HistorySearch *search() const { return m_search; }
    QString searchProblem() const { return m_searchProblem; } // the last failed query's message, else empty

    QAction *exportAction() const { return m_export; }
    QAction *copyIdsAction() const { return m_copyIds; }
    QAction *removeOlderAction() const { return m_removeOlder; }
    void updateStates();
    // Export… after `after`, and Remove older than… in a section of its own before `before`.
    void addToMenu(QMenu *menu, QAction *after, QAction *before);

    ExportDialog *openExport();
    RemoveOlderDialog *openRemoveOlder();
    void copyIds();

Q_SIGNALS:
    void notice(const QString &text);

private:
    Application *m_app;
    QWidget *m_window;
    JobFilterProxy *m_proxy;
    KeySource m_shownKeys;
    KeySource m_selectedKeys;
    HistorySearch *m_search = nullptr;
    QPointer<QLineEdit> m_field;
    QString m_fieldToolTip;
    QString m_searchProblem;
    QAction *m_export = nullptr;
    QAction *m_copyIds = nullptr;
    QAction *m_removeOlder = nullptr;
    QPointer<ExportDialog> m_exportDialog;
    QPointer<RemoveOlderDialog> m_removeOlderDialog;
};

} // namespace jw
