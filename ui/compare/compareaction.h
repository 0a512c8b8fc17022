#pragma once
// "Compare…" for the job table (context menu, the More menu, Ctrl+Shift+C): opens a CompareView of the selected
// jobs. Enabled for 2 to 4 completed jobs that each have a video or image result; otherwise disabled, and its
// tooltip and status tip say why.

#include "model/job.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace jw {

class Application;
class CompareView;
class JobList;

class CompareAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareAction)
public:
    using KeySource = std::function<QStringList()>;
    // The action is added to `window` (its shortcut works there).
    CompareAction(Application *app, QWidget *window, KeySource selectedKeys);

    QAction *action() const { return m_action; }
    void updateState(); // from the selection
    // Opens the compare view for the selection (null when it cannot be compared; notice() says why).
    CompareView *open();
    // Opens it for `keys`, after the same check (the --compare option, tests).
    CompareView *openFor(const QStringList &keys);
    CompareView *view() const; // the open one, else null

    // The result a job shows in the compare view: its first video or image.
    static std::optional<Artifact> mediaOf(const JobSnapshot &snapshot);
    // Empty when `keys` can be compared, else the reason (one translated sentence).
    static QString blocker(const JobList &jobs, const QStringList &keys);

Q_SIGNALS:
    void notice(const QString &text);

private:
    Application *m_app;
    QWidget *m_window;
    KeySource m_selectedKeys;
    QAction *m_action = nullptr;
    QString m_description;
    QPointer<CompareView> m_view;
};

} // namespace jw
