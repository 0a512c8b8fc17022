#pragma once
// The main window: the toolbar (Add jobs…, Stop all, Resume all, Clear finished, the More menu) and the FilterBar,
// fitted to the window's width; the live job table with painted progress and row-action delegates (its columns
// kept by JobTableColumns); the details pane in a splitter; and the status bar. The actions end in JobCommands.
// Drops and Ctrl+V paste go to the JobIntake. Window, splitter and header state are saved with QSettings.
// Everything comes from the Application passed in.

#include <QMainWindow>

#include <memory>

class QAbstractButton;
class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QMenu;
class QMimeData;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace jw {

class ActionsDelegate;
class Application;
class CompareAction;
class DashboardAction;
class DetailsPane;
class DroppedInputNotice;
class FilterBar;
class HelpActions;
class HistoryActions;
class JobCommands;
class JobFilterProxy;
class JobStatusBar;
class JobTableColumns;
class JobTableModel;
class PasteIntake;
class ProgressDelegate;
class ResultActions;
class ThumbnailProvider;
class TrayIcon;
struct IntakeResult;
enum class RowAction;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(Application *app, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Save/restore geometry, splitter, header (sizes, order, hidden columns, sort) and filters.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);
    // Saves to the default QSettings on close (the app; tests leave it off).
    void setAutoSaveSettings(bool on) { m_autoSave = on; }

    // Side by side at 1000 px and wider, stacked below (resizeEvent calls it; call it after resizing a hidden
    // window so that the layout's minimum width does not hold the window wide).
    void applyResponsiveLayout();

    // Hands text (pasted, dropped, typed) to the intake; shows the summary, and what was not added behind
    // "3 lines not recognised" in the status bar. A large text is read in the background (pasteIntake()).
    void addFromText(const QString &text);
    void addFromMime(const QMimeData *mime);
    // What an intake of text added (command-line IDs): the summary, and what was not added on request.
    void showIntakeResult(const IntakeResult &result) { onTextAdded(result); }
    void showNotice(const QString &text);
    // Files Jobwatch could not use at start (a settings file or job history from a newer version, left untouched;
    // profiles skipped), one line each: a warning box over the window that stays until dismissed.
    void showStartupProblems(const QStringList &problems);
    QString lastNotice() const { return m_lastNotice; }

    // Row actions on the given keys (the selection for the toolbar/menu/shortcuts).
    void applyAction(RowAction action, const QStringList &keys);
    QStringList selectedKeys() const;

    QTableView *view() const { return m_view; }
    JobTableModel *model() const { return m_model; }
    JobFilterProxy *proxy() const { return m_proxy; }
    DetailsPane *details() const { return m_details; }
    ActionsDelegate *actionsDelegate() const { return m_actionsDelegate; }
    QSplitter *splitter() const { return m_splitter; }
    void setStatusFilter(int filter); // int(JobFilterProxy::StatusFilter)
    QAbstractButton *filterButton(int filter) const;
    QComboBox *profileFilter() const;
    QLineEdit *searchField() const;
    JobStatusBar *jobStatusBar() const { return m_statusBar; }
    PasteIntake *pasteIntake() const { return m_paste; }
    DroppedInputNotice *droppedInputNotice() const { return m_dropped; }
    ThumbnailProvider *thumbnails() const { return m_thumbnails; } // the Result column's thumbnails
    ResultActions *resultActions() const { return m_resultActions; } // Save all results…, Settings…
    QMenu *moreMenu() const { return m_moreMenu; }                 // the toolbar's menu button
    CompareAction *compareAction() const { return m_compare; }       // Compare… (the selection side by side)
    DashboardAction *dashboardAction() const { return m_dashboard; } // the context menu's "Open in provider dashboard"
    HistoryActions *historyActions() const { return m_historyActions; } // search, Export…, Copy IDs, Remove older than…
    HelpActions *helpActions() const { return m_helpActions; }       // Keyboard shortcuts (F1), About
    QStringList shownKeys() const;                                 // the jobs the table shows, in its order
    TrayIcon *tray() const { return m_tray; }                      // tray icon, notifications, close to tray

Q_SIGNALS:
    // Double-click on a row (or Enter on it): show that job's result preview. The details pane
    // follows the current row already; the previews connect here to bring the result into view.
    void openPreview(const QString &key);

public Q_SLOTS:
    void openAddDialog(const QString &text = {});
    // "Import running jobs…", on `profileId` or the profile filter's (deleted on close). Returns it (tests).
    QDialog *openImportDialog(const QString &profileId = {});
    // Opens the profile dialog on `profileId` with its key field in "Replace" mode (the "Set key…" action of
    // a paused profile, from the status bar or the row context menu). Returns the dialog (tests).
    QDialog *openSetKey(const QString &profileId);
    // "Raise budget…" from the status bar: the profile dialog with the cursor in the request budget.
    QDialog *openBudget(const QString &profileId);
    void paste();
    void stopAll();
    void resumeAll();
    void clearFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildToolBar();
    void buildTable();
    void fitToolBars();
    void showContextMenu(const QPoint &pos);
    void updateActionStates();
    void updateProfileNames();
    static void setNamedToolTip(QAction *action, const QString &description);
    void onCurrentChanged();
    void onTextAdded(const IntakeResult &result);
    void onIntakeResult(const IntakeResult &result);
    void openResult(const QModelIndex &index);
    void ensureCurrentRow();
    void animateBusyBars();
    void setNarrowLayout(bool narrow);

    Application *m_app;
    std::unique_ptr<JobCommands> m_commands;
    JobTableModel *m_model = nullptr;
    JobFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    ProgressDelegate *m_progressDelegate = nullptr;
    ActionsDelegate *m_actionsDelegate = nullptr;
    DetailsPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    JobStatusBar *m_statusBar = nullptr;
    ThumbnailProvider *m_thumbnails = nullptr;
    JobTableColumns *m_columns = nullptr;
    PasteIntake *m_paste = nullptr;
    DroppedInputNotice *m_dropped = nullptr;
    ResultActions *m_resultActions = nullptr;
    HistoryActions *m_historyActions = nullptr;
    DashboardAction *m_dashboard = nullptr;
    CompareAction *m_compare = nullptr;
    HelpActions *m_helpActions = nullptr;
    QMenu *m_moreMenu = nullptr;
    TrayIcon *m_tray = nullptr;

    QAction *m_stopAct = nullptr;
    QAction *m_resumeAct = nullptr;
    QAction *m_retryAct = nullptr;
    QAction *m_removeAct = nullptr;
    QAction *m_stopAllAct = nullptr;
    QAction *m_resumeAllAct = nullptr;
    QAction *m_clearFinishedAct = nullptr;
    QAction *m_addAct = nullptr;
    QAction *m_pasteAct = nullptr;
    QAction *m_importAct = nullptr;
    QTimer *m_busyTimer = nullptr;
    QToolBar *m_mainBar = nullptr;
    FilterBar *m_filterBar = nullptr;
    QByteArray m_wideSplitter; // the side-by-side splitter state, kept while the layout is stacked
    bool m_narrow = false;
    int m_filterBarWidth = -1; // FilterBar::preferredWidth() at the last fitToolBars()
    QString m_lastNotice;
    bool m_autoSave = false;
};

} // namespace jw
