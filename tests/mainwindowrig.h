#pragma once
// The main window on the simulated provider, for the window's tests: four profiles (theo, vidocu, scenes, muvi)
// with their keys, a window built and shown as the app does, jobs created on the server, mixed input of every
// dialect, and drops.

#include "application/application.h"
#include "mainwindow.h"
#include "model/joblist.h"
#include "model/profile.h"
#include "sim/simulatedprovider.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTest>

#include <memory>

namespace mainwindowrig {
using namespace jw;
using namespace Qt::StringLiterals;

inline const QString kToken = u"tok-window-0123456789"_s;
inline const QString kUuid = u"3f1c2a4e-8b7d-4c21-9e55-0a1b2c3d4e5f"_s;

struct Fixture {
    SimulatedProvider sim;
    Application app;
    std::unique_ptr<MainWindow> window;

    // Builds the window at `size` (as the app does: before it shows) and shows it.
    bool start(QSize size = {1200, 700})
    {
        if (!sim.listen())
            return false;
        sim.setToken(kToken);
        for (const char *d : {"theo", "vidocu", "scenes", "muvi"}) {
            Profile p;
            p.id = QString::fromLatin1(d);
            p.name = p.id.at(0).toUpper() + p.id.mid(1);
            p.dialect = p.id;
            p.baseUrl = sim.baseUrl(p.id);
            QString error;
            if (!app.addProfile(p, kToken, &error)) {
                qWarning("addProfile: %s", qPrintable(error));
                return false;
            }
        }
        window = std::make_unique<MainWindow>(&app);
        window->resize(size);
        window->applyResponsiveLayout();
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    QString simJob(const QString &dialect, const QString &id)
    {
        SimulatedProvider::JobSpec spec;
        spec.dialect = dialect;
        spec.id = id;
        spec.runMs = 60'000;
        return sim.createJob(spec);
    }

    // Every dialect in one text: bare IDs, a poll URL and a theo enqueue response, plus a line of noise.
    QString mixedText()
    {
        simJob(u"theo"_s, u"job_MixedCase12"_s);
        simJob(u"vidocu"_s, u"analysis_1732000000_abc123"_s);
        simJob(u"scenes"_s, kUuid);
        const QString muvi = simJob(u"muvi"_s, u"job_0123456789ab"_s);
        const QString enqueued = simJob(u"theo"_s, u"job_EnqueueAbc1"_s);
        const QString enqueueJson = uR"({"id":"%1","job_id":"%1","status":"queued","poll_url":"%2"})"_s
                                        .arg(enqueued, sim.pollUrl(enqueued).toString());
        return u"My jobs: job_MixedCase12, analysis_1732000000_abc123 and %1\nsee %2\n%3\nthanks!"_s
            .arg(kUuid, sim.pollUrl(muvi).toString(), enqueueJson);
    }
    static QStringList mixedKeys()
    {
        return {jobKey(u"theo"_s, u"job_MixedCase12"_s), jobKey(u"vidocu"_s, u"analysis_1732000000_abc123"_s),
                jobKey(u"scenes"_s, kUuid), jobKey(u"muvi"_s, u"job_0123456789ab"_s),
                jobKey(u"theo"_s, u"job_EnqueueAbc1"_s)};
    }

    bool drop(QMimeData *mime)
    {
        const QPoint at = window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &drop);
        return drop.isAccepted();
    }
};

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace mainwindowrig
