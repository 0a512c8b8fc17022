#include "previews/linkpolicy.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LinkPolicy)
};
} // namespace

LinkVerdict checkExternalLink(const QUrl &url)
{
    if (url.isEmpty() || !url.isValid())
        return {false, Tr::tr("Refused to open the link: it is not a valid address.")};
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return {false, Tr::tr("Refused to open \"%1\": only web links (http, https) open.").arg(url.toDisplayString().left(80))};
    if (scheme != u"http"_s && scheme != u"https"_s) {
        // Never echo a data: or javascript: payload back; the scheme says enough.
        return {false, Tr::tr("Refused to open a \"%1:\" link: only web links (http, https) open.").arg(scheme.left(20))};
    }
    if (url.host().isEmpty())
        return {false, Tr::tr("Refused to open the link: it has no host.")};
    if (!url.userInfo().isEmpty())
        return {false, Tr::tr("Refused to open a link that carries a user name or password.")};
    return {true, {}};
}

LinkVerdict checkLocalFile(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.isAbsolute())
        return {false, Tr::tr("Refused to open the file: the path is not absolute.")};
    if (!info.exists() || !info.isFile())
        return {false, Tr::tr("The downloaded file is gone; download it again.")};
    return {true, {}};
}

} // namespace jw
