#include "application/launchrequest.h"

#include "model/profile.h"
#include "model/profilelist.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace jw {

namespace {
const QString kScheme = u"jobwatch"_s;
const QString kWatch = u"watch"_s;

QStringList stringList(const QJsonValue &value, bool *ok)
{
    QStringList out;
    if (!value.isArray()) {
        *ok = false;
        return out;
    }
    for (const QJsonArray items = value.toArray(); const QJsonValue &item : items) {
        if (!item.isString())
            *ok = false;
        out << item.toString();
    }
    return out;
}
} // namespace

QStringList LaunchRequest::allIds() const
{
    QStringList ids;
    for (const Batch &batch : batches)
        ids << batch.ids;
    return ids;
}

QJsonObject LaunchRequest::toJson() const
{
    QJsonArray list;
    for (const Batch &batch : batches)
        list.append(QJsonObject{{u"ids"_s, QJsonArray::fromStringList(batch.ids)}, {u"profile"_s, batch.profile}});
    return {{u"batches"_s, list}, {u"select"_s, select}, {u"add"_s, openAdd}};
}

std::optional<LaunchRequest> LaunchRequest::fromJson(const QJsonObject &object)
{
    LaunchRequest request;
    bool ok = object.value(u"batches"_s).isArray() && object.value(u"select"_s).isString() && object.value(u"add"_s).isBool();
    for (const QJsonArray batches = object.value(u"batches"_s).toArray(); const QJsonValue &value : batches) {
        const QJsonObject batch = value.toObject();
        ok = ok && value.isObject() && batch.value(u"profile"_s).isString();
        request.batches.append({stringList(batch.value(u"ids"_s), &ok), batch.value(u"profile"_s).toString()});
    }
    if (!ok)
        return std::nullopt;
    request.select = object.value(u"select"_s).toString();
    request.openAdd = object.value(u"add"_s).toBool();
    return request;
}

bool LaunchRequests::isJobLink(const QString &argument)
{
    return argument.startsWith(kScheme + u':', Qt::CaseInsensitive);
}

std::optional<JobLink> LaunchRequests::parseLink(const QString &link, QString *error)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(kScheme, Qt::CaseInsensitive) != 0) {
        *error = tr("\"%1\" is not a valid jobwatch: link (expected jobwatch:watch?profile=NAME&id=ID)").arg(link);
        return std::nullopt;
    }
    // jobwatch:watch?… has the action as its path; jobwatch://watch?… as its host.
    const QString action = url.host().isEmpty() ? url.path() : url.host() + url.path();
    if (action.compare(kWatch, Qt::CaseInsensitive) != 0) {
        *error = tr("the link \"%1\" asks for \"%2\"; Jobwatch links can only watch jobs (jobwatch:watch?profile=NAME&id=ID)")
                     .arg(link, action);
        return std::nullopt;
    }
    JobLink result;
    const QUrlQuery query(url);
    bool profileSeen = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"id"_s) {
            if (value.trimmed().isEmpty()) {
                *error = tr("the link \"%1\" has an empty id").arg(link);
                return std::nullopt;
            }
            result.ids << value.trimmed();
        } else if (key == u"profile"_s) {
            if (profileSeen) {
                *error = tr("the link \"%1\" names more than one profile").arg(link);
                return std::nullopt;
            }
            profileSeen = true;
            result.profile = value.trimmed();
        } else {
            *error = tr("the link \"%1\" has an unknown parameter \"%2\" (expected profile and id)").arg(link, key);
            return std::nullopt;
        }
    }
    if (result.ids.isEmpty()) {
        *error = tr("the link \"%1\" names no job (add id=ID)").arg(link);
        return std::nullopt;
    }
    return result;
}

std::optional<LaunchRequest> LaunchRequests::fromArguments(const QStringList &arguments, const QString &profile,
                                                           const QString &select, bool openAdd, QString *error)
{
    LaunchRequest request;
    request.select = select;
    request.openAdd = openAdd;
    LaunchRequest::Batch plain{{}, profile};
    for (const QString &argument : arguments) {
        if (!isJobLink(argument)) {
            plain.ids << argument;
            continue;
        }
        const std::optional<JobLink> link = parseLink(argument, error);
        if (!link)
            return std::nullopt;
        if (request.select.isEmpty())
            request.select = link->ids.constFirst();
        request.batches.append({link->ids, link->profile});
    }
    if (!plain.ids.isEmpty())
        request.batches.prepend(plain);
    return request;
}

bool LaunchRequests::resolveProfiles(const ProfileList &profiles, LaunchRequest *request, QString *error)
{
    QList<LaunchRequest::Batch> resolved = request->batches;
    for (LaunchRequest::Batch &batch : resolved) {
        if (batch.profile.isEmpty())
            continue;
        const Profile *profile = profiles.byName(batch.profile);
        if (!profile)
            profile = profiles.find(batch.profile);
        if (!profile) {
            *error = tr("no profile named \"%1\"").arg(batch.profile);
            return false;
        }
        batch.profile = profile->id;
    }
    request->batches = resolved;
    return true;
}

} // namespace jw
