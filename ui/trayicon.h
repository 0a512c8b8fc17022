#pragma once
// The tray icon: the status counts in its tooltip (the filter buttons' words, JobTally::summary) and the number
// of active jobs as a badge; a menu with Show, Stop all and Quit; one notification per FinishBatch ("5 jobs
// finished, 1 failed"), and a click on it shows the window with those jobs selected. Closing the window while
// jobs are active asks once whether to keep watching in the tray (JobEndings::CloseAction remembers the
// answer; Settings changes it). Each part follows the "notify/…" settings and can be turned off.
//
// Without a system tray (offscreen tests, a desktop without one) there is no icon and closing quits, as
// before; setTrayAvailable() lets tests pretend there is one. The close question is a non-modal QMessageBox
// (open(), no nested event loop) that tests answer through closeQuestion().

#include "application/finishbatcher.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QMessageBox;
class QSystemTrayIcon;

namespace jw {

class Application;
class JobTally;
class MainWindow;

class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)
public:
    TrayIcon(Application *app, MainWindow *window);
    ~TrayIcon() override;

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    QString toolTipText() const;
    int badgeCount() const; // active jobs, shown on the icon
    bool isShown() const;   // the icon is in the tray
    void setTrayAvailable(bool available); // tests
    QMessageBox *closeQuestion() const;

    // The last notification and the jobs it was about (what a click selects).
    QString lastTitle() const { return m_lastTitle; }
    QString lastBody() const { return m_lastBody; }
    FinishBatch lastBatch() const { return m_lastBatch; }
    void announce(const FinishBatch &batch);
    // The notification was clicked: the window, with the batch's jobs selected.
    void showBatchJobs();
    void showWindow();
    void quit();

Q_SIGNALS:
    void notified(const QString &title, const QString &body);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySettings();
    void refresh();
    void askOnClose(int active);
    void hideToTray();

    Application *m_app;
    MainWindow *m_window;
    JobTally *m_tally;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_showAct = nullptr;
    QAction *m_stopAllAct = nullptr;
    QAction *m_quitAct = nullptr;
    QPointer<QMessageBox> m_question;
    bool m_available;
    bool m_quitting = false;
    int m_badge = -1;
    QString m_lastTitle;
    QString m_lastBody;
    FinishBatch m_lastBatch;
};

} // namespace jw
