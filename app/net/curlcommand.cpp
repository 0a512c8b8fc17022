#include "net/curlcommand.h"

#include "model/jobrecord.h"
#include "model/profile.h"
#include "formats/registry.h"
#include "net/requestbuilder.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace jw {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString curlCommand(const Profile &profile, const JobRecord &record, const QString &redactedKey)
{
    const std::unique_ptr<Dialect> dialect = dialectFor(profile);
    if (!dialect)
        return {};
    const QUrl url = record.pollUrl.isEmpty() ? dialect->pollUrl(profile.baseUrl, record.jobId) : record.pollUrl;
    QStringList parts{u"curl"_s, u"-sS"_s, u"-H"_s, shellQuote(u"Accept: application/json"_s)};
    // What the engine sends (net/requestbuilder.h): the profile's own auth form if it has one, and the key and
    // the extra headers only on the profile's origin.
    const bool ownOrigin = sameOrigin(url, profile.baseUrl);
    if (!redactedKey.isEmpty() && ownOrigin) {
        const AuthForm form = profile.auth.value_or(dialect->auth());
        if (form.scheme == AuthForm::Scheme::JwtHs256) { // a token signed per request; the redacted key cannot sign
            parts << u"-H"_s << shellQuote(u"Authorization: Bearer <JWT signed with "_s + redactedKey + u'>');
        } else {
            const auto [name, value] = authHeader(form, redactedKey);
            parts << u"-H"_s << shellQuote(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
        }
    }
    if (ownOrigin) {
        const auto extra = dialect->extraHeaders();
        for (const auto &[name, value] : extra)
            parts << u"-H"_s << shellQuote(QString::fromLatin1(name) + u": "_s + QString::fromLatin1(value));
    }
    parts << shellQuote(url.toString(QUrl::FullyEncoded));
    return parts.join(u' ');
}

} // namespace jw
