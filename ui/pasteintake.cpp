#include "pasteintake.h"

#include <QFutureWatcher>

using namespace Qt::StringLiterals;

namespace jw {

PasteIntake::PasteIntake(JobIntake *intake, QObject *parent)
    : QObject(parent)
    , m_intake(intake)
{
}

void PasteIntake::add(const QString &text, const QStringList &problems)
{
    if (const QString tooLong = JobIntake::textTooLong(text.size()); !tooLong.isEmpty()) {
        IntakeResult refused;
        refused.summary = tr("Nothing added: %1").arg(tooLong);
        finish(std::move(refused), problems);
        return;
    }
    if (text.size() <= JobIntake::kBackgroundTextLength) {
        finish(m_intake->addPlan(m_intake->plan(QStringView(text))), problems);
        return;
    }
    // The watcher is a child: if the window goes first, the result is dropped with it (the pool thread only
    // ever touches its own copy of the text).
    auto *watcher = new QFutureWatcher<IdExtractor::Result>(this);
    ++m_pending;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, problems] {
        --m_pending;
        watcher->deleteLater();
        finish(m_intake->addPlan(m_intake->planExtracted(watcher->result())), problems);
    });
    Q_EMIT reading(tr("Reading %1 MB of text\u2026").arg(QString::number(double(text.size()) / (1024 * 1024), 'f', 1)));
    watcher->setFuture(JobIntake::extractInBackground(text));
}

void PasteIntake::finish(IntakeResult result, const QStringList &problems)
{
    if (!problems.isEmpty()) {
        result.summary += u"; "_s + problems.join(u"; "_s);
        if (!result.addedSummary.isEmpty())
            result.addedSummary += u"; "_s + problems.join(u"; "_s);
    }
    Q_EMIT finished(result);
}

} // namespace jw
