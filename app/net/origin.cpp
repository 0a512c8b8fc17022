#include "net/origin.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Engine) };

int defaultPort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == u"https"_s ? 443 : scheme == u"http"_s ? 80 : -1);
}
} // namespace

bool isLoopbackHost(const QString &host)
{
    QString name = host;
    if (name.endsWith(u'.'))
        name.chop(1); // "localhost." is the same name
    if (name.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.isValid() && b.isValid() && a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

UrlCheck checkUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return UrlCheck::NotHttp;
    if (!url.isValid() || url.host().isEmpty())
        return UrlCheck::Invalid;
    if (scheme == u"http"_s && !isLoopbackHost(url.host()))
        return UrlCheck::PlainHttpOffLoopback;
    return UrlCheck::Ok;
}

QString urlRefusal(const QUrl &url)
{
    switch (checkUrl(url)) {
    case UrlCheck::Ok:
        return {};
    case UrlCheck::NotHttp:
        if (url.scheme().isEmpty())
            return Tr::tr("\"%1\" is not a valid http(s) URL").arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return Tr::tr("unsupported URL scheme \"%1\": only https (and http on loopback) can be polled").arg(url.scheme());
    case UrlCheck::Invalid:
        return Tr::tr("\"%1\" is not a valid http(s) URL").arg(url.toDisplayString(QUrl::RemoveUserInfo));
    case UrlCheck::PlainHttpOffLoopback:
        return Tr::tr("refusing plain http:// to %1: use https:// (http is allowed only for loopback)").arg(url.host());
    }
    return {};
}

} // namespace jw
