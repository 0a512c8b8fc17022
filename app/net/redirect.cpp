#include "net/redirect.h"

#include "net/origin.h"

#include <QCoreApplication>

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Engine) };
} // namespace

bool isRedirectStatus(int httpStatus)
{
    return httpStatus >= 300 && httpStatus < 400 && httpStatus != 304;
}

QUrl redirectTarget(const QUrl &current, const QByteArray &location)
{
    const QByteArray trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl relative = QUrl::fromEncoded(trimmed);
    if (!relative.isValid())
        return {};
    return current.resolved(relative);
}

RedirectStep followRedirect(const QUrl &current, const QByteArray &location, int hopsSoFar, int maxHops)
{
    RedirectStep step;
    const QUrl next = redirectTarget(current, location);
    if (!next.isValid()) {
        step.refusal = Tr::tr("redirect without a usable Location");
    } else if (hopsSoFar >= maxHops) {
        step.refusal = Tr::tr("more than %1 redirects").arg(maxHops);
        step.tooMany = true;
    } else {
        step.refusal = urlRefusal(next);
    }
    if (step.refusal.isEmpty())
        step.next = next;
    return step;
}

} // namespace jw
