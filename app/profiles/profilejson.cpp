#include "profiles/profilejson.h"

#include "model/finishcommand.h"

#include "formats/registry.h"
#include "formats/mapping.h"
#include "net/requestbuilder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Profiles) };

QString schemeName(AuthForm::Scheme scheme)
{
    switch (scheme) {
    case AuthForm::Scheme::Bearer: return u"bearer"_s;
    case AuthForm::Scheme::Key: return u"key"_s;
    case AuthForm::Scheme::Header: return u"header"_s;
    case AuthForm::Scheme::JwtHs256: return u"jwt-hs256"_s;
    }
    return u"bearer"_s;
}

bool readNumber(const QJsonObject &o, QLatin1StringView name, double min, double max, double *out, QString *error)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
        *error = Tr::tr("\"poll.%1\" must be a number from %2 to %3").arg(name).arg(min).arg(max);
        return false;
    }
    *out = v.toDouble();
    return true;
}
} // namespace

QStringList profileDialectNames()
{
    return nativeDialectNames() + presetNames();
}

QString newProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QUrl defaultBaseUrl(const QString &dialect)
{
    // The native providers' documented hosts (provider-docs/). Scenes documents no public host.
    if (dialect == u"theo"_s)
        return QUrl(u"https://www.hitheo.ai"_s);
    if (dialect == u"vidocu"_s)
        return QUrl(u"https://api.vidocu.ai"_s);
    if (dialect == u"muvi"_s)
        return QUrl(u"https://api.muvi.video"_s);
    if (presetNames().contains(dialect)) {
        QString error;
        if (auto mapping = MappingDialect::fromJson(presetJson(dialect), &error))
            return mapping->defaultBaseUrl();
    }
    return {};
}

namespace {
// A mapping's "recommended" poll settings; the 1 s floor still holds.
void applyRecommended(const MappingDialect &mapping, PollSettings &poll)
{
    const MappingDialect::Recommended r = mapping.recommended();
    if (r.intervalMs)
        poll.intervalMs = std::max<qint64>(*r.intervalMs, PollSettings::kFloorMs);
    if (r.ratePerSecond)
        poll.ratePerSecond = *r.ratePerSecond;
    if (r.burst)
        poll.burst = *r.burst;
    if (r.concurrency)
        poll.concurrency = *r.concurrency;
}
} // namespace

std::optional<Profile> profileForMapping(const QByteArray &mappingJson, QString *error)
{
    const std::unique_ptr<MappingDialect> mapping = MappingDialect::fromJson(mappingJson, error);
    if (!mapping)
        return std::nullopt;
    Profile p;
    p.mappingJson = mappingJson;
    p.baseUrl = mapping->defaultBaseUrl();
    p.name = mapping->title();
    applyRecommended(*mapping, p.poll);
    return p;
}

Profile profileForDialect(const QString &dialect)
{
    Profile p;
    p.dialect = dialect;
    p.baseUrl = defaultBaseUrl(dialect);
    if (presetNames().contains(dialect)) {
        QString error;
        if (auto mapping = MappingDialect::fromJson(presetJson(dialect), &error)) {
            applyRecommended(*mapping, p.poll);
            p.name = mapping->title();
        }
    }
    if (p.name.isEmpty() && !dialect.isEmpty())
        p.name = dialect.at(0).toUpper() + dialect.mid(1);
    return p;
}

QJsonObject profileToJson(const Profile &p)
{
    QJsonObject o{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"baseUrl"_s, p.baseUrl.toString()}};
    if (p.mappingJson.isEmpty())
        o.insert(u"dialect"_s, p.dialect);
    else
        o.insert(u"mapping"_s, QJsonDocument::fromJson(p.mappingJson).object());
    o.insert(u"poll"_s, QJsonObject{{u"adaptive"_s, p.poll.adaptive},
                                    {u"intervalMs"_s, double(p.poll.intervalMs)},
                                    {u"ratePerSecond"_s, p.poll.ratePerSecond},
                                    {u"burst"_s, p.poll.burst},
                                    {u"concurrency"_s, p.poll.concurrency},
                                    {u"maxWaitMs"_s, double(p.poll.maxWaitMs)}});
    if (p.auth) {
        QJsonObject auth{{u"scheme"_s, schemeName(p.auth->scheme)}};
        if (p.auth->scheme == AuthForm::Scheme::Header)
            auth.insert(u"header"_s, p.auth->headerName);
        o.insert(u"auth"_s, auth);
    }
    if (!p.tag.isEmpty())
        o.insert(u"tag"_s, p.tag);
    if (!p.onFinish.trimmed().isEmpty())
        o.insert(u"onFinish"_s, p.onFinish);
    return o;
}

namespace {

// A name is shown on one line everywhere (list, menus, CLI tables): line breaks and control characters in a file
// become spaces.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            c = u' ';
    }
    return text;
}

} // namespace

bool profileFromJson(const QJsonObject &o, Profile *out, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    Profile p;
    for (const auto name : {"id"_L1, "name"_L1, "dialect"_L1, "baseUrl"_L1, "tag"_L1, "onFinish"_L1}) {
        if (o.contains(name) && !o.value(name).isString())
            return fail(Tr::tr("\"%1\" must be a string").arg(name));
    }
    p.id = o.value("id"_L1).toString();
    p.name = oneLine(o.value("name"_L1).toString()).trimmed();
    if (p.name.isEmpty())
        return fail(Tr::tr("a profile needs a \"name\""));
    if (o.contains("mapping"_L1)) {
        if (!o.value("mapping"_L1).isObject())
            return fail(Tr::tr("profile \"%1\": \"mapping\" must be an object").arg(p.name));
        p.mappingJson = QJsonDocument(o.value("mapping"_L1).toObject()).toJson(QJsonDocument::Compact);
        QString reason;
        if (!createMappingDialect(p.mappingJson, &reason))
            return fail(Tr::tr("profile \"%1\": invalid mapping: %2").arg(p.name, reason));
    } else {
        p.dialect = o.value("dialect"_L1).toString();
        if (!profileDialectNames().contains(p.dialect))
            return fail(Tr::tr("profile \"%1\": unknown dialect \"%2\" (known: %3)")
                            .arg(p.name, p.dialect, profileDialectNames().join(u", "_s)));
    }
    p.baseUrl = QUrl(o.value("baseUrl"_L1).toString(), QUrl::StrictMode);
    if (!p.baseUrl.isEmpty() && !p.baseUrl.isValid())
        return fail(Tr::tr("profile \"%1\": \"baseUrl\" is not a valid URL").arg(p.name));
    if (o.contains("poll"_L1)) {
        if (!o.value("poll"_L1).isObject())
            return fail(Tr::tr("profile \"%1\": \"poll\" must be an object").arg(p.name));
        const QJsonObject poll = o.value("poll"_L1).toObject();
        if (poll.contains("adaptive"_L1) && !poll.value("adaptive"_L1).isBool())
            return fail(Tr::tr("profile \"%1\": \"poll.adaptive\" must be true or false").arg(p.name));
        p.poll.adaptive = poll.value("adaptive"_L1).toBool(p.poll.adaptive);
        double interval = double(p.poll.intervalMs), rate = p.poll.ratePerSecond, burst = p.poll.burst,
               concurrency = p.poll.concurrency, maxWait = double(p.poll.maxWaitMs);
        QString reason;
        if (!readNumber(poll, "intervalMs"_L1, 1, 86400000, &interval, &reason)
            || !readNumber(poll, "ratePerSecond"_L1, 0.01, 1000, &rate, &reason)
            || !readNumber(poll, "burst"_L1, 1, 10000, &burst, &reason)
            || !readNumber(poll, "concurrency"_L1, 1, 64, &concurrency, &reason)
            || !readNumber(poll, "maxWaitMs"_L1, 1000, 30.0 * 86400000, &maxWait, &reason))
            return fail(Tr::tr("profile \"%1\": %2").arg(p.name, reason));
        p.poll.intervalMs = qint64(interval);
        p.poll.ratePerSecond = rate;
        p.poll.burst = int(burst);
        p.poll.concurrency = int(concurrency);
        p.poll.maxWaitMs = qint64(maxWait);
    }
    if (o.contains("auth"_L1)) {
        const QJsonObject auth = o.value("auth"_L1).toObject();
        const QString scheme = auth.value("scheme"_L1).toString();
        AuthForm form;
        if (scheme == u"bearer"_s)
            form.scheme = AuthForm::Scheme::Bearer;
        else if (scheme == u"key"_s)
            form.scheme = AuthForm::Scheme::Key;
        else if (scheme == u"jwt-hs256"_s)
            form.scheme = AuthForm::Scheme::JwtHs256;
        else if (scheme == u"header"_s && !auth.value("header"_L1).toString().trimmed().isEmpty())
            form = {AuthForm::Scheme::Header, auth.value("header"_L1).toString().trimmed()};
        else
            return fail(Tr::tr("profile \"%1\": \"auth\" must be {\"scheme\": \"bearer\"|\"key\"|\"jwt-hs256\"|\"header\", \"header\": NAME}").arg(p.name));
        p.auth = form;
    }
    p.tag = o.value("tag"_L1).toString();
    p.onFinish = o.value("onFinish"_L1).toString().trimmed();
    if (QString reason; !p.onFinish.isEmpty() && !FinishCommand::parse(p.onFinish, &reason))
        return fail(Tr::tr("profile \"%1\": \"onFinish\": %2").arg(p.name, reason));
    *out = p;
    return true;
}

ProfileProblems validateProfile(const Profile &p, const QList<Profile> &others)
{
    ProfileProblems problems;
    if (p.name.trimmed().isEmpty())
        problems.name = Tr::tr("Enter a name.");
    for (const Profile &o : others) {
        if (o.id != p.id && o.name.compare(p.name.trimmed(), Qt::CaseInsensitive) == 0)
            problems.name = Tr::tr("Another profile is already named \"%1\".").arg(o.name);
    }
    if (p.mappingJson.isEmpty()) {
        if (!profileDialectNames().contains(p.dialect))
            problems.dialect = Tr::tr("Choose a dialect or preset.");
    } else {
        QString reason;
        if (!createMappingDialect(p.mappingJson, &reason))
            problems.dialect = Tr::tr("The mapping is invalid: %1").arg(reason);
    }
    if (p.baseUrl.isEmpty()) {
        problems.baseUrl = Tr::tr("Enter the API's base URL.");
    } else if (const UrlCheck check = checkUrl(p.baseUrl); check == UrlCheck::PlainHttpOffLoopback) {
        problems.baseUrl = Tr::tr("Plain http:// is only allowed for localhost; use https://.");
    } else if (check != UrlCheck::Ok) {
        problems.baseUrl = Tr::tr("Not a valid http(s) URL.");
    }
    if (QString why; !p.onFinish.trimmed().isEmpty() && !FinishCommand::parse(p.onFinish.trimmed(), &why))
        problems.onFinish = why;
    return problems;
}

} // namespace jw
